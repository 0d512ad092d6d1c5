import { asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { CriterionKind, CriterionRole, NoTargetRule } from '../../../domain/blocks/scoring';
import { type SheetNode, totalsOf, type UnitTotals } from '../../../domain/blocks/sheet';
import { type Direction, scoreTargetCriterion } from '../../../domain/blocks/target-score';
import type { DbOrTx } from '../../db/client';
import { loadTargetResults } from '../targets/target-results';
import type { BlockRow } from './blocks.policy';
import { assessmentScore, scoreCriterion, scoreSheet, unitAssessment } from './blocks.schema';

export type CriterionRow = typeof scoreCriterion.$inferSelect;
export type ScoreRow = typeof assessmentScore.$inferSelect;

export interface TargetCell {
  planned: number | null;
  actual: number | null;
  outcome: string;
  score: number | null;
}

export interface LoadedSheet {
  sheet: typeof scoreSheet.$inferSelect;
  criteria: CriterionRow[];
  nodes: SheetNode[];
}

export function nodesOf(criteria: readonly CriterionRow[]): SheetNode[] {
  return criteria.map((c) => ({
    id: c.id,
    parentId: c.parentId,
    code: c.code,
    name: c.name,
    kind: c.kind as CriterionKind,
    role: c.role as CriterionRole,
    maxPoints: c.maxPoints,
  }));
}

/** The block's sheet with its criteria in the editor's order, or null when none was made. */
export async function loadSheet(db: DbOrTx, blockId: string): Promise<LoadedSheet | null> {
  const [sheet] = await db.select().from(scoreSheet).where(eq(scoreSheet.blockId, blockId));
  if (!sheet) return null;
  const criteria = await db
    .select()
    .from(scoreCriterion)
    .where(eq(scoreCriterion.sheetId, sheet.id))
    .orderBy(asc(scoreCriterion.sortOrder), asc(scoreCriterion.code));
  return { sheet, criteria, nodes: nodesOf(criteria) };
}

/**
 * Target criteria scored across the block's members (the leader needs everyone's results):
 * criterion id → unit id → planned, actual, outcome and points.
 */
export async function loadTargetCells(
  db: DbOrTx,
  block: BlockRow,
  criteria: readonly CriterionRow[],
  memberIds: readonly string[],
): Promise<Map<string, Map<string, TargetCell>>> {
  const out = new Map<string, Map<string, TargetCell>>();
  for (const c of criteria) {
    if (c.kind !== 'target') continue;
    const results =
      block.movementId && c.indicatorId
        ? await loadTargetResults(db, { movementId: block.movementId, indicatorId: c.indicatorId })
        : [];
    const byUnit = new Map(results.map((r) => [r.unitId, r]));
    const direction: Direction = (results[0]?.direction as Direction | undefined) ?? 'higher-better';
    const inputs = memberIds.map((unitId) => ({
      unitId,
      planned: byUnit.get(unitId)?.planned ?? null,
      actual: byUnit.get(unitId)?.actual ?? null,
    }));
    const scores = scoreTargetCriterion(
      { maxPoints: c.maxPoints, direction, noTargetRule: c.noTargetRule as NoTargetRule },
      inputs,
    );
    out.set(
      c.id,
      new Map(
        scores.map((s, i) => [
          s.unitId,
          { planned: inputs[i]!.planned, actual: inputs[i]!.actual, outcome: s.outcome, score: s.score },
        ]),
      ),
    );
  }
  return out;
}

export type Stage = 'self' | 'reviewed' | 'final';

/** Points of each leaf at a stage; a penalty counts positive here and is subtracted by `totalsOf`. */
export function stageScores(
  criteria: readonly CriterionRow[],
  scores: readonly ScoreRow[],
  targets: ReadonlyMap<string, ReadonlyMap<string, TargetCell>>,
  unitId: string,
  stage: Stage,
): Map<string, number | null> {
  const byCriterion = new Map(scores.map((s) => [s.criterionId, s]));
  const out = new Map<string, number | null>();
  for (const c of criteria) {
    if (c.kind === 'group') continue;
    if (c.kind === 'target') {
      out.set(c.id, targets.get(c.id)?.get(unitId)?.score ?? null);
      continue;
    }
    const row = byCriterion.get(c.id);
    const value =
      stage === 'self' ? row?.selfScore : stage === 'reviewed' ? row?.reviewedScore : row?.finalScore;
    out.set(c.id, value ?? 0);
  }
  return out;
}

/** Totals of one unit's sheet at each stage. */
export function totalsByStage(
  loaded: LoadedSheet,
  scores: readonly ScoreRow[],
  targets: ReadonlyMap<string, ReadonlyMap<string, TargetCell>>,
  unitId: string,
): Record<Stage, UnitTotals> {
  const of = (stage: Stage) =>
    totalsOf(
      loaded.nodes,
      loaded.sheet.maxPoints,
      stageScores(loaded.criteria, scores, targets, unitId, stage),
    );
  return { self: of('self'), reviewed: of('reviewed'), final: of('final') };
}

/**
 * Store the totals of every sheet of the round at the stages it has reached (targets change every
 * sheet's score, so all are refreshed together).
 */
export async function refreshRoundTotals(
  tx: DbOrTx,
  block: BlockRow,
  roundId: string,
  memberIds: readonly string[],
): Promise<void> {
  const loaded = await loadSheet(tx, block.id);
  if (!loaded) return;
  const targets = await loadTargetCells(tx, block, loaded.criteria, memberIds);
  const sheets = await tx.select().from(unitAssessment).where(eq(unitAssessment.roundId, roundId));
  if (sheets.length === 0) return;
  const scores = await tx
    .select()
    .from(assessmentScore)
    .where(
      inArray(
        assessmentScore.unitAssessmentId,
        sheets.map((s) => s.id),
      ),
    );
  const changed: SQL[] = [];
  for (const s of sheets) {
    const own = scores.filter((r) => r.unitAssessmentId === s.id);
    const t = totalsByStage(loaded, own, targets, s.unitId);
    const reached = ['self-assessment', 'block-review', 'explanation', 'final-review', 'locked'].indexOf(
      s.status,
    );
    const values = {
      selfTotal: t.self.total,
      reviewedTotal: reached >= 1 ? t.reviewed.total : null,
      finalTotal: reached >= 2 ? t.final.total : null,
    };
    if (
      values.selfTotal !== s.selfTotal ||
      values.reviewedTotal !== s.reviewedTotal ||
      values.finalTotal !== s.finalTotal
    ) {
      changed.push(
        sql`(${s.id}::uuid, ${values.selfTotal}::numeric, ${values.reviewedTotal}::numeric, ${values.finalTotal}::numeric)`,
      );
    }
  }
  if (changed.length === 0) return;
  await tx.execute(sql`
    UPDATE unit_assessment AS a
       SET self_total = v.self_total, reviewed_total = v.reviewed_total, final_total = v.final_total
      FROM (VALUES ${sql.join(changed, sql`, `)}) AS v(id, self_total, reviewed_total, final_total)
     WHERE a.id = v.id`);
}
