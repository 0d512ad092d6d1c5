import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PersonDetail, PersonUpdate } from '../../../../../src/shared/api/people';
import type { DisciplineCreate, PersonFilters, RatingUpsert } from '../api/people-api';
import {
  anonymisePerson,
  commitImport,
  createDiscipline,
  createPerson,
  fetchPeople,
  fetchPerson,
  updatePerson,
  upsertRating,
} from '../api/people-api';

export function usePeopleList(filters: PersonFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['people', 'list', filters, page, pageSize],
    queryFn: ({ signal }) => fetchPeople(filters, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export const personQueryKey = (id: string | null) => ['people', 'detail', id] as const;

export function usePersonDetail(id: string | null) {
  return useQuery({ queryKey: personQueryKey(id), queryFn: () => fetchPerson(id!), enabled: Boolean(id) });
}

/** Writes answer with the fresh record: store it, and refresh the lists around it. */
function useStorePerson() {
  const client = useQueryClient();
  return async (person: PersonDetail) => {
    client.setQueryData(personQueryKey(person.id), person);
    await Promise.all([
      client.invalidateQueries({ queryKey: ['people', 'list'] }),
      client.invalidateQueries({ queryKey: ['dashboard'] }),
    ]);
  };
}

export function useCreatePerson() {
  const store = useStorePerson();
  return useMutation({ mutationFn: createPerson, onSuccess: store });
}

export function useUpdatePerson() {
  const store = useStorePerson();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PersonUpdate }) => updatePerson(id, body),
    onSuccess: store,
  });
}

export function useUpsertRating() {
  const store = useStorePerson();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RatingUpsert }) => upsertRating(id, body),
    onSuccess: store,
  });
}

export function useCreateDiscipline() {
  const store = useStorePerson();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DisciplineCreate }) => createDiscipline(id, body),
    onSuccess: store,
  });
}

export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, unitId }: { file: File; unitId?: string }) => commitImport(file, unitId),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['people'] }),
        client.invalidateQueries({ queryKey: ['dashboard'] }),
      ]),
  });
}

/** Anonymise on request: the person leaves every list, so refresh the lists. */
export function useAnonymisePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => anonymisePerson(id, reason),
    onSuccess: async () => {
      // The cached record is dropped by the caller once the drawer is closed (a refetch now would 404).
      await Promise.all([
        client.invalidateQueries({ queryKey: ['people', 'list'] }),
        client.invalidateQueries({ queryKey: ['dashboard'] }),
      ]);
    },
  });
}
