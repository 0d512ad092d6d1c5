import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountUpdate } from '../../../../../src/shared/api/accounts';
import type { AccountFilters } from '../api/accounts-api';
import {
  createAccount,
  fetchAccounts,
  fetchSecuritySettings,
  resetPassword,
  saveSecuritySettings,
  unlockAccount,
  updateAccount,
} from '../api/accounts-api';

export function useAccountList(filters: AccountFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['accounts', 'list', filters, page, pageSize],
    queryFn: () => fetchAccounts(filters, page, pageSize),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateAccounts() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['accounts'] });
}

export function useCreateAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({ mutationFn: createAccount, onSuccess: invalidate });
}

export function useUpdateAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AccountUpdate }) => updateAccount(id, body),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateAccounts();
  return useMutation({ mutationFn: resetPassword, onSuccess: invalidate });
}

export function useUnlockAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({ mutationFn: unlockAccount, onSuccess: invalidate });
}

export function useSecuritySettings() {
  return useQuery({ queryKey: ['settings', 'security'], queryFn: fetchSecuritySettings });
}

export function useSaveSecuritySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveSecuritySettings,
    onSuccess: (settings) => client.setQueryData(['settings', 'security'], settings),
  });
}
