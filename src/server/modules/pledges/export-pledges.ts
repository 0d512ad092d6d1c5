import { sql } from 'drizzle-orm';
import { awardLabelOf } from '../../../shared/api/initiatives';
import { PLEDGE_STATUS_LABELS, type PledgeStatus } from '../../../shared/api/pledges';
import type { DbOrTx } from '../../db/client';
import { writeXlsxList, type XlsxColumn } from '../../lib/xlsx';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadBoardRows } from './pledges.queries';

interface ExportRow {
  unitName: string;
  status: PledgeStatus | null;
  collectiveTitles: string[];
  fullName: string | null;
  position: string | null;
  titles: string[];
}

const labels = (codes: readonly string[]) => codes.map(awardLabelOf).join('; ');

const COLUMNS: XlsxColumn<ExportRow>[] = [
  { header: 'Đơn vị', value: (r) => r.unitName },
  { header: 'Trạng thái', value: (r) => (r.status ? PLEDGE_STATUS_LABELS[r.status] : 'Chưa đăng ký') },
  { header: 'Danh hiệu tập thể', value: (r) => labels(r.collectiveTitles) },
  { header: 'Họ và tên', value: (r) => r.fullName },
  { header: 'Chức vụ', value: (r) => r.position },
  { header: 'Danh hiệu cá nhân đăng ký', value: (r) => labels(r.titles) },
];

/** The consolidated pledges of a movement (one row per pledged person; a unit without people once). */
export async function exportPledges(
  db: DbOrTx,
  actor: Actor,
  movementId: string,
): Promise<{ buffer: Buffer; title: string }> {
  return db.transaction(async (tx) => {
    const { movement, rows: units } = await loadBoardRows(tx, actor, movementId);
    const pledgeIds = units.flatMap((u) => (u.pledge_id ? [u.pledge_id] : []));
    const { rows: people } =
      pledgeIds.length === 0
        ? { rows: [] }
        : await tx.execute<{
            pledge_id: string;
            full_name: string;
            position: string | null;
            titles: string[];
          }>(sql`
            SELECT pp.pledge_id, p.full_name, p.position, pp.titles
              FROM pledge_person pp JOIN person p ON p.id = pp.person_id
             WHERE pp.pledge_id IN (${sql.join(
               pledgeIds.map((id) => sql`${id}`),
               sql`, `,
             )})
             ORDER BY p.full_name COLLATE "vi-x-icu", p.id`);
    const byPledge = new Map<string, typeof people>();
    for (const p of people) byPledge.set(p.pledge_id, [...(byPledge.get(p.pledge_id) ?? []), p]);
    const rows: ExportRow[] = [];
    for (const u of units) {
      const base = { unitName: u.unit_name, status: u.status, collectiveTitles: u.collective_titles ?? [] };
      const list = u.pledge_id ? (byPledge.get(u.pledge_id) ?? []) : [];
      if (list.length === 0) rows.push({ ...base, fullName: null, position: null, titles: [] });
      for (const p of list)
        rows.push({ ...base, fullName: p.full_name, position: p.position, titles: p.titles });
    }
    const buffer = await writeXlsxList({ sheetName: 'Đăng ký thi đua', columns: COLUMNS, rows });
    await writeAudit(tx, auditContextOf(actor), {
      action: 'pledge.export',
      objectType: 'movement',
      objectId: movementId,
      after: { units: units.length, rows: rows.length },
    });
    return { buffer, title: movement.title };
  });
}
