import { and, eq, sql } from 'drizzle-orm';
import type { NomineeAppraisal } from '../../../shared/api/dossiers';
import type { DbOrTx } from '../../db/client';
import { badRequest, forbidden, notFound } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { isOwnUnit, loadDossierInScope, staleDossier } from './dossiers.policy';
import { dossier, dossierNominee } from './dossiers.schema';
import { evaluateNominees } from './evaluate-nominees';

/**
 * The appraiser confirms the criteria only a person can judge (the engine re-runs with them) and may
 * override the verdict, only with a written reason that is kept, shown and audited. Dossier in
 * appraisal only; nobody appraises their own unit's dossier.
 */
export async function appraiseNominee(
  tx: DbOrTx,
  actor: Actor,
  dossierId: string,
  nomineeId: string,
  input: NomineeAppraisal,
): Promise<void> {
  const { row } = await loadDossierInScope(tx, actor, dossierId, { lock: true });
  if (row.version !== input.version) throw staleDossier(await lastEditorOf(tx, 'dossier', row.id));
  if (row.status !== 'appraisal') {
    throw badRequest('Chỉ thẩm định được khi hồ sơ đang ở bước thẩm định.', [
      { path: 'status', message: 'Chưa ở bước thẩm định' },
    ]);
  }
  if (isOwnUnit(actor, row)) throw forbidden('Bạn không thể thẩm định hồ sơ do chính đơn vị mình đề nghị.');
  const [nominee] = await tx
    .select()
    .from(dossierNominee)
    .where(and(eq(dossierNominee.id, nomineeId), eq(dossierNominee.dossierId, dossierId)));
  if (!nominee) throw notFound('Người được đề nghị');
  const overrideStatus = input.overrideStatus ?? null;
  const overrideReason = input.overrideReason?.trim() || null;
  if (overrideStatus && !overrideReason) {
    throw badRequest('Cần ghi rõ lý do khi thay đổi kết quả kiểm tra điều kiện.', [
      { path: 'overrideReason', message: 'Cần ghi lý do' },
    ]);
  }
  const now = new Date();
  await tx
    .update(dossierNominee)
    .set({
      attestations: input.attestations,
      overrideStatus,
      overrideReason: overrideStatus ? overrideReason : null,
      overrideBy: overrideStatus ? actor.email : null,
      overrideAt: overrideStatus ? now : null,
      updatedAt: now,
    })
    .where(eq(dossierNominee.id, nomineeId));
  await evaluateNominees(tx, row, 'appraisal', now, nomineeId);
  await tx
    .update(dossier)
    .set({ version: sql`${dossier.version} + 1`, updatedAt: now })
    .where(eq(dossier.id, dossierId));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'dossier.appraise-nominee',
    objectType: 'dossier',
    objectId: dossierId,
    unitId: row.unitId,
    before: {
      nomineeId,
      attestations: nominee.attestations,
      overrideStatus: nominee.overrideStatus,
      overrideReason: nominee.overrideReason,
    },
    after: { nomineeId, attestations: input.attestations, overrideStatus, overrideReason },
  });
}
