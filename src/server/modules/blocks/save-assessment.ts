import { eq, sql } from 'drizzle-orm';
import type { AssessmentAction } from '../../../domain/blocks/review-chain';
import { checkCriterionValue, type LeafCriterion, scoreOfValue } from '../../../domain/blocks/scoring';
import type { AssessmentSave } from '../../../shared/api/blocks';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { type CriterionRow, loadSheet, refreshRoundTotals } from './assessment-scores';
import { assertTake, loadAssessmentTarget, staleAssessment } from './assessments.policy';
import { assessmentScore, unitAssessment } from './blocks.schema';

type Field = { path: string; message: string };

const ACTION_OF = {
  self: 'save-self',
  review: 'save-review',
  explanation: 'save-explanation',
  final: 'save-final',
} as const satisfies Record<AssessmentSave['step'], AssessmentAction>;

const leafOf = (c: CriterionRow): LeafCriterion => ({
  kind: c.kind as LeafCriterion['kind'],
  role: c.role as LeafCriterion['role'],
  maxPoints: c.maxPoints,
  pointsPerOccurrence: c.pointsPerOccurrence,
});

const same = (a: number | null | undefined, b: number | null | undefined) => (a ?? null) === (b ?? null);

/**
 * Save one step's entries of a unit's sheet: the unit's own values and evidence, the reviewer's values
 * (a changed value needs its reason; the unit sees both), the unit's explanations, or the staff's final
 * values (a change from the reviewed value needs its reason). 409 on a stale version; audited with every
 * changed value, old and new.
 */
export async function saveAssessment(
  tx: DbOrTx,
  actor: Actor,
  blockId: string,
  unitId: string,
  input: AssessmentSave,
): Promise<void> {
  const target = await loadAssessmentTarget(tx, actor, blockId, unitId, { lock: true });
  assertTake(actor, target, ACTION_OF[input.step]);
  const { sheet, round, access } = target;
  if (sheet.version !== input.version)
    throw staleAssessment(await lastEditorOf(tx, 'unit_assessment', sheet.id));
  const loaded = await loadSheet(tx, blockId);
  if (!loaded) throw badRequest('Khối chưa có bảng tiêu chí chấm điểm.');
  const criteria = new Map(loaded.criteria.map((c) => [c.id, c]));
  const existing = new Map(
    (await tx.select().from(assessmentScore).where(eq(assessmentScore.unitAssessmentId, sheet.id))).map(
      (r) => [r.criterionId, r],
    ),
  );
  const fields: Field[] = [];
  const changes: Record<string, unknown>[] = [];
  const now = new Date();
  const upserts: (typeof assessmentScore.$inferInsert)[] = [];
  input.items.forEach((item, i) => {
    const c = criteria.get(item.criterionId);
    if (!c || c.kind === 'group') {
      fields.push({ path: `items.${i}.criterionId`, message: 'Không phải tiêu chí chấm điểm của bảng này' });
      return;
    }
    const before = existing.get(c.id);
    const row: typeof assessmentScore.$inferInsert = {
      unitAssessmentId: sheet.id,
      criterionId: c.id,
      selfValue: before?.selfValue ?? null,
      selfScore: before?.selfScore ?? null,
      evidence: before?.evidence ?? null,
      evidenceFileId: before?.evidenceFileId ?? null,
      reviewedValue: before?.reviewedValue ?? null,
      reviewedScore: before?.reviewedScore ?? null,
      reviewReason: before?.reviewReason ?? null,
      explanation: before?.explanation ?? null,
      finalValue: before?.finalValue ?? null,
      finalScore: before?.finalScore ?? null,
      finalReason: before?.finalReason ?? null,
      updatedBy: actor.email,
      updatedAt: now,
    };
    const hasValue = item.value !== undefined && item.value !== null;
    if (hasValue && input.step !== 'explanation') {
      const check = checkCriterionValue(leafOf(c), item.value!);
      if (!check.ok) {
        fields.push({ path: `items.${i}.value`, message: `${c.code}: ${check.message}` });
        return;
      }
    }
    const score = hasValue && c.kind !== 'target' ? scoreOfValue(leafOf(c), item.value!) : null;
    const reason = item.reason?.trim() || null;
    if (input.step === 'self') {
      if (item.value !== undefined) Object.assign(row, { selfValue: item.value, selfScore: score });
      if (item.evidence !== undefined) row.evidence = item.evidence || null;
    } else if (input.step === 'review') {
      if (item.value !== undefined) Object.assign(row, { reviewedValue: item.value, reviewedScore: score });
      const changed = !same(row.reviewedValue, row.selfValue);
      if (changed && !reason)
        fields.push({ path: `items.${i}.reason`, message: `${c.code}: Ghi lý do thay đổi điểm` });
      row.reviewReason = changed ? reason : null;
    } else if (input.step === 'explanation') {
      if (item.explanation !== undefined) row.explanation = item.explanation || null;
    } else {
      if (item.value !== undefined) Object.assign(row, { finalValue: item.value, finalScore: score });
      const changed = !same(row.finalValue, row.reviewedValue);
      if (changed && !reason)
        fields.push({ path: `items.${i}.reason`, message: `${c.code}: Ghi lý do thay đổi điểm` });
      row.finalReason = changed ? reason : null;
    }
    const keys = [
      'selfValue',
      'evidence',
      'reviewedValue',
      'reviewReason',
      'explanation',
      'finalValue',
      'finalReason',
    ] as const;
    const diff = keys.filter((k) => (before?.[k] ?? null) !== (row[k] ?? null));
    if (diff.length > 0) {
      changes.push({
        criterion: c.code,
        ...Object.fromEntries(diff.map((k) => [k, { from: before?.[k] ?? null, to: row[k] ?? null }])),
      });
      upserts.push(row);
    }
  });
  if (fields.length > 0) throw badRequest('Bảng điểm chưa lưu được: xem các dòng được đánh dấu.', fields);
  if (upserts.length > 0) {
    // One statement for the whole sheet; a criterion sent twice keeps its last line, as before.
    const lastPerCriterion = [...new Map(upserts.map((row) => [row.criterionId, row])).values()];
    await tx
      .insert(assessmentScore)
      .values(lastPerCriterion)
      .onConflictDoUpdate({
        target: [assessmentScore.unitAssessmentId, assessmentScore.criterionId],
        set: {
          selfValue: sql`excluded.self_value`,
          selfScore: sql`excluded.self_score`,
          evidence: sql`excluded.evidence`,
          evidenceFileId: sql`excluded.evidence_file_id`,
          reviewedValue: sql`excluded.reviewed_value`,
          reviewedScore: sql`excluded.reviewed_score`,
          reviewReason: sql`excluded.review_reason`,
          explanation: sql`excluded.explanation`,
          finalValue: sql`excluded.final_value`,
          finalScore: sql`excluded.final_score`,
          finalReason: sql`excluded.final_reason`,
          updatedBy: sql`excluded.updated_by`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
  await tx
    .update(unitAssessment)
    .set({ updatedBy: actor.email, version: sql`${unitAssessment.version} + 1`, updatedAt: now })
    .where(eq(unitAssessment.id, sheet.id));
  await refreshRoundTotals(tx, access.block, round.id, access.memberIds);
  await writeAudit(tx, auditContextOf(actor), {
    action: `block.assessment.${ACTION_OF[input.step]}`,
    objectType: 'unit_assessment',
    objectId: sheet.id,
    unitId,
    before: { status: sheet.status, version: sheet.version },
    after: { blockId, step: input.step, changes },
  });
}
