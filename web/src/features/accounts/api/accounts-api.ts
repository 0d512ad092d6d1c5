import type { z } from 'zod';
import type {
  Account,
  AccountCreate,
  AccountUpdate,
  IssuedPasswordSchema,
} from '../../../../../src/shared/api/accounts';
import type { SecuritySettings } from '../../../../../src/shared/api/auth';
import type { Role } from '../../../../../src/shared/codes';
import { api } from '../../../lib/api';

export type IssuedPassword = z.infer<typeof IssuedPasswordSchema>;

export interface AccountFilters {
  q?: string;
  role?: Role;
}

export function fetchAccounts(filters: AccountFilters, page: number, pageSize: number) {
  return api.get<{ items: Account[]; total: number; page: number; pageSize: number }>('/accounts', {
    ...filters,
    page,
    pageSize,
  });
}

export function createAccount(body: AccountCreate) {
  return api.post<IssuedPassword>('/accounts', body);
}

export function updateAccount(id: string, body: AccountUpdate) {
  return api.patch<Account>(`/accounts/${encodeURIComponent(id)}`, body);
}

export function resetPassword(id: string) {
  return api.post<IssuedPassword>(`/accounts/${encodeURIComponent(id)}/reset-password`);
}

export function unlockAccount(id: string) {
  return api.post<Account>(`/accounts/${encodeURIComponent(id)}/unlock`);
}

export function fetchSecuritySettings() {
  return api.get<SecuritySettings>('/settings/security');
}

export function saveSecuritySettings(body: SecuritySettings) {
  return api.put<SecuritySettings>('/settings/security', body);
}
