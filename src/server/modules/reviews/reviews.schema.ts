import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { movement, movementMilestone, type Sensitivity, timestamps } from '../../db/schema';

/*
 * Interim and final reviews (sơ kết / tổng kết) of a movement: one per review milestone. While a draft,
 * its figures (pledges, targets, proposals) are computed from the database as at `review_date`; when
 * finalised they are frozen in `figures` so later changes never rewrite a reported result.
 */
export const review = pgTable(
  'review',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movement.id, { onDelete: 'cascade' }),
    /** The milestone it reviews; a removed milestone leaves the review in place (kind and title kept). */
    milestoneId: uuid('milestone_id').references(() => movementMilestone.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** The figures are taken as at the end of this day (Việt Nam time). */
    reviewDate: date('review_date').notNull(),
    status: text('status').notNull().default('draft'),
    /** The office's written assessment. */
    achievements: text('achievements').notNull().default(''),
    shortcomings: text('shortcomings').notNull().default(''),
    lessons: text('lessons').notNull().default(''),
    nextTasks: text('next_tasks').notNull().default(''),
    /** Snapshot of the figures when finalised (null while a draft). */
    figures: jsonb('figures'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    finalisedBy: text('finalised_by'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('review_movement_idx').on(t.movementId, t.reviewDate),
    uniqueIndex('review_milestone_unique').on(t.milestoneId).where(sql`${t.milestoneId} IS NOT NULL`),
    check('review_kind_check', sql`${t.kind} in ('interim', 'final')`),
    check('review_status_check', sql`${t.status} in ('draft', 'finalised')`),
    check(
      'review_finalised_check',
      sql`(${t.status} = 'draft') = (${t.figures} IS NULL AND ${t.finalisedAt} IS NULL)`,
    ),
  ],
);

export const reviewsSensitivity: Record<string, Record<string, Sensitivity>> = {
  review: {
    id: 'basic',
    movement_id: 'basic',
    milestone_id: 'basic',
    kind: 'basic',
    title: 'basic',
    review_date: 'basic',
    status: 'basic',
    achievements: 'basic',
    shortcomings: 'basic',
    lessons: 'basic',
    next_tasks: 'basic',
    figures: 'basic',
    finalised_at: 'basic',
    finalised_by: 'basic',
    created_by: 'basic',
    updated_by: 'basic',
    version: 'basic',
    created_at: 'basic',
    updated_at: 'basic',
  },
};
