import { eq, inArray, sql } from 'drizzle-orm';
import type { Assessment, BlockHistory, Matrix } from '../../../shared/api/blocks';
import type { DbOrTx } from '../../db/client';
import { notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { loadSheet, loadTargetCells } from './assessment-scores';
import { loadAssessmentTarget, mayTake } from './assessments.policy';
import { canSeeBreakdown, loadBlockAccess } from './blocks.policy';
import { assessmentRound, assessmentScore, unitAssessment } from './blocks.schema';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** One unit's sheet with every criterion's self, reviewed and final values side by side. */
export async function assessmentOf(
  db: DbOrTx,
  actor: Actor,
  blockId: string,
  unitId: string,
): Promise<Assessment> {
  const target = await loadAssessmentTarget(db, actor, blockId, unitId);
  const { sheet, round, access } = target;
  const loaded = await loadSheet(db, blockId);
  if (!loaded) throw notFound('Bảng tiêu chí');
  const targets = await loadTargetCells(db, access.block, loaded.criteria, access.memberIds);
  const scores = new Map(
    (await db.select().from(assessmentScore).where(eq(assessmentScore.unitAssessmentId, sheet.id))).map(
      (s) => [s.criterionId, s],
    ),
  );
  const { rows: names } = await db.execute<{ id: string; name: string }>(
    sql`SELECT id, name FROM unit WHERE id IN (${unitId}, ${sheet.reviewerUnitId ?? unitId})`,
  );
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const showReviewed = sheet.status !== 'self-assessment' || sheet.reviewedAt !== null;
  const showFinal = ['explanation', 'final-review', 'locked'].includes(sheet.status);
  const dueOn =
    {
      'self-assessment': round.selfDueOn,
      'block-review': round.reviewDueOn,
      explanation: round.explanationDueOn,
      'final-review': round.finalDueOn,
      locked: null,
    }[sheet.status as Assessment['status']] ?? null;
  return {
    id: sheet.id,
    blockId,
    blockName: access.block.name,
    year: access.block.year,
    unitId,
    unitName: nameOf.get(unitId) ?? '',
    status: sheet.status as Assessment['status'],
    reviewerUnitId: sheet.reviewerUnitId,
    reviewerUnitName: sheet.reviewerUnitId ? (nameOf.get(sheet.reviewerUnitId) ?? null) : null,
    version: sheet.version,
    sheetMaxPoints: loaded.sheet.maxPoints,
    selfTotal: sheet.selfTotal,
    reviewedTotal: sheet.reviewedTotal,
    finalTotal: sheet.finalTotal,
    rank: round.status === 'locked' ? sheet.rank : null,
    selfSubmittedAt: iso(sheet.selfSubmittedAt),
    selfSubmittedBy: sheet.selfSubmittedBy,
    reviewedAt: iso(sheet.reviewedAt),
    reviewedBy: sheet.reviewedBy,
    explainedAt: iso(sheet.explainedAt),
    finalizedAt: iso(sheet.finalizedAt),
    finalizedBy: sheet.finalizedBy,
    dueOn,
    rows: loaded.criteria.map((c) => {
      const s = scores.get(c.id);
      const t = targets.get(c.id)?.get(unitId);
      const targetScore = t ? t.score : null;
      const isTarget = c.kind === 'target';
      return {
        criterionId: c.id,
        parentId: c.parentId,
        code: c.code,
        name: c.name,
        kind: c.kind as Assessment['rows'][number]['kind'],
        role: c.role as Assessment['rows'][number]['role'],
        maxPoints: c.maxPoints,
        pointsPerOccurrence: c.pointsPerOccurrence,
        guidance: c.guidance,
        target: t ? { planned: t.planned, actual: t.actual, outcome: t.outcome } : null,
        selfValue: isTarget ? (t?.actual ?? null) : (s?.selfValue ?? null),
        selfScore: isTarget ? targetScore : (s?.selfScore ?? null),
        evidence: s?.evidence ?? null,
        evidenceFileId: s?.evidenceFileId ?? null,
        reviewedValue: showReviewed ? (isTarget ? (t?.actual ?? null) : (s?.reviewedValue ?? null)) : null,
        reviewedScore: showReviewed ? (isTarget ? targetScore : (s?.reviewedScore ?? null)) : null,
        reviewReason: showReviewed ? (s?.reviewReason ?? null) : null,
        explanation: s?.explanation ?? null,
        finalValue: showFinal ? (isTarget ? (t?.actual ?? null) : (s?.finalValue ?? null)) : null,
        finalScore: showFinal ? (isTarget ? targetScore : (s?.finalScore ?? null)) : null,
        finalReason: showFinal ? (s?.finalReason ?? null) : null,
      };
    }),
    can: {
      saveSelf: mayTake(actor, target, 'save-self'),
      submit: mayTake(actor, target, 'submit'),
      saveReview: mayTake(actor, target, 'save-review'),
      review: mayTake(actor, target, 'review'),
      return: mayTake(actor, target, 'return'),
      explain: mayTake(actor, target, 'explain'),
      finalize: mayTake(actor, target, 'finalize'),
    },
  };
}

/**
 * The unit × criterion matrix with self, reviewed and final points side by side. The organiser's side
 * sees every unit; a member sees the others only when the block shows details to members.
 */
export async function matrixOf(db: DbOrTx, actor: Actor, blockId: string): Promise<Matrix> {
  const access = await loadBlockAccess(db, actor, blockId);
  const [round] = await db.select().from(assessmentRound).where(eq(assessmentRound.blockId, blockId));
  const loaded = await loadSheet(db, blockId);
  if (!round || !loaded) {
    const base = { blockId, blockName: access.block.name, year: access.block.year };
    return { ...base, maxPoints: loaded?.sheet.maxPoints ?? 0, criteria: [], units: [] };
  }
  const sheets = (await db.select().from(unitAssessment).where(eq(unitAssessment.roundId, round.id))).filter(
    (s) => canSeeBreakdown(access, actor, s.unitId, s.reviewerUnitId),
  );
  const targets = await loadTargetCells(db, access.block, loaded.criteria, access.memberIds);
  const scores =
    sheets.length === 0
      ? []
      : await db
          .select()
          .from(assessmentScore)
          .where(
            inArray(
              assessmentScore.unitAssessmentId,
              sheets.map((s) => s.id),
            ),
          );
  const { rows: names } = await db.execute<{ id: string; name: string }>(sql`
    SELECT u.id, u.name FROM block_member m JOIN unit u ON u.id = m.unit_id WHERE m.block_id = ${blockId}`);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const leaves = loaded.criteria.filter((c) => c.kind !== 'group');
  const published = round.status === 'locked';
  return {
    blockId,
    blockName: access.block.name,
    year: access.block.year,
    maxPoints: loaded.sheet.maxPoints,
    criteria: leaves.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name,
      role: c.role as Matrix['criteria'][number]['role'],
      maxPoints: c.maxPoints,
    })),
    units: sheets
      .map((s) => {
        const own = new Map(scores.filter((r) => r.unitAssessmentId === s.id).map((r) => [r.criterionId, r]));
        const reviewed = s.status !== 'self-assessment';
        const final = ['explanation', 'final-review', 'locked'].includes(s.status);
        return {
          unitId: s.unitId,
          unitName: nameOf.get(s.unitId) ?? '',
          rank: published ? s.rank : null,
          selfTotal: s.selfTotal,
          reviewedTotal: s.reviewedTotal,
          finalTotal: s.finalTotal,
          cells: leaves.map((c) => {
            if (c.kind === 'target') {
              const score = targets.get(c.id)?.get(s.unitId)?.score ?? null;
              return { self: score, reviewed: reviewed ? score : null, final: final ? score : null };
            }
            const r = own.get(c.id);
            return {
              self: r?.selfScore ?? null,
              reviewed: reviewed ? (r?.reviewedScore ?? null) : null,
              final: final ? (r?.finalScore ?? null) : null,
            };
          }),
        };
      })
      .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.unitName.localeCompare(b.unitName, 'vi')),
  };
}

/**
 * Each member's final total in every locked round of the years it took part (in any block), for the
 * chart of scores over years. Units whose breakdown the actor cannot see still show their published totals.
 */
export async function historyOf(db: DbOrTx, actor: Actor, blockId: string): Promise<BlockHistory> {
  const access = await loadBlockAccess(db, actor, blockId);
  const { rows } = await db.execute<{
    unit_id: string;
    unit_name: string;
    year: number;
    final_total: string | null;
  }>(sql`
    SELECT u.id AS unit_id, u.name AS unit_name, b.year, ua.final_total
      FROM block_member m
      JOIN unit u ON u.id = m.unit_id
      LEFT JOIN unit_assessment ua ON ua.unit_id = m.unit_id
      LEFT JOIN assessment_round r ON r.id = ua.round_id AND r.status = 'locked'
      LEFT JOIN emulation_block b ON b.id = r.block_id AND b.year <= ${access.block.year}
     WHERE m.block_id = ${blockId}
     ORDER BY m.sort_order, u.name COLLATE "vi-x-icu"`);
  const years = [...new Set(rows.flatMap((r) => (r.year ? [r.year] : [])))].sort((a, b) => a - b);
  const series = new Map<string, { unitId: string; unitName: string; totals: (number | null)[] }>();
  for (const r of rows) {
    const s = series.get(r.unit_id) ?? {
      unitId: r.unit_id,
      unitName: r.unit_name,
      totals: years.map(() => null),
    };
    series.set(r.unit_id, s);
    if (r.year && r.final_total !== null) s.totals[years.indexOf(r.year)] = Number(r.final_total);
  }
  return { years, series: [...series.values()] };
}
