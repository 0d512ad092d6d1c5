import { eq } from 'drizzle-orm';
import type { MovementSave } from '../../../shared/api/movements';
import type { DbOrTx } from '../../db/client';
import { type movement, movementMilestone, movementParticipant, movementTask } from '../../db/schema';

/** The movement's own columns from a save request (empty text → null). */
export function movementColumnsOf(input: MovementSave) {
  const d = input.launchDocument;
  return {
    title: input.title,
    kind: input.kind,
    year: input.year,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    parentMovementId: input.parentMovementId ?? null,
    relatedMovements: input.relatedMovements,
    fields: [...new Set(input.fields)],
    docNumber: d.number || null,
    docDate: d.date ?? null,
    docPlace: d.place || null,
    docIssuer: d.issuer || null,
    docParentIssuer: d.parentIssuer || null,
    docType: d.type || null,
    signerAuthority: d.signerAuthority || null,
    signerPosition: d.signerPosition || null,
    signerName: d.signerName || null,
  } satisfies Partial<typeof movement.$inferInsert>;
}

/** Replace the tasks, participants and milestones of a movement with the ones of the request. */
export async function replaceMovementContent(tx: DbOrTx, id: string, input: MovementSave): Promise<void> {
  await tx.delete(movementTask).where(eq(movementTask.movementId, id));
  await tx.delete(movementParticipant).where(eq(movementParticipant.movementId, id));
  await tx.delete(movementMilestone).where(eq(movementMilestone.movementId, id));
  if (input.tasks.length > 0) {
    await tx.insert(movementTask).values(
      input.tasks.map((t, i) => ({
        movementId: id,
        number: t.number || null,
        text: t.text,
        field: t.field ?? null,
        sortOrder: i,
      })),
    );
  }
  const unitIds = [...new Set(input.participantUnitIds)];
  if (unitIds.length > 0) {
    await tx.insert(movementParticipant).values(unitIds.map((unitId) => ({ movementId: id, unitId })));
  }
  if (input.milestones.length > 0) {
    await tx
      .insert(movementMilestone)
      .values(
        input.milestones.map((m) => ({ movementId: id, kind: m.kind, title: m.title, dueOn: m.dueOn })),
      );
  }
}
