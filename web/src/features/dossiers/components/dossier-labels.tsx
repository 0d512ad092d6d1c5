import {
  DOSSIER_STATE_LABELS,
  DOSSIER_STATES,
  DOSSIER_TRACK_LABELS,
  DOSSIER_TRACKS,
  type DossierState,
  VERDICT_STATUS_LABELS,
  type VerdictStatus,
} from '../../../../../src/shared/dossier-codes';
import { StatusTag, type Tone } from '../../../lib/status-tag';
import { recentYearOptions } from '../../../lib/year-options';

const STATE_TONES: Record<DossierState, Tone> = {
  draft: 'neutral',
  submitted: 'info',
  received: 'info',
  appraisal: 'info',
  returned: 'warning',
  resubmitted: 'info',
  council: 'info',
  'public-notice': 'info',
  decided: 'success',
  rejected: 'danger',
  withdrawn: 'neutral',
};

export function DossierStatusTag({ status }: { status: DossierState }) {
  return <StatusTag tone={STATE_TONES[status]}>{DOSSIER_STATE_LABELS[status]}</StatusTag>;
}

const VERDICT_TONES: Record<VerdictStatus, Tone> = {
  eligible: 'success',
  'needs-attestation': 'warning',
  ineligible: 'danger',
};

export function VerdictTag({ status }: { status: VerdictStatus | null }) {
  if (!status) return <StatusTag tone="neutral">Chưa kiểm tra</StatusTag>;
  return <StatusTag tone={VERDICT_TONES[status]}>{VERDICT_STATUS_LABELS[status]}</StatusTag>;
}

export const stateOptions = DOSSIER_STATES.map((value) => ({ value, label: DOSSIER_STATE_LABELS[value] }));
export const trackOptions = DOSSIER_TRACKS.map((value) => ({ value, label: DOSSIER_TRACK_LABELS[value] }));

export const yearOptions = recentYearOptions(6, { ahead: 1, labelPrefix: 'Năm ' });
