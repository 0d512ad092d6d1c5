import type { z } from 'zod';
import type {
  ChangePassword,
  SignIn,
  SignInResult,
  TwoFactorEnableResultSchema,
} from '../../../../../src/shared/api/auth';
import { api, apiRequest } from '../../../lib/api';

export type TwoFactorEnableResult = z.infer<typeof TwoFactorEnableResultSchema>;

export function signIn(body: SignIn) {
  return apiRequest<SignInResult>('/auth/sign-in', { method: 'POST', body, handleUnauthenticated: true });
}

export function submitTwoFactorCode(code: string) {
  return apiRequest<SignInResult>('/auth/two-factor', {
    method: 'POST',
    body: { code },
    handleUnauthenticated: true,
  });
}

export function signOut() {
  return api.post<{ ok: true }>('/auth/sign-out');
}

export function changePassword(body: ChangePassword) {
  return api.post<{ ok: true }>('/auth/change-password', body);
}

export function enableTwoFactor(password: string) {
  return api.post<TwoFactorEnableResult>('/auth/two-factor/enable', { password });
}

export function confirmTwoFactor(code: string) {
  return api.post<{ ok: true }>('/auth/two-factor/confirm', { code });
}

export function disableTwoFactor(password: string) {
  return api.post<{ ok: true }>('/auth/two-factor/disable', { password });
}
