import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { movement, person, type Sensitivity, timestamps, unit } from '../../db/schema';
import { storedFile } from '../files/files.schema';

/*
 * Nomination dossiers (hồ sơ đề nghị khen thưởng): the dossier, its nominees with their achievement
 * reports and law-engine verdicts, its attachments, its timeline of transitions (the source of the
 * measured processing time), and the public-holiday calendar that working-day deadlines count with.
 * The states and actions are the explicit table in `src/domain/dossiers/workflow.ts`.
 */

export const dossier = pgTable(
  'dossier',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The proposing unit. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    /** Required for the thematic track (the movement whose review the dossier belongs to). */
    movementId: uuid('movement_id').references(() => movement.id),
    track: text('track').notNull(),
    awardCode: text('award_code').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('draft'),
    /** Tờ trình: plain text. */
    coverLetter: text('cover_letter').notNull().default(''),
    /** The unit's emulation review meeting (biên bản bình xét) and its vote. */
    meetingHeldOn: date('meeting_held_on'),
    meetingMinutes: text('meeting_minutes').notNull().default(''),
    votersTotal: integer('voters_total'),
    votersPresent: integer('voters_present'),
    votersAgree: integer('voters_agree'),
    /** The latest reason given for return, reject or withdraw (the full history is in dossier_event). */
    lastReason: text('last_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** When the current step must be done (working days from the step's start; null when none). */
    dueOn: date('due_on'),
    /** Working days at the office from submission to the decision, without time spent returned. */
    processingDays: integer('processing_days'),
    returnCount: integer('return_count').notNull().default(0),
    createdBy: text('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('dossier_unit_idx').on(t.unitId, t.year),
    index('dossier_status_idx').on(t.status, t.dueOn),
    index('dossier_movement_idx').on(t.movementId),
    check('dossier_track_check', sql`${t.track} in ('regular', 'ad-hoc', 'thematic', 'long-service')`),
    check(
      'dossier_status_check',
      sql`${t.status} in ('draft', 'submitted', 'received', 'appraisal', 'returned', 'resubmitted', 'council',
        'public-notice', 'decided', 'rejected', 'withdrawn')`,
    ),
    check('dossier_thematic_movement_check', sql`${t.track} <> 'thematic' or ${t.movementId} is not null`),
    check(
      'dossier_votes_check',
      sql`(${t.votersPresent} is null or ${t.votersPresent} >= 0) and (${t.votersAgree} is null or ${t.votersAgree} >= 0)
        and (${t.votersPresent} is null or ${t.votersAgree} is null or ${t.votersAgree} <= ${t.votersPresent})
        and (${t.votersTotal} is null or ${t.votersPresent} is null or ${t.votersPresent} <= ${t.votersTotal})`,
    ),
  ],
);

/**
 * A nominee: a person, a collective (unit) or a household. The engine's verdict is stored as a snapshot
 * at submission and again at appraisal; `verdictStatus` is the one to act on (the appraiser's override
 * when there is one, else the latest engine status).
 */
export const dossierNominee = pgTable(
  'dossier_nominee',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    personId: uuid('person_id').references(() => person.id),
    /** The collective, or the person's unit at the time of the proposal. */
    unitId: uuid('unit_id').references(() => unit.id),
    householdName: text('household_name'),
    /** Position shown on the public notice (copied from the person when proposed). */
    position: text('position'),
    /** Short, public on the notice. */
    achievementSummary: text('achievement_summary').notNull().default(''),
    /** Sanitised rich text following the Decree 152 achievement report structure. */
    achievementReportHtml: text('achievement_report_html').notNull().default(''),
    /** Initiatives (sáng kiến) the report relies on: the same one twice is flagged. */
    initiativeIds: uuid('initiative_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Registry grants cited as achievements: ad-hoc or thematic ones in a regular proposal are flagged. */
    basisGrantIds: uuid('basis_grant_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The engine's output at submission (contract §2.1 shape), kept as evidence. */
    submissionVerdict: jsonb('submission_verdict'),
    submissionVerdictAt: timestamp('submission_verdict_at', { withTimezone: true }),
    /** The engine's output at appraisal, with the appraiser's attestations applied. */
    appraisalVerdict: jsonb('appraisal_verdict'),
    appraisalVerdictAt: timestamp('appraisal_verdict_at', { withTimezone: true }),
    /** criterionId → true/false confirmed by the appraiser for criteria only a person can judge. */
    attestations: jsonb('attestations').notNull().default(sql`'{}'::jsonb`),
    engineStatus: text('engine_status'),
    overrideStatus: text('override_status'),
    overrideReason: text('override_reason'),
    overrideBy: text('override_by'),
    overrideAt: timestamp('override_at', { withTimezone: true }),
    /** 'eligible' | 'needs-attestation' | 'ineligible': the override when present, else the engine's. */
    verdictStatus: text('verdict_status'),
    /** Double-counting flags: [{ code, message, otherDossierId? }]. */
    flags: jsonb('flags').notNull().default(sql`'[]'::jsonb`),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('dossier_nominee_dossier_idx').on(t.dossierId, t.sortOrder),
    index('dossier_nominee_person_idx').on(t.personId),
    index('dossier_nominee_unit_idx').on(t.unitId),
    index('dossier_nominee_initiatives_idx').using('gin', t.initiativeIds),
    check('dossier_nominee_kind_check', sql`${t.kind} in ('individual', 'collective', 'household')`),
    check(
      'dossier_nominee_target_check',
      sql`(${t.kind} = 'individual' and ${t.personId} is not null)
        or (${t.kind} = 'collective' and ${t.unitId} is not null)
        or (${t.kind} = 'household' and ${t.householdName} is not null)`,
    ),
    check(
      'dossier_nominee_override_check',
      sql`${t.overrideStatus} is null or (${t.overrideStatus} in ('eligible', 'ineligible') and ${t.overrideReason} is not null)`,
    ),
  ],
);

/**
 * A file attached to a dossier (minutes, initiative certificate, photo…). The bytes are stored by the
 * files module (`stored_file`, generated names, type checked by content); this row links them.
 */
export const dossierAttachment = pgTable(
  'dossier_attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id, { onDelete: 'cascade' }),
    nomineeId: uuid('nominee_id').references(() => dossierNominee.id, { onDelete: 'set null' }),
    /** The `stored_file` id of the files module. */
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFile.id),
    kind: text('kind').notNull().default('other'),
    label: text('label').notNull(),
    uploadedBy: text('uploaded_by'),
    ...timestamps,
  },
  (t) => [
    index('dossier_attachment_dossier_idx').on(t.dossierId),
    check(
      'dossier_attachment_kind_check',
      sql`${t.kind} in ('cover-letter', 'minutes', 'report', 'initiative-certificate', 'photo', 'other')`,
    ),
  ],
);

/** Every transition of a dossier: its timeline and the source of its measured processing time. */
export const dossierEvent = pgTable(
  'dossier_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    action: text('action').notNull(),
    actorUserId: text('actor_user_id'),
    actorLabel: text('actor_label'),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossier_event_dossier_idx').on(t.dossierId, t.at)],
);

/**
 * The public-holiday calendar for working-day deadlines, per date. `kind = 'holiday'` is a day off
 * (including compensatory days); `kind = 'working-day'` is a weekend day worked in exchange for a
 * bridged day off. Seeded for 2024–2026 and editable by an administrator.
 */
export const publicHoliday = pgTable(
  'public_holiday',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    date: date('date').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull().default('holiday'),
    /** Shipped with the code (editable); false once an administrator adds or changes it. */
    isDefault: boolean('is_default').notNull().default(false),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('public_holiday_date_unique').on(t.date),
    index('public_holiday_year_idx').on(t.year),
    check('public_holiday_kind_check', sql`${t.kind} in ('holiday', 'working-day')`),
    check('public_holiday_year_check', sql`${t.year} = extract(year from ${t.date})`),
  ],
);

const ts = { created_at: 'basic', updated_at: 'basic' } as const;

/** Sensitivity of every column (quality F1): nominee names and summaries go on the public notice. */
export const dossiersSensitivity: Record<string, Record<string, Sensitivity>> = {
  dossier: {
    id: 'public',
    unit_id: 'public',
    movement_id: 'public',
    track: 'public',
    award_code: 'public',
    year: 'public',
    title: 'public',
    status: 'basic',
    cover_letter: 'basic',
    meeting_held_on: 'basic',
    meeting_minutes: 'basic',
    voters_total: 'basic',
    voters_present: 'basic',
    voters_agree: 'basic',
    last_reason: 'basic',
    submitted_at: 'basic',
    received_at: 'basic',
    decided_at: 'basic',
    closed_at: 'basic',
    due_on: 'basic',
    processing_days: 'basic',
    return_count: 'basic',
    created_by: 'basic',
    version: 'basic',
    ...ts,
  },
  dossier_nominee: {
    id: 'public',
    dossier_id: 'public',
    kind: 'public',
    person_id: 'basic',
    unit_id: 'public',
    household_name: 'public',
    position: 'public',
    achievement_summary: 'public',
    achievement_report_html: 'basic',
    initiative_ids: 'basic',
    basis_grant_ids: 'basic',
    submission_verdict: 'basic',
    submission_verdict_at: 'basic',
    appraisal_verdict: 'basic',
    appraisal_verdict_at: 'basic',
    attestations: 'basic',
    engine_status: 'basic',
    override_status: 'basic',
    override_reason: 'basic',
    override_by: 'basic',
    override_at: 'basic',
    verdict_status: 'basic',
    flags: 'basic',
    sort_order: 'basic',
    ...ts,
  },
  dossier_attachment: {
    id: 'basic',
    dossier_id: 'basic',
    nominee_id: 'basic',
    file_id: 'basic',
    kind: 'basic',
    label: 'basic',
    uploaded_by: 'basic',
    ...ts,
  },
  dossier_event: {
    id: 'basic',
    dossier_id: 'basic',
    from_status: 'basic',
    to_status: 'basic',
    action: 'basic',
    actor_user_id: 'basic',
    actor_label: 'basic',
    reason: 'basic',
    at: 'basic',
  },
  public_holiday: {
    id: 'public',
    date: 'public',
    year: 'public',
    name: 'public',
    kind: 'public',
    is_default: 'public',
    note: 'public',
    version: 'basic',
    ...ts,
  },
};
