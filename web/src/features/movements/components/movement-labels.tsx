import dayjs from 'dayjs';
import {
  MILESTONE_KIND_LABELS,
  MILESTONE_KINDS,
  MOVEMENT_FIELD_LABELS,
  MOVEMENT_FIELDS,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  MOVEMENT_STATUS_LABELS,
  MOVEMENT_STATUSES,
} from '../../../../../src/shared/api/movements';
import { DATE_FORMAT, TIME_ZONE } from '../../../lib/format';
import { StatusTag, type Tone } from '../../../lib/status-tag';
import { recentYearOptions } from '../../../lib/year-options';
import type { MovementStatus } from '../api/movements-api';

export const kindOptions = MOVEMENT_KINDS.map((value) => ({ value, label: MOVEMENT_KIND_LABELS[value] }));
export const statusOptions = MOVEMENT_STATUSES.map((value) => ({
  value,
  label: MOVEMENT_STATUS_LABELS[value],
}));
export const fieldOptions = MOVEMENT_FIELDS.map((value) => ({ value, label: MOVEMENT_FIELD_LABELS[value] }));
export const milestoneKindOptions = MILESTONE_KINDS.map((value) => ({
  value,
  label: MILESTONE_KIND_LABELS[value],
}));

/** The launching document's parts, in the order a Vietnamese administrative document shows them. */
export const LAUNCH_DOCUMENT_LABELS = {
  number: 'Số, ký hiệu',
  date: 'Ngày ban hành',
  place: 'Địa danh',
  issuer: 'Cơ quan ban hành',
  parentIssuer: 'Cơ quan chủ quản',
  type: 'Loại văn bản',
  signerAuthority: 'Thẩm quyền ký',
  signerPosition: 'Chức vụ người ký',
  signerName: 'Người ký',
} as const;

const STATUS_TONES: Record<MovementStatus, Tone> = {
  draft: 'warning',
  launched: 'success',
  closed: 'neutral',
};

export function MovementStatusTag({ status }: { status: MovementStatus }) {
  return <StatusTag tone={STATUS_TONES[status]}>{MOVEMENT_STATUS_LABELS[status]}</StatusTag>;
}

/** An instant (launch, close) as the day it was in Việt Nam: dd/mm/yyyy. */
export function formatInstantDate(instant: string | null | undefined): string {
  return instant ? dayjs(instant).tz(TIME_ZONE).format(DATE_FORMAT) : '';
}

// Years offered in the filters and the form: next year and the ten before this one.
export const yearOptions = recentYearOptions(12, { ahead: 1 });
