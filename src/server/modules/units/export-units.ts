import { UNIT_KIND_LABELS, UNIT_STATUS_LABELS, type UnitKind, type UnitStatus } from '../../../shared/codes';
import type { DbOrTx } from '../../db/client';
import { writeXlsxList } from '../../lib/xlsx';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { listUnitsInScope } from './units.queries';

/** The unit tree of the actor's scope as .xlsx (indented names keep the tree readable); the export is audited. */
export async function exportUnits(tx: DbOrTx, actor: Actor, includeInactive: boolean): Promise<Buffer> {
  const rows = await listUnitsInScope(tx, actor, { includeInactive });
  const depthOf = (path: string) =>
    path.split('/').filter(Boolean).length - actor.scopePath.split('/').filter(Boolean).length;
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'unit.export',
    objectType: 'unit',
    after: { count: rows.length, includeInactive },
  });
  return writeXlsxList({
    sheetName: 'Đơn vị',
    rows,
    columns: [
      {
        header: 'Tên đơn vị',
        value: (r) => `${'    '.repeat(Math.max(0, depthOf(r.path)))}${r.name}`,
        width: 60,
      },
      { header: 'Mã', value: (r) => r.code },
      { header: 'Loại', value: (r) => UNIT_KIND_LABELS[r.kind as UnitKind] ?? r.kind },
      { header: 'Đơn vị cấp trên', value: (r) => (r.parentId ? (byId.get(r.parentId) ?? '') : '') },
      { header: 'Trạng thái', value: (r) => UNIT_STATUS_LABELS[r.status as UnitStatus] ?? r.status },
      { header: 'Hiệu lực từ', value: (r) => r.validFrom, kind: 'date' },
      { header: 'Hiệu lực đến', value: (r) => r.validTo, kind: 'date' },
      { header: 'Đơn vị kế tục', value: (r) => (r.successorId ? (byId.get(r.successorId) ?? '') : '') },
    ],
  });
}
