import type { LawOverrideItem } from '../../../../../src/shared/api/law';
import { numberFormat } from '../../../lib/format';

export const AWARD_CLASS_LABELS: Record<string, string> = {
  title: 'Danh hiệu thi đua',
  form: 'Hình thức khen thưởng',
};

export const RECIPIENT_KIND_LABELS: Record<string, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
};

export const recipientKinds = (kinds: readonly string[]) =>
  kinds.map((kind) => RECIPIENT_KIND_LABELS[kind] ?? kind).join(', ');

export const formatMoney = (value: number) => `${numberFormat.format(value)} đồng`;

/** An override's value as a reader expects it: money in đồng, thresholds as %, booleans in words. */
export function formatOverrideValue(kind: LawOverrideItem['kind'], value: LawOverrideItem['value']): string {
  if (value === null) return 'Tắt';
  if (typeof value === 'boolean') return value ? 'Có thẩm quyền' : 'Không có thẩm quyền';
  if (kind === 'base-salary') return formatMoney(value);
  if (kind === 'vote-threshold') return `${numberFormat.format(value * 100)}%`;
  return numberFormat.format(value);
}

export type Period = 'future' | 'current' | 'past';

/** Where today falls in [from, to]; ISO dates compare as text. */
export function periodOf(from: string, to: string | null, today: string): Period {
  if (from > today) return 'future';
  if (to && to < today) return 'past';
  return 'current';
}
