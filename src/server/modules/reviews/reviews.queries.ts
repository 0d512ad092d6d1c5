import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import type {
  Review,
  ReviewFigures,
  ReviewKind,
  ReviewList,
  ReviewStatus,
} from '../../../shared/api/reviews';
import type { DbOrTx } from '../../db/client';
import { movementMilestone, unit, user } from '../../db/schema';
import type { Actor } from '../auth/actor';
import { can } from '../auth/actor';
import { assertMovementVisible } from '../movements/movements.policy';
import { computeReviewFigures } from './compute-review-figures';
import { canEditReview, type LoadedReview } from './reviews.policy';
import { review } from './reviews.schema';

/** The review milestones of a movement with their reviews (reviews whose milestone was removed follow). */
export async function listReviews(db: DbOrTx, actor: Actor, movementId: string): Promise<ReviewList> {
  await assertMovementVisible(db, actor, movementId);
  const milestones = await db
    .select()
    .from(movementMilestone)
    .where(
      and(
        eq(movementMilestone.movementId, movementId),
        inArray(movementMilestone.kind, ['interim-review', 'final-review']),
      ),
    )
    .orderBy(asc(movementMilestone.dueOn), asc(movementMilestone.id));
  const reviews = await db
    .select()
    .from(review)
    .where(eq(review.movementId, movementId))
    .orderBy(asc(review.reviewDate));
  const { rows } = await db.execute<{ path: string }>(
    sql`SELECT u.path FROM movement m JOIN ${unit} u ON u.id = m.unit_id WHERE m.id = ${movementId}`,
  );
  const summary = (r: typeof review.$inferSelect) => ({
    id: r.id,
    kind: r.kind as ReviewKind,
    title: r.title,
    reviewDate: r.reviewDate,
    status: r.status as ReviewStatus,
    version: r.version,
  });
  const byMilestone = new Map(reviews.filter((r) => r.milestoneId).map((r) => [r.milestoneId!, r]));
  const items: ReviewList['items'] = milestones.map((m) => {
    const found = byMilestone.get(m.id);
    return {
      milestone: {
        id: m.id,
        kind: m.kind as 'interim-review' | 'final-review',
        title: m.title,
        dueOn: m.dueOn,
      },
      review: found ? summary(found) : null,
    };
  });
  for (const orphan of reviews.filter((r) => !r.milestoneId))
    items.push({ milestone: null, review: summary(orphan) });
  const organiser = rows[0] ? isInScope(actor.scopePath, rows[0].path) : false;
  return { items, canEdit: organiser && can(actor, 'review.write') };
}

/** A review in the API shape: a draft's figures are computed now, a finalised one's are its snapshot. */
export async function presentReview(db: DbOrTx, actor: Actor, loaded: LoadedReview): Promise<Review> {
  const r = loaded.review;
  const figures =
    r.status === 'finalised' && r.figures
      ? (r.figures as ReviewFigures)
      : await computeReviewFigures(db, r.movementId, r.reviewDate);
  let finalisedByName: string | null = null;
  if (r.finalisedBy) {
    const [who] = await db.select({ name: user.name }).from(user).where(eq(user.id, r.finalisedBy));
    finalisedByName = who?.name ?? null;
  }
  return {
    id: r.id,
    movementId: r.movementId,
    movementTitle: loaded.movementTitle,
    milestoneId: r.milestoneId,
    kind: r.kind as ReviewKind,
    title: r.title,
    reviewDate: r.reviewDate,
    status: r.status as ReviewStatus,
    achievements: r.achievements,
    shortcomings: r.shortcomings,
    lessons: r.lessons,
    nextTasks: r.nextTasks,
    figures,
    finalisedAt: r.finalisedAt ? new Date(r.finalisedAt).toISOString() : null,
    finalisedByName,
    updatedAt: new Date(r.updatedAt).toISOString(),
    version: r.version,
    canEdit: canEditReview(actor, loaded),
  };
}
