import { eq, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { todayInVietnamIso } from '../../../shared/api/initiatives';
import type { GrantRevoke } from '../../../shared/api/registry';
import type { DbOrTx } from '../../db/client';
import { awardGrant } from '../../db/schema';
import { AppError, badRequest, notFound } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { notifyUnits } from '../notifications/notify-units';
import { awardNameOf, findGrant } from './registry.queries';

/**
 * Revoke a grant (Law Art 93: cancelled, items and money recovered). The row stays in the registry,
 * marked with the date and the reason; the law engine stops counting it. Audited, the unit notified.
 */
export async function revokeGrant(tx: DbOrTx, actor: Actor, id: string, input: GrantRevoke): Promise<void> {
  const grant = await findGrant(tx, id, { lock: true });
  if (!grant || !isInScope(actor.scopePath, grant.unit_path)) throw notFound('Khen thưởng');
  if (grant.status === 'revoked') {
    throw badRequest(`Khen thưởng này đã bị thu hồi ngày ${grant.revoked_on ?? ''}.`, [
      { path: 'status', message: 'Đã thu hồi' },
    ]);
  }
  if (grant.version !== input.version) {
    const who = await lastEditorOf(tx, 'award_grant', id);
    throw new AppError('CONFLICT', `Khen thưởng này vừa được ${who} thay đổi. Dữ liệu mới đã được tải lại.`);
  }
  if (input.revokedOn > todayInVietnamIso()) {
    throw badRequest('Ngày thu hồi không được sau ngày hôm nay.', [
      { path: 'revokedOn', message: 'Không được sau ngày hôm nay' },
    ]);
  }
  if (grant.decision_date && input.revokedOn < grant.decision_date) {
    throw badRequest('Ngày thu hồi không được trước ngày quyết định khen thưởng.', [
      { path: 'revokedOn', message: 'Trước ngày quyết định khen thưởng' },
    ]);
  }
  const reason = input.documentNumber
    ? `${input.reason} (Quyết định số ${input.documentNumber})`
    : input.reason;
  await tx
    .update(awardGrant)
    .set({
      status: 'revoked',
      revokedOn: input.revokedOn,
      revokeReason: reason,
      version: sql`${awardGrant.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(awardGrant.id, id));
  const who = grant.person_name ?? grant.display_name ?? grant.unit_name;
  await notifyUnits(tx, [grant.unit_id], {
    kind: 'award.revoked',
    title: `Thu hồi khen thưởng: ${awardNameOf(grant.award_code)} năm ${grant.year} của ${who}`,
    body: `Lý do: ${reason}`,
    link: grant.person_id ? `/registry/people/${grant.person_id}` : `/registry/units/${grant.unit_id}`,
  });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'award_grant.revoke',
    objectType: 'award_grant',
    objectId: id,
    unitId: grant.unit_id,
    before: { status: grant.status, version: grant.version },
    after: {
      status: 'revoked',
      revokedOn: input.revokedOn,
      reason,
      legalBasis: 'Luật Thi đua, khen thưởng 2022, Điều 93',
    },
  });
}
