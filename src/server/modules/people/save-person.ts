import { and, eq, sql } from 'drizzle-orm';
import type { PersonCreate, PersonUpdate } from '../../../shared/api/people';
import type { DbOrTx } from '../../db/client';
import { person } from '../../db/schema';
import { AppError, forbidden } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf, can } from '../auth/actor';
import { loadUnitInScope } from '../units/units.policy';
import { loadPersonInScope } from './people.queries';

function assertSensitiveWrite(actor: Actor, input: Partial<PersonCreate>) {
  // Only a role that may read sensitive fields may set them; a clerk leaves them to the office.
  if (
    (input.ethnicityCode !== undefined || input.nationalId !== undefined) &&
    !can(actor, 'person.sensitive.read')
  ) {
    if (!actor.roles.includes('unitClerk')) throw forbidden('Bạn không có quyền ghi thông tin nhạy cảm.');
  }
}

/** Add a person to a unit in the actor's subtree. */
export async function createPerson(tx: DbOrTx, actor: Actor, input: PersonCreate): Promise<string> {
  const u = await loadUnitInScope(tx, actor, input.unitId);
  if (u.status !== 'active')
    throw new AppError('BAD_REQUEST', `Đơn vị "${u.name}" đã ngừng hoạt động; hãy chọn đơn vị kế tục.`, [
      { path: 'unitId', message: 'Đơn vị đã ngừng hoạt động' },
    ]);
  assertSensitiveWrite(actor, input);
  const [row] = await tx
    .insert(person)
    .values({
      unitId: u.id,
      fullName: input.fullName,
      sex: input.sex,
      birthDate: input.birthDate ?? null,
      ethnicityCode: input.ethnicityCode ?? null,
      nationalId: input.nationalId ?? null,
      position: input.position || null,
      staffType: input.staffType,
      recruitedOn: input.recruitedOn ?? null,
    })
    .returning({ id: person.id });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'person.create',
    objectType: 'person',
    objectId: row!.id,
    unitId: u.id,
    after: { ...input, nationalId: input.nationalId ? '***' : undefined },
  });
  return row!.id;
}

/** Edit a person; stale version → 409 naming who changed it. Moving to another unit needs both in scope. */
export async function updatePerson(tx: DbOrTx, actor: Actor, id: string, input: PersonUpdate): Promise<void> {
  const before = await loadPersonInScope(tx, actor, id, { lock: true });
  if (before.version !== input.version) {
    const who = await lastEditorOf(tx, 'person', id);
    throw new AppError(
      'CONFLICT',
      `Hồ sơ cán bộ này vừa được ${who} sửa. Dữ liệu mới đã được tải lại; vui lòng sửa lại nếu cần.`,
    );
  }
  if (input.unitId && input.unitId !== before.unit_id) await loadUnitInScope(tx, actor, input.unitId);
  assertSensitiveWrite(actor, input);
  const { version, ...changes } = input;
  await tx
    .update(person)
    .set({
      ...(changes.unitId !== undefined ? { unitId: changes.unitId } : {}),
      ...(changes.fullName !== undefined ? { fullName: changes.fullName } : {}),
      ...(changes.sex !== undefined ? { sex: changes.sex } : {}),
      ...(changes.birthDate !== undefined ? { birthDate: changes.birthDate } : {}),
      ...(changes.ethnicityCode !== undefined ? { ethnicityCode: changes.ethnicityCode } : {}),
      ...(changes.nationalId !== undefined ? { nationalId: changes.nationalId } : {}),
      ...(changes.position !== undefined ? { position: changes.position || null } : {}),
      ...(changes.staffType !== undefined ? { staffType: changes.staffType } : {}),
      ...(changes.recruitedOn !== undefined ? { recruitedOn: changes.recruitedOn } : {}),
      version: sql`${person.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(person.id, id), eq(person.version, version)));
  const { national_id: _n, ethnicity_code: _e, ...visibleBefore } = before;
  await writeAudit(tx, auditContextOf(actor), {
    action: 'person.update',
    objectType: 'person',
    objectId: id,
    unitId: (changes.unitId ?? before.unit_id) as string,
    before: visibleBefore,
    after: { ...changes, nationalId: changes.nationalId ? '***' : undefined },
  });
}
