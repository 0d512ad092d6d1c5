import { awardLabelOf, INITIATIVE_SCOPE_LABELS, type Initiative } from '../../../shared/api/initiatives';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { writeXlsxList, type XlsxColumn } from '../../lib/xlsx';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { type InitiativeFilters, queryInitiatives } from './initiatives.queries';

export const EXPORT_CAP = 100_000;

type ExportRow = Initiative & { index: number };

const COLUMNS: XlsxColumn<ExportRow>[] = [
  { header: 'STT', kind: 'number', width: 7, value: (i) => i.index },
  { header: 'Tên sáng kiến', value: (i) => i.title, width: 60 },
  { header: 'Đơn vị', value: (i) => i.unitName },
  { header: 'Tác giả', value: (i) => i.authors.map((a) => a.fullName).join('; ') },
  { header: 'Phạm vi ảnh hưởng', value: (i) => INITIATIVE_SCOPE_LABELS[i.scope] },
  { header: 'Số quyết định công nhận', value: (i) => i.decisionNumber },
  { header: 'Ngày công nhận', kind: 'date', value: (i) => i.recognizedOn },
  {
    header: 'Đã dùng để đề nghị khen thưởng',
    value: (i) =>
      i.usedFor
        .map(
          (u) =>
            `${awardLabelOf(u.awardCode)} năm ${u.year}${u.decisionNumber ? ` (QĐ số ${u.decisionNumber})` : ''}`,
        )
        .join('; '),
  },
];

/** The initiatives matching the filters as an .xlsx file (at most 100,000 rows), with one audit row. */
export async function exportInitiatives(
  db: DbOrTx,
  actor: Actor,
  filters: InitiativeFilters,
): Promise<{ buffer: Buffer; count: number }> {
  return db.transaction(async (tx) => {
    const { items, total } = await queryInitiatives(tx, actor, filters, { limit: EXPORT_CAP, offset: 0 });
    if (total > EXPORT_CAP) {
      throw badRequest(
        `Danh sách có ${total.toLocaleString('vi-VN')} sáng kiến, vượt giới hạn ${EXPORT_CAP.toLocaleString('vi-VN')} dòng mỗi lần xuất. Hãy lọc theo đơn vị hoặc năm rồi xuất từng phần.`,
      );
    }
    const buffer = await writeXlsxList({
      sheetName: 'Sáng kiến',
      columns: COLUMNS,
      rows: items.map((item, i) => ({ ...item, index: i + 1 })),
    });
    // The audit row goes last: its lock serialises audit appends until this transaction commits.
    await writeAudit(tx, auditContextOf(actor), {
      action: 'initiative.export',
      objectType: 'initiative',
      unitId: filters.unitId ?? actor.unitId,
      after: { count: items.length, filters },
    });
    return { buffer, count: items.length };
  });
}
