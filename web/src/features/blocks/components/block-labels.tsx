import { ASSESSMENT_STATUS_LABELS, type AssessmentStatusCode } from '../../../../../src/shared/api/blocks';
import { StatusTag, type Tone } from '../../../lib/status-tag';

const TONES: Record<AssessmentStatusCode, Tone> = {
  'self-assessment': 'neutral',
  'block-review': 'warning',
  explanation: 'info',
  'final-review': 'warning',
  locked: 'success',
};

export function AssessmentStatusTag({ status }: { status: AssessmentStatusCode }) {
  return <StatusTag tone={TONES[status]}>{ASSESSMENT_STATUS_LABELS[status]}</StatusTag>;
}

export function RoundStatusTag({ status }: { status: 'none' | 'open' | 'locked' }) {
  if (status === 'none') return <StatusTag tone="neutral">Chưa mở đợt chấm</StatusTag>;
  if (status === 'open') return <StatusTag tone="warning">Đang chấm điểm</StatusTag>;
  return <StatusTag tone="success">Đã khóa, công bố kết quả</StatusTag>;
}

/** Points as Vietnamese write them: 97,5 — or a dash when there is nothing yet. */
export function formatPoints(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}
