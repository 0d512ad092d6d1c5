import { sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { DOSSIER_STATE_LABELS, type DossierState } from '../../../shared/dossier-codes';
import type { DbOrTx } from '../../db/client';
import { badRequest, notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { awardNameOf } from '../registry/registry.queries';
import { noticeEndSql } from './decisions.queries';

export interface DossierForDecision {
  id: string;
  title: string;
  unit_id: string;
  unit_path: string;
  award_code: string;
  year: number;
  track: string;
  status: string;
  version: number;
  notice_ends_on: string | null;
  other_decision: string | null;
  [key: string]: unknown;
}

const fail = (message: string) => badRequest(message, [{ path: 'dossierIds', message }]);

/**
 * Lock and check the dossiers a decision answers: each in the actor's subtree and inside the issuer's
 * (a ward decides only for its own units), in public notice with the notice period over, not answered
 * by another decision, all for the same award (one decision, one annex). Returns them in the given order.
 */
export async function lockDossiersForDecision(
  tx: DbOrTx,
  actor: Actor,
  issuerPath: string,
  dossierIds: readonly string[],
  ownDecisionId: string | null,
  today: string,
): Promise<DossierForDecision[]> {
  const ids = sql.join(
    dossierIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const { rows } = await tx.execute<DossierForDecision>(sql`
    SELECT d.id, d.title, d.unit_id, u.path AS unit_path, d.award_code, d.year, d.track, d.status, d.version,
           ${noticeEndSql(sql`d.id`)} AS notice_ends_on,
           (SELECT dd.decision_id::text FROM decision_dossier dd
             WHERE dd.dossier_id = d.id AND dd.decision_id IS DISTINCT FROM ${ownDecisionId}::uuid) AS other_decision
      FROM dossier d JOIN unit u ON u.id = d.unit_id
     WHERE d.id IN (${ids})
     ORDER BY array_position(ARRAY[${ids}], d.id)
       FOR UPDATE OF d`);
  if (rows.length !== dossierIds.length || rows.some((r) => !isInScope(actor.scopePath, r.unit_path))) {
    throw notFound('Hồ sơ');
  }
  for (const d of rows) {
    if (!isInScope(issuerPath, d.unit_path)) {
      throw fail(`Hồ sơ “${d.title}” không thuộc đơn vị của cơ quan ban hành quyết định.`);
    }
    if (d.status !== 'public-notice') {
      const label = DOSSIER_STATE_LABELS[d.status as DossierState] ?? d.status;
      throw fail(
        `Hồ sơ “${d.title}” đang ở trạng thái “${label}”, chưa thể ra quyết định (cần đã công khai).`,
      );
    }
    if (d.notice_ends_on && d.notice_ends_on >= today) {
      const [y, m, day] = d.notice_ends_on.split('-');
      throw fail(
        `Hồ sơ “${d.title}” còn đang công khai đến hết ngày ${day}/${m}/${y}; chưa thể ra quyết định.`,
      );
    }
    if (d.other_decision) throw fail(`Hồ sơ “${d.title}” đã thuộc một quyết định khác.`);
  }
  const awards = new Set(rows.map((r) => r.award_code));
  if (awards.size > 1) {
    throw fail(
      `Một quyết định chỉ tặng một danh hiệu hoặc hình thức; các hồ sơ đã chọn đề nghị ${[...awards].map(awardNameOf).join(', ')}.`,
    );
  }
  return rows;
}
