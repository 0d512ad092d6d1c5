import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { awardNameOf } from '../council/council.policy';
import { publicNotice, publicNoticeItem } from './public-notice.schema';

/** Ten days for comments by default (the 10-day notice of NĐ 86/2023 for Gia đình văn hóa). */
export const DEFAULT_NOTICE_DAYS = 10;

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A draft notice listing the given nominees, with their PUBLIC fields copied now (name, unit, position,
 * award, achievement summary): the public pages read only this snapshot. Staff set the period and
 * publish it.
 */
export async function createNoticeForNominees(
  tx: DbOrTx,
  actor: Actor,
  input: { unitId: string; sessionId: string | null; title: string; nomineeIds: string[] },
): Promise<string> {
  const startsOn = todayInVietnam();
  const [notice] = await tx
    .insert(publicNotice)
    .values({
      unitId: input.unitId,
      sessionId: input.sessionId,
      title: input.title,
      description:
        'Danh sách các tập thể, cá nhân được Hội đồng Thi đua – Khen thưởng đề nghị khen thưởng. Mọi ý kiến góp ý xin gửi trong thời gian công khai.',
      startsOn,
      endsOn: addDays(startsOn, DEFAULT_NOTICE_DAYS),
      createdBy: actor.email,
    })
    .returning({ id: publicNotice.id });
  const { rows } = await tx.execute<{
    nominee_id: string;
    dossier_id: string;
    display_name: string;
    unit_name: string;
    position: string | null;
    award_code: string;
    achievement_summary: string;
  }>(sql`
    SELECT n.id AS nominee_id, d.id AS dossier_id,
           coalesce(p.full_name, cu.name, n.household_name, '') AS display_name,
           coalesce(nu.name, du.name) AS unit_name,
           n.position, d.award_code, n.achievement_summary
      FROM dossier_nominee n
      JOIN dossier d ON d.id = n.dossier_id
      JOIN unit du ON du.id = d.unit_id
      LEFT JOIN person p ON p.id = n.person_id
      LEFT JOIN unit nu ON nu.id = n.unit_id
      LEFT JOIN unit cu ON cu.id = n.unit_id AND n.kind = 'collective'
     WHERE n.id IN (${sql.join(
       input.nomineeIds.map((id) => sql`${id}`),
       sql`, `,
     )})
     ORDER BY d.award_code, d.created_at, n.sort_order`);
  if (rows.length > 0) {
    await tx.insert(publicNoticeItem).values(
      rows.map((r, sortOrder) => ({
        noticeId: notice!.id,
        dossierId: r.dossier_id,
        nomineeId: r.nominee_id,
        displayName: r.display_name,
        unitName: r.unit_name,
        position: r.position,
        awardName: awardNameOf(r.award_code),
        achievementSummary: r.achievement_summary,
        sortOrder,
      })),
    );
  }
  await writeAudit(tx, auditContextOf(actor), {
    action: 'public-notice.create',
    objectType: 'public_notice',
    objectId: notice!.id,
    unitId: input.unitId,
    after: { title: input.title, sessionId: input.sessionId, items: rows.length },
  });
  return notice!.id;
}
