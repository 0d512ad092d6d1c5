import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

export type SequenceKind = 'decision' | 'golden-book';

/**
 * The next number of an issuer's sequence, taken inside the caller's transaction (quality G5). The
 * upsert locks the counter row until commit: concurrent issuers wait in turn, so there are no
 * duplicates, and a rolled-back transaction gives its number back, so there are no gaps.
 */
export async function allocateNumber(
  tx: DbOrTx,
  issuerUnitId: string,
  kind: SequenceKind,
  year: number,
): Promise<number> {
  const { rows } = await tx.execute<{ n: number }>(sql`
    INSERT INTO number_sequence (issuer_unit_id, kind, year, next_value)
    VALUES (${issuerUnitId}, ${kind}, ${year}, 2)
    ON CONFLICT (issuer_unit_id, kind, year)
      DO UPDATE SET next_value = number_sequence.next_value + 1, updated_at = now()
    RETURNING next_value - 1 AS n`);
  const n = rows[0]?.n;
  if (n === undefined) throw new Error('allocateNumber: the counter returned no row');
  return Number(n);
}

/** A run of `count` consecutive numbers (the golden-book numbers of one decision's awardees). */
export async function allocateNumbers(
  tx: DbOrTx,
  issuerUnitId: string,
  kind: SequenceKind,
  year: number,
  count: number,
): Promise<number[]> {
  if (count <= 0) return [];
  const { rows } = await tx.execute<{ n: number }>(sql`
    INSERT INTO number_sequence (issuer_unit_id, kind, year, next_value)
    VALUES (${issuerUnitId}, ${kind}, ${year}, ${count + 1})
    ON CONFLICT (issuer_unit_id, kind, year)
      DO UPDATE SET next_value = number_sequence.next_value + ${count}, updated_at = now()
    RETURNING next_value - ${count} AS n`);
  const first = Number(rows[0]?.n);
  return Array.from({ length: count }, (_, i) => first + i);
}
