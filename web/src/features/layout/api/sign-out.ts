import { api } from '../../../lib/api';

export function signOut() {
  return api.post<{ ok: true }>('/auth/sign-out');
}
