import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { movement, type Sensitivity, timestamps, unit } from '../../db/schema';
import { movementIndicator } from '../targets/targets.schema';

/*
 * Emulation blocks and clusters (khối, cụm thi đua), one row per block per year: members, rotating head
 * and deputy, the covenant (giao ước thi đua), one scoring sheet (a tree of criteria) and one assessment
 * round in which every member unit goes self-assessment → review → explanation → final review → locked.
 */

const points = (name: string) => numeric(name, { precision: 10, scale: 2, mode: 'number' });

/** A block ('block': units of similar function) or cluster ('cluster': localities) of one year. */
export const emulationBlock = pgTable(
  'emulation_block',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull().default('block'),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    /** The unit that organises the blocks (e.g. the city People's Committee); its staff do the final review. */
    organiserUnitId: uuid('organiser_unit_id')
      .notNull()
      .references(() => unit.id),
    headUnitId: uuid('head_unit_id').references(() => unit.id),
    deputyUnitId: uuid('deputy_unit_id').references(() => unit.id),
    /** How head and deputy rotate (e.g. "Luân phiên theo thứ tự vần A, B, C"). */
    rotationNote: text('rotation_note'),
    /** The movement whose targets feed the sheet's target criteria. */
    movementId: uuid('movement_id').references(() => movement.id, { onDelete: 'set null' }),
    /** Whether member units see each other's breakdown (otherwise only totals and ranks). */
    showDetailsToMembers: boolean('show_details_to_members').notNull().default(false),
    covenantSignedOn: date('covenant_signed_on'),
    covenantNote: text('covenant_note'),
    /** The signed covenant (files module, owner 'emulation-block'); no foreign key across modules. */
    covenantFileId: uuid('covenant_file_id'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('emulation_block_year_name_unique').on(t.year, t.name),
    index('emulation_block_year_idx').on(t.year),
    check('emulation_block_kind_check', sql`${t.kind} in ('block', 'cluster')`),
    check('emulation_block_year_check', sql`${t.year} between 2000 and 2100`),
    check('emulation_block_head_deputy_check', sql`${t.headUnitId} <> ${t.deputyUnitId}`),
  ],
);

export const blockMember = pgTable(
  'block_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlock.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [unique('block_member_unique').on(t.blockId, t.unitId), index('block_member_unit_idx').on(t.unitId)],
);

/** The block's scoring sheet (bảng tiêu chí chấm điểm): `maxPoints` is the declared sheet maximum. */
export const scoreSheet = pgTable(
  'score_sheet',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlock.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    maxPoints: points('max_points').notNull(),
    copiedFromSheetId: uuid('copied_from_sheet_id'),
    updatedBy: text('updated_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [unique('score_sheet_block_unique').on(t.blockId)],
);

/**
 * A group or a criterion of a sheet. Kinds: 'group' (sums its children), 'manual' (points by hand up to
 * the max), 'achieved' (all or nothing), 'per-occurrence' (points each time, up to the cap), 'target'
 * (planned vs actual of a movement indicator). `role` 'bonus' / 'penalty' items sit outside the maximum.
 */
export const scoreCriterion = pgTable(
  'score_criterion',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sheetId: uuid('sheet_id')
      .notNull()
      .references(() => scoreSheet.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => scoreCriterion.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    role: text('role').notNull().default('regular'),
    maxPoints: points('max_points').notNull().default(0),
    pointsPerOccurrence: points('points_per_occurrence'),
    /** Target criteria: what a unit without an assigned target gets ('exclude' from its maximum, or 'zero'). */
    noTargetRule: text('no_target_rule').notNull().default('exclude'),
    indicatorId: uuid('indicator_id').references(() => movementIndicator.id, { onDelete: 'set null' }),
    guidance: text('guidance'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('score_criterion_sheet_idx').on(t.sheetId, t.sortOrder),
    check(
      'score_criterion_kind_check',
      sql`${t.kind} in ('group', 'manual', 'achieved', 'per-occurrence', 'target')`,
    ),
    check('score_criterion_role_check', sql`${t.role} in ('regular', 'bonus', 'penalty')`),
    check('score_criterion_no_target_check', sql`${t.noTargetRule} in ('exclude', 'zero')`),
    check('score_criterion_max_check', sql`${t.maxPoints} >= 0`),
  ],
);

/** The block's assessment round: deadlines, then ranking and the flag proposal once locked. */
export const assessmentRound = pgTable(
  'assessment_round',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    blockId: uuid('block_id')
      .notNull()
      .references(() => emulationBlock.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('open'),
    selfDueOn: date('self_due_on'),
    reviewDueOn: date('review_due_on'),
    explanationDueOn: date('explanation_due_on'),
    finalDueOn: date('final_due_on'),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: text('locked_by'),
    /** The emulation-flag proposal (dossiers module) for the leading unit; no foreign key across modules. */
    flagDossierId: uuid('flag_dossier_id'),
    flagUnitId: uuid('flag_unit_id').references(() => unit.id),
    updatedBy: text('updated_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('assessment_round_block_unique').on(t.blockId),
    check('assessment_round_status_check', sql`${t.status} in ('open', 'locked')`),
  ],
);

/** One member unit's sheet in a round, moving along the review chain. */
export const unitAssessment = pgTable(
  'unit_assessment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => assessmentRound.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    status: text('status').notNull().default('self-assessment'),
    /** The unit that reviews this sheet: the block head, or the deputy for the head's own sheet. */
    reviewerUnitId: uuid('reviewer_unit_id').references(() => unit.id),
    selfTotal: points('self_total'),
    reviewedTotal: points('reviewed_total'),
    finalTotal: points('final_total'),
    rank: integer('rank'),
    selfSubmittedAt: timestamp('self_submitted_at', { withTimezone: true }),
    selfSubmittedBy: text('self_submitted_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: text('reviewed_by'),
    explainedAt: timestamp('explained_at', { withTimezone: true }),
    explainedBy: text('explained_by'),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }),
    finalizedBy: text('finalized_by'),
    updatedBy: text('updated_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('unit_assessment_round_unit_unique').on(t.roundId, t.unitId),
    index('unit_assessment_unit_idx').on(t.unitId),
    check(
      'unit_assessment_status_check',
      sql`${t.status} in ('self-assessment', 'block-review', 'explanation', 'final-review', 'locked')`,
    ),
    check('unit_assessment_no_self_review_check', sql`${t.reviewerUnitId} is distinct from ${t.unitId}`),
  ],
);

/**
 * One criterion of one unit's sheet: the unit's own value and evidence, the reviewer's value with the
 * reason for any change, the unit's explanation, and the staff's final value. `*Value` is what was
 * entered (points, 1/0 achieved, number of occurrences); `*Score` the points it gives.
 */
export const assessmentScore = pgTable(
  'assessment_score',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitAssessmentId: uuid('unit_assessment_id')
      .notNull()
      .references(() => unitAssessment.id, { onDelete: 'cascade' }),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => scoreCriterion.id, { onDelete: 'cascade' }),
    selfValue: points('self_value'),
    selfScore: points('self_score'),
    evidence: text('evidence'),
    evidenceFileId: uuid('evidence_file_id'),
    reviewedValue: points('reviewed_value'),
    reviewedScore: points('reviewed_score'),
    reviewReason: text('review_reason'),
    explanation: text('explanation'),
    finalValue: points('final_value'),
    finalScore: points('final_score'),
    finalReason: text('final_reason'),
    updatedBy: text('updated_by'),
    ...timestamps,
  },
  (t) => [unique('assessment_score_unique').on(t.unitAssessmentId, t.criterionId)],
);

const basicColumns = (columns: string[]): Record<string, Sensitivity> =>
  Object.fromEntries(columns.map((c) => [c, 'basic' as const]));

const stamps = ['created_at', 'updated_at'];

export const blocksSensitivity: Record<string, Record<string, Sensitivity>> = {
  emulation_block: {
    ...basicColumns([
      'organiser_unit_id',
      'rotation_note',
      'movement_id',
      'show_details_to_members',
      'covenant_note',
      'covenant_file_id',
      'created_by',
      'updated_by',
      'version',
      ...stamps,
    ]),
    id: 'public',
    kind: 'public',
    name: 'public',
    year: 'public',
    head_unit_id: 'public',
    deputy_unit_id: 'public',
    covenant_signed_on: 'public',
  },
  block_member: {
    id: 'public',
    block_id: 'public',
    unit_id: 'public',
    sort_order: 'public',
    ...basicColumns(stamps),
  },
  score_sheet: basicColumns([
    'id',
    'block_id',
    'title',
    'max_points',
    'copied_from_sheet_id',
    'updated_by',
    'version',
    ...stamps,
  ]),
  score_criterion: basicColumns([
    'id',
    'sheet_id',
    'parent_id',
    'code',
    'name',
    'kind',
    'role',
    'max_points',
    'points_per_occurrence',
    'no_target_rule',
    'indicator_id',
    'guidance',
    'sort_order',
    ...stamps,
  ]),
  assessment_round: basicColumns([
    'id',
    'block_id',
    'status',
    'self_due_on',
    'review_due_on',
    'explanation_due_on',
    'final_due_on',
    'locked_at',
    'locked_by',
    'flag_dossier_id',
    'flag_unit_id',
    'updated_by',
    'version',
    ...stamps,
  ]),
  unit_assessment: basicColumns([
    'id',
    'round_id',
    'unit_id',
    'status',
    'reviewer_unit_id',
    'self_total',
    'reviewed_total',
    'final_total',
    'rank',
    'self_submitted_at',
    'self_submitted_by',
    'reviewed_at',
    'reviewed_by',
    'explained_at',
    'explained_by',
    'finalized_at',
    'finalized_by',
    'updated_by',
    'version',
    ...stamps,
  ]),
  assessment_score: basicColumns([
    'id',
    'unit_assessment_id',
    'criterion_id',
    'self_value',
    'self_score',
    'evidence',
    'evidence_file_id',
    'reviewed_value',
    'reviewed_score',
    'review_reason',
    'explanation',
    'final_value',
    'final_score',
    'final_reason',
    'updated_by',
    ...stamps,
  ]),
};
