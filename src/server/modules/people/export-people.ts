import type { PersonListItem } from '../../../shared/api/people';
import { RATING_LABELS, SEX_LABELS, STAFF_TYPE_LABELS } from '../../../shared/codes';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { writeXlsxList, type XlsxColumn } from '../../lib/xlsx';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { todayInVietnam } from './import-people';
import { type PersonFilters, queryPeople } from './people.queries';

export const EXPORT_CAP = 100_000;

type ExportRow = PersonListItem & { index: number };

/*
 * The headers of the import sheet where a column exists in both, so an exported list can be edited
 * and imported elsewhere. No sensitive column (ethnicity, national ID, discipline) is ever exported.
 */
const COLUMNS: XlsxColumn<ExportRow>[] = [
  { header: 'STT', kind: 'number', width: 7, value: (p) => p.index },
  { header: 'Họ và tên', value: (p) => p.fullName },
  { header: 'Giới tính', width: 10, value: (p) => SEX_LABELS[p.sex] },
  { header: 'Ngày sinh', kind: 'date', value: (p) => p.birthDate },
  { header: 'Chức vụ', value: (p) => p.position },
  { header: 'Loại cán bộ', value: (p) => STAFF_TYPE_LABELS[p.staffType] },
  { header: 'Đơn vị', value: (p) => p.unitName },
  { header: 'Ngày tuyển dụng', kind: 'date', value: (p) => p.recruitedOn },
  {
    header: 'Đánh giá gần nhất',
    value: (p) => (p.latestRating ? `${p.latestRating.year}: ${RATING_LABELS[p.latestRating.rating]}` : null),
  },
];

/** The people list matching the filters as an .xlsx file (at most 100,000 rows), with one audit row. */
export async function exportPeople(
  db: DbOrTx,
  actor: Actor,
  filters: PersonFilters,
): Promise<{ buffer: Buffer; fileName: string; count: number }> {
  return db.transaction(async (tx) => {
    const { items, total } = await queryPeople(tx, actor, filters, { limit: EXPORT_CAP, offset: 0 });
    if (total > EXPORT_CAP) {
      throw badRequest(
        `Danh sách có ${total.toLocaleString('vi-VN')} người, vượt giới hạn ${EXPORT_CAP.toLocaleString('vi-VN')} dòng mỗi lần xuất. Hãy lọc theo đơn vị hoặc loại cán bộ rồi xuất từng phần.`,
      );
    }
    const buffer = await writeXlsxList({
      sheetName: 'Danh sách cán bộ',
      columns: COLUMNS,
      rows: items.map((p, i) => ({ ...p, index: i + 1 })),
    });
    // The audit row goes last: its lock serialises audit appends until this transaction commits.
    await writeAudit(tx, auditContextOf(actor), {
      action: 'person.export',
      objectType: 'person',
      unitId: filters.unitId ?? actor.unitId,
      after: { count: items.length, filters },
    });
    return { buffer, fileName: `danh-sách-cán-bộ-${todayInVietnam()}.xlsx`, count: items.length };
  });
}
