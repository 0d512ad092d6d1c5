import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { movement, movementMilestone } from '../db/schema';
import { systemAuditContext, writeAudit } from '../modules/audit/write-audit';
import { review } from '../modules/reviews/reviews.schema';

/*
 * The interim review (sơ kết 6 tháng) of the demo movement 5834/PĐTĐ-UBND, as a draft: its figures are
 * computed from the demo pledges, targets and dossiers as at the milestone date, and the office has
 * started writing its assessment. Loaded after the targets so the figures have something to show.
 */

const ASSESSMENT = {
  achievements: [
    '- Các cơ quan, đơn vị, xã, phường tổ chức phát động và đăng ký thi đua kịp thời; phần lớn đơn vị gửi bản đăng ký đúng hạn.',
    '- Thu ngân sách trên địa bàn 6 tháng đầu năm đạt khá so với kế hoạch; nhiều đơn vị rút ngắn thời gian giải quyết thủ tục hành chính.',
  ].join('\n'),
  shortcomings: [
    '- Một số đơn vị đăng ký thi đua muộn, bản đăng ký còn sơ sài.',
    '- Việc báo cáo kết quả thực hiện chỉ tiêu theo quý ở một số đơn vị chưa đúng thời gian quy định.',
  ].join('\n'),
  lessons:
    '- Cấp ủy, người đứng đầu quan tâm chỉ đạo sát sao; theo dõi, đôn đốc thường xuyên việc thực hiện chỉ tiêu.',
  nextTasks:
    '- Tiếp tục đẩy mạnh cải cách hành chính, phấn đấu cắt giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính.',
};

/** A draft interim review of the demo movement (nothing when the movement or its milestone is absent). */
export async function loadDemoReviews(tx: Tx): Promise<void> {
  const [found] = await tx
    .select({
      movementId: movement.id,
      milestoneId: movementMilestone.id,
      title: movementMilestone.title,
      dueOn: movementMilestone.dueOn,
    })
    .from(movement)
    .innerJoin(movementMilestone, eq(movementMilestone.movementId, movement.id))
    .where(and(eq(movement.docNumber, '5834/PĐTĐ-UBND'), eq(movementMilestone.kind, 'interim-review')))
    .limit(1);
  if (!found) return;
  const [row] = await tx
    .insert(review)
    .values({
      movementId: found.movementId,
      milestoneId: found.milestoneId,
      kind: 'interim',
      title: found.title,
      reviewDate: found.dueOn,
      ...ASSESSMENT,
    })
    .returning({ id: review.id });
  await writeAudit(tx, systemAuditContext, {
    action: 'review.create',
    objectType: 'review',
    objectId: row!.id,
    after: { movementId: found.movementId, milestoneId: found.milestoneId, kind: 'interim', demo: true },
  });
}
