import { SESSION_STATUS_LABELS, type SessionStatus } from '../../../../../src/shared/api/council';
import { StatusTag, type Tone } from '../../../lib/status-tag';

const TONES: Record<SessionStatus, Tone> = {
  planned: 'neutral',
  open: 'info',
  tallied: 'warning',
  closed: 'success',
};

export function SessionStatusTag({ status }: { status: SessionStatus }) {
  return <StatusTag tone={TONES[status]}>{SESSION_STATUS_LABELS[status]}</StatusTag>;
}

export function OutcomeTag({ passed }: { passed: boolean }) {
  return <StatusTag tone={passed ? 'success' : 'danger'}>{passed ? 'Đạt' : 'Không đạt'}</StatusTag>;
}
