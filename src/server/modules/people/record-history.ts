import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DisciplineCreateSchema, RatingUpsertSchema } from '../../../shared/api/people';
import type { DbOrTx } from '../../db/client';
import { personDiscipline, personRating } from '../../db/schema';
import { badRequest } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadPersonInScope } from './people.queries';

/** Record (or correct) the yearly performance rating of a person; one rating per year. */
export async function upsertRating(
  tx: DbOrTx,
  actor: Actor,
  personId: string,
  input: z.infer<typeof RatingUpsertSchema>,
): Promise<void> {
  const p = await loadPersonInScope(tx, actor, personId, { lock: true });
  const { rows } = await tx.execute<{ rating: string }>(
    sql`SELECT rating FROM person_rating WHERE person_id = ${personId} AND year = ${input.year}`,
  );
  await tx
    .insert(personRating)
    .values({ personId, year: input.year, rating: input.rating, decidedOn: input.decidedOn ?? null })
    .onConflictDoUpdate({
      target: [personRating.personId, personRating.year],
      set: { rating: input.rating, decidedOn: input.decidedOn ?? null, updatedAt: new Date() },
    });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'person.rating.save',
    objectType: 'person',
    objectId: personId,
    unitId: p.unit_id as string,
    before: rows[0] ? { year: input.year, rating: rows[0].rating } : null,
    after: input,
  });
}

/** Record a dated disciplinary sanction (sensitive; office roles only). */
export async function addDiscipline(
  tx: DbOrTx,
  actor: Actor,
  personId: string,
  input: z.infer<typeof DisciplineCreateSchema>,
): Promise<void> {
  if (input.to && input.to < input.from)
    throw badRequest('Ngày hết hiệu lực phải sau ngày có hiệu lực.', [
      { path: 'to', message: 'Trước ngày có hiệu lực' },
    ]);
  const p = await loadPersonInScope(tx, actor, personId, { lock: true });
  const [row] = await tx
    .insert(personDiscipline)
    .values({
      personId,
      level: input.level,
      fromDate: input.from,
      toDate: input.to ?? null,
      decisionNumber: input.decisionNumber || null,
      reason: input.reason || null,
    })
    .returning({ id: personDiscipline.id });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'person.discipline.add',
    objectType: 'person',
    objectId: personId,
    unitId: p.unit_id as string,
    after: { id: row!.id, level: input.level, from: input.from, to: input.to },
  });
}
