import type { Dashboard } from '../../../../../src/shared/api/dashboard';
import { api } from '../../../lib/api';

export function fetchDashboard() {
  return api.get<Dashboard>('/dashboard');
}
