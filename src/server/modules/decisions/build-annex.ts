import { eq, sql } from 'drizzle-orm';
import { baseSalaryOn, type Catalogue, coefficientOn } from '../../../domain/law/catalogue';
import { computePrizeAmount } from '../../../domain/law/prize';
import type { AuthorityLevel, AwardCode, CandidateKind } from '../../../domain/law/types';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { decision, decisionEntry } from './decisions.schema';

interface NomineeRow {
  id: string;
  dossier_id: string;
  kind: CandidateKind;
  person_id: string | null;
  unit_id: string;
  full_name: string | null;
  household_name: string | null;
  position: string | null;
  unit_name: string;
  award_code: string;
  [key: string]: unknown;
}

/** How a nominee is printed in the annex: name, and "position, unit". */
function printedOf(n: NomineeRow): { displayName: string; positionUnit: string } {
  switch (n.kind) {
    case 'individual':
      return {
        displayName: n.full_name ?? '',
        positionUnit: n.position ? `${n.position}, ${n.unit_name}` : n.unit_name,
      };
    case 'collective':
      return { displayName: n.unit_name, positionUnit: '' };
    case 'household':
      return { displayName: `Hộ gia đình ${n.household_name ?? ''}`.trim(), positionUnit: n.unit_name };
  }
}

/**
 * (Re)write a decision's annex from its dossiers: every nominee the appraisal did not find ineligible
 * and the council did not vote down, with the prize in force on the decision date (coefficient × base
 * salary, rounded up to 10,000 VND: Decree 152 Art 49). Returns the total in VND.
 */
export async function rebuildAnnex(
  tx: DbOrTx,
  decisionId: string,
  dossierIds: readonly string[],
  at: { date: string; level: AuthorityLevel; catalogue: Catalogue },
): Promise<number> {
  await tx.delete(decisionEntry).where(eq(decisionEntry.decisionId, decisionId));
  const ids = sql.join(
    dossierIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const { rows } = await tx.execute<NomineeRow>(sql`
    SELECT n.id, n.dossier_id, n.kind, n.person_id, nu.id AS unit_id, p.full_name, n.household_name,
           coalesce(n.position, p.position) AS position, nu.name AS unit_name, d.award_code
      FROM dossier_nominee n
      JOIN dossier d ON d.id = n.dossier_id
      LEFT JOIN person p ON p.id = n.person_id
      JOIN unit nu ON nu.id = coalesce(n.unit_id, p.unit_id, d.unit_id)
     WHERE n.dossier_id IN (${ids})
       AND coalesce(n.verdict_status, '') <> 'ineligible'
       AND NOT EXISTS (SELECT 1 FROM (SELECT cr.passed FROM council_result cr WHERE cr.nominee_id = n.id
                                       ORDER BY cr.tallied_at DESC LIMIT 1) last WHERE NOT last.passed)
     ORDER BY array_position(ARRAY[${ids}], n.dossier_id), n.sort_order, n.id`);
  if (rows.length === 0) {
    throw badRequest(
      'Các hồ sơ đã chọn không còn ai được đề nghị khen thưởng (đã loại ở thẩm định hoặc Hội đồng).',
      [{ path: 'dossierIds', message: 'Không còn người được đề nghị' }],
    );
  }
  const baseSalary = baseSalaryOn(at.catalogue, at.date)?.value ?? 0;
  let total = 0;
  const values = rows.map((n, i) => {
    const coefficient =
      coefficientOn(at.catalogue, n.award_code as AwardCode, n.kind, at.level, at.date)?.value ?? 0;
    const prizeAmount = computePrizeAmount(coefficient, baseSalary);
    total += prizeAmount;
    return {
      decisionId,
      dossierId: n.dossier_id,
      nomineeId: n.id,
      awardCode: n.award_code,
      recipientKind: n.kind,
      personId: n.person_id,
      unitId: n.unit_id,
      ...printedOf(n),
      coefficient: coefficient.toFixed(3),
      baseSalary,
      prizeAmount,
      sortOrder: i + 1,
    };
  });
  await tx.insert(decisionEntry).values(values);
  await tx.update(decision).set({ totalAmount: total }).where(eq(decision.id, decisionId));
  return total;
}
