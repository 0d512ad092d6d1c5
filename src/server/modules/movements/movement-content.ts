import { asc, eq, inArray } from 'drizzle-orm';
import type { MovementSave } from '../../../shared/api/movements';
import type { DbOrTx } from '../../db/client';
import { type movement, movementMilestone, movementParticipant, movementTask } from '../../db/schema';
import type { Actor } from '../auth/actor';
import { claimDraftFile } from '../files/claim-draft-file';

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

/**
 * Tasks keep their ids by position (updated in place, extra ones added, surplus ones removed), so what
 * points at a key task — a target's indicator — survives an edit of the movement.
 */
async function replaceTasks(tx: DbOrTx, id: string, tasks: MovementSave['tasks']): Promise<void> {
  const existing = await tx
    .select({ id: movementTask.id })
    .from(movementTask)
    .where(eq(movementTask.movementId, id))
    .orderBy(asc(movementTask.sortOrder), asc(movementTask.id));
  for (const [i, t] of tasks.entries()) {
    const values = { number: t.number || null, text: t.text, field: t.field ?? null, sortOrder: i };
    const row = existing[i];
    if (row) await tx.update(movementTask).set(values).where(eq(movementTask.id, row.id));
    else await tx.insert(movementTask).values({ movementId: id, ...values });
  }
  const surplus = existing.slice(tasks.length).map((r) => r.id);
  if (surplus.length > 0) await tx.delete(movementTask).where(inArray(movementTask.id, surplus));
}

/** Replace the tasks, participants and milestones of a movement with the ones of the request. */
export async function replaceMovementContent(tx: DbOrTx, id: string, input: MovementSave): Promise<void> {
  await replaceTasks(tx, id, input.tasks);
  await tx.delete(movementParticipant).where(eq(movementParticipant.movementId, id));
  const unitIds = [...new Set(input.participantUnitIds)];
  if (unitIds.length > 0) {
    await tx.insert(movementParticipant).values(unitIds.map((unitId) => ({ movementId: id, unitId })));
  }
  await replaceMilestones(tx, id, input.milestones);
}

/**
 * Milestones keep their ids across edits (a review hangs on its milestone): of each kind, the n-th
 * milestone by date is updated in place; extra ones are removed, new ones added.
 */
async function replaceMilestones(tx: DbOrTx, id: string, milestones: MovementSave['milestones']) {
  const existing = await tx
    .select({ id: movementMilestone.id, kind: movementMilestone.kind })
    .from(movementMilestone)
    .where(eq(movementMilestone.movementId, id))
    .orderBy(asc(movementMilestone.dueOn), asc(movementMilestone.id));
  const incoming = [...milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const kept = new Set<string>();
  const added: typeof incoming = [];
  for (const m of incoming) {
    const match = existing.find((e) => e.kind === m.kind && !kept.has(e.id));
    if (!match) {
      added.push(m);
      continue;
    }
    kept.add(match.id);
    await tx
      .update(movementMilestone)
      .set({ title: m.title, dueOn: m.dueOn })
      .where(eq(movementMilestone.id, match.id));
  }
  const removed = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
  if (removed.length > 0) await tx.delete(movementMilestone).where(inArray(movementMilestone.id, removed));
  if (added.length > 0) {
    await tx
      .insert(movementMilestone)
      .values(added.map((m) => ({ movementId: id, kind: m.kind, title: m.title, dueOn: m.dueOn })));
  }
}

/** The launching document uploaded for the draft (if the save names one) becomes the movement's document. */
export async function keepLaunchDocument(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  unitId: string,
  input: MovementSave,
): Promise<void> {
  if (!input.launchDocumentFileId) return;
  await claimDraftFile(tx, actor, {
    fileId: input.launchDocumentFileId,
    draftKind: 'movement-draft',
    owner: { ownerKind: 'movement', ownerId: movementId },
    unitId,
    purpose: 'launch-document',
    field: 'launchDocumentFileId',
  });
}
