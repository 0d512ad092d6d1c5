import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { awardGrant, person, type Sensitivity, timestamps, unit } from '../../db/schema';
import { dossier, dossierNominee } from '../dossiers/dossiers.schema';

/*
 * Award decisions (quyết định khen thưởng) and their gap-free numbering. A decision is drafted by the
 * office from dossiers in public notice, and issued (signed) by the chairman: only then does it get its
 * number, its registry entries (award_grant, each with its "số sổ vàng") and the dossiers move to
 * `decided`, all in one transaction.
 */

/**
 * Gap-free counters per issuer, kind and year (quality G5). Numbers are taken with
 * `INSERT … ON CONFLICT DO UPDATE SET next_value = next_value + 1 RETURNING` inside the issuing
 * transaction: the row lock serialises issuers, and a rolled-back decision gives its number back.
 * `kind`: 'decision' (per year) or 'golden-book' (the sổ vàng, year 0: one running sequence).
 */
export const numberSequence = pgTable(
  'number_sequence',
  {
    issuerUnitId: uuid('issuer_unit_id')
      .notNull()
      .references(() => unit.id),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    /** The number the next caller gets. */
    nextValue: integer('next_value').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.issuerUnitId, t.kind, t.year] }),
    check('number_sequence_kind_check', sql`${t.kind} in ('decision', 'golden-book')`),
    check('number_sequence_next_check', sql`${t.nextValue} >= 1`),
  ],
);

export const decision = pgTable(
  'decision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The issuing body (its unit): numbering is per issuer and year. */
    issuerUnitId: uuid('issuer_unit_id')
      .notNull()
      .references(() => unit.id),
    /** As printed: "ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU". */
    issuerName: text('issuer_name').notNull(),
    parentIssuer: text('parent_issuer'),
    /** The symbol after the number: "QĐ-UBND" → "123/QĐ-UBND". */
    symbol: text('symbol').notNull().default('QĐ-UBND'),
    place: text('place').notNull().default(''),
    year: integer('year').notNull(),
    status: text('status').notNull().default('draft'),
    /** Allocated when issued, never at draft. */
    number: integer('number'),
    numberText: text('number_text'),
    /** The planned date while a draft; the signing date once issued (selects base salary and law). */
    decisionDate: date('decision_date').notNull(),
    /** "Về việc tặng danh hiệu …" */
    subject: text('subject').notNull(),
    legalBases: text('legal_bases').array().notNull().default(sql`'{}'::text[]`),
    proposedBy: text('proposed_by').notNull().default(''),
    signerAuthority: text('signer_authority').notNull().default(''),
    signerPosition: text('signer_position').notNull().default(''),
    signerName: text('signer_name').notNull().default(''),
    recipients: text('recipients').array().notNull().default(sql`'{}'::text[]`),
    /** Integer VND: the sum of the annex. */
    totalAmount: bigint('total_amount', { mode: 'number' }).notNull().default(0),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    issuedBy: text('issued_by'),
    /** The generated .docx kept by the documents module (`issued_document.id`), when issued. */
    documentId: uuid('document_id'),
    createdBy: text('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('decision_issuer_year_number_unique').on(t.issuerUnitId, t.year, t.number),
    index('decision_issuer_idx').on(t.issuerUnitId, t.year),
    index('decision_status_idx').on(t.status, t.decisionDate),
    check('decision_status_check', sql`${t.status} in ('draft', 'issued')`),
    check(
      'decision_number_check',
      sql`(${t.status} = 'draft' and ${t.number} is null) or (${t.status} = 'issued' and ${t.number} is not null)`,
    ),
  ],
);

/** The dossiers a decision answers; a dossier belongs to at most one decision. */
export const decisionDossier = pgTable(
  'decision_dossier',
  {
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decision.id, { onDelete: 'cascade' }),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
  },
  (t) => [
    primaryKey({ columns: [t.decisionId, t.dossierId] }),
    unique('decision_dossier_dossier_unique').on(t.dossierId),
  ],
);

/**
 * One line of the annex (danh sách kèm theo): who gets what and how much. Recomputed at issue with the
 * base salary in force on the decision date; linked to its registry entry once issued.
 */
export const decisionEntry = pgTable(
  'decision_entry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decision.id, { onDelete: 'cascade' }),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossier.id),
    nomineeId: uuid('nominee_id')
      .notNull()
      .references(() => dossierNominee.id),
    awardCode: text('award_code').notNull(),
    recipientKind: text('recipient_kind').notNull(),
    personId: uuid('person_id').references(() => person.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    /** Person's full name, the collective's or the household's name, as printed. */
    displayName: text('display_name').notNull(),
    /** "Chức vụ, đơn vị" as printed. */
    positionUnit: text('position_unit').notNull().default(''),
    coefficient: numeric('coefficient', { precision: 6, scale: 3 }).notNull(),
    baseSalary: integer('base_salary').notNull(),
    /** Integer VND, rounded up to 10,000 (Decree 152 Art 49). */
    prizeAmount: bigint('prize_amount', { mode: 'number' }).notNull(),
    awardGrantId: uuid('award_grant_id').references(() => awardGrant.id),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('decision_entry_decision_idx').on(t.decisionId, t.sortOrder),
    index('decision_entry_grant_idx').on(t.awardGrantId),
    unique('decision_entry_nominee_unique').on(t.decisionId, t.nomineeId),
    check('decision_entry_amount_check', sql`${t.prizeAmount} >= 0`),
    check('decision_entry_kind_check', sql`${t.recipientKind} in ('individual', 'collective', 'household')`),
  ],
);

/**
 * Template data beyond the columns (drafting unit's abbreviation, number of copies…), so an edited
 * Word template can use more fields without a migration. Never part of the API.
 */
export const decisionExtra = pgTable('decision_extra', {
  decisionId: uuid('decision_id')
    .primaryKey()
    .references(() => decision.id, { onDelete: 'cascade' }),
  data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
  ...timestamps,
});

const ts = { created_at: 'basic', updated_at: 'basic' } as const;

/** Sensitivity of every column (quality F1): an issued decision is a public document. */
export const decisionsSensitivity: Record<string, Record<string, Sensitivity>> = {
  number_sequence: { issuer_unit_id: 'basic', kind: 'basic', year: 'basic', next_value: 'basic', ...ts },
  decision: {
    id: 'public',
    issuer_unit_id: 'public',
    issuer_name: 'public',
    parent_issuer: 'public',
    symbol: 'public',
    place: 'public',
    year: 'public',
    status: 'public',
    number: 'public',
    number_text: 'public',
    decision_date: 'public',
    subject: 'public',
    legal_bases: 'public',
    proposed_by: 'public',
    signer_authority: 'public',
    signer_position: 'public',
    signer_name: 'public',
    recipients: 'public',
    total_amount: 'basic',
    issued_at: 'public',
    issued_by: 'basic',
    document_id: 'basic',
    created_by: 'basic',
    version: 'basic',
    ...ts,
  },
  decision_dossier: { decision_id: 'basic', dossier_id: 'basic' },
  decision_extra: { decision_id: 'basic', data: 'basic', ...ts },
  decision_entry: {
    id: 'public',
    decision_id: 'public',
    dossier_id: 'basic',
    nominee_id: 'basic',
    award_code: 'public',
    recipient_kind: 'public',
    person_id: 'public',
    unit_id: 'public',
    display_name: 'public',
    position_unit: 'public',
    coefficient: 'basic',
    base_salary: 'basic',
    prize_amount: 'basic',
    award_grant_id: 'public',
    sort_order: 'basic',
    ...ts,
  },
};
