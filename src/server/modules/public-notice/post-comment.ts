import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { PublicCommentCreate } from '../../../shared/api/public-notice';
import type { AppContext } from '../../app-context';
import { badRequest, notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { anonymousAuditContext } from '../auth/actor';
import { senderHashOf, verifyChallenge } from './comment-challenge';
import { todayInVietnam } from './create-notice';
import { publicComment } from './public-notice.schema';

/**
 * A citizen's comment on a published notice during its period: the challenge is checked, the comment
 * waits for moderation, the contact is stored but never shown publicly. The text is stored as typed and
 * always rendered as text, never as HTML.
 */
export async function postPublicComment(
  app: AppContext,
  request: FastifyRequest,
  noticeId: string,
  input: PublicCommentCreate,
): Promise<void> {
  const { db } = app.database;
  const today = todayInVietnam();
  const { rows } = await db.execute<{ unit_id: string; ends_on: string }>(sql`
    SELECT unit_id, ends_on FROM public_notice
     WHERE id = ${noticeId} AND status = 'published' AND starts_on <= ${today}`);
  const notice = rows[0];
  if (!notice) throw notFound('Thông báo công khai');
  if (notice.ends_on < today) {
    throw badRequest('Thời gian lấy ý kiến đã kết thúc nên không thể gửi góp ý.', [
      { path: 'body', message: 'Đã hết thời gian lấy ý kiến' },
    ]);
  }
  if (input.itemId) {
    const item = await db.execute(
      sql`SELECT 1 FROM public_notice_item WHERE id = ${input.itemId} AND notice_id = ${noticeId}`,
    );
    if (item.rows.length === 0) {
      throw badRequest('Người được góp ý không có trong danh sách công khai này.', [
        { path: 'itemId', message: 'Không có trong danh sách' },
      ]);
    }
  }
  const nonce = await verifyChallenge(app, noticeId, input.challengeToken, input.challengeAnswer);
  const senderHash = await senderHashOf(app, request.ip);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(publicComment)
      .values({
        noticeId,
        itemId: input.itemId ?? null,
        authorName: input.authorName || null,
        contact: input.contact || null,
        body: input.body,
        challengeNonce: nonce,
        senderHash,
      })
      .onConflictDoNothing()
      .returning({ id: publicComment.id });
    if (!row) {
      throw badRequest('Câu hỏi kiểm tra này đã được dùng. Vui lòng tải lại câu hỏi mới.', [
        { path: 'challengeAnswer', message: 'Đã dùng' },
      ]);
    }
    // The audit row names the comment, never the contact or the text.
    await writeAudit(tx, anonymousAuditContext(request, 'người dân'), {
      action: 'public-comment.create',
      objectType: 'public_comment',
      objectId: row.id,
      unitId: notice.unit_id,
      after: { noticeId, itemId: input.itemId ?? null },
    });
  });
}
