import { statfsSync } from 'node:fs';
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

export function isDatabaseDown(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    (e.code !== undefined && DB_DOWN_CODES.has(e.code)) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
      e.message ?? '',
    )
  );
}

/**
 * A full disk (quality I5): PostgreSQL's disk_full (53100, e.g. "could not extend file … No space left
 * on device"), the same failure in this process (ENOSPC), or a PANIC on a WAL write whose message names it.
 */
export function isDiskFull(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: unknown };
  if (e === null || typeof e !== 'object') return false;
  if (e.code === '53100' || e.code === 'ENOSPC') return true;
  if (/No space left on device/i.test(e.message ?? '')) return true;
  return e.cause !== undefined && e.cause !== error && isDiskFull(e.cause);
}

/** Below this much free space the data directory counts as full (one WAL segment is 16 MB). */
const NEARLY_FULL_BYTES = 32 * 1024 * 1024;

/**
 * Whether the embedded database's data directory is (nearly) out of space: PostgreSQL stops after a
 * failed WAL write, so the requests in flight only see a lost connection; the reason is on the disk.
 */
export function dataDirIsFull(app: AppContext): boolean {
  if (app.env.DATABASE_URL) return false;
  try {
    const fs = statfsSync(app.env.TDKT_DATA_DIR);
    return fs.bavail * fs.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

export const DISK_FULL_MESSAGE =
  'Máy chủ hết dung lượng lưu trữ nên thay đổi này chưa được lưu. Dữ liệu đã lưu trước đó vẫn an toàn. ' +
  'Hãy báo quản trị viên giải phóng ổ đĩa của máy chủ rồi thử lại.';

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
    if (isDiskFull(error) || (isDatabaseDown(error) && dataDirIsFull(app))) {
      request.log.error({ err: error }, 'disk full');
      return send(reply, 503, 'UNAVAILABLE', DISK_FULL_MESSAGE);
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
