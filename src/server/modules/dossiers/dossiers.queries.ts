import { sql } from 'drizzle-orm';
import {
  type HolidayCalendar,
  vietnamDateOf,
  workingDaysBetween,
} from '../../../domain/dossiers/working-days';
import { DEFAULT_CATALOGUE } from '../../../domain/law/catalogue';
import type { AwardCode } from '../../../domain/law/types';
import type { DossierListItem, DossierListQuery } from '../../../shared/api/dossiers';
import type { DossierState, DossierTrack } from '../../../shared/dossier-codes';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { dossierVisibleSql } from './dossiers.policy';
import { loadCalendar } from './holidays';

export const awardNameOf = (code: string) => DEFAULT_CATALOGUE.awards.get(code as AwardCode)?.name ?? code;

/** States in which a deadline can be missed (at the office, or returned and waiting for the unit). */
export const OVERDUE_STATES_SQL = sql`('submitted', 'resubmitted', 'received', 'appraisal', 'returned', 'council', 'public-notice')`;

export type ListRow = {
  id: string;
  unit_id: string;
  unit_name: string;
  track: string;
  award_code: string;
  year: number;
  title: string;
  status: string;
  nominee_count: number;
  submitted_at: Date | null;
  due_on: string | null;
  processing_days: number | null;
  updated_at: Date;
};

export function presentListItem(r: ListRow, calendar: HolidayCalendar, today: string): DossierListItem {
  const open = !['draft', 'decided', 'rejected', 'withdrawn'].includes(r.status);
  const isOverdue = open && r.due_on !== null && r.due_on < today;
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    track: r.track as DossierTrack,
    awardCode: r.award_code,
    awardName: awardNameOf(r.award_code),
    year: r.year,
    title: r.title,
    status: r.status as DossierState,
    nomineeCount: Number(r.nominee_count),
    submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    dueOn: r.due_on,
    isOverdue,
    overdueDays: isOverdue ? workingDaysBetween(r.due_on!, today, calendar) : 0,
    processingDays: r.processing_days,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** Dossiers of the actor's subtree, filtered and paginated in SQL; overdue ones first when asked. */
export async function listDossiers(db: DbOrTx, actor: Actor, q: DossierListQuery) {
  const today = vietnamDateOf(new Date());
  const where = sql.join(
    [
      dossierVisibleSql(actor),
      q.status ? sql`d.status = ${q.status}` : undefined,
      q.track ? sql`d.track = ${q.track}` : undefined,
      q.year ? sql`d.year = ${q.year}` : undefined,
      q.unitId ? sql`d.unit_id = ${q.unitId}` : undefined,
      q.q ? sql`tdkt_fold(d.title) LIKE '%' || tdkt_fold(${q.q}) || '%'` : undefined,
      q.overdue === 'true' ? sql`d.status IN ${OVERDUE_STATES_SQL} AND d.due_on < ${today}::date` : undefined,
      q.overdue === 'false'
        ? sql`NOT (d.status IN ${OVERDUE_STATES_SQL} AND d.due_on < ${today}::date) OR d.due_on IS NULL`
        : undefined,
    ].filter((c) => c !== undefined),
    sql` AND `,
  );
  const order = q.overdue === 'true' ? sql`d.due_on ASC, d.id` : sql`d.updated_at DESC, d.id`;
  const [rows, total, calendar] = await Promise.all([
    db.execute<ListRow>(sql`
      SELECT d.id, d.unit_id, u.name AS unit_name, d.track, d.award_code, d.year, d.title, d.status,
             (SELECT count(*)::int FROM dossier_nominee n WHERE n.dossier_id = d.id) AS nominee_count,
             d.submitted_at, d.due_on::text AS due_on, d.processing_days, d.updated_at
        FROM dossier d JOIN unit u ON u.id = d.unit_id
       WHERE ${where}
       ORDER BY ${order}
       LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`),
    db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM dossier d JOIN unit u ON u.id = d.unit_id WHERE ${where}`,
    ),
    loadCalendar(db),
  ]);
  return {
    items: rows.rows.map((r) => presentListItem(r, calendar, today)),
    total: Number(total.rows[0]?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}
