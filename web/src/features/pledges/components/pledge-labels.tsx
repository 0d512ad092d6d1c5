import dayjs from 'dayjs';
import {
  PLEDGE_COLLECTIVE_TITLES,
  PLEDGE_INDIVIDUAL_TITLES,
  PLEDGE_STATUS_LABELS,
  type PledgeStatus,
} from '../../../../../src/shared/api/pledges';
import { DATE_FORMAT, TIME_ZONE } from '../../../lib/format';
import { StatusTag, type Tone } from '../../../lib/status-tag';

/** Vietnamese names of the award codes a pledge may name (the glossary's wording). */
export const TITLE_NAMES: Record<string, string> = {
  'tap-the-lao-dong-tien-tien': 'Tập thể lao động tiên tiến',
  'tap-the-lao-dong-xuat-sac': 'Tập thể lao động xuất sắc',
  'co-thi-dua-ubnd-tinh': 'Cờ thi đua của UBND tỉnh',
  'lao-dong-tien-tien': 'Lao động tiên tiến',
  'chien-si-thi-dua-co-so': 'Chiến sĩ thi đua cơ sở',
  'chien-si-thi-dua-cap-tinh': 'Chiến sĩ thi đua cấp tỉnh',
};
export const titleName = (code: string) => TITLE_NAMES[code] ?? code;

export const collectiveTitleOptions = PLEDGE_COLLECTIVE_TITLES.map((value) => ({
  value,
  label: titleName(value),
}));
export const individualTitleOptions = PLEDGE_INDIVIDUAL_TITLES.map((value) => ({
  value,
  label: titleName(value),
}));

const STATUS_TONES: Record<PledgeStatus, Tone> = {
  draft: 'warning',
  submitted: 'info',
  accepted: 'success',
  returned: 'danger',
};

/** A pledge's status; `null` = the unit has not started one. */
export function PledgeStatusTag({ status }: { status: PledgeStatus | null }) {
  if (!status) return <StatusTag tone="neutral">Chưa đăng ký</StatusTag>;
  return <StatusTag tone={STATUS_TONES[status]}>{PLEDGE_STATUS_LABELS[status]}</StatusTag>;
}

export function LateTag() {
  return <StatusTag tone="danger">Quá hạn</StatusTag>;
}

/** An instant as the day it was in Việt Nam: dd/mm/yyyy. */
export function formatDay(instant: string | null | undefined): string {
  return instant ? dayjs(instant).tz(TIME_ZONE).format(DATE_FORMAT) : '';
}
