import { sql } from 'drizzle-orm';
import type {
  CommentStatus,
  NoticeStatus,
  PublicNotice,
  StaffNotice,
} from '../../../shared/api/public-notice';
import type { DbOrTx } from '../../db/client';
import { notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { todayInVietnam } from './create-notice';

/*
 * Public reads touch only the notice tables (a snapshot of public fields) and approved comments'
 * public columns: never person, never a commenter's contact.
 */

/** Published notices whose period includes today. */
export async function listPublicNotices(db: DbOrTx) {
  const today = todayInVietnam();
  const { rows } = await db.execute<{
    id: string;
    title: string;
    unit_name: string;
    starts_on: string;
    ends_on: string;
    item_count: number;
  }>(sql`
    SELECT n.id, n.title, u.name AS unit_name, n.starts_on, n.ends_on,
           (SELECT count(*)::int FROM public_notice_item i WHERE i.notice_id = n.id) AS item_count
      FROM public_notice n JOIN unit u ON u.id = n.unit_id
     WHERE n.status = 'published' AND n.starts_on <= ${today} AND n.ends_on >= ${today}
     ORDER BY n.starts_on DESC, n.created_at DESC
     LIMIT 100`);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      unitName: r.unit_name,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      itemCount: r.item_count,
    })),
  };
}

/** A published notice that has started (ended ones stay readable, closed for comments). */
export async function publicNoticeOf(db: DbOrTx, id: string): Promise<PublicNotice> {
  const today = todayInVietnam();
  const { rows } = await db.execute<{
    id: string;
    title: string;
    description: string;
    unit_name: string;
    starts_on: string;
    ends_on: string;
  }>(sql`
    SELECT n.id, n.title, n.description, u.name AS unit_name, n.starts_on, n.ends_on
      FROM public_notice n JOIN unit u ON u.id = n.unit_id
     WHERE n.id = ${id} AND n.status = 'published' AND n.starts_on <= ${today}`);
  const notice = rows[0];
  if (!notice) throw notFound('Thông báo công khai');
  const items = await db.execute<{
    id: string;
    display_name: string;
    unit_name: string;
    position: string | null;
    award_name: string;
    achievement_summary: string;
  }>(sql`
    SELECT id, display_name, unit_name, position, award_name, achievement_summary
      FROM public_notice_item WHERE notice_id = ${id} ORDER BY sort_order`);
  const comments = await db.execute<{
    id: string;
    item_id: string | null;
    author_name: string | null;
    body: string;
    created_at: Date;
  }>(sql`
    SELECT id, item_id, author_name, body, created_at FROM public_comment
     WHERE notice_id = ${id} AND status = 'approved' ORDER BY created_at LIMIT 500`);
  return {
    id: notice.id,
    title: notice.title,
    description: notice.description,
    unitName: notice.unit_name,
    startsOn: notice.starts_on,
    endsOn: notice.ends_on,
    isOpenForComments: notice.ends_on >= today,
    items: items.rows.map((i) => ({
      id: i.id,
      displayName: i.display_name,
      unitName: i.unit_name,
      position: i.position,
      awardName: i.award_name,
      achievementSummary: i.achievement_summary,
    })),
    comments: comments.rows.map((c) => ({
      id: c.id,
      itemId: c.item_id,
      authorName: c.author_name,
      body: c.body,
      createdAt: new Date(c.created_at).toISOString(),
    })),
  };
}

const SCOPE = (actor: Actor) => sql`${`${actor.scopePath}%`}`;

type NoticeRow = {
  id: string;
  unit_id: string;
  unit_name: string;
  session_id: string | null;
  title: string;
  description: string;
  starts_on: string;
  ends_on: string;
  status: NoticeStatus;
  published_at: Date | null;
  version: number;
  pending: number;
  item_count: number;
};

const NOTICE_COLUMNS = sql`
  n.id, n.unit_id, u.name AS unit_name, n.session_id, n.title, n.description, n.starts_on, n.ends_on, n.status,
  n.published_at, n.version,
  (SELECT count(*)::int FROM public_comment c WHERE c.notice_id = n.id AND c.status = 'pending') AS pending,
  (SELECT count(*)::int FROM public_notice_item i WHERE i.notice_id = n.id) AS item_count`;

function staffNoticeOf(r: NoticeRow) {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    sessionId: r.session_id,
    title: r.title,
    description: r.description,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: r.status,
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
    version: r.version,
    pendingComments: r.pending,
  };
}

export async function listStaffNotices(db: DbOrTx, actor: Actor) {
  const { rows } = await db.execute<NoticeRow>(sql`
    SELECT ${NOTICE_COLUMNS} FROM public_notice n JOIN unit u ON u.id = n.unit_id
     WHERE u.path LIKE ${SCOPE(actor)} ORDER BY n.created_at DESC LIMIT 200`);
  return { items: rows.map((r) => ({ ...staffNoticeOf(r), itemCount: r.item_count })) };
}

/** A notice of a unit in the actor's subtree (404 otherwise), with its items. */
export async function staffNotice(db: DbOrTx, actor: Actor, id: string): Promise<StaffNotice> {
  const { rows } = await db.execute<NoticeRow>(sql`
    SELECT ${NOTICE_COLUMNS} FROM public_notice n JOIN unit u ON u.id = n.unit_id
     WHERE n.id = ${id} AND u.path LIKE ${SCOPE(actor)}`);
  if (!rows[0]) throw notFound('Thông báo công khai');
  const items = await db.execute<{
    id: string;
    dossier_id: string;
    display_name: string;
    unit_name: string;
    position: string | null;
    award_name: string;
    achievement_summary: string;
  }>(sql`
    SELECT id, dossier_id, display_name, unit_name, position, award_name, achievement_summary
      FROM public_notice_item WHERE notice_id = ${id} ORDER BY sort_order`);
  return {
    ...staffNoticeOf(rows[0]),
    items: items.rows.map((i) => ({
      id: i.id,
      dossierId: i.dossier_id,
      displayName: i.display_name,
      unitName: i.unit_name,
      position: i.position,
      awardName: i.award_name,
      achievementSummary: i.achievement_summary,
    })),
  };
}

/** Comments of notices in the actor's subtree: the moderation queue, or those about one dossier. */
export async function listStaffComments(
  db: DbOrTx,
  actor: Actor,
  filter: { status?: CommentStatus; dossierId?: string; noticeId?: string; commentId?: string },
) {
  const { rows } = await db.execute<{
    id: string;
    notice_id: string;
    notice_title: string;
    item_id: string | null;
    item_name: string | null;
    dossier_id: string | null;
    author_name: string | null;
    contact: string | null;
    body: string;
    status: CommentStatus;
    created_at: Date;
    moderated_by: string | null;
    moderated_at: Date | null;
    moderation_note: string | null;
    version: number;
  }>(sql`
    SELECT c.id, c.notice_id, n.title AS notice_title, c.item_id, i.display_name AS item_name, i.dossier_id,
           c.author_name, c.contact, c.body, c.status, c.created_at, c.moderated_by, c.moderated_at,
           c.moderation_note, c.version
      FROM public_comment c
      JOIN public_notice n ON n.id = c.notice_id
      JOIN unit u ON u.id = n.unit_id
      LEFT JOIN public_notice_item i ON i.id = c.item_id
     WHERE u.path LIKE ${SCOPE(actor)}
       ${filter.status ? sql`AND c.status = ${filter.status}` : sql``}
       ${filter.noticeId ? sql`AND c.notice_id = ${filter.noticeId}` : sql``}
       ${filter.commentId ? sql`AND c.id = ${filter.commentId}` : sql``}
       ${
         filter.dossierId
           ? sql`AND (i.dossier_id = ${filter.dossierId} OR (c.item_id IS NULL AND EXISTS (
                  SELECT 1 FROM public_notice_item x WHERE x.notice_id = c.notice_id AND x.dossier_id = ${filter.dossierId})))`
           : sql``
       }
     ORDER BY c.created_at DESC
     LIMIT 500`);
  return {
    items: rows.map((r) => ({
      id: r.id,
      noticeId: r.notice_id,
      noticeTitle: r.notice_title,
      itemId: r.item_id,
      itemName: r.item_name,
      dossierId: r.dossier_id,
      authorName: r.author_name,
      contact: r.contact,
      body: r.body,
      status: r.status,
      createdAt: new Date(r.created_at).toISOString(),
      moderatedBy: r.moderated_by,
      moderatedAt: r.moderated_at ? new Date(r.moderated_at).toISOString() : null,
      moderationNote: r.moderation_note,
      version: r.version,
    })),
  };
}
