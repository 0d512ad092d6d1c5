import { and, eq } from 'drizzle-orm';
import {
  MOVEMENT_ATTACHMENT_KINDS,
  MOVEMENT_ATTACHMENT_MAX_BYTES,
  type StoredFile,
} from '../../../shared/api/files';
import type { DbOrTx } from '../../db/client';
import { badRequest, notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadStoredFileContent, type StoredFileContent } from '../files/files.queries';
import { storeUpload } from '../files/store-upload';
import { assertTake, loadAssessmentTarget } from './assessments.policy';
import { assessmentScore, scoreCriterion, scoreSheet } from './blocks.schema';

const ownerOf = (sheetId: string) => ({ ownerKind: 'unit-assessment', ownerId: sheetId });

/**
 * Attach a document as the evidence of one criterion of the unit's own sheet, while it self-assesses
 * (a new file replaces the link to the previous one). The sheet's version is left alone so the form the
 * unit is filling in stays current. Audited.
 */
export async function storeEvidenceFile(
  tx: DbOrTx,
  actor: Actor,
  target: { blockId: string; unitId: string; criterionId: string },
  upload: { filename: string; buffer: Buffer },
): Promise<StoredFile> {
  const t = await loadAssessmentTarget(tx, actor, target.blockId, target.unitId, { lock: true });
  assertTake(actor, t, 'save-self');
  const [criterion] = await tx
    .select({ id: scoreCriterion.id, kind: scoreCriterion.kind, code: scoreCriterion.code })
    .from(scoreCriterion)
    .innerJoin(scoreSheet, eq(scoreSheet.id, scoreCriterion.sheetId))
    .where(and(eq(scoreCriterion.id, target.criterionId), eq(scoreSheet.blockId, target.blockId)));
  if (!criterion || criterion.kind === 'group') {
    throw badRequest('Tiêu chí không thuộc bảng điểm này.', [
      { path: 'criterionId', message: 'Không tìm thấy' },
    ]);
  }
  const stored = await storeUpload(tx, actor, {
    filename: upload.filename,
    buffer: upload.buffer,
    allowed: MOVEMENT_ATTACHMENT_KINDS,
    maxBytes: MOVEMENT_ATTACHMENT_MAX_BYTES,
    ...ownerOf(t.sheet.id),
    unitId: target.unitId,
  });
  await tx
    .insert(assessmentScore)
    .values({
      unitAssessmentId: t.sheet.id,
      criterionId: criterion.id,
      evidenceFileId: stored.id,
      updatedBy: actor.email,
    })
    .onConflictDoUpdate({
      target: [assessmentScore.unitAssessmentId, assessmentScore.criterionId],
      set: { evidenceFileId: stored.id, updatedBy: actor.email, updatedAt: new Date() },
    });
  await writeAudit(tx, auditContextOf(actor), {
    action: 'block.assessment.evidence',
    objectType: 'unit_assessment',
    objectId: t.sheet.id,
    unitId: target.unitId,
    after: { criterion: criterion.code, fileId: stored.id, name: stored.name },
  });
  return stored;
}

/** The evidence document of a criterion, for whoever may read the unit's breakdown. */
export async function loadEvidenceFile(
  db: DbOrTx,
  actor: Actor,
  target: { blockId: string; unitId: string; criterionId: string },
): Promise<StoredFileContent> {
  const t = await loadAssessmentTarget(db, actor, target.blockId, target.unitId);
  const [row] = await db
    .select({ fileId: assessmentScore.evidenceFileId })
    .from(assessmentScore)
    .where(
      and(
        eq(assessmentScore.unitAssessmentId, t.sheet.id),
        eq(assessmentScore.criterionId, target.criterionId),
      ),
    );
  if (!row?.fileId) throw notFound('Tệp minh chứng');
  return loadStoredFileContent(db, ownerOf(t.sheet.id), row.fileId);
}
