import { eq, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { NOTICE_STATUS_LABELS, type NoticeSave, type NoticeStatus } from '../../../shared/api/public-notice';
import type { DbOrTx } from '../../db/client';
import { AppError, badRequest, notFound } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { publicNotice } from './public-notice.schema';

interface LockedNotice {
  id: string;
  unitId: string;
  status: NoticeStatus;
  version: number;
  itemCount: number;
}

async function lockNotice(tx: DbOrTx, actor: Actor, id: string, version: number): Promise<LockedNotice> {
  const { rows } = await tx.execute<{
    id: string;
    unit_id: string;
    path: string;
    status: NoticeStatus;
    version: number;
    item_count: number;
  }>(sql`
    SELECT n.id, n.unit_id, u.path, n.status, n.version,
           (SELECT count(*)::int FROM public_notice_item i WHERE i.notice_id = n.id) AS item_count
      FROM public_notice n JOIN unit u ON u.id = n.unit_id WHERE n.id = ${id} FOR UPDATE OF n`);
  const row = rows[0];
  if (!row || !isInScope(actor.scopePath, row.path)) throw notFound('Thông báo công khai');
  if (row.version !== version) {
    throw new AppError(
      'CONFLICT',
      `Thông báo này vừa được ${await lastEditorOf(tx, 'public_notice', id)} sửa. Dữ liệu mới đã được tải lại.`,
    );
  }
  return {
    id: row.id,
    unitId: row.unit_id,
    status: row.status,
    version: row.version,
    itemCount: row.item_count,
  };
}

function assertPeriod(input: { startsOn: string; endsOn: string }): void {
  if (input.endsOn < input.startsOn) {
    throw badRequest('Ngày kết thúc công khai phải sau hoặc bằng ngày bắt đầu.', [
      { path: 'endsOn', message: 'Trước ngày bắt đầu' },
    ]);
  }
}

/** Edit the title, text and period (the period may be extended while published). */
export async function saveNotice(tx: DbOrTx, actor: Actor, id: string, input: NoticeSave): Promise<void> {
  const notice = await lockNotice(tx, actor, id, input.version);
  if (notice.status === 'withdrawn') {
    throw badRequest('Thông báo đã gỡ nên không thể sửa.', [{ path: 'status', message: 'Đã gỡ' }]);
  }
  assertPeriod(input);
  await tx
    .update(publicNotice)
    .set({
      title: input.title,
      description: input.description,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      version: sql`${publicNotice.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(publicNotice.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'public-notice.update',
    objectType: 'public_notice',
    objectId: id,
    unitId: notice.unitId,
    before: { version: notice.version },
    after: { title: input.title, startsOn: input.startsOn, endsOn: input.endsOn },
  });
}

/** Publish (draft → published) or withdraw (published → withdrawn) a notice. */
export async function moveNotice(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  action: 'publish' | 'withdraw',
  version: number,
): Promise<void> {
  const notice = await lockNotice(tx, actor, id, version);
  const from: NoticeStatus = action === 'publish' ? 'draft' : 'published';
  if (notice.status !== from) {
    const label = NOTICE_STATUS_LABELS[notice.status];
    throw badRequest(
      `Thông báo đang ở trạng thái “${label}” nên không thể ${action === 'publish' ? 'công khai' : 'gỡ'}.`,
      [{ path: 'status', message: label }],
    );
  }
  if (action === 'publish' && notice.itemCount === 0) {
    throw badRequest('Thông báo chưa có ai trong danh sách nên không thể công khai.', [
      { path: 'items', message: 'Danh sách trống' },
    ]);
  }
  const now = new Date();
  await tx
    .update(publicNotice)
    .set({
      status: action === 'publish' ? 'published' : 'withdrawn',
      ...(action === 'publish' ? { publishedAt: now, publishedBy: actor.email } : {}),
      version: sql`${publicNotice.version} + 1`,
      updatedAt: now,
    })
    .where(eq(publicNotice.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: `public-notice.${action}`,
    objectType: 'public_notice',
    objectId: id,
    unitId: notice.unitId,
    before: { status: notice.status, version: notice.version },
    after: { status: action === 'publish' ? 'published' : 'withdrawn' },
  });
}
