import { and, eq, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import type { DbOrTx } from '../../db/client';
import { unit } from '../../db/schema';
import { notFound } from '../../http/app-error';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { loadStoredFileContent } from '../files/files.queries';
import { storeUpload } from '../files/store-upload';
import { assertMovementVisible } from '../movements/movements.policy';
import { assertReportingOpen, loadReportPlace } from './targets.policy';
import { targetReport } from './targets.schema';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
const OWNER_KIND = 'target_report';

async function reportOf(db: DbOrTx, movementId: string, reportId: string) {
  const [row] = await db
    .select({ id: targetReport.id, unitId: targetReport.unitId, fileId: targetReport.evidenceFileId })
    .from(targetReport)
    .where(and(eq(targetReport.id, reportId), eq(targetReport.movementId, movementId)));
  if (!row) throw notFound('Báo cáo kết quả');
  return row;
}

/**
 * Attach a scanned report or photo (pdf, docx, xlsx, jpg, png) as the evidence of a unit's report; it
 * replaces the previous evidence file (which stays stored for the audit trail). Bumps the report version.
 */
export async function attachReportEvidence(
  tx: DbOrTx,
  actor: Actor,
  movementId: string,
  reportId: string,
  file: { filename: string; buffer: Buffer },
): Promise<void> {
  const report = await reportOf(tx, movementId, reportId);
  const place = await loadReportPlace(tx, actor, movementId, report.unitId);
  assertReportingOpen(place.movementStatus);
  const stored = await storeUpload(tx, actor, {
    filename: file.filename,
    buffer: file.buffer,
    allowed: ['pdf', 'docx', 'xlsx', 'jpg', 'png'],
    maxBytes: EVIDENCE_MAX_BYTES,
    ownerKind: OWNER_KIND,
    ownerId: reportId,
    unitId: report.unitId,
  });
  await tx
    .update(targetReport)
    .set({ evidenceFileId: stored.id, version: sql`${targetReport.version} + 1`, updatedAt: new Date() })
    .where(eq(targetReport.id, reportId));
  await writeAudit(tx, auditContextOf(actor), {
    action: 'target.report.evidence',
    objectType: 'target_report',
    objectId: reportId,
    unitId: report.unitId,
    before: { evidenceFileId: report.fileId },
    after: { evidenceFileId: stored.id, name: stored.name },
  });
}

/** The evidence file of a report of a unit in the actor's scope (404 otherwise, like a missing one). */
export async function loadReportEvidence(db: DbOrTx, actor: Actor, movementId: string, reportId: string) {
  await assertMovementVisible(db, actor, movementId);
  const report = await reportOf(db, movementId, reportId);
  const [u] = await db.select({ path: unit.path }).from(unit).where(eq(unit.id, report.unitId));
  if (!u || !isInScope(actor.scopePath, u.path) || !report.fileId) throw notFound('Tệp minh chứng');
  return loadStoredFileContent(db, { ownerKind: OWNER_KIND, ownerId: reportId }, report.fileId);
}
