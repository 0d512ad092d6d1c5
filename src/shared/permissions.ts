import { ROLES, type Role } from './codes';

/** Every signed-in role: reading what the user's unit scope holds. */
const EVERY_ROLE = ROLES;
/** The units' own work (clerk and head) and the office acting on their behalf. */
const UNIT_WORK = ['admin', 'staff', 'unitClerk', 'unitHead'] as const;
/** The home-affairs (TĐKT) office and administrators. */
const OFFICE = ['admin', 'staff'] as const;

/**
 * The policy table: which roles may do what. Unit scope is decided separately: a user acts only on
 * records of their own unit's subtree (staff and admins of the top unit therefore see everything).
 */
export const PERMISSIONS = {
  'unit.read': EVERY_ROLE,
  'unit.write': OFFICE,
  'person.read': EVERY_ROLE,
  'person.write': ['admin', 'staff', 'unitClerk'],
  'person.import': ['admin', 'staff', 'unitClerk'],
  'person.export': ['admin', 'staff', 'unitClerk', 'unitHead', 'chairman'],
  /** Ethnicity, national ID and discipline: shown unmasked, each read audited. */
  'person.sensitive.read': ['admin', 'staff', 'unitHead'],
  'discipline.write': OFFICE,
  /** Everything held about one person as a JSON download (quality F3): the roles that see sensitive fields. */
  'person.data.export': ['admin', 'staff', 'unitHead'],
  /** Anonymise a person on request (quality F3): admin or staff of the top unit only. */
  'person.anonymise': OFFICE,
  'initiative.read': EVERY_ROLE,
  'initiative.write': ['admin', 'staff', 'unitClerk'],
  'law.read': EVERY_ROLE,
  /** Dated overrides of the law catalogue (a provincial rule, a new base salary). */
  'law.manage': ['admin'],
  /** Evaluate any candidate against the catalogue (the contract §2.1 JSON) or a person from the registry. */
  'eligibility.evaluate': ['admin', 'staff', 'councilMember', 'councilSecretary'],
  /** Who already qualifies this year, in the user's units. */
  'eligibility.suggest': ['admin', 'staff', 'unitClerk', 'unitHead', 'chairman'],
  /** Emulation movements: organised by the user's units or with one of them taking part. */
  'movement.read': EVERY_ROLE,
  /** Draft from a launching document, edit, launch and close the movements of the user's unit. */
  'movement.write': OFFICE,
  /** The inbox of the user's own unit. */
  'notification.read': EVERY_ROLE,
  /** Pledges (đăng ký thi đua) of the participating units of the user's subtree. */
  'pledge.read': EVERY_ROLE,
  /** Draft or correct a returned pledge of the user's units. */
  'pledge.write': UNIT_WORK,
  /** Send a pledge to the home-affairs office (the unit head; staff may on the unit's behalf). */
  'pledge.submit': ['admin', 'staff', 'unitHead'],
  /** Accept or return a submitted pledge, remind units, export the consolidated list. */
  'pledge.decide': OFFICE,
  /** Interim and final reviews (sơ kết, tổng kết) of the movements the user can see, and their Word report. */
  'review.read': EVERY_ROLE,
  /** Start, write, finalise a review of a movement organised by the user's units. */
  'review.write': OFFICE,
  /** Define a movement's indicators (chỉ tiêu) and assign planned values: the organising side. */
  'target.plan': OFFICE,
  /** Report a unit's achieved values with evidence (the unit itself; staff may on its behalf). */
  'target.report': UNIT_WORK,
  /** The award registry (sổ khen thưởng) of the user's units: search and award histories. */
  'registry.read': EVERY_ROLE,
  'registry.export': ['admin', 'staff', 'unitClerk', 'unitHead', 'chairman'],
  /** Revoke a grant (Law Art 93) with its date and reason. */
  'registry.revoke': OFFICE,
  /** Print certificates (Giấy khen, CSTĐCS) of grants in the user's units, one or a whole decision. */
  'certificate.print': OFFICE,
  /** See the Word templates, their versions, and download previews filled with demo data. */
  'documentTemplate.read': OFFICE,
  /** Upload a replacement template or switch back to an earlier version. */
  'documentTemplate.manage': ['admin'],
  /** Award decisions issued by the user's units or answering their dossiers. */
  'decision.read': EVERY_ROLE,
  /** Draft a decision from dossiers in public notice (the home-affairs office). */
  'decision.write': OFFICE,
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
  'council.close': OFFICE,
  /** Public notices of proposed awardees and the moderation of citizens' comments. */
  'publicNotice.manage': OFFICE,
  /** Emulation blocks and clusters whose organiser or a member unit is in the user's subtree. */
  'block.read': EVERY_ROLE,
  /** Create blocks, members, head and deputy, covenant, scoring sheet, rounds and deadlines; remind units. */
  'block.manage': OFFICE,
  /** Self-assess and explain the sheet of the user's own unit. */
  'block.assess': UNIT_WORK,
  /** Review the sheets of the block's members as the head unit (the deputy for the head's own sheet). */
  'block.review': UNIT_WORK,
  /** Final review, lock the round, ranking and the emulation-flag proposal (never for the user's own unit). */
  'block.finalize': OFFICE,
  /** Nomination dossiers of the user's subtree (a draft only for its own unit). */
  'dossier.read': EVERY_ROLE,
  /** Draft or supplement a dossier of the user's unit: content, nominees, reports, attachments. */
  'dossier.write': UNIT_WORK,
  /** Move a dossier; which move is allowed to whom is the transition table (src/domain/dossiers/workflow.ts). */
  'dossier.transition': ['admin', 'staff', 'unitClerk', 'unitHead', 'councilSecretary', 'chairman'],
  /** Confirm qualitative criteria and override a verdict with a written reason (the TĐKT office). */
  'dossier.appraise': OFFICE,
  /** Processing time against the 30% reduction target. */
  'dossier.dashboard': ['admin', 'staff', 'chairman'],
  /** The public-holiday calendar of working-day deadlines. */
  'holiday.manage': ['admin'],
  'account.manage': ['admin'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'apiDocs.read': OFFICE,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether any of the roles has the permission (the web app uses it to hide what a user cannot do). */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
