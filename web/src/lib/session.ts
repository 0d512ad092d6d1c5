import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Me } from '../../../src/shared/api/auth';
import { ApiError, apiRequest, setCsrfToken } from './api';

export const meQueryKey = ['auth', 'me'] as const;

/** Who is signed in; `null` when nobody is (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await apiRequest<Me>('/auth/me', { handleUnauthenticated: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** The signed-in user; only call below the route guard, which guarantees one exists. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside the signed-in area');
  return data;
}

/** After sign-in, sign-out or a password change: store the new identity and drop cached data. */
export function useSetSession() {
  const client = useQueryClient();
  return useCallback(
    (me: Me | null) => {
      setCsrfToken(me?.csrfToken ?? null);
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      client.setQueryData(meQueryKey, me);
    },
    [client],
  );
}
