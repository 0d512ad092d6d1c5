import { z } from 'zod';

// Zod's own messages in Vietnamese for every schema (the API and the web app share them).
z.config(z.locales.vi());

/** ISO date 'YYYY-MM-DD' that is a real calendar day (29/02 only in leap years). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((value) => {
    const d = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
  }, 'Ngày không tồn tại trong lịch')
  .refine((value) => value >= '1900-01-01' && value <= '2100-12-31', 'Ngày phải trong khoảng 1900–2100');

/** NUL, backspace, escape and the like: never part of a name or a reason; tab and newlines are. */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

/** Free text typed by a person: NFC-normalised, trimmed, no control characters. */
export const TextSchema = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .refine((s) => !hasControlCharacter(s), 'Không được chứa ký tự điều khiển')
    .refine((s) => s.length <= max, `Tối đa ${max} ký tự`);

export const RequiredTextSchema = (max: number) =>
  TextSchema(max).refine((s) => s.length > 0, 'Không được để trống');

export const UuidSchema = z.string().uuid('Mã không hợp lệ');

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const ErrorCodeSchema = z.enum([
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  /** A well-formed request the workflow refuses (a move the dossier transition table forbids). */
  'UNPROCESSABLE',
  'RATE_LIMITED',
  'PASSWORD_CHANGE_REQUIRED',
  'TWO_FACTOR_REQUIRED',
  'UNAVAILABLE',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every error answer: a Vietnamese message saying what to fix, and per-field details. */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

export const OkSchema = z.object({ ok: z.literal(true) });

export const paginated = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
