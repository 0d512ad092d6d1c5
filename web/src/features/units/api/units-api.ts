import type {
  Unit,
  UnitCreate,
  UnitDetail,
  UnitMerge,
  UnitSplit,
  UnitUpdate,
} from '../../../../../src/shared/api/units';
import { api } from '../../../lib/api';

export function fetchUnit(id: string) {
  return api.get<UnitDetail>(`/units/${encodeURIComponent(id)}`);
}

export function createUnit(body: UnitCreate) {
  return api.post<Unit>('/units', body);
}

export function updateUnit(id: string, body: UnitUpdate) {
  return api.patch<Unit>(`/units/${encodeURIComponent(id)}`, body);
}

export function mergeUnits(body: UnitMerge) {
  return api.post<UnitDetail>('/units/merge', body);
}

export function splitUnit(body: UnitSplit) {
  return api.post<{ items: Unit[] }>('/units/split', body);
}
