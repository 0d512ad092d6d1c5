import { and, eq, sql } from 'drizzle-orm';
import type { InitiativeUpdate } from '../../../shared/api/initiatives';
import type { DbOrTx } from '../../db/client';
import { initiative, initiativeAuthor } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadActiveUnitInScope } from './initiative-unit';
import { assertAuthorsInScope, loadInitiativeInScope } from './initiatives.policy';

/** Edit an initiative; a stale version answers 409 naming who changed it (optimistic concurrency). */
export async function updateInitiative(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  input: InitiativeUpdate,
): Promise<void> {
  const before = await loadInitiativeInScope(tx, actor, id, { lock: true });
  if (before.version !== input.version) {
    const who = await lastEditorOf(tx, 'initiative', id);
    throw new AppError(
      'CONFLICT',
      `Sáng kiến này vừa được ${who} sửa. Dữ liệu mới đã được tải lại; vui lòng sửa lại nếu cần.`,
    );
  }
  const { version, authorIds, ...changes } = input;
  if (changes.unitId !== undefined && changes.unitId !== before.unit_id) {
    await loadActiveUnitInScope(tx, actor, changes.unitId);
  }
  const previousAuthorIds = (
    await tx
      .select({ personId: initiativeAuthor.personId })
      .from(initiativeAuthor)
      .where(eq(initiativeAuthor.initiativeId, id))
  ).map((a) => a.personId);
  if (authorIds) {
    // Only newly added authors must be in scope: an author who has since moved elsewhere may stay.
    const added = authorIds.filter((a) => !previousAuthorIds.includes(a));
    if (added.length > 0) await assertAuthorsInScope(tx, actor, added);
    await tx.delete(initiativeAuthor).where(eq(initiativeAuthor.initiativeId, id));
    await tx.insert(initiativeAuthor).values(authorIds.map((personId) => ({ initiativeId: id, personId })));
  }
  await tx
    .update(initiative)
    .set({
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.unitId !== undefined ? { unitId: changes.unitId } : {}),
      ...(changes.scope !== undefined ? { scope: changes.scope } : {}),
      ...(changes.decisionNumber !== undefined ? { decisionNumber: changes.decisionNumber || null } : {}),
      ...(changes.recognizedOn !== undefined ? { recognizedOn: changes.recognizedOn } : {}),
      ...(changes.summary !== undefined ? { summary: changes.summary || null } : {}),
      version: sql`${initiative.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(initiative.id, id), eq(initiative.version, version)));
  const { unit_path: _path, ...visibleBefore } = before;
  await writeAudit(tx, auditContextOf(actor), {
    action: 'initiative.update',
    objectType: 'initiative',
    objectId: id,
    unitId: changes.unitId ?? before.unit_id,
    before: { ...visibleBefore, authorIds: previousAuthorIds },
    after: { ...changes, ...(authorIds ? { authorIds } : {}) },
  });
}
