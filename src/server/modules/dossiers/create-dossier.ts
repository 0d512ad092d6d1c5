import type { DossierCreate } from '../../../shared/api/dossiers';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { catalogueOf } from '../law/law-overrides';
import { loadUnitInScope } from '../units/units.policy';
import { assertDossierContent, writeNominees } from './dossier-content';
import { dossier, dossierEvent } from './dossiers.schema';

/**
 * Create a draft dossier with its nominees for the actor's unit (or a unit of their subtree), in the
 * caller's transaction: audited, its first timeline event written. Returns the new dossier's id.
 */
export async function createDossierInTx(tx: DbOrTx, actor: Actor, input: DossierCreate): Promise<string> {
  const unitId = input.unitId ?? actor.unitId;
  if (!unitId) {
    throw badRequest('Tài khoản chưa gắn với đơn vị nên không thể lập hồ sơ.', [
      { path: 'unitId', message: 'Chọn đơn vị đề nghị' },
    ]);
  }
  const unit = await loadUnitInScope(tx, actor, unitId);
  await assertDossierContent(tx, await catalogueOf(tx), input);
  const now = new Date();
  const [row] = await tx
    .insert(dossier)
    .values({
      unitId,
      movementId: input.movementId ?? null,
      track: input.track,
      awardCode: input.awardCode,
      year: input.year,
      title: input.title,
      status: 'draft',
      coverLetter: input.coverLetter,
      meetingHeldOn: input.meetingHeldOn ?? null,
      meetingMinutes: input.meetingMinutes,
      votersTotal: input.votersTotal ?? null,
      votersPresent: input.votersPresent ?? null,
      votersAgree: input.votersAgree ?? null,
      createdBy: actor.email,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: dossier.id });
  const id = row!.id;
  await writeNominees(tx, { id, unitId, unitPath: unit.path }, input.nominees, now);
  await tx.insert(dossierEvent).values({
    dossierId: id,
    fromStatus: null,
    toStatus: 'draft',
    action: 'create',
    actorUserId: actor.userId,
    actorLabel: actor.email,
    at: now,
  });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'dossier.create',
    objectType: 'dossier',
    objectId: id,
    unitId,
    after: {
      title: input.title,
      track: input.track,
      awardCode: input.awardCode,
      year: input.year,
      nominees: input.nominees.length,
    },
  });
  return id;
}
