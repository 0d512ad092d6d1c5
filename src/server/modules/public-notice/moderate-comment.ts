import { eq, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import type { DbOrTx } from '../../db/client';
import { AppError, notFound } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { publicComment } from './public-notice.schema';

/** Approve (shown publicly) or hide a citizen's comment; audited with the note. */
export async function moderateComment(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: { version: number; status: 'approved' | 'hidden'; note?: string },
): Promise<void> {
  const { rows } = await tx.execute<{ path: string; status: string; version: number; unit_id: string }>(sql`
    SELECT u.path, c.status, c.version, n.unit_id
      FROM public_comment c JOIN public_notice n ON n.id = c.notice_id JOIN unit u ON u.id = n.unit_id
     WHERE c.id = ${id} FOR UPDATE OF c`);
  const row = rows[0];
  if (!row || !isInScope(actor.scopePath, row.path)) throw notFound('Góp ý');
  if (row.version !== input.version) {
    throw new AppError(
      'CONFLICT',
      `Góp ý này vừa được ${await lastEditorOf(tx, 'public_comment', id)} xử lý. Dữ liệu mới đã được tải lại.`,
    );
  }
  const now = new Date();
  await tx
    .update(publicComment)
    .set({
      status: input.status,
      moderatedAt: now,
      moderatedBy: actor.email,
      moderationNote: input.note || null,
      version: sql`${publicComment.version} + 1`,
      updatedAt: now,
    })
    .where(eq(publicComment.id, id));
  await writeAudit(tx, auditContextOf(actor), {
    action: `public-comment.${input.status === 'approved' ? 'approve' : 'hide'}`,
    objectType: 'public_comment',
    objectId: id,
    unitId: row.unit_id,
    before: { status: row.status, version: row.version },
    after: { status: input.status, note: input.note || null },
  });
}
