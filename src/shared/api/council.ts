import { z } from 'zod';
import { IsoDateSchema, RequiredTextSchema, UuidSchema } from './common';

/*
 * The Emulation & Commendation Council (Hội đồng Thi đua – Khen thưởng): members per year, sessions,
 * the secret ballot per nominee, written votes of absent members, the tally and the minutes.
 * No response ever carries who chose what: a member sees only THAT they voted.
 */

export const COUNCIL_POSITIONS = ['chair', 'vice-chair', 'secretary', 'member'] as const;
export type CouncilPosition = (typeof COUNCIL_POSITIONS)[number];
export const COUNCIL_POSITION_LABELS: Record<CouncilPosition, string> = {
  chair: 'Chủ tịch Hội đồng',
  'vice-chair': 'Phó Chủ tịch Hội đồng',
  secretary: 'Thư ký Hội đồng',
  member: 'Ủy viên',
};

export const SESSION_STATUSES = ['planned', 'open', 'tallied', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  planned: 'Chưa khai mạc',
  open: 'Đang bỏ phiếu',
  tallied: 'Đã kiểm phiếu',
  closed: 'Đã kết thúc',
};

export const BALLOT_CHOICE_VALUES = ['yes', 'no'] as const;
export const BALLOT_CHOICE_LABELS: Record<(typeof BALLOT_CHOICE_VALUES)[number], string> = {
  yes: 'Đồng ý',
  no: 'Không đồng ý',
};

const YearSchema = z.coerce.number().int().min(2000).max(2100);

export const CouncilYearQuerySchema = z.object({ year: YearSchema.optional() });

export const CouncilMemberCreateSchema = z.object({
  year: YearSchema,
  userId: z.string().uuid('Mã tài khoản không hợp lệ'),
  position: z.enum(COUNCIL_POSITIONS),
  personId: UuidSchema.nullable().optional(),
});
export type CouncilMemberCreate = z.infer<typeof CouncilMemberCreateSchema>;

export const CouncilMemberSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  year: z.number().int(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  memberUnitName: z.string().nullable(),
  position: z.enum(COUNCIL_POSITIONS),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
});
export type CouncilMember = z.infer<typeof CouncilMemberSchema>;
export const CouncilMemberListSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  items: z.array(CouncilMemberSchema),
});

/** Accounts that may sit on the council (council member, secretary or chairman roles) in scope. */
export const CouncilCandidateListSchema = z.object({
  items: z.array(
    z.object({ userId: z.string(), name: z.string(), email: z.string(), unitName: z.string().nullable() }),
  ),
});

export const CouncilSessionCreateSchema = z.object({
  year: YearSchema,
  title: RequiredTextSchema(300),
  heldOn: IsoDateSchema,
  place: RequiredTextSchema(300),
  dossierIds: z.array(UuidSchema).min(1, 'Chọn ít nhất một hồ sơ').max(200),
});
export type CouncilSessionCreate = z.infer<typeof CouncilSessionCreateSchema>;

export const CouncilSessionOpenSchema = z.object({
  version: z.number().int().min(1),
  /** Members present in person; the others vote in writing through the secretary. */
  presentUserIds: z.array(z.string().uuid('Mã tài khoản không hợp lệ')).max(200),
});
export const CouncilVersionSchema = z.object({ version: z.number().int().min(1) });

export const CouncilVoteSchema = z.object({
  nomineeId: UuidSchema,
  choice: z.enum(BALLOT_CHOICE_VALUES),
});
export const CouncilWrittenVoteSchema = CouncilVoteSchema.extend({
  userId: z.string().uuid('Mã tài khoản không hợp lệ'),
});
export const CouncilVotedSchema = z.object({ voted: z.literal(true) });

export const CouncilSessionSummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  status: z.enum(SESSION_STATUSES),
  dossierCount: z.number().int(),
  nomineeCount: z.number().int(),
  memberCount: z.number().int().nullable(),
  presentCount: z.number().int().nullable(),
  version: z.number().int(),
});
export const CouncilSessionListSchema = z.object({ items: z.array(CouncilSessionSummarySchema) });

export const CouncilResultSchema = z.object({
  yes: z.number().int(),
  no: z.number().int(),
  notVoted: z.number().int(),
  eligibleMembers: z.number().int(),
  writtenVotes: z.number().int(),
  needed: z.number().int(),
  thresholdPercent: z.number(),
  thresholdRule: z.enum(['at-least', 'more-than']),
  thresholdSource: z.string(),
  passed: z.boolean(),
});

export const CouncilNomineeSchema = z.object({
  id: z.string(),
  kind: z.string(),
  displayName: z.string(),
  unitName: z.string().nullable(),
  position: z.string().nullable(),
  achievementSummary: z.string(),
  /** The caller voted on it (members) — never how. */
  hasVoted: z.boolean(),
  /** The caller may not vote on it: the reason (conflict of interest), else null. */
  conflict: z.string().nullable(),
  /** How many members have voted so far (markers, not choices). */
  votesCast: z.number().int(),
  result: CouncilResultSchema.nullable(),
});

export const CouncilAgendaDossierSchema = z.object({
  dossierId: z.string(),
  title: z.string(),
  unitName: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  status: z.string(),
  nominees: z.array(CouncilNomineeSchema),
});

export const CouncilSessionMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  position: z.enum(COUNCIL_POSITIONS),
  present: z.boolean(),
  /** How many nominees they have voted on (in person or in writing). */
  votedCount: z.number().int(),
});

export const CouncilSessionSchema = CouncilSessionSummarySchema.extend({
  quorumNeeded: z.number().int().nullable(),
  /** The caller belongs to the frozen membership (may vote). */
  isMember: z.boolean(),
  members: z.array(CouncilSessionMemberSchema),
  /** Members of the year's council, for the attendance list before opening. */
  roster: z.array(z.object({ userId: z.string(), name: z.string(), position: z.enum(COUNCIL_POSITIONS) })),
  agenda: z.array(CouncilAgendaDossierSchema),
});
export type CouncilSession = z.infer<typeof CouncilSessionSchema>;

/** Dossiers in state `council` in scope, not yet on an unfinished session. */
export const CouncilReadyDossierListSchema = z.object({
  items: z.array(
    z.object({
      dossierId: z.string(),
      title: z.string(),
      unitName: z.string(),
      awardName: z.string(),
      year: z.number().int(),
      nomineeCount: z.number().int(),
    }),
  ),
});

export const CouncilCloseResultSchema = z.object({
  published: z.number().int(),
  rejected: z.number().int(),
  noticeId: z.string().nullable(),
});
