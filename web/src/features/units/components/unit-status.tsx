import type { UnitStatus } from '../../../../../src/shared/codes';
import { UNIT_STATUS_LABELS } from '../../../../../src/shared/codes';
import type { Tone } from '../../../lib/status-tag';
import { StatusTag } from '../../../lib/status-tag';

const TONE: Record<UnitStatus, Tone> = {
  active: 'success',
  merged: 'info',
  split: 'warning',
  dissolved: 'neutral',
};

export function UnitStatusTag({ status }: { status: UnitStatus }) {
  return <StatusTag tone={TONE[status]}>{UNIT_STATUS_LABELS[status]}</StatusTag>;
}
