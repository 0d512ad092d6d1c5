import type { z } from 'zod';
import type { PersonListSchema } from '../../../../../src/shared/api/people';
import type {
  Pledge,
  PledgeBoardSchema,
  PledgeReturnSchema,
  PledgeSave,
} from '../../../../../src/shared/api/pledges';
import { api, fileUrl } from '../../../lib/api';

export type PledgeBoard = z.infer<typeof PledgeBoardSchema>;
export type PledgeBoardItem = PledgeBoard['items'][number];
export type PledgeReturn = z.infer<typeof PledgeReturnSchema>;
export type PersonList = z.infer<typeof PersonListSchema>;

const base = (movementId: string) => `/movements/${encodeURIComponent(movementId)}/pledges`;
const one = (movementId: string, unitId: string) => `${base(movementId)}/${encodeURIComponent(unitId)}`;

export function fetchPledgeBoard(movementId: string, signal?: AbortSignal) {
  return api.get<PledgeBoard>(base(movementId), undefined, signal);
}

export function fetchPledge(movementId: string, unitId: string, signal?: AbortSignal) {
  return api.get<Pledge>(one(movementId, unitId), undefined, signal);
}

export function savePledge(movementId: string, unitId: string, body: PledgeSave) {
  return api.put<Pledge>(one(movementId, unitId), body);
}

export function submitPledge(movementId: string, unitId: string, version: number) {
  return api.post<Pledge>(`${one(movementId, unitId)}/submit`, { version });
}

export function acceptPledge(movementId: string, unitId: string, version: number) {
  return api.post<Pledge>(`${one(movementId, unitId)}/accept`, { version });
}

export function returnPledge(movementId: string, unitId: string, body: PledgeReturn) {
  return api.post<Pledge>(`${one(movementId, unitId)}/return`, body);
}

export function remindUnits(movementId: string) {
  return api.post<{ notified: number }>(`${base(movementId)}/remind`);
}

export function pledgesExportUrl(movementId: string) {
  return fileUrl(`/movements/${encodeURIComponent(movementId)}/pledges.xlsx`);
}

/** People of the unit (and its sub-units) to add to the pledge, by name. */
export function searchUnitPeople(unitId: string, q: string, signal?: AbortSignal) {
  return api.get<PersonList>('/people', { unitId, q: q.trim() || undefined, pageSize: 20 }, signal);
}
