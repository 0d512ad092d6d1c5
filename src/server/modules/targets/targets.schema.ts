import { sql } from 'drizzle-orm';
import { check, index, integer, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { movement, movementTask, type Sensitivity, timestamps, unit } from '../../db/schema';

/*
 * Targets (chỉ tiêu) of a movement: an indicator is defined once per movement, every participating unit
 * gets its planned value (`unit_target`), and reports what it achieved per period (`target_report`).
 * A report's value is the value to date at the end of its period (cumulative for sums such as revenue,
 * the average to date for averages such as processing days), so the latest period is compared with
 * the year's plan.
 */

/** An indicator (chỉ tiêu) of a movement: code unique per movement, measure, direction, field. */
export const movementIndicator = pgTable(
  'movement_indicator',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movement.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Unit of measure (đơn vị tính): "ngày", "triệu đồng", "%", "hộ". */
    measureUnit: text('measure_unit').notNull(),
    direction: text('direction').notNull(),
    /** One of the movement's fields (lĩnh vực). */
    field: text('field').notNull(),
    /** The key task (nhiệm vụ trọng tâm) it measures, if any. */
    taskId: uuid('task_id').references(() => movementTask.id, { onDelete: 'set null' }),
    periodKind: text('period_kind').notNull().default('quarter'),
    /** The starting point the plan was set from (e.g. 2024 average processing days). */
    baseline: numeric('baseline', { precision: 20, scale: 4, mode: 'number' }),
    description: text('description'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('movement_indicator_code_unique').on(t.movementId, t.code),
    index('movement_indicator_movement_idx').on(t.movementId, t.sortOrder),
    check('movement_indicator_direction_check', sql`${t.direction} in ('higher-better', 'lower-better')`),
    check('movement_indicator_period_check', sql`${t.periodKind} in ('year', 'quarter', 'month')`),
  ],
);

/** The planned value of an indicator assigned to one participating unit. */
export const unitTarget = pgTable(
  'unit_target',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movement.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => movementIndicator.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    planned: numeric('planned', { precision: 20, scale: 4, mode: 'number' }).notNull(),
    note: text('note'),
    updatedBy: text('updated_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('unit_target_indicator_unit_unique').on(t.indicatorId, t.unitId),
    index('unit_target_movement_unit_idx').on(t.movementId, t.unitId),
  ],
);

/** What a unit achieved for an indicator by the end of a period ('2025', '2025-Q3', '2025-09'). */
export const targetReport = pgTable(
  'target_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movement.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => movementIndicator.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    period: text('period').notNull(),
    actual: numeric('actual', { precision: 20, scale: 4, mode: 'number' }).notNull(),
    evidence: text('evidence'),
    /** A stored file (files module) backing the figure; no foreign key until that module lands. */
    evidenceFileId: uuid('evidence_file_id'),
    reportedBy: text('reported_by'),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('target_report_indicator_unit_period_unique').on(t.indicatorId, t.unitId, t.period),
    index('target_report_movement_unit_idx').on(t.movementId, t.unitId),
    check('target_report_period_check', sql`${t.period} ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'`),
  ],
);

export const targetsSensitivity: Record<string, Record<string, Sensitivity>> = {
  movement_indicator: {
    id: 'public',
    movement_id: 'public',
    code: 'public',
    name: 'public',
    measure_unit: 'public',
    direction: 'public',
    field: 'public',
    task_id: 'public',
    period_kind: 'public',
    baseline: 'public',
    description: 'public',
    sort_order: 'public',
    created_by: 'basic',
    updated_by: 'basic',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  unit_target: {
    id: 'basic',
    movement_id: 'basic',
    indicator_id: 'basic',
    unit_id: 'basic',
    planned: 'basic',
    note: 'basic',
    updated_by: 'basic',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
  target_report: {
    id: 'basic',
    movement_id: 'basic',
    indicator_id: 'basic',
    unit_id: 'basic',
    period: 'basic',
    actual: 'basic',
    evidence: 'basic',
    evidence_file_id: 'basic',
    reported_by: 'basic',
    reported_at: 'basic',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
};
