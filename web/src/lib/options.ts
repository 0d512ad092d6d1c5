import {
  DISCIPLINE_LEVEL_LABELS,
  ETHNICITIES,
  RATING_LABELS,
  ROLE_LABELS,
  ROLES,
  SEX_LABELS,
  SEXES,
  STAFF_TYPE_LABELS,
  STAFF_TYPES,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
} from '../../../src/shared/codes';

/** The shared code lists as Select options: the code is sent, the Vietnamese label is shown. */
export const unitKindOptions = UNIT_KINDS.map((value) => ({ value, label: UNIT_KIND_LABELS[value] }));
export const sexOptions = SEXES.map((value) => ({ value, label: SEX_LABELS[value] }));
export const staffTypeOptions = STAFF_TYPES.map((value) => ({ value, label: STAFF_TYPE_LABELS[value] }));
export const roleOptions = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
export const ethnicityOptions = ETHNICITIES.map((e) => ({ value: e.code, label: e.name }));
export const ethnicityName = (code: string | null) =>
  ETHNICITIES.find((e) => e.code === code)?.name ?? code ?? '';
export { DISCIPLINE_LEVEL_LABELS, RATING_LABELS };
