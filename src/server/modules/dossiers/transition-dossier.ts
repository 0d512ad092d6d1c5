import { asc, eq, sql } from 'drizzle-orm';
import { checkTransition, FINAL_STATES } from '../../../domain/dossiers/workflow';
import { dueDateFor, measureProcessingTime, vietnamDateOf } from '../../../domain/dossiers/working-days';
import { DOSSIER_STATE_LABELS, type DossierAction, type DossierState } from '../../../shared/dossier-codes';
import type { DbOrTx } from '../../db/client';
import { AppError, badRequest, forbidden } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { notifyUnits } from '../notifications/notify-units';
import { readDossierSettings } from './dossier-settings';
import { type DossierRow, isOwnUnit, loadDossierInScope, staleDossier } from './dossiers.policy';
import { dossier, dossierEvent, dossierNominee } from './dossiers.schema';
import { evaluateNominees } from './evaluate-nominees';
import { loadCalendar } from './holidays';

export interface DossierTransitionRequest {
  dossierId: string;
  action: DossierAction;
  /** The version the client saw; a different current version answers 409 naming who changed it. */
  expectedVersion?: number;
  reason?: string | null;
}

/** Office moves on a dossier of the actor's own unit would be appraising one's own (quality A5). */
const APPRAISAL_ACTIONS: readonly DossierAction[] = [
  'receive',
  'start-appraisal',
  'send-to-council',
  'return',
];

/** A dossier may go out only complete (Law Art 84(1)): nominees, cover letter, minutes and vote. */
async function assertComplete(tx: DbOrTx, row: DossierRow): Promise<void> {
  const fields: { path: string; message: string }[] = [];
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(dossierNominee)
    .where(eq(dossierNominee.dossierId, row.id));
  if (!count?.n) fields.push({ path: 'nominees', message: 'Chưa có người/tập thể được đề nghị' });
  if (!row.coverLetter.trim()) fields.push({ path: 'coverLetter', message: 'Chưa có tờ trình' });
  if (!row.meetingMinutes.trim())
    fields.push({ path: 'meetingMinutes', message: 'Chưa có biên bản họp bình xét' });
  if (row.votersPresent == null || row.votersAgree == null) {
    fields.push({ path: 'votersAgree', message: 'Chưa nhập kết quả biểu quyết' });
  }
  if (fields.length > 0) {
    throw badRequest(
      `Hồ sơ chưa đủ thành phần để gửi: ${fields.map((f) => f.message.toLowerCase()).join('; ')}.`,
      fields,
    );
  }
}

/**
 * The council votes on what the appraiser has confirmed (issue 5 item 3): a nominee whose criteria only
 * a person can judge are still unconfirmed ('needs-attestation') holds the dossier back, unless the
 * appraiser writes why it goes anyway (the reason is kept on the timeline and in the audit row).
 */
async function assertAttested(tx: DbOrTx, row: DossierRow, reason: string | null): Promise<void> {
  if (reason) return;
  const waiting = await tx.execute<{ name: string }>(sql`
    SELECT coalesce(p.full_name, u.name, n.household_name, 'người được đề nghị') AS name
      FROM dossier_nominee n
      LEFT JOIN person p ON p.id = n.person_id
      LEFT JOIN unit u ON u.id = n.unit_id AND n.kind = 'collective'
     WHERE n.dossier_id = ${row.id} AND n.verdict_status = 'needs-attestation'
     ORDER BY n.sort_order`);
  if (waiting.rows.length === 0) return;
  const names = waiting.rows.map((r) => r.name).join(', ');
  throw badRequest(
    `Chưa thể trình Hội đồng: ${names} còn tiêu chí chờ người thẩm định xác nhận. Hãy xác nhận các tiêu chí đó ở phần “Thẩm định” của từng người, hoặc ghi lý do để vẫn trình Hội đồng.`,
    [{ path: 'nominees', message: `Còn tiêu chí chờ xác nhận: ${names}` }],
  );
}

/**
 * Move a dossier by one action of the transition table, inside the caller's transaction: checks the
 * table (422), the role (403) and the unit scope (404), the version (409 naming who changed it) and the
 * reason where one is required (400); runs the law engine on submission and at appraisal; sets the
 * step's working-day deadline; records the timeline event, the processing time, the audit row and, on
 * return and on the outcome, a notification to the proposing unit. Returns the updated dossier row.
 */
export async function applyDossierTransition(
  tx: DbOrTx,
  actor: Actor,
  request: DossierTransitionRequest,
): Promise<DossierRow> {
  const { row } = await loadDossierInScope(tx, actor, request.dossierId, { lock: true });
  if (request.expectedVersion !== undefined && row.version !== request.expectedVersion) {
    throw staleDossier(await lastEditorOf(tx, 'dossier', row.id));
  }
  const from = row.status as DossierState;
  const reason = request.reason?.trim() || null;
  const check = checkTransition(from, request.action, { roles: actor.roles, reason });
  if (!check.ok) {
    if (check.code === 'forbidden-transition') throw new AppError('UNPROCESSABLE', check.message);
    if (check.code === 'role-not-allowed') throw forbidden(check.message);
    throw badRequest(check.message, [{ path: 'reason', message: 'Cần ghi lý do' }]);
  }
  if (APPRAISAL_ACTIONS.includes(request.action) && isOwnUnit(actor, row)) {
    throw forbidden('Bạn không thể thẩm định hồ sơ do chính đơn vị mình đề nghị.');
  }
  const to = check.to;
  if (request.action === 'submit' || request.action === 'resubmit') await assertComplete(tx, row);
  if (request.action === 'send-to-council') await assertAttested(tx, row, reason);

  const now = new Date();
  if (request.action === 'submit' || request.action === 'resubmit')
    await evaluateNominees(tx, row, 'submission', now);
  if (request.action === 'start-appraisal') await evaluateNominees(tx, row, 'appraisal', now);

  await tx.insert(dossierEvent).values({
    dossierId: row.id,
    fromStatus: from,
    toStatus: to,
    action: request.action,
    actorUserId: actor.userId,
    actorLabel: actor.email,
    reason,
    at: now,
  });
  // One connection in a transaction: one query at a time.
  const settings = await readDossierSettings(tx);
  const calendar = await loadCalendar(tx);
  const events = await tx
    .select({ toStatus: dossierEvent.toStatus, at: dossierEvent.at })
    .from(dossierEvent)
    .where(eq(dossierEvent.dossierId, row.id))
    .orderBy(asc(dossierEvent.at), asc(dossierEvent.id));
  const processing = measureProcessingTime(events, calendar, now);
  const isFinal = FINAL_STATES.includes(to);
  const [updated] = await tx
    .update(dossier)
    .set({
      status: to,
      version: sql`${dossier.version} + 1`,
      updatedAt: now,
      dueOn: dueDateFor(to, vietnamDateOf(now), settings.deadlines, calendar),
      processingDays: processing.days,
      ...(reason ? { lastReason: reason } : {}),
      ...(request.action === 'submit' && !row.submittedAt ? { submittedAt: now } : {}),
      ...(request.action === 'receive' ? { receivedAt: now } : {}),
      ...(to === 'decided' ? { decidedAt: now } : {}),
      ...(isFinal ? { closedAt: now } : {}),
      ...(to === 'returned' ? { returnCount: sql`${dossier.returnCount} + 1` } : {}),
    })
    .where(eq(dossier.id, row.id))
    .returning();

  let notified = 0;
  if (['return', 'decide', 'reject'].includes(request.action)) {
    const title =
      request.action === 'return'
        ? `Hồ sơ bị trả lại để bổ sung: ${row.title}`
        : `Hồ sơ ${DOSSIER_STATE_LABELS[to].toLowerCase()}: ${row.title}`;
    notified = await notifyUnits(
      tx,
      [row.unitId],
      {
        kind: `dossier.${request.action}`,
        title,
        body: reason ? `Lý do: ${reason}` : null,
        link: `/dossiers/${row.id}`,
      },
      now,
    );
  }
  await writeAudit(tx, auditContextOf(actor), {
    action: `dossier.${request.action}`,
    objectType: 'dossier',
    objectId: row.id,
    unitId: row.unitId,
    before: { status: from, version: row.version },
    after: { status: to, ...(reason ? { reason } : {}), ...(notified ? { notifiedUnits: notified } : {}) },
  });
  return updated!;
}
