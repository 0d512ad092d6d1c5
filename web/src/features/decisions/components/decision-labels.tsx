import { DECISION_STATUS_LABELS, type DecisionStatus } from '../../../../../src/shared/api/decisions';
import { StatusTag } from '../../../lib/status-tag';

export function DecisionStatusTag({ status }: { status: DecisionStatus }) {
  return (
    <StatusTag tone={status === 'issued' ? 'success' : 'warning'}>{DECISION_STATUS_LABELS[status]}</StatusTag>
  );
}
