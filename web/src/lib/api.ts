import type { ErrorCode, ErrorResponse } from '../../../src/shared/api/common';

export interface FieldError {
  path: string;
  message: string;
}

/** Every failed call: the server's Vietnamese message, its code and per-field details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Redirect = (to: string) => void;
let redirect: Redirect = (to) => window.location.assign(to);
let csrfToken: string | null = null;

/** The router registers itself so redirects stay inside the SPA. */
export function setRedirectHandler(handler: Redirect): void {
  redirect = handler;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function readCsrfCookie(): string | null {
  const match = document.cookie.split('; ').find((part) => part.startsWith('tdkt_csrf='));
  return match ? decodeURIComponent(match.slice('tdkt_csrf='.length)) : null;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function toSearch(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** Sign-in and "who am I" calls handle 401 themselves instead of redirecting. */
  handleUnauthenticated?: boolean;
  signal?: AbortSignal;
}

function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}`;
}

async function parseError(response: Response): Promise<ApiError> {
  let payload: ErrorResponse | null = null;
  try {
    payload = (await response.json()) as ErrorResponse;
  } catch {
    payload = null;
  }
  const error = payload?.error;
  if (error?.message) return new ApiError(response.status, error.code, error.message, error.fields ?? []);
  const fallback =
    response.status === 429
      ? 'Bạn thao tác quá nhanh. Vui lòng chờ một lát rồi thử lại.'
      : response.status >= 500
        ? 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.'
        : 'Yêu cầu không thực hiện được.';
  return new ApiError(response.status, response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST', fallback);
}

/** JSON over fetch with the session cookie, the CSRF header on writes and typed errors. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET') {
    const token = readCsrfCookie() ?? csrfToken;
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}${toSearch(options.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  if (!response.ok) {
    const error = await parseError(response);
    if (response.status === 401 && !options.handleUnauthenticated) {
      if (!window.location.pathname.startsWith('/sign-in')) {
        redirect(`/sign-in?next=${encodeURIComponent(currentLocation())}`);
      }
    } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
      redirect('/change-password');
    } else if (error.code === 'TWO_FACTOR_REQUIRED') {
      redirect('/my-account?setup=two-factor');
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? await response.json() : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body: body ?? {} }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
};

/** Link to a server-generated file (Excel export, templates); the session cookie goes along. */
export function fileUrl(path: string, query?: Query): string {
  return `/api${path}${toSearch(query)}`;
}
