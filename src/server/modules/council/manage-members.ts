import { and, eq, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import type { CouncilMemberCreate } from '../../../shared/api/council';
import type { DbOrTx } from '../../db/client';
import { badRequest, notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { councilUnitOf } from './council.policy';
import { councilMember } from './council.schema';

const COUNCIL_ROLES = ['councilMember', 'councilSecretary', 'chairman'];

/** Add an account with a council role to the council of the actor's unit for a year. */
export async function addCouncilMember(
  tx: DbOrTx,
  actor: Actor,
  input: CouncilMemberCreate,
): Promise<string> {
  const unitId = councilUnitOf(actor);
  const { rows } = await tx.execute<{ unit_path: string | null; has_role: boolean; disabled: boolean }>(sql`
    SELECT un.path AS unit_path, u.disabled,
           EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role IN (${sql.join(
             COUNCIL_ROLES.map((r) => sql`${r}`),
             sql`, `,
           )})) AS has_role
      FROM "user" u LEFT JOIN unit un ON un.id = u.unit_id
     WHERE u.id = ${input.userId}`);
  const user = rows[0];
  if (!user?.unit_path || !isInScope(actor.scopePath, user.unit_path)) throw notFound('Tài khoản');
  if (!user.has_role || user.disabled) {
    throw badRequest(
      'Tài khoản này không có vai trò Thành viên Hội đồng, Thư ký Hội đồng hay Chủ tịch. Hãy nhờ quản trị viên cấp vai trò trước.',
      [{ path: 'userId', message: 'Chưa có vai trò Hội đồng' }],
    );
  }
  if (input.personId) {
    const person = await tx.execute<{ path: string }>(
      sql`SELECT u.path FROM person p JOIN unit u ON u.id = p.unit_id WHERE p.id = ${input.personId}`,
    );
    if (!person.rows[0] || !isInScope(actor.scopePath, person.rows[0].path)) throw notFound('Cán bộ');
  }
  const [row] = await tx
    .insert(councilMember)
    .values({
      unitId,
      year: input.year,
      userId: input.userId,
      position: input.position,
      personId: input.personId ?? null,
      createdBy: actor.email,
    })
    .onConflictDoNothing()
    .returning({ id: councilMember.id });
  if (!row) {
    throw badRequest(`Tài khoản này đã là thành viên Hội đồng năm ${input.year}.`, [
      { path: 'userId', message: 'Đã là thành viên' },
    ]);
  }
  await writeAudit(tx, auditContextOf(actor), {
    action: 'council.member.add',
    objectType: 'council_member',
    objectId: row.id,
    unitId,
    after: { userId: input.userId, year: input.year, position: input.position },
  });
  return row.id;
}

/** Remove a member from the year's council; sessions already opened keep their frozen membership. */
export async function removeCouncilMember(tx: DbOrTx, actor: Actor, id: string): Promise<void> {
  const { rows } = await tx.execute<{
    unit_path: string;
    user_id: string;
    year: number;
    unit_id: string;
  }>(sql`
    SELECT u.path AS unit_path, m.user_id, m.year, m.unit_id
      FROM council_member m JOIN unit u ON u.id = m.unit_id WHERE m.id = ${id}`);
  const row = rows[0];
  if (!row || !isInScope(actor.scopePath, row.unit_path)) throw notFound('Thành viên Hội đồng');
  await tx.delete(councilMember).where(and(eq(councilMember.id, id)));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'council.member.remove',
    objectType: 'council_member',
    objectId: id,
    unitId: row.unit_id,
    before: { userId: row.user_id, year: row.year },
  });
}
