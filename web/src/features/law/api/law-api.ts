import type { CatalogueView, LawOverrideCreate, LawOverrideItem } from '../../../../../src/shared/api/law';
import { api } from '../../../lib/api';

export type LawAward = CatalogueView['awards'][number];
export type UnverifiedItem = CatalogueView['unverified'][number];
export type BaseSalaryPeriod = CatalogueView['baseSalary'][number];
export type OverrideKind = LawOverrideCreate['kind'];

export function fetchCatalogue(signal?: AbortSignal) {
  return api.get<CatalogueView>('/law/catalogue', undefined, signal);
}

export function createOverride(body: LawOverrideCreate) {
  return api.post<LawOverrideItem>('/law/overrides', body);
}

export function endOverride(id: string, effectiveTo: string) {
  return api.post<LawOverrideItem>(`/law/overrides/${encodeURIComponent(id)}/end`, { effectiveTo });
}
