import type pg from 'pg';
import type { AuditQuery } from '../../../shared/api/audit';
import type { DbOrTx } from '../../db/client';
import { writeXlsxList } from '../../lib/xlsx';
import { type Actor, auditContextOf } from '../auth/actor';
import { listAuditEvents } from './audit.queries';
import { writeAudit } from './write-audit';

const RESULT_LABELS = { ok: 'Thành công', denied: 'Bị từ chối', failed: 'Thất bại' } as const;

/** The filtered trail (at most 100,000 events) as .xlsx; the export itself is audited. */
export async function exportAudit(
  pool: pg.Pool,
  tx: DbOrTx,
  actor: Actor,
  query: AuditQuery,
): Promise<Buffer> {
  const { items } = await listAuditEvents(pool, { ...query, page: 1, pageSize: 100_000 });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'audit.export',
    objectType: 'audit',
    after: { count: items.length, query },
  });
  return writeXlsxList({
    sheetName: 'Nhật ký',
    rows: items,
    columns: [
      { header: 'STT', value: (e) => e.id, kind: 'number' },
      { header: 'Thời điểm', kind: 'datetime', value: (e) => e.occurredAt },
      { header: 'Người thực hiện', value: (e) => e.actorLabel },
      { header: 'Hành động', value: (e) => e.action },
      { header: 'Đối tượng', value: (e) => e.objectType },
      { header: 'Mã đối tượng', value: (e) => e.objectId },
      { header: 'Kết quả', value: (e) => RESULT_LABELS[e.result as keyof typeof RESULT_LABELS] },
      { header: 'Địa chỉ IP', value: (e) => e.ip },
    ],
  });
}
