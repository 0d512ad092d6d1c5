import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { type Sensitivity, timestamps, unit } from '../../db/schema';
import { councilSession } from '../council/council.schema';
import { dossier, dossierNominee } from '../dossiers/dossiers.schema';

/*
 * Public notice (công khai, lấy ý kiến) of the proposed awardees, shown without sign-in for a period.
 * The items are a SNAPSHOT of public fields only (name, unit, position, award, achievement summary),
 * copied at publication: the public pages read these tables and nothing else, so a sensitive field
 * cannot reach them by a join.
 */

export const publicNotice = pgTable(
  'public_notice',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The awarding unit that publishes it. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    sessionId: uuid('session_id').references(() => councilSession.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** 'draft' | 'published' | 'withdrawn'. */
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: text('published_by'),
    createdBy: text('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('public_notice_unit_idx').on(t.unitId),
    index('public_notice_public_idx').on(t.status, t.startsOn, t.endsOn),
    check('public_notice_status_check', sql`${t.status} in ('draft', 'published', 'withdrawn')`),
    check('public_notice_period_check', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

/** One proposed awardee on the notice: public fields copied when the notice is created. */
export const publicNoticeItem = pgTable(
  'public_notice_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => publicNotice.id, { onDelete: 'cascade' }),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    nomineeId: uuid('nominee_id')
      .notNull()
      .references(() => dossierNominee.id),
    displayName: text('display_name').notNull(),
    unitName: text('unit_name').notNull(),
    position: text('position'),
    awardName: text('award_name').notNull(),
    achievementSummary: text('achievement_summary').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    unique('public_notice_item_unique').on(t.noticeId, t.nomineeId),
    index('public_notice_item_dossier_idx').on(t.dossierId),
  ],
);

/** A citizen's comment: pending until staff approve or hide it. The contact is never shown publicly. */
export const publicComment = pgTable(
  'public_comment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => publicNotice.id, { onDelete: 'cascade' }),
    /** The proposed awardee it is about (null: about the whole list). */
    itemId: uuid('item_id').references(() => publicNoticeItem.id, { onDelete: 'set null' }),
    authorName: text('author_name'),
    contact: text('contact'),
    body: text('body').notNull(),
    /** 'pending' | 'approved' | 'hidden'. */
    status: text('status').notNull().default('pending'),
    /** The challenge's one-time nonce: a replayed challenge hits this unique key. */
    challengeNonce: text('challenge_nonce').notNull(),
    /** HMAC of the sender's address, for moderators spotting floods (never the address itself). */
    senderHash: text('sender_hash').notNull(),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    moderatedBy: text('moderated_by'),
    moderationNote: text('moderation_note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('public_comment_nonce_unique').on(t.challengeNonce),
    index('public_comment_notice_idx').on(t.noticeId, t.status),
    index('public_comment_item_idx').on(t.itemId),
    check('public_comment_status_check', sql`${t.status} in ('pending', 'approved', 'hidden')`),
  ],
);

const ts = { created_at: 'basic', updated_at: 'basic' } as const;

/** Sensitivity (quality F1): the notice and its items are public by design; a commenter's contact is not. */
export const publicNoticeSensitivity: Record<string, Record<string, Sensitivity>> = {
  public_notice: {
    id: 'public',
    unit_id: 'public',
    session_id: 'basic',
    title: 'public',
    description: 'public',
    starts_on: 'public',
    ends_on: 'public',
    status: 'public',
    published_at: 'public',
    published_by: 'basic',
    created_by: 'basic',
    version: 'basic',
    ...ts,
  },
  public_notice_item: {
    id: 'public',
    notice_id: 'public',
    dossier_id: 'basic',
    nominee_id: 'basic',
    display_name: 'public',
    unit_name: 'public',
    position: 'public',
    award_name: 'public',
    achievement_summary: 'public',
    sort_order: 'public',
  },
  public_comment: {
    id: 'public',
    notice_id: 'public',
    item_id: 'public',
    author_name: 'public',
    contact: 'sensitive',
    body: 'public',
    status: 'basic',
    challenge_nonce: 'basic',
    sender_hash: 'sensitive',
    moderated_at: 'basic',
    moderated_by: 'basic',
    moderation_note: 'basic',
    version: 'basic',
    ...ts,
  },
};
