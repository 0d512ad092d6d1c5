import { sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import type { CouncilSessionCreate } from '../../../shared/api/council';
import type { DbOrTx } from '../../db/client';
import { badRequest, notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { councilUnitOf } from './council.policy';
import { councilSession, councilSessionDossier } from './council.schema';

/**
 * Plan a council session of the actor's unit with its agenda: dossiers in state `council` inside the
 * actor's subtree that are not already on an unfinished session.
 */
export async function createCouncilSession(
  tx: DbOrTx,
  actor: Actor,
  input: CouncilSessionCreate,
): Promise<string> {
  const unitId = councilUnitOf(actor);
  const ids = [...new Set(input.dossierIds)];
  const { rows } = await tx.execute<{ id: string; status: string; path: string; busy: boolean }>(sql`
    SELECT d.id, d.status, u.path,
           EXISTS (SELECT 1 FROM council_session_dossier sd JOIN council_session s ON s.id = sd.session_id
                    WHERE sd.dossier_id = d.id AND s.status <> 'closed') AS busy
      FROM dossier d JOIN unit u ON u.id = d.unit_id
     WHERE d.id IN (${sql.join(
       ids.map((id) => sql`${id}`),
       sql`, `,
     )})
     FOR UPDATE OF d`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const [i, id] of ids.entries()) {
    const d = byId.get(id);
    if (!d || !isInScope(actor.scopePath, d.path)) throw notFound('Hồ sơ');
    if (d.status !== 'council') {
      throw badRequest('Chỉ đưa vào phiên họp các hồ sơ đang ở bước “Trình Hội đồng”.', [
        { path: `dossierIds.${i}`, message: 'Hồ sơ chưa trình Hội đồng' },
      ]);
    }
    if (d.busy) {
      throw badRequest('Hồ sơ đã có trong một phiên họp chưa kết thúc.', [
        { path: `dossierIds.${i}`, message: 'Đã có trong phiên họp khác' },
      ]);
    }
  }
  const [session] = await tx
    .insert(councilSession)
    .values({
      unitId,
      year: input.year,
      title: input.title,
      heldOn: input.heldOn,
      place: input.place,
      createdBy: actor.email,
    })
    .returning({ id: councilSession.id });
  await tx
    .insert(councilSessionDossier)
    .values(ids.map((dossierId, sortOrder) => ({ sessionId: session!.id, dossierId, sortOrder })));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'council.session.create',
    objectType: 'council_session',
    objectId: session!.id,
    unitId,
    after: { title: input.title, heldOn: input.heldOn, place: input.place, dossierIds: ids },
  });
  return session!.id;
}
