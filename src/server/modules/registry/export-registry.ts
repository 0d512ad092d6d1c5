import { GRANT_STATUS_LABELS, RECIPIENT_KIND_LABELS, type RegistryEntry } from '../../../shared/api/registry';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { writeXlsxList, type XlsxColumn } from '../../lib/xlsx';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { queryRegistry, type RegistryFilters } from './registry.queries';

export const EXPORT_CAP = 100_000;

type ExportRow = RegistryEntry & { index: number };

const COLUMNS: XlsxColumn<ExportRow>[] = [
  { header: 'STT', kind: 'number', width: 7, value: (g) => g.index },
  { header: 'Người/tập thể được khen', value: (g) => g.recipientName },
  { header: 'Đối tượng', value: (g) => RECIPIENT_KIND_LABELS[g.recipientKind] },
  { header: 'Đơn vị', value: (g) => g.unitName },
  { header: 'Danh hiệu/hình thức', value: (g) => g.awardName },
  { header: 'Năm', kind: 'number', width: 8, value: (g) => g.year },
  { header: 'Số quyết định', value: (g) => g.decisionNumber },
  { header: 'Ngày quyết định', kind: 'date', value: (g) => g.decisionDate },
  { header: 'Cơ quan ban hành', value: (g) => g.issuer },
  { header: 'Số sổ vàng', value: (g) => g.goldenBookNumber },
  { header: 'Tiền thưởng (đồng)', kind: 'money', value: (g) => g.prizeAmount },
  { header: 'Tình trạng', value: (g) => GRANT_STATUS_LABELS[g.status] },
  { header: 'Ngày thu hồi', kind: 'date', value: (g) => g.revokedOn },
  { header: 'Lý do thu hồi', value: (g) => g.revokeReason, width: 50 },
];

/** The registry entries matching the filters as an .xlsx file (at most 100,000 rows), audited. */
export async function exportRegistry(
  db: DbOrTx,
  actor: Actor,
  filters: RegistryFilters,
): Promise<{ buffer: Buffer; count: number }> {
  return db.transaction(async (tx) => {
    const { items, total } = await queryRegistry(tx, actor, filters, { limit: EXPORT_CAP, offset: 0 });
    if (total > EXPORT_CAP) {
      throw badRequest(
        `Sổ khen thưởng có ${total.toLocaleString('vi-VN')} dòng, vượt giới hạn ${EXPORT_CAP.toLocaleString('vi-VN')} dòng mỗi lần xuất. Hãy lọc theo đơn vị hoặc năm rồi xuất từng phần.`,
      );
    }
    const buffer = await writeXlsxList({
      sheetName: 'Sổ khen thưởng',
      columns: COLUMNS,
      rows: items.map((item, i) => ({ ...item, index: i + 1 })),
    });
    await writeAudit(tx, auditContextOf(actor), {
      action: 'registry.export',
      objectType: 'award_grant',
      unitId: filters.unitId ?? actor.unitId,
      after: { count: items.length, filters },
    });
    return { buffer, count: items.length };
  });
}
