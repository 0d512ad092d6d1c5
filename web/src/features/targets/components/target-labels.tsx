import { periodLabel, TARGET_STATUS_LABELS, type TargetStatus } from '../../../../../src/shared/api/targets';
import { StatusTag, type Tone } from '../../../lib/status-tag';

const TONE: Record<TargetStatus, Tone> = {
  exceeded: 'success',
  met: 'info',
  'not-met': 'danger',
  'not-reported': 'neutral',
};

/** Chart colours of the statuses (the tags carry the same word, so colour is never the only cue). */
export const STATUS_COLOURS: Record<TargetStatus, string> = {
  exceeded: '#389e0d',
  met: '#1677ff',
  'not-met': '#cf1322',
  'not-reported': '#bfbfbf',
};

export function TargetStatusTag({ status }: { status: TargetStatus }) {
  return <StatusTag tone={TONE[status]}>{TARGET_STATUS_LABELS[status]}</StatusTag>;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1234.5 → "1.234,5"; empty for null. */
export function formatValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : numberFormat.format(value);
}

/** 105.3 → "105,3 %"; a dash when there is no ratio. */
export function formatCompletion(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${numberFormat.format(value)} %`;
}

export { periodLabel };
