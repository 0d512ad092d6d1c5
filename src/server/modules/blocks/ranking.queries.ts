import { eq, inArray, sql } from 'drizzle-orm';
import { leaderOf, type Ranked, rankUnits, TIE_RULE_LABELS } from '../../../domain/blocks/ranking';
import type { Ranking } from '../../../shared/api/blocks';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { loadSheet, loadTargetCells, totalsByStage } from './assessment-scores';
import { type BlockAccess, loadBlockAccess } from './blocks.policy';
import { assessmentRound, assessmentScore, unitAssessment } from './blocks.schema';

export const FLAG_AWARD_CODE = 'co-thi-dua-ubnd-tinh';

/** The block's units ranked on their final totals with the documented tie rules (domain/blocks/ranking.ts). */
export async function computeRanking(db: DbOrTx, access: BlockAccess, roundId: string): Promise<Ranked[]> {
  const loaded = await loadSheet(db, access.block.id);
  if (!loaded) return [];
  const sheets = await db.select().from(unitAssessment).where(eq(unitAssessment.roundId, roundId));
  if (sheets.length === 0) return [];
  const targets = await loadTargetCells(db, access.block, loaded.criteria, access.memberIds);
  const scores = await db
    .select()
    .from(assessmentScore)
    .where(
      inArray(
        assessmentScore.unitAssessmentId,
        sheets.map((s) => s.id),
      ),
    );
  const { rows: names } = await db.execute<{ id: string; name: string }>(sql`
    SELECT id, name FROM unit WHERE id IN (${sql.join(
      sheets.map((s) => sql`${s.unitId}`),
      sql`, `,
    )})`);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return rankUnits(
    sheets.map((s) => {
      const t = totalsByStage(
        loaded,
        scores.filter((r) => r.unitAssessmentId === s.id),
        targets,
        s.unitId,
      );
      return {
        unitId: s.unitId,
        unitName: nameOf.get(s.unitId) ?? '',
        finalTotal: t.final.total,
        criteriaAtMax: t.final.criteriaAtMax,
        penalty: t.final.penalty,
        selfTotal: t.self.total,
      };
    }),
  );
}

/**
 * The ranking: members see it once the round is locked (published); the organiser's side sees the
 * provisional one while the round runs.
 */
export async function rankingOf(db: DbOrTx, actor: Actor, blockId: string): Promise<Ranking> {
  const access = await loadBlockAccess(db, actor, blockId);
  const [round] = await db.select().from(assessmentRound).where(eq(assessmentRound.blockId, blockId));
  if (!round) {
    const none = { leaderUnitId: null, tiedUnitIds: [], flagDossierId: null, flagAwardCode: FLAG_AWARD_CODE };
    return { blockId, isFinal: false, items: [], ...none };
  }
  const isFinal = round.status === 'locked';
  // Members see the ranking once it is published (the round locked); until then an empty list.
  const ranked = isFinal || access.isOrganiserSide ? await computeRanking(db, access, round.id) : [];
  const { leader, tied } = leaderOf(ranked);
  return {
    blockId,
    isFinal,
    items: ranked.map((r) => ({
      unitId: r.unitId,
      unitName: r.unitName,
      rank: r.rank,
      finalTotal: r.finalTotal,
      selfTotal: r.selfTotal,
      criteriaAtMax: r.criteriaAtMax,
      penalty: r.penalty,
      decidedBy: r.decidedBy,
      decidedByLabel: r.decidedBy ? TIE_RULE_LABELS[r.decidedBy] : null,
    })),
    leaderUnitId: leader?.unitId ?? null,
    tiedUnitIds: tied.map((t) => t.unitId),
    flagDossierId: round.flagDossierId,
    flagAwardCode: FLAG_AWARD_CODE,
  };
}
