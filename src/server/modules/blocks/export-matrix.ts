import type { Matrix } from '../../../shared/api/blocks';
import type { DbOrTx } from '../../db/client';
import { writeXlsxList, type XlsxColumn } from '../../lib/xlsx';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { matrixOf } from './assessments.queries';

type Row = Matrix['units'][number];

/** The unit × criterion matrix as .xlsx: per criterion the self, reviewed and final points side by side. */
export async function exportMatrix(
  db: DbOrTx,
  actor: Actor,
  blockId: string,
): Promise<{ buffer: Buffer; name: string; year: number }> {
  return db.transaction(async (tx) => {
    const matrix = await matrixOf(tx, actor, blockId);
    const columns: XlsxColumn<Row>[] = [
      { header: 'Hạng', kind: 'number', value: (r) => r.rank },
      { header: 'Đơn vị', value: (r) => r.unitName },
      ...matrix.criteria.flatMap((c, i): XlsxColumn<Row>[] => [
        {
          header: `${c.code} tự chấm (tối đa ${c.maxPoints})`,
          kind: 'number',
          value: (r) => r.cells[i]?.self,
        },
        { header: `${c.code} trưởng khối chấm`, kind: 'number', value: (r) => r.cells[i]?.reviewed },
        { header: `${c.code} điểm chốt`, kind: 'number', value: (r) => r.cells[i]?.final },
      ]),
      { header: 'Tổng tự chấm', kind: 'number', value: (r) => r.selfTotal },
      { header: 'Tổng trưởng khối chấm', kind: 'number', value: (r) => r.reviewedTotal },
      { header: `Tổng điểm chốt (tối đa ${matrix.maxPoints})`, kind: 'number', value: (r) => r.finalTotal },
    ];
    const buffer = await writeXlsxList({ sheetName: 'Tổng hợp điểm', columns, rows: matrix.units });
    await writeAudit(tx, auditContextOf(actor), {
      action: 'block.matrix.export',
      objectType: 'emulation_block',
      objectId: blockId,
      after: { units: matrix.units.length, criteria: matrix.criteria.length },
    });
    return { buffer, name: matrix.blockName, year: matrix.year };
  });
}
