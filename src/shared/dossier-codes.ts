/*
 * Dossier code lists shared by the domain (transition table), the server and the web: states, actions,
 * tracks and their Vietnamese labels. The transition table itself is `src/domain/dossiers/workflow.ts`.
 */

export const DOSSIER_STATES = [
  'draft',
  'submitted',
  'received',
  'appraisal',
  'returned',
  'resubmitted',
  'council',
  'public-notice',
  'decided',
  'rejected',
  'withdrawn',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];
export const DOSSIER_STATE_LABELS: Record<DossierState, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  received: 'Đã tiếp nhận',
  appraisal: 'Đang thẩm định',
  returned: 'Trả lại để bổ sung',
  resubmitted: 'Đã gửi lại',
  council: 'Trình Hội đồng',
  'public-notice': 'Đang công khai',
  decided: 'Đã quyết định',
  rejected: 'Không khen thưởng',
  withdrawn: 'Đã rút',
};

export const DOSSIER_ACTIONS = [
  'submit',
  'receive',
  'start-appraisal',
  'return',
  'resubmit',
  'send-to-council',
  'publish-notice',
  'decide',
  'reject',
  'withdraw',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];
export const DOSSIER_ACTION_LABELS: Record<DossierAction, string> = {
  submit: 'Trình ký gửi hồ sơ',
  receive: 'Tiếp nhận',
  'start-appraisal': 'Bắt đầu thẩm định',
  return: 'Trả lại để bổ sung',
  resubmit: 'Gửi lại hồ sơ',
  'send-to-council': 'Trình Hội đồng',
  'publish-notice': 'Công khai danh sách',
  decide: 'Ra quyết định',
  reject: 'Không khen thưởng',
  withdraw: 'Rút hồ sơ',
};

export const DOSSIER_TRACKS = ['regular', 'ad-hoc', 'thematic', 'long-service'] as const;
export type DossierTrack = (typeof DOSSIER_TRACKS)[number];
export const DOSSIER_TRACK_LABELS: Record<DossierTrack, string> = {
  regular: 'Thường xuyên (công trạng, thành tích)',
  'ad-hoc': 'Đột xuất',
  thematic: 'Theo chuyên đề (phong trào)',
  'long-service': 'Quá trình cống hiến',
};

export const NOMINEE_KINDS = ['individual', 'collective', 'household'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];
export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
};

export const VERDICT_STATUSES = ['eligible', 'needs-attestation', 'ineligible'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
export const VERDICT_STATUS_LABELS: Record<VerdictStatus, string> = {
  eligible: 'Đủ điều kiện',
  'needs-attestation': 'Cần xác nhận',
  ineligible: 'Chưa đủ điều kiện',
};

/** Steps with a working-day deadline: the state the dossier waits in. */
export const DEADLINE_STEPS = [
  'submitted',
  'resubmitted',
  'received',
  'appraisal',
  'returned',
  'council',
  'public-notice',
] as const;
export type DeadlineStep = (typeof DEADLINE_STEPS)[number];
