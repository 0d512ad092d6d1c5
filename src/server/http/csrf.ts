import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const CSRF_COOKIE = 'tdkt_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function newCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

export function setCsrfCookie(reply: FastifyReply, token: string, secure: boolean): void {
  // Readable by the page (double-submit): the page echoes it in a header another site cannot set.
  reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'strict', httpOnly: false, secure });
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function originMatches(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) {
    // Browsers send Origin on cross-site POSTs; without it, fall back to Fetch Metadata.
    const site = request.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  }
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Anti-forgery (quality D2): every state-changing /api request carries the token of the `tdkt_csrf`
 * cookie in the `x-csrf-token` header, and comes from this origin. GETs hand out the cookie.
 */
export function registerCsrf(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const cookieToken = request.cookies[CSRF_COOKIE];
    if (SAFE_METHODS.has(request.method)) {
      if (!cookieToken) {
        const token = newCsrfToken();
        request.cookies[CSRF_COOKIE] = token;
        setCsrfCookie(reply, token, request.protocol === 'https');
      }
      return;
    }
    const headerToken = request.headers[CSRF_HEADER];
    if (
      !cookieToken ||
      typeof headerToken !== 'string' ||
      !sameToken(cookieToken, headerToken) ||
      !originMatches(request)
    ) {
      return reply.status(403).send({
        error: {
          code: 'FORBIDDEN',
          message: 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang rồi thử lại.',
        },
      });
    }
  });
}
