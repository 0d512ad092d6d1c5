import { type SQL, sql } from 'drizzle-orm';
import { DEFAULT_CATALOGUE } from '../../../domain/law/catalogue';
import { foldText } from '../../../domain/people/validate-person-row';
import type { RegistryEntry, RegistryQuery } from '../../../shared/api/registry';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { loadUnitInScope } from '../units/units.policy';

export type RegistryFilters = Omit<RegistryQuery, 'page' | 'pageSize'>;

/** The award's Vietnamese name from the law catalogue (unknown codes are shown as they are). */
export function awardNameOf(code: string): string {
  return DEFAULT_CATALOGUE.awards.get(code as never)?.name ?? code;
}

/** Award codes whose name contains the folded text: "chien si" finds both Chiến sĩ thi đua titles. */
function awardCodesMatching(folded: string): string[] {
  return [...DEFAULT_CATALOGUE.awards.values()]
    .filter((a) => foldText(a.name).includes(folded) || a.code.includes(folded.replace(/ /g, '-')))
    .map((a) => a.code);
}

const like = (text: string) => `%${text.replace(/[%_\\]/g, '\\$&')}%`;

/** WHERE clause of a registry list: always inside the actor's subtree; every value a bound parameter. */
async function whereOf(db: DbOrTx, actor: Actor, f: RegistryFilters): Promise<SQL> {
  const scope = f.unitId ? (await loadUnitInScope(db, actor, f.unitId)).path : actor.scopePath;
  const parts: SQL[] = [sql`u.path LIKE ${`${scope}%`}`];
  const q = f.q?.normalize('NFC').trim();
  if (q) {
    // Diacritic-insensitive: "nguyen van an" finds "Nguyễn Văn An", "tan phong" the ward, "chien si"
    // the award, "12/qd" the decision number.
    const folded = foldText(q);
    const codes = awardCodesMatching(folded);
    parts.push(sql`(p.full_name_search LIKE ${like(folded)}
      OR (g.recipient_kind <> 'individual' AND u.name_search LIKE ${like(folded)})
      OR tdkt_fold(e.display_name) LIKE ${like(folded)}
      OR tdkt_fold(g.decision_number) LIKE ${like(folded)}
      ${
        codes.length
          ? sql`OR g.award_code IN (${sql.join(
              codes.map((c) => sql`${c}`),
              sql`, `,
            )})`
          : sql``
      })`);
  }
  if (f.personId) parts.push(sql`g.person_id = ${f.personId}`);
  if (f.awardCode) parts.push(sql`g.award_code = ${f.awardCode}`);
  if (f.year) parts.push(sql`g.year = ${f.year}`);
  if (f.decision) parts.push(sql`tdkt_fold(g.decision_number) LIKE ${like(foldText(f.decision))}`);
  if (f.status) parts.push(sql`g.status = ${f.status}`);
  if (f.kind) parts.push(sql`g.recipient_kind = ${f.kind}`);
  return sql.join(parts, sql` AND `);
}

export type RegistryRow = {
  id: string;
  award_code: string;
  recipient_kind: RegistryEntry['recipientKind'];
  person_id: string | null;
  person_name: string | null;
  display_name: string | null;
  unit_id: string;
  unit_name: string;
  year: number;
  track: string;
  decision_id: string | null;
  decision_number: string | null;
  decision_date: string | null;
  issuer: string | null;
  golden_book_number: string | null;
  prize_amount: string | number | null;
  status: RegistryEntry['status'];
  revoked_on: string | null;
  revoke_reason: string | null;
  version: number;
  unit_path: string;
};

export function presentGrant(r: RegistryRow): RegistryEntry {
  return {
    id: r.id,
    awardCode: r.award_code,
    awardName: awardNameOf(r.award_code),
    recipientKind: r.recipient_kind,
    recipientName: r.display_name ?? r.person_name ?? r.unit_name,
    personId: r.person_id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    year: r.year,
    track: r.track,
    decisionId: r.decision_id,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    issuer: r.issuer,
    goldenBookNumber: r.golden_book_number,
    prizeAmount: r.prize_amount === null ? null : Number(r.prize_amount),
    status: r.status,
    revokedOn: r.revoked_on,
    revokeReason: r.revoke_reason,
    version: r.version,
  };
}

/** The columns of a registry row; `e` is the decision annex line that created the grant, if any. */
export const GRANT_SELECT = sql`
  SELECT g.id, g.award_code, g.recipient_kind, g.person_id, p.full_name AS person_name, e.display_name,
         g.unit_id, u.name AS unit_name, g.year, g.track, e.decision_id, g.decision_number,
         g.decision_date::text AS decision_date, g.issuer, g.golden_book_number, e.prize_amount, g.status,
         g.revoked_on::text AS revoked_on, g.revoke_reason, g.version, u.path AS unit_path
    FROM award_grant g
    JOIN unit u ON u.id = g.unit_id
    LEFT JOIN person p ON p.id = g.person_id
    LEFT JOIN decision_entry e ON e.award_grant_id = g.id`;

const ORDER = sql`ORDER BY g.year DESC, g.decision_date DESC NULLS LAST, g.decision_number, g.golden_book_number, g.id`;

/** One page of the registry (or up to `limit` for exports) in the actor's subtree. */
export async function queryRegistry(
  db: DbOrTx,
  actor: Actor,
  filters: RegistryFilters,
  page: { limit: number | null; offset: number },
): Promise<{ items: RegistryEntry[]; total: number }> {
  const where = await whereOf(db, actor, filters);
  const limit = page.limit === null ? sql`` : sql`LIMIT ${page.limit}`;
  const [{ rows }, { rows: count }] = await Promise.all([
    db.execute<RegistryRow>(sql`${GRANT_SELECT} WHERE ${where} ${ORDER} ${limit} OFFSET ${page.offset}`),
    db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM award_grant g JOIN unit u ON u.id = g.unit_id
        LEFT JOIN person p ON p.id = g.person_id LEFT JOIN decision_entry e ON e.award_grant_id = g.id
       WHERE ${where}`),
  ]);
  return { items: rows.map(presentGrant), total: count[0]?.n ?? 0 };
}

/** One grant with its unit path (for the scope check), optionally locked for a change. */
export async function findGrant(
  db: DbOrTx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<RegistryRow | undefined> {
  const { rows } = await db.execute<RegistryRow>(
    sql`${GRANT_SELECT} WHERE g.id = ${id} ${options.lock ? sql`FOR UPDATE OF g` : sql``}`,
  );
  return rows[0];
}
