import { asc, eq, sql } from 'drizzle-orm';
import { allowedActions, EDITABLE_STATES } from '../../../domain/dossiers/workflow';
import { vietnamDateOf } from '../../../domain/dossiers/working-days';
import { DEFAULT_CATALOGUE } from '../../../domain/law/catalogue';
import type { DossierDetail, Nominee, NomineeFlag } from '../../../shared/api/dossiers';
import type { DossierAction, DossierState, NomineeKind, VerdictStatus } from '../../../shared/dossier-codes';
import type { DbOrTx } from '../../db/client';
import { type Actor, can } from '../auth/actor';
import { isOwnUnit, loadDossierInScope } from './dossiers.policy';
import { presentListItem } from './dossiers.queries';
import { dossierEvent } from './dossiers.schema';
import type { StoredVerdict } from './evaluate-nominees';
import { loadCalendar } from './holidays';

/** Moves the council and decisions modules make from their own pages, not from the dossier page. */
const ELSEWHERE: readonly DossierAction[] = ['publish-notice', 'decide'];
const APPRAISAL: readonly DossierAction[] = ['receive', 'start-appraisal', 'send-to-council', 'return'];

type NomineeRow = {
  id: string;
  kind: string;
  person_id: string | null;
  unit_id: string | null;
  unit_name: string | null;
  person_name: string | null;
  household_name: string | null;
  position: string | null;
  achievement_summary: string;
  achievement_report_html: string;
  initiative_ids: string[];
  basis_grant_ids: string[];
  submission_verdict: StoredVerdict | null;
  submission_verdict_at: Date | null;
  appraisal_verdict: StoredVerdict | null;
  appraisal_verdict_at: Date | null;
  attestations: Record<string, boolean>;
  engine_status: string | null;
  override_status: string | null;
  override_reason: string | null;
  override_by: string | null;
  override_at: Date | null;
  verdict_status: string | null;
  flags: NomineeFlag[];
  sort_order: number;
};

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

function presentNominee(r: NomineeRow): Nominee {
  const verdict = r.appraisal_verdict ?? r.submission_verdict;
  const criteria = (verdict?.criteria ?? []).map((c) => {
    const def = DEFAULT_CATALOGUE.criteria.get(c.id);
    return {
      id: c.id,
      ok: c.ok,
      source: c.source,
      message: c.message,
      label: def?.label ?? c.message,
      isQualitative: def?.isQualitative ?? c.ok === null,
      attested: c.id in (r.attestations ?? {}),
    };
  });
  return {
    id: r.id,
    kind: r.kind as NomineeKind,
    personId: r.person_id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    householdName: r.household_name,
    displayName:
      r.kind === 'individual'
        ? (r.person_name ?? '')
        : r.kind === 'household'
          ? `Hộ ${r.household_name ?? ''}`
          : (r.unit_name ?? ''),
    position: r.position,
    achievementSummary: r.achievement_summary,
    achievementReportHtml: r.achievement_report_html,
    initiativeIds: r.initiative_ids,
    basisGrantIds: r.basis_grant_ids,
    verdictStage: r.appraisal_verdict ? 'appraisal' : r.submission_verdict ? 'submission' : null,
    verdictAt: iso(r.appraisal_verdict_at ?? r.submission_verdict_at),
    submissionStatus: (r.submission_verdict?.status as VerdictStatus | undefined) ?? null,
    engineStatus: r.engine_status as VerdictStatus | null,
    verdictStatus: r.verdict_status as VerdictStatus | null,
    canConfer: verdict && 'canConfer' in verdict ? verdict.canConfer : null,
    criteria,
    attestations: r.attestations ?? {},
    overrideStatus: r.override_status as Nominee['overrideStatus'],
    overrideReason: r.override_reason,
    overrideBy: r.override_by,
    overrideAt: iso(r.override_at),
    flags: r.flags ?? [],
    sortOrder: r.sort_order,
  };
}

/** The dossier with its nominees and verdicts, timeline, attachments and what the user may do now. */
export async function getDossier(db: DbOrTx, actor: Actor, id: string): Promise<DossierDetail> {
  const { row, unitName } = await loadDossierInScope(db, actor, id);
  // Sequential: callers may pass a transaction (one connection).
  const nominees = await db.execute<NomineeRow>(sql`
      SELECT n.*, p.full_name AS person_name, u.name AS unit_name
        FROM dossier_nominee n LEFT JOIN person p ON p.id = n.person_id LEFT JOIN unit u ON u.id = n.unit_id
       WHERE n.dossier_id = ${id} ORDER BY n.sort_order, n.created_at`);
  const events = await db
    .select()
    .from(dossierEvent)
    .where(eq(dossierEvent.dossierId, id))
    .orderBy(asc(dossierEvent.at), asc(dossierEvent.id));
  const attachments = await db.execute<{
    id: string;
    nominee_id: string | null;
    kind: string;
    label: string;
    original_name: string;
    extension: string;
    size_bytes: number;
    uploaded_by: string | null;
    created_at: Date;
  }>(sql`
      SELECT a.id, a.nominee_id, a.kind, a.label, f.original_name, f.extension, f.size_bytes, a.uploaded_by, a.created_at
        FROM dossier_attachment a JOIN stored_file f ON f.id = a.file_id
       WHERE a.dossier_id = ${id} AND f.deleted_at IS NULL ORDER BY a.created_at`);
  const movement = row.movementId
    ? await db.execute<{ title: string }>(sql`SELECT title FROM movement WHERE id = ${row.movementId}`)
    : { rows: [] as { title: string }[] };
  const calendar = await loadCalendar(db);
  const status = row.status as DossierState;
  const own = isOwnUnit(actor, row);
  const today = vietnamDateOf(new Date());
  const base = presentListItem(
    {
      id: row.id,
      unit_id: row.unitId,
      unit_name: unitName,
      track: row.track,
      award_code: row.awardCode,
      year: row.year,
      title: row.title,
      status: row.status,
      nominee_count: nominees.rows.length,
      submitted_at: row.submittedAt,
      due_on: row.dueOn,
      processing_days: row.processingDays,
      updated_at: row.updatedAt,
    },
    calendar,
    today,
  );
  return {
    ...base,
    movementId: row.movementId,
    movementTitle: movement.rows[0]?.title ?? null,
    coverLetter: row.coverLetter,
    meetingHeldOn: row.meetingHeldOn,
    meetingMinutes: row.meetingMinutes,
    votersTotal: row.votersTotal,
    votersPresent: row.votersPresent,
    votersAgree: row.votersAgree,
    lastReason: row.lastReason,
    receivedAt: iso(row.receivedAt),
    decidedAt: iso(row.decidedAt),
    processingRunning: !['draft', 'returned', 'decided', 'rejected', 'withdrawn'].includes(status),
    returnCount: row.returnCount,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    allowedActions: allowedActions(status, actor.roles).filter(
      (a) => !ELSEWHERE.includes(a) && !(own && APPRAISAL.includes(a)),
    ),
    canEdit: EDITABLE_STATES.includes(status) && can(actor, 'dossier.write'),
    canAppraise: status === 'appraisal' && can(actor, 'dossier.appraise') && !own,
    nominees: nominees.rows.map(presentNominee),
    events: events.map((e) => ({
      id: e.id,
      fromStatus: e.fromStatus as DossierState | null,
      toStatus: e.toStatus as DossierState,
      action: e.action,
      actorLabel: e.actorLabel,
      reason: e.reason,
      at: e.at.toISOString(),
    })),
    attachments: attachments.rows.map((a) => ({
      id: a.id,
      nomineeId: a.nominee_id,
      kind: a.kind,
      label: a.label,
      fileName: a.original_name,
      extension: a.extension,
      sizeBytes: Number(a.size_bytes),
      uploadedBy: a.uploaded_by,
      createdAt: new Date(a.created_at).toISOString(),
    })),
  };
}
