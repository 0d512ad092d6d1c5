import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PledgeStatus } from '../../shared/api/pledges';
import type { Tx } from '../db/client';
import { movement, movementParticipant, person, pledge, pledgePerson, unit } from '../db/schema';
import { notifyUnits } from '../modules/notifications/notify-units';

/*
 * Pledges for the demo movement 5834/PĐTĐ-UBND (pledge deadline 28/02/2025): most participating units
 * pledged and were accepted, two were returned with a reason, a few submitted late and wait for a
 * decision, one is still a draft, and Phường Tân Phong and the last three have not started.
 */

const RETURN_REASON =
  'Đề nghị bổ sung danh sách cá nhân đăng ký danh hiệu “Chiến sĩ thi đua cơ sở” và ghi rõ chức vụ.';
const NOT_STARTED_UNIT = 'P-TANPHONG';
const at = (day: string, time = '09:00') => new Date(`${day}T${time}:00+07:00`);

/** Where each participating unit's pledge stands, by its position in the list. */
function planOf(i: number, count: number): { status: PledgeStatus; submittedOn: string | null } | null {
  if (i >= count - 3) return null;
  if (i === count - 4) return { status: 'draft', submittedOn: null };
  if (i === 1 || i === 6) return { status: 'returned', submittedOn: '2025-02-20' };
  if (i === count - 5 || i === count - 6) return { status: 'submitted', submittedOn: '2025-03-05' };
  // Every seventh accepted pledge came in a few days after the deadline.
  return { status: 'accepted', submittedOn: i % 7 === 3 ? '2025-03-03' : `2025-02-${String(10 + (i % 15))}` };
}

/** The demo movement's pledges; call after loadDemoMovement. */
export async function loadDemoPledges(tx: Tx): Promise<void> {
  const [m] = await tx.select().from(movement).where(eq(movement.docNumber, '5834/PĐTĐ-UBND'));
  if (!m) throw new Error('demo pledges: the demo movement is missing');
  const participants = await tx
    .select({ id: unit.id, code: unit.code })
    .from(movementParticipant)
    .innerJoin(unit, eq(unit.id, movementParticipant.unitId))
    .where(eq(movementParticipant.movementId, m.id))
    .orderBy(asc(unit.sortOrder), asc(unit.code), asc(unit.id));
  const returned: string[] = [];
  for (const [i, { id: unitId, code }] of participants.entries()) {
    // Phường Tân Phong has not started yet: the ward's demo accounts (and the pledges e2e) begin there.
    const plan = code === NOT_STARTED_UNIT ? null : planOf(i, participants.length);
    if (!plan) continue;
    const submittedAt = plan.submittedOn ? at(plan.submittedOn) : null;
    const decided = plan.status === 'accepted' || plan.status === 'returned';
    const decidedAt = decided && submittedAt ? new Date(submittedAt.getTime() + 2 * 86_400_000) : null;
    const [row] = await tx
      .insert(pledge)
      .values({
        movementId: m.id,
        unitId,
        status: plan.status,
        collectiveTitles: [i % 4 === 0 ? 'tap-the-lao-dong-xuat-sac' : 'tap-the-lao-dong-tien-tien'],
        submittedAt,
        submittedBy: submittedAt ? 'Thủ trưởng đơn vị' : null,
        decidedAt,
        decidedBy: decidedAt ? 'Phòng Nội vụ' : null,
        returnReason: plan.status === 'returned' ? RETURN_REASON : null,
        version: decided ? 3 : submittedAt ? 2 : 1,
        createdAt: at('2025-01-15'),
        updatedAt: decidedAt ?? submittedAt ?? at('2025-01-15'),
      })
      .returning({ id: pledge.id });
    const people = await tx
      .select({ id: person.id })
      .from(person)
      .where(and(eq(person.unitId, unitId), inArray(person.status, ['active'])))
      .orderBy(asc(person.id))
      .limit(6);
    if (people.length > 0) {
      await tx.insert(pledgePerson).values(
        people.map((p, k) => ({
          pledgeId: row!.id,
          personId: p.id,
          titles: k === 0 ? ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] : ['lao-dong-tien-tien'],
        })),
      );
    }
    if (plan.status === 'returned') returned.push(unitId);
  }
  await notifyUnits(
    tx,
    returned,
    {
      kind: 'pledge.returned',
      title: `Bản đăng ký thi đua bị trả lại: ${m.title}`,
      body: `Lý do: ${RETURN_REASON}`,
      link: `/movements/${m.id}/pledges`,
    },
    at('2025-02-22'),
  );
}
