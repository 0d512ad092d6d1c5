import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode, ErrorResponse } from '../../shared/api/common';
import type { AppContext } from '../app-context';
import { writeAudit } from '../modules/audit/write-audit';
import { auditContextOf } from '../modules/auth/actor';
import { AppError } from './app-error';

const DB_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

function isDatabaseDown(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    (e.code !== undefined && DB_DOWN_CODES.has(e.code)) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
      e.message ?? '',
    )
  );
}

function send(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  fields?: ErrorResponse['error']['fields'],
) {
  const body: ErrorResponse = { error: { code, message, ...(fields ? { fields } : {}) } };
  return reply.status(status).send(body);
}

/** Map every error to one JSON shape; never a stack trace, SQL or path in the answer (quality C6). */
export function buildErrorHandler(app: AppContext) {
  return async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      const first = fields[0];
      const where = first?.path ? ` «${first.path}»` : '';
      return send(
        reply,
        400,
        'BAD_REQUEST',
        `Dữ liệu không hợp lệ ở trường${where}: ${first?.message ?? ''}`,
        fields,
      );
    }
    if (error instanceof AppError) {
      if ((error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND') && request.actor) {
        // Every denial is audited (quality A2, E1); a missing record and a forbidden one answer alike.
        const actor = request.actor;
        await app.database.db
          .transaction((tx) =>
            writeAudit(tx, auditContextOf(actor), {
              action: 'access.denied',
              objectType: request.routeOptions.url ?? request.url,
              objectId: (request.params as { id?: string } | undefined)?.id ?? null,
              result: 'denied',
              after: { method: request.method, code: error.code },
            }),
          )
          .catch((e) => request.log.error(e, 'audit of denial failed'));
      }
      return send(reply, error.status, error.code, error.message, error.fields);
    }
    if (error.statusCode === 429) {
      return send(reply, 429, 'RATE_LIMITED', 'Bạn thao tác quá nhanh. Vui lòng đợi một lát rồi thử lại.');
    }
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413) {
      return send(reply, 413, 'BAD_REQUEST', 'Tệp quá lớn. Vui lòng chọn tệp nhỏ hơn giới hạn cho phép.');
    }
    if (
      error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE'
    ) {
      return send(reply, 415, 'BAD_REQUEST', 'Kiểu dữ liệu gửi lên không được hỗ trợ.');
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return send(
        reply,
        error.statusCode,
        'BAD_REQUEST',
        'Yêu cầu không hợp lệ. Vui lòng kiểm tra dữ liệu gửi lên.',
      );
    }
    if (isDatabaseDown(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return send(
        reply,
        503,
        'UNAVAILABLE',
        'Cơ sở dữ liệu tạm thời không phản hồi. Vui lòng thử lại sau ít phút.',
      );
    }
    if ((error as { code?: string }).code === '23505') {
      return send(reply, 409, 'CONFLICT', 'Dữ liệu bị trùng với một bản ghi đã có. Vui lòng kiểm tra lại.');
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(
      reply,
      500,
      'INTERNAL',
      'Đã có lỗi ngoài dự kiến. Thao tác chưa được thực hiện; vui lòng thử lại.',
    );
  };
}
