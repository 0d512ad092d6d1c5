import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { person, type Sensitivity, timestamps, unit, user } from '../../db/schema';
import { dossier, dossierNominee } from '../dossiers/dossiers.schema';

/*
 * The Emulation & Commendation Council (Hội đồng Thi đua – Khen thưởng): its members per year, its
 * sessions, the membership frozen when a session opens, and the secret ballot.
 *
 * Secret ballot (quality G3): `council_vote_marker` records THAT a member voted on a nominee (its
 * primary key is the database guarantee of one vote per member, nominee and session) and holds no
 * choice; `council_ballot` holds the choices with no voter, no timestamp and random ids. Each vote
 * rewrites the nominee's ballots in random order, so neither the physical order nor the transaction id
 * of a ballot row points back to the marker written with it.
 */

/** A member of the council of an awarding unit for one year, linked to their account. */
export const councilMember = pgTable(
  'council_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The awarding unit whose council this is (the commune/ward People's Committee…). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    year: integer('year').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id),
    /** 'chair' | 'vice-chair' | 'secretary' | 'member'. */
    position: text('position').notNull().default('member'),
    /** The member's own record in the registry, so the member never votes on their own nomination. */
    personId: uuid('person_id').references(() => person.id),
    createdBy: text('created_by'),
    ...timestamps,
  },
  (t) => [
    unique('council_member_unique').on(t.unitId, t.year, t.userId),
    check(
      'council_member_position_check',
      sql`${t.position} in ('chair', 'vice-chair', 'secretary', 'member')`,
    ),
    check('council_member_year_check', sql`${t.year} between 2000 and 2100`),
  ],
);

/** A council session: planned → open (membership frozen, quorum checked) → tallied → closed. */
export const councilSession = pgTable(
  'council_session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    place: text('place').notNull(),
    status: text('status').notNull().default('planned'),
    /** Frozen at opening: all members, and those present in person. */
    memberCount: integer('member_count'),
    presentCount: integer('present_count'),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    openedBy: text('opened_by'),
    talliedAt: timestamp('tallied_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    createdBy: text('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('council_session_unit_idx').on(t.unitId, t.year),
    check('council_session_status_check', sql`${t.status} in ('planned', 'open', 'tallied', 'closed')`),
  ],
);

/** The session's agenda: dossiers in state `council`. */
export const councilSessionDossier = pgTable(
  'council_session_dossier',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSession.id, { onDelete: 'cascade' }),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.dossierId] }),
    index('council_session_dossier_idx').on(t.dossierId),
  ],
);

/** The membership frozen when the session opens: later changes to the member list do not count. */
export const councilSessionMember = pgTable(
  'council_session_member',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSession.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id),
    name: text('name').notNull(),
    position: text('position').notNull(),
    personId: uuid('person_id'),
    /** The member's unit (their account's unit) at opening, for the conflict-of-interest rule. */
    unitId: uuid('unit_id'),
    /** Present in person; an absent member's written vote is entered by the secretary. */
    present: boolean('present').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

/** THAT a member voted on a nominee (never how). The primary key allows one vote, enforced by the database. */
export const councilVoteMarker = pgTable(
  'council_vote_marker',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSession.id, { onDelete: 'cascade' }),
    nomineeId: uuid('nominee_id')
      .notNull()
      .references(() => dossierNominee.id),
    userId: text('user_id').notNull(),
    /** Entered by the secretary from an absent member's written ballot. */
    isWritten: boolean('is_written').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.nomineeId, t.userId] })],
);

/** A choice, with no voter, no time and a random id (rewritten in random order at every vote). */
export const councilBallot = pgTable(
  'council_ballot',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSession.id, { onDelete: 'cascade' }),
    nomineeId: uuid('nominee_id')
      .notNull()
      .references(() => dossierNominee.id),
    choice: text('choice').notNull(),
  },
  (t) => [
    index('council_ballot_nominee_idx').on(t.sessionId, t.nomineeId),
    check('council_ballot_choice_check', sql`${t.choice} in ('yes', 'no')`),
  ],
);

/** The tally of a nominee, stored when the secretary tallies the session. */
export const councilResult = pgTable(
  'council_result',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSession.id, { onDelete: 'cascade' }),
    nomineeId: uuid('nominee_id')
      .notNull()
      .references(() => dossierNominee.id),
    yes: integer('yes').notNull(),
    no: integer('no').notNull(),
    notVoted: integer('not_voted').notNull(),
    /** Members who may vote on the nominee: frozen members minus those with a conflict of interest. */
    eligibleMembers: integer('eligible_members').notNull(),
    writtenVotes: integer('written_votes').notNull(),
    needed: integer('needed').notNull(),
    /** Share of all members in 1/10 000 (8000 = 80%). */
    thresholdBasisPoints: integer('threshold_basis_points').notNull(),
    thresholdRule: text('threshold_rule').notNull(),
    thresholdSource: text('threshold_source').notNull(),
    passed: boolean('passed').notNull(),
    talliedAt: timestamp('tallied_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.nomineeId] }),
    index('council_result_nominee_idx').on(t.nomineeId),
    check('council_result_rule_check', sql`${t.thresholdRule} in ('at-least', 'more-than')`),
  ],
);

const ts = { created_at: 'basic', updated_at: 'basic' } as const;

/** Sensitivity of every column (quality F1). A ballot's choice is secret: only counts leave the database. */
export const councilSensitivity: Record<string, Record<string, Sensitivity>> = {
  council_member: {
    id: 'basic',
    unit_id: 'basic',
    year: 'basic',
    user_id: 'basic',
    position: 'basic',
    person_id: 'basic',
    created_by: 'basic',
    ...ts,
  },
  council_session: {
    id: 'basic',
    unit_id: 'basic',
    year: 'basic',
    title: 'basic',
    held_on: 'basic',
    place: 'basic',
    status: 'basic',
    member_count: 'basic',
    present_count: 'basic',
    opened_at: 'basic',
    opened_by: 'basic',
    tallied_at: 'basic',
    closed_at: 'basic',
    closed_by: 'basic',
    created_by: 'basic',
    version: 'basic',
    ...ts,
  },
  council_session_dossier: { session_id: 'basic', dossier_id: 'basic', sort_order: 'basic' },
  council_session_member: {
    session_id: 'basic',
    user_id: 'basic',
    name: 'basic',
    position: 'basic',
    person_id: 'basic',
    unit_id: 'basic',
    present: 'basic',
  },
  council_vote_marker: { session_id: 'basic', nominee_id: 'basic', user_id: 'basic', is_written: 'basic' },
  council_ballot: { id: 'secret', session_id: 'basic', nominee_id: 'basic', choice: 'secret' },
  council_result: {
    session_id: 'basic',
    nominee_id: 'basic',
    yes: 'basic',
    no: 'basic',
    not_voted: 'basic',
    eligible_members: 'basic',
    written_votes: 'basic',
    needed: 'basic',
    threshold_basis_points: 'basic',
    threshold_rule: 'basic',
    threshold_source: 'basic',
    passed: 'basic',
    tallied_at: 'basic',
  },
};
