import type { Role } from './codes';

/**
 * The policy table: which roles may do what. Unit scope is decided separately: a user acts only on
 * records of their own unit's subtree (staff and admins of the top unit therefore see everything).
 */
export const PERMISSIONS = {
  'unit.read': ['admin', 'staff', 'unitClerk', 'unitHead', 'councilMember', 'councilSecretary', 'chairman'],
  'unit.write': ['admin', 'staff'],
  'person.read': ['admin', 'staff', 'unitClerk', 'unitHead', 'councilMember', 'councilSecretary', 'chairman'],
  'person.write': ['admin', 'staff', 'unitClerk'],
  'person.import': ['admin', 'staff', 'unitClerk'],
  'person.export': ['admin', 'staff', 'unitClerk', 'unitHead', 'chairman'],
  /** Ethnicity, national ID and discipline: shown unmasked, each read audited. */
  'person.sensitive.read': ['admin', 'staff', 'unitHead'],
  'discipline.write': ['admin', 'staff'],
  /** Everything held about one person as a JSON download (quality F3): the roles that see sensitive fields. */
  'person.data.export': ['admin', 'staff', 'unitHead'],
  /** Anonymise a person on request (quality F3): admin or staff of the top unit only. */
  'person.anonymise': ['admin', 'staff'],
  'initiative.read': [
    'admin',
    'staff',
    'unitClerk',
    'unitHead',
    'councilMember',
    'councilSecretary',
    'chairman',
  ],
  'initiative.write': ['admin', 'staff', 'unitClerk'],
  'law.read': ['admin', 'staff', 'unitClerk', 'unitHead', 'councilMember', 'councilSecretary', 'chairman'],
  /** Dated overrides of the law catalogue (a provincial rule, a new base salary). */
  'law.manage': ['admin'],
  /** Evaluate any candidate against the catalogue (the contract §2.1 JSON) or a person from the registry. */
  'eligibility.evaluate': ['admin', 'staff', 'councilMember', 'councilSecretary'],
  /** Who already qualifies this year, in the user's units. */
  'eligibility.suggest': ['admin', 'staff', 'unitClerk', 'unitHead', 'chairman'],
  /** Emulation movements: organised by the user's units or with one of them taking part. */
  'movement.read': [
    'admin',
    'staff',
    'unitClerk',
    'unitHead',
    'councilMember',
    'councilSecretary',
    'chairman',
  ],
  /** Draft from a launching document, edit, launch and close the movements of the user's unit. */
  'movement.write': ['admin', 'staff'],
  /** The inbox of the user's own unit. */
  'notification.read': [
    'admin',
    'staff',
    'unitClerk',
    'unitHead',
    'councilMember',
    'councilSecretary',
    'chairman',
  ],
  /** Pledges (đăng ký thi đua) of the participating units of the user's subtree. */
  'pledge.read': ['admin', 'staff', 'unitClerk', 'unitHead', 'councilMember', 'councilSecretary', 'chairman'],
  /** Draft or correct a returned pledge of the user's units. */
  'pledge.write': ['admin', 'staff', 'unitClerk', 'unitHead'],
  /** Send a pledge to the home-affairs office (the unit head; staff may on the unit's behalf). */
  'pledge.submit': ['admin', 'staff', 'unitHead'],
  /** Accept or return a submitted pledge, remind units, export the consolidated list. */
  'pledge.decide': ['admin', 'staff'],
  /** Interim and final reviews (sơ kết, tổng kết) of the movements the user can see, and their Word report. */
  'review.read': ['admin', 'staff', 'unitClerk', 'unitHead', 'councilMember', 'councilSecretary', 'chairman'],
  /** Start, write, finalise a review of a movement organised by the user's units. */
  'review.write': ['admin', 'staff'],
  /** Define a movement's indicators (chỉ tiêu) and assign planned values: the organising side. */
  'target.plan': ['admin', 'staff'],
  /** Report a unit's achieved values with evidence (the unit itself; staff may on its behalf). */
  'target.report': ['admin', 'staff', 'unitClerk', 'unitHead'],
  /** The award registry (sổ khen thưởng) of the user's units: search and award histories. */
  'registry.read': [
    'admin',
    'staff',
    'unitClerk',
    'unitHead',
    'councilMember',
    'councilSecretary',
    'chairman',
  ],
  'registry.export': ['admin', 'staff', 'unitClerk', 'unitHead', 'chairman'],
  /** Revoke a grant (Law Art 93) with its date and reason. */
  'registry.revoke': ['admin', 'staff'],
  /** Print certificates (Giấy khen, CSTĐCS) of grants in the user's units, one or a whole decision. */
  'certificate.print': ['admin', 'staff'],
  /** See the Word templates, their versions, and download previews filled with demo data. */
  'documentTemplate.read': ['admin', 'staff'],
  /** Upload a replacement template or switch back to an earlier version. */
  'documentTemplate.manage': ['admin'],
  /** Award decisions issued by the user's units or answering their dossiers. */
  'decision.read': [
    'admin',
    'staff',
    'unitClerk',
    'unitHead',
    'councilMember',
    'councilSecretary',
    'chairman',
  ],
  /** Draft a decision from dossiers in public notice (the home-affairs office). */
  'decision.write': ['admin', 'staff'],
  /** Sign and issue: the number is allocated, the registry written, the dossiers decided. */
  'decision.issue': ['chairman'],
  /** The council's members and sessions, the agenda and, once tallied, the results and minutes. */
  'council.read': ['admin', 'staff', 'councilMember', 'councilSecretary', 'chairman'],
  /** Members per year, sessions and their agenda, opening (attendance), tally and minutes. */
  'council.manage': ['admin', 'staff', 'councilSecretary'],
  /** Cast one's own secret ballot (only as a member of the session's frozen membership). */
  'council.vote': ['councilMember', 'councilSecretary', 'chairman'],
  /** Enter the written ballot of an absent member. */
  'council.writtenVote': ['councilSecretary'],
  /** Close a tallied session: passed dossiers go to public notice, the rest are rejected. */
  'council.close': ['admin', 'staff'],
  /** Public notices of proposed awardees and the moderation of citizens' comments. */
  'publicNotice.manage': ['admin', 'staff'],
  /** Emulation blocks and clusters whose organiser or a member unit is in the user's subtree. */
  'block.read': ['admin', 'staff', 'unitClerk', 'unitHead', 'councilMember', 'councilSecretary', 'chairman'],
  /** Create blocks, members, head and deputy, covenant, scoring sheet, rounds and deadlines; remind units. */
  'block.manage': ['admin', 'staff'],
  /** Self-assess and explain the sheet of the user's own unit. */
  'block.assess': ['admin', 'staff', 'unitClerk', 'unitHead'],
  /** Review the sheets of the block's members as the head unit (the deputy for the head's own sheet). */
  'block.review': ['admin', 'staff', 'unitClerk', 'unitHead'],
  /** Final review, lock the round, ranking and the emulation-flag proposal (never for the user's own unit). */
  'block.finalize': ['admin', 'staff'],
  /** Nomination dossiers of the user's subtree (a draft only for its own unit). */
  'dossier.read': [
    'admin',
    'staff',
    'unitClerk',
    'unitHead',
    'councilMember',
    'councilSecretary',
    'chairman',
  ],
  /** Draft or supplement a dossier of the user's unit: content, nominees, reports, attachments. */
  'dossier.write': ['admin', 'staff', 'unitClerk', 'unitHead'],
  /** Move a dossier; which move is allowed to whom is the transition table (src/domain/dossiers/workflow.ts). */
  'dossier.transition': ['admin', 'staff', 'unitClerk', 'unitHead', 'councilSecretary', 'chairman'],
  /** Confirm qualitative criteria and override a verdict with a written reason (the TĐKT office). */
  'dossier.appraise': ['admin', 'staff'],
  /** Processing time against the 30% reduction target. */
  'dossier.dashboard': ['admin', 'staff', 'chairman'],
  /** The public-holiday calendar of working-day deadlines. */
  'holiday.manage': ['admin'],
  'account.manage': ['admin'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'apiDocs.read': ['admin', 'staff'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether any of the roles has the permission (the web app uses it to hide what a user cannot do). */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
