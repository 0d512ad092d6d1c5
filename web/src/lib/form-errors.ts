import type { FormInstance } from 'antd';
import { ApiError } from './api';

/** 'targets.0.name' → ['targets', 0, 'name'], the name path antd forms use. */
function toNamePath(path: string): (string | number)[] {
  return path
    .split(/[.[\]]/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's field errors next to the fields; returns the message to show above the form
 * when some error could not be attached to a field.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldNames?: readonly string[],
): string | null {
  if (!(error instanceof ApiError)) return 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.';
  const names = fieldNames ?? Object.keys(form.getFieldsValue());
  const known = error.fields.filter((field) => names.includes(String(toNamePath(field.path)[0])));
  if (known.length > 0) {
    form.setFields(known.map((field) => ({ name: toNamePath(field.path), errors: [field.message] })));
  }
  return known.length === error.fields.length && known.length > 0 ? null : error.message;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.';
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
