import { type SQL, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { type Catalogue, mayConfer } from '../../../domain/law/catalogue';
import { pickInForce } from '../../../domain/law/periods';
import type { AwardCode } from '../../../domain/law/types';
import type {
  AuthorityLevelCode,
  Decision,
  DecisionListItem,
  DecisionListQuery,
  ReadyDossier,
} from '../../../shared/api/decisions';
import type { DbOrTx } from '../../db/client';
import { notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { awardNameOf } from '../registry/registry.queries';

export interface DecisionRow {
  id: string;
  issuer_unit_id: string;
  issuer_path: string;
  issuer_name: string;
  parent_issuer: string | null;
  symbol: string;
  place: string;
  year: number;
  status: 'draft' | 'issued';
  number: number | null;
  number_text: string | null;
  decision_date: string;
  subject: string;
  legal_bases: string[];
  proposed_by: string;
  signer_authority: string;
  signer_position: string;
  signer_name: string;
  recipients: string[];
  total_amount: string | number;
  issued_at: Date | null;
  issued_by: string | null;
  document_id: string | null;
  created_by: string | null;
  version: number;
  extra: { authorityLevel?: AuthorityLevelCode } | null;
  [key: string]: unknown;
}

/**
 * Who sees a decision: users of the issuer's subtree, and users of a unit whose dossier it answers
 * (a ward sees the decision awarding its people). Everything else answers 404.
 */
const visibleSql = (actor: Actor) => sql`(iu.path LIKE ${`${actor.scopePath}%`} OR EXISTS (
  SELECT 1 FROM decision_dossier dd JOIN dossier d ON d.id = dd.dossier_id JOIN unit du ON du.id = d.unit_id
   WHERE dd.decision_id = dc.id AND du.path LIKE ${`${actor.scopePath}%`}))`;

const DECISION_SELECT = sql`
  SELECT dc.*, dc.decision_date::text AS decision_date, iu.path AS issuer_path, x.data AS extra
    FROM decision dc JOIN unit iu ON iu.id = dc.issuer_unit_id
    LEFT JOIN decision_extra x ON x.decision_id = dc.id`;

/**
 * The decision if the actor may see it (404 otherwise). `write`: the issuer must be in the actor's own
 * subtree (a ward reading a city decision may not change it). `lock`: FOR UPDATE for a change.
 */
export async function loadDecisionInScope(
  db: DbOrTx,
  actor: Actor,
  id: string,
  options: { lock?: boolean; write?: boolean } = {},
): Promise<DecisionRow> {
  const { rows } = await db.execute<DecisionRow>(sql`
    ${DECISION_SELECT} WHERE dc.id = ${id} AND ${visibleSql(actor)}
    ${options.lock ? sql`FOR UPDATE OF dc` : sql``}`);
  const row = rows[0];
  if (!row || (options.write && !isInScope(actor.scopePath, row.issuer_path))) throw notFound('Quyết định');
  return row;
}

export function authorityLevelOf(row: DecisionRow): AuthorityLevelCode {
  return row.extra?.authorityLevel ?? 'commune';
}

/** The decision with its dossiers and annex, as the API shows it. */
export async function presentDecision(db: DbOrTx, row: DecisionRow, catalogue: Catalogue): Promise<Decision> {
  const [{ rows: dossiers }, { rows: entries }] = await Promise.all([
    db.execute<{
      id: string;
      title: string;
      unit_id: string;
      unit_name: string;
      status: string;
      award_code: string;
    }>(sql`
      SELECT d.id, d.title, d.unit_id, u.name AS unit_name, d.status, d.award_code
        FROM decision_dossier dd JOIN dossier d ON d.id = dd.dossier_id JOIN unit u ON u.id = d.unit_id
       WHERE dd.decision_id = ${row.id} ORDER BY u.name COLLATE "vi-x-icu", d.title`),
    db.execute<{
      id: string;
      dossier_id: string;
      recipient_kind: Decision['entries'][number]['recipientKind'];
      person_id: string | null;
      unit_id: string;
      display_name: string;
      position_unit: string;
      award_code: string;
      coefficient: string;
      base_salary: number;
      prize_amount: string | number;
      golden_book_number: string | null;
      award_grant_id: string | null;
    }>(sql`
      SELECT e.*, g.golden_book_number FROM decision_entry e LEFT JOIN award_grant g ON g.id = e.award_grant_id
       WHERE e.decision_id = ${row.id} ORDER BY e.sort_order, e.id`),
  ]);
  const awardCode = dossiers[0]?.award_code ?? entries[0]?.award_code ?? null;
  const level = authorityLevelOf(row);
  const authority = awardCode
    ? pickInForce(catalogue.authority.get(`${awardCode}:${level}`), row.decision_date)
    : undefined;
  return {
    id: row.id,
    status: row.status,
    issuerUnitId: row.issuer_unit_id,
    issuerName: row.issuer_name,
    parentIssuer: row.parent_issuer,
    symbol: row.symbol,
    place: row.place,
    year: row.year,
    number: row.number,
    numberText: row.number_text,
    decisionDate: row.decision_date,
    subject: row.subject,
    legalBases: row.legal_bases,
    proposedBy: row.proposed_by,
    signerAuthority: row.signer_authority,
    signerPosition: row.signer_position,
    signerName: row.signer_name,
    recipients: row.recipients,
    authorityLevel: level,
    awardCode,
    awardName: awardCode ? awardNameOf(awardCode) : null,
    canConfer: awardCode ? mayConfer(catalogue, awardCode as AwardCode, level, row.decision_date) : false,
    canConferSource: authority?.source ?? null,
    dossiers: dossiers.map((d) => ({
      id: d.id,
      title: d.title,
      unitId: d.unit_id,
      unitName: d.unit_name,
      status: d.status,
    })),
    entries: entries.map((e) => ({
      id: e.id,
      dossierId: e.dossier_id,
      recipientKind: e.recipient_kind,
      personId: e.person_id,
      unitId: e.unit_id,
      displayName: e.display_name,
      positionUnit: e.position_unit,
      awardCode: e.award_code,
      awardName: awardNameOf(e.award_code),
      coefficient: Number(e.coefficient),
      baseSalary: e.base_salary,
      prizeAmount: Number(e.prize_amount),
      goldenBookNumber: e.golden_book_number,
      awardGrantId: e.award_grant_id,
    })),
    totalAmount: Number(row.total_amount),
    issuedAt: row.issued_at ? new Date(row.issued_at).toISOString() : null,
    issuedBy: row.issued_by,
    createdBy: row.created_by,
    version: row.version,
  };
}

/** One page of decisions the actor may see, newest first (drafts of the actor's subtree included). */
export async function listDecisions(
  db: DbOrTx,
  actor: Actor,
  q: DecisionListQuery,
): Promise<{ items: DecisionListItem[]; total: number }> {
  const parts: SQL[] = [visibleSql(actor)];
  if (q.status) parts.push(sql`dc.status = ${q.status}`);
  if (q.year) parts.push(sql`dc.year = ${q.year}`);
  // Drafts are the issuer's work in progress: a proposing ward sees a decision once it is issued.
  parts.push(sql`(dc.status = 'issued' OR iu.path LIKE ${`${actor.scopePath}%`})`);
  const where = sql.join(parts, sql` AND `);
  const [{ rows }, { rows: count }] = await Promise.all([
    db.execute<{
      id: string;
      status: DecisionListItem['status'];
      number_text: string | null;
      decision_date: string;
      issuer_name: string;
      subject: string;
      award_code: string | null;
      entry_count: number;
      total_amount: string | number;
    }>(sql`
      SELECT dc.id, dc.status, dc.number_text, dc.decision_date::text AS decision_date, dc.issuer_name,
             dc.subject, dc.total_amount,
             (SELECT e.award_code FROM decision_entry e WHERE e.decision_id = dc.id LIMIT 1) AS award_code,
             (SELECT count(*)::int FROM decision_entry e WHERE e.decision_id = dc.id) AS entry_count
        FROM decision dc JOIN unit iu ON iu.id = dc.issuer_unit_id
       WHERE ${where}
       ORDER BY (dc.status = 'draft') DESC, dc.decision_date DESC, dc.number DESC NULLS FIRST, dc.created_at DESC
       LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`),
    db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM decision dc JOIN unit iu ON iu.id = dc.issuer_unit_id WHERE ${where}`,
    ),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      numberText: r.number_text,
      decisionDate: r.decision_date,
      issuerName: r.issuer_name,
      subject: r.subject,
      awardName: r.award_code ? awardNameOf(r.award_code) : null,
      entryCount: r.entry_count,
      totalAmount: Number(r.total_amount),
    })),
    total: count[0]?.n ?? 0,
  };
}

/**
 * Dossiers ready for a decision: in public notice, in the actor's subtree, the notice period over (or
 * no notice recorded), not yet part of a decision. `today` is the date in Việt Nam.
 */
export async function readyDossiers(db: DbOrTx, actor: Actor, today: string): Promise<ReadyDossier[]> {
  const { rows } = await db.execute<{
    id: string;
    title: string;
    unit_id: string;
    unit_name: string;
    award_code: string;
    year: number;
    nominee_count: number;
    notice_ends_on: string | null;
  }>(sql`
    SELECT d.id, d.title, d.unit_id, u.name AS unit_name, d.award_code, d.year,
           (SELECT count(*)::int FROM dossier_nominee n WHERE n.dossier_id = d.id) AS nominee_count,
           ${noticeEndSql(sql`d.id`)} AS notice_ends_on
      FROM dossier d JOIN unit u ON u.id = d.unit_id
     WHERE d.status = 'public-notice' AND u.path LIKE ${`${actor.scopePath}%`}
       AND NOT EXISTS (SELECT 1 FROM decision_dossier dd WHERE dd.dossier_id = d.id)
       AND coalesce(${noticeEndSql(sql`d.id`)} < ${today}, true)
     ORDER BY d.year DESC, u.name COLLATE "vi-x-icu", d.title`);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    unitId: r.unit_id,
    unitName: r.unit_name,
    awardCode: r.award_code,
    awardName: awardNameOf(r.award_code),
    year: r.year,
    nomineeCount: r.nominee_count,
    noticeEndsOn: r.notice_ends_on,
  }));
}

/** The end of the latest published public notice listing the dossier ('YYYY-MM-DD'), or null. */
export const noticeEndSql = (dossierId: SQL) => sql`(SELECT max(pn.ends_on)::text FROM public_notice_item pi
  JOIN public_notice pn ON pn.id = pi.notice_id WHERE pi.dossier_id = ${dossierId} AND pn.status = 'published')`;
