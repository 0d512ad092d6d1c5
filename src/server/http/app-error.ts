import type { ErrorCode } from '../../shared/api/common';

const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  PASSWORD_CHANGE_REQUIRED: 403,
  TWO_FACTOR_REQUIRED: 403,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** The one error type: a closed set of codes mapped to HTTP once, with a Vietnamese message. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: { path: string; message: string }[],
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const notFound = (what = 'Bản ghi') =>
  new AppError('NOT_FOUND', `${what} không tồn tại hoặc bạn không có quyền xem.`);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError('FORBIDDEN', message);
export const badRequest = (message: string, fields?: { path: string; message: string }[]) =>
  new AppError('BAD_REQUEST', message, fields);
