import { eq, sql } from 'drizzle-orm';
import type { DossierUpdate } from '../../../shared/api/dossiers';
import type { DbOrTx } from '../../db/client';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { catalogueOf } from '../law/law-overrides';
import { assertDossierContent, writeNominees } from './dossier-content';
import { assertEditable, loadDossierInScope, staleDossier } from './dossiers.policy';
import { dossier } from './dossiers.schema';

/** Replace the content of a draft or returned dossier as a whole; a stale version answers 409. */
export async function updateDossier(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: DossierUpdate,
): Promise<void> {
  const { row, unitPath } = await loadDossierInScope(tx, actor, id, { lock: true });
  if (row.version !== input.version) throw staleDossier(await lastEditorOf(tx, 'dossier', id));
  assertEditable(row);
  await assertDossierContent(tx, await catalogueOf(tx), input);
  const now = new Date();
  await tx
    .update(dossier)
    .set({
      movementId: input.movementId ?? null,
      track: input.track,
      awardCode: input.awardCode,
      year: input.year,
      title: input.title,
      coverLetter: input.coverLetter,
      meetingHeldOn: input.meetingHeldOn ?? null,
      meetingMinutes: input.meetingMinutes,
      votersTotal: input.votersTotal ?? null,
      votersPresent: input.votersPresent ?? null,
      votersAgree: input.votersAgree ?? null,
      version: sql`${dossier.version} + 1`,
      updatedAt: now,
    })
    .where(eq(dossier.id, id));
  await writeNominees(tx, { id, unitId: row.unitId, unitPath }, input.nominees, now);
  await writeAudit(tx, auditContextOf(actor), {
    action: 'dossier.update',
    objectType: 'dossier',
    objectId: id,
    unitId: row.unitId,
    before: { version: row.version, title: row.title, awardCode: row.awardCode, track: row.track },
    after: {
      title: input.title,
      awardCode: input.awardCode,
      track: input.track,
      nominees: input.nominees.length,
    },
  });
}
