import { ROLE_LABELS } from '../../../shared/codes';
import type { DbOrTx } from '../../db/client';
import { writeXlsxList } from '../../lib/xlsx';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { listAccounts } from './accounts.queries';

/** Every account of the administrator's scope as .xlsx; the export is audited. */
export async function exportAccounts(tx: DbOrTx, actor: Actor): Promise<Buffer> {
  const { items } = await listAccounts(tx, actor, { page: 1, pageSize: 100_000 });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'account.export',
    objectType: 'user',
    after: { count: items.length },
  });
  return writeXlsxList({
    sheetName: 'Tài khoản',
    rows: items,
    columns: [
      { header: 'Họ và tên', value: (a) => a.name },
      { header: 'Email', value: (a) => a.email },
      { header: 'Đơn vị', value: (a) => a.unitName },
      { header: 'Vai trò', value: (a) => a.roles.map((r) => ROLE_LABELS[r]).join('; ') },
      {
        header: 'Trạng thái',
        value: (a) => (a.disabled ? 'Đã khóa' : a.locked ? 'Tạm khóa do nhập sai' : 'Hoạt động'),
      },
      { header: 'Xác thực hai lớp', value: (a) => (a.twoFactorEnabled ? 'Có' : 'Không') },
      { header: 'Ngày tạo', value: (a) => new Date(a.createdAt), kind: 'date' },
    ],
  });
}
