import { asc, eq, sql } from 'drizzle-orm';
import {
  addWorkingDays,
  dueDateFor,
  type HolidayCalendar,
  isWorkingDay,
  measureProcessingTime,
  vietnamDateOf,
} from '../../domain/dossiers/working-days';
import type { Role } from '../../shared/codes';
import type { DossierAction } from '../../shared/dossier-codes';
import type { Tx } from '../db/client';
import { movement } from '../db/schema';
import type { Actor } from '../modules/auth/actor';
import { appraiseNominee } from '../modules/dossiers/appraise-nominee';
import { createDossierInTx } from '../modules/dossiers/create-dossier';
import { DEFAULT_DOSSIER_SETTINGS } from '../modules/dossiers/dossier-settings';
import { dossier, dossierEvent, dossierNominee } from '../modules/dossiers/dossiers.schema';
import { loadCalendar } from '../modules/dossiers/holidays';
import { applyDossierTransition } from '../modules/dossiers/transition-dossier';
import type { DemoUnits } from './demo';

/*
 * Nomination dossiers for the 2025 demo movement (5834/PĐTĐ-UBND), one or more in each early state, made
 * through the same use cases as the app (createDossierInTx, applyDossierTransition, appraiseNominee) so
 * verdicts, flags, timeline and audit rows are real. Timelines are then moved back in time relative to
 * the load so deadlines and processing times look lived-in (one dossier is overdue). Two dossiers wait in
 * `council` with eligible nominees for the council and decisions data; a few 2024 dossiers are decided
 * for the processing-time dashboard.
 */

const STAFF = 'noivu@tdkt.local';

async function actorFor(tx: Tx, email: string, unitId: string, roles: Role[]): Promise<Actor> {
  const { rows } = await tx.execute<{ path: string; name: string }>(
    sql`SELECT path, name FROM unit WHERE id = ${unitId}`,
  );
  return {
    userId: `demo:${email}`,
    name: email,
    email,
    unitId,
    unitName: rows[0]!.name,
    scopePath: rows[0]!.path,
    roles,
    sessionId: 'demo',
    mustChangePassword: false,
    twoFactorEnabled: false,
    twoFactorRequired: false,
    ip: '127.0.0.1',
  };
}

/** People of the unit rated at least "good" in 2024 and 2025, never disciplined: likely eligible. */
async function strongPeople(tx: Tx, unitId: string, limit: number): Promise<{ id: string; name: string }[]> {
  const { rows } = await tx.execute<{ id: string; full_name: string }>(sql`
    SELECT p.id, p.full_name FROM person p
     WHERE p.unit_id = ${unitId} AND p.status = 'active'
       AND NOT EXISTS (SELECT 1 FROM person_discipline d WHERE d.person_id = p.id)
       AND (SELECT count(*) FROM person_rating r WHERE r.person_id = p.id AND r.year IN (2024, 2025)
              AND r.rating IN ('good', 'excellent')) = 2
       AND p.recruited_on < '2024-06-01'
     ORDER BY p.full_name COLLATE "C", p.id LIMIT ${limit}`);
  return rows.map((r) => ({ id: r.id, name: r.full_name }));
}

const report = (name: string, what: string) =>
  `<h3>I. Sơ lược lý lịch, đặc điểm tình hình</h3><p>${name} công tác tại đơn vị từ nhiều năm, được giao nhiệm vụ chuyên môn theo vị trí việc làm.</p>` +
  `<h3>II. Thành tích đạt được</h3><ul><li>${what}</li><li>Tham gia tích cực phong trào thi đua năm 2025 của thành phố.</li></ul>` +
  '<h3>III. Các hình thức khen thưởng đã được ghi nhận</h3><p>Lao động tiên tiến năm 2024.</p>';

interface Plan {
  unit: string;
  title: string;
  award: string;
  track: 'regular' | 'thematic';
  people: number;
  /** Moves after creation, each with its actor side, and a reason where needed. */
  moves: { action: DossierAction; reason?: string }[];
  /** Working days between consecutive events, ending at the load day. */
  gaps: number[];
  attest?: boolean;
  year?: number;
  /** The last event's day (default: the load day). */
  endOn?: string;
}

const RETURN_REASON =
  'Đề nghị bổ sung biên bản họp bình xét có chữ ký của chủ trì và thư ký; ghi rõ số phiếu đồng ý.';

const PLANS: Plan[] = [
  {
    unit: 'P-TANPHONG',
    title: 'Đề nghị tặng Giấy khen của Chủ tịch UBND thành phố năm 2025 – Phường Tân Phong',
    award: 'giay-khen',
    track: 'regular',
    people: 3,
    moves: [],
    gaps: [],
  },
  {
    unit: 'P-DOANKET',
    title: 'Đề nghị tặng Giấy khen năm 2025 – Phường Đoàn Kết',
    award: 'giay-khen',
    track: 'regular',
    people: 2,
    moves: [{ action: 'submit' }],
    gaps: [3, 1],
  },
  {
    unit: 'P-QUYETTHANG',
    title: 'Đề nghị tặng Giấy khen của Chủ tịch UBND thành phố năm 2025 – Phường Quyết Thắng',
    award: 'giay-khen',
    track: 'regular',
    people: 3,
    moves: [
      { action: 'submit' },
      { action: 'receive' },
      { action: 'start-appraisal' },
      { action: 'return', reason: RETURN_REASON },
    ],
    gaps: [2, 4, 1, 1, 2],
  },
  {
    unit: 'P-QUYETTIEN',
    title: 'Đề nghị tặng Giấy khen của Chủ tịch UBND thành phố năm 2025 – Phường Quyết Tiến',
    award: 'giay-khen',
    track: 'regular',
    people: 3,
    moves: [{ action: 'submit' }, { action: 'receive' }, { action: 'start-appraisal' }],
    gaps: [2, 3, 1, 2],
  },
  {
    unit: 'X-NAMLOONG',
    title: 'Đề nghị tặng Giấy khen năm 2025 – Xã Nậm Loỏng',
    award: 'giay-khen',
    track: 'regular',
    people: 2,
    // Submitted and never received: past the 2-working-day deadline (the "Quá hạn" list).
    moves: [{ action: 'submit' }],
    gaps: [6, 2],
  },
  {
    unit: 'P-DONGPHONG',
    title: 'Đề nghị tặng Giấy khen của Chủ tịch UBND thành phố năm 2025 – Phường Đông Phong',
    award: 'giay-khen',
    track: 'regular',
    people: 3,
    moves: [
      { action: 'submit' },
      { action: 'receive' },
      { action: 'start-appraisal' },
      { action: 'send-to-council' },
    ],
    gaps: [2, 2, 1, 3, 1],
    attest: true,
  },
  {
    unit: 'X-SANTHANG',
    title: 'Đề nghị khen thưởng chuyên đề phong trào thi đua năm 2025 – Xã San Thàng',
    award: 'giay-khen',
    track: 'thematic',
    people: 2,
    moves: [
      { action: 'submit' },
      { action: 'receive' },
      { action: 'start-appraisal' },
      { action: 'send-to-council' },
    ],
    gaps: [2, 1, 1, 4, 1],
    attest: true,
  },
];

const FULL_PATH: Plan['moves'] = [
  { action: 'submit' },
  { action: 'receive' },
  { action: 'start-appraisal' },
  { action: 'send-to-council' },
  { action: 'publish-notice' },
  { action: 'decide' },
];

/** 2024 dossiers already decided (January 2025): the processing-time dashboard's history. */
const DECIDED_2024: Plan[] = [
  ['P-TANPHONG', [0, 1, 2, 4, 3, 5, 2], '2025-01-17'],
  ['P-DOANKET', [0, 2, 3, 6, 4, 5, 3], '2025-01-20'],
  ['X-SANTHANG', [0, 1, 1, 3, 2, 4, 2], '2025-01-22'],
  ['PNV', [0, 2, 2, 5, 3, 6, 4], '2025-02-14'],
].map(([unit, gaps, endOn]) => ({
  unit: unit as string,
  title: 'Đề nghị tặng Giấy khen năm 2024 – {unit}',
  award: 'giay-khen',
  track: 'regular' as const,
  people: 2,
  moves: FULL_PATH,
  gaps: gaps as number[],
  attest: true,
  year: 2024,
  endOn: endOn as string,
}));

/** Rewrite a dossier's timeline so its events are `gaps` working days apart, ending on `endOn` (today). */
async function backdate(tx: Tx, dossierId: string, gaps: number[], endOn?: string): Promise<void> {
  const events = await tx
    .select({ id: dossierEvent.id })
    .from(dossierEvent)
    .where(eq(dossierEvent.dossierId, dossierId))
    .orderBy(asc(dossierEvent.id));
  const calendar = await loadCalendar(tx);
  // Walk back from today: event k happens sum(gaps[k+1..]) working days before today.
  const today = endOn ?? vietnamDateOf(new Date());
  const total = gaps.slice(0, events.length).reduce((a, b) => a + b, 0);
  let day = subtractWorkingDays(today, total, calendar);
  const times: Date[] = [];
  for (const [k] of events.entries()) {
    day = k === 0 ? day : addWorkingDays(day, gaps[k] ?? 1, calendar);
    times.push(new Date(`${day}T${String(8 + k).padStart(2, '0')}:30:00+07:00`));
  }
  for (const [k, e] of events.entries()) {
    await tx.update(dossierEvent).set({ at: times[k]! }).where(eq(dossierEvent.id, e.id));
  }
  const [row] = await tx.select().from(dossier).where(eq(dossier.id, dossierId));
  const withStatus = await tx
    .select({ toStatus: dossierEvent.toStatus, at: dossierEvent.at, action: dossierEvent.action })
    .from(dossierEvent)
    .where(eq(dossierEvent.dossierId, dossierId))
    .orderBy(asc(dossierEvent.id));
  const last = withStatus.at(-1)!;
  const submitted = withStatus.find((e) => e.action === 'submit');
  const received = withStatus.find((e) => e.action === 'receive');
  await tx
    .update(dossier)
    .set({
      createdAt: times[0]!,
      updatedAt: last.at,
      submittedAt: submitted?.at ?? null,
      receivedAt: received?.at ?? null,
      decidedAt: row!.status === 'decided' ? last.at : null,
      closedAt: ['decided', 'rejected', 'withdrawn'].includes(row!.status) ? last.at : null,
      dueOn: dueDateFor(
        row!.status as never,
        vietnamDateOf(last.at),
        DEFAULT_DOSSIER_SETTINGS.deadlines,
        calendar,
      ),
      processingDays: measureProcessingTime(withStatus, calendar).days,
    })
    .where(eq(dossier.id, dossierId));
}

function subtractWorkingDays(from: string, n: number, calendar: HolidayCalendar): string {
  let ms = Date.parse(`${from}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    ms -= 86_400_000;
    if (isWorkingDay(new Date(ms).toISOString().slice(0, 10), calendar)) left -= 1;
  }
  return new Date(ms).toISOString().slice(0, 10);
}

/** Load the demo dossiers; call after the units, people and the demo movement. Returns titles by state. */
export async function loadDemoDossiers(tx: Tx, units: DemoUnits): Promise<void> {
  const [m] = await tx
    .select({ id: movement.id })
    .from(movement)
    .where(eq(movement.docNumber, '5834/PĐTĐ-UBND'));
  const staff = await actorFor(tx, STAFF, units['UBND-TP']!, ['staff']);
  for (const plan of [...DECIDED_2024, ...PLANS]) {
    const unitId = units[plan.unit];
    if (!unitId) throw new Error(`demo dossiers: unknown unit ${plan.unit}`);
    const clerk = await actorFor(
      tx,
      `vanthu.${plan.unit.toLowerCase().replace(/^[px]-/, '')}@tdkt.local`,
      unitId,
      ['unitClerk'],
    );
    const head = await actorFor(
      tx,
      `truong.${plan.unit.toLowerCase().replace(/^[px]-/, '')}@tdkt.local`,
      unitId,
      ['unitHead'],
    );
    const people = await strongPeople(tx, unitId, plan.people);
    // A unit without a likely candidate gets no dossier rather than an incomplete one.
    if (people.length === 0) continue;
    const id = await createDossierInTx(tx, clerk, {
      unitId,
      track: plan.track,
      awardCode: plan.award,
      year: plan.year ?? 2025,
      movementId: plan.track === 'thematic' || (plan.year ?? 2025) === 2025 ? (m?.id ?? null) : null,
      title: plan.title.replace('{unit}', clerk.unitName ?? ''),
      coverLetter:
        `Căn cứ Luật Thi đua, khen thưởng năm 2022 và Kế hoạch phát động thi đua số 5834/PĐTĐ-UBND ngày 31/12/2024 ` +
        `của UBND thành phố Lai Châu, đơn vị kính đề nghị xét tặng cho ${people.length} cá nhân có thành tích xuất sắc.`,
      meetingHeldOn: '2025-12-12',
      meetingMinutes:
        'Hội nghị bình xét thi đua, khen thưởng năm 2025 của đơn vị họp ngày 12/12/2025, chủ trì: Thủ trưởng đơn vị; ' +
        'thư ký: cán bộ văn phòng. Hội nghị thống nhất đề nghị danh sách kèm theo.',
      votersTotal: 15,
      votersPresent: 14,
      votersAgree: 13,
      nominees: people.map((p) => ({
        kind: 'individual' as const,
        personId: p.id,
        achievementSummary:
          'Hoàn thành tốt nhiệm vụ được giao; tích cực tham gia phong trào thi đua năm 2025.',
        achievementReportHtml: report(
          p.name,
          'Hoàn thành tốt nhiệm vụ chuyên môn, bảo đảm tiến độ và chất lượng.',
        ),
        initiativeIds: [],
        basisGrantIds: [],
      })),
    });
    for (const move of plan.moves) {
      const actor = move.action === 'submit' || move.action === 'resubmit' ? head : staff;
      const current = await tx.select({ version: dossier.version }).from(dossier).where(eq(dossier.id, id));
      await applyDossierTransition(tx, actor, {
        dossierId: id,
        action: move.action,
        reason: move.reason,
        expectedVersion: current[0]!.version,
      });
      if (plan.attest && move.action === 'start-appraisal') await attestAll(tx, staff, id);
    }
    await backdate(tx, id, plan.gaps.length ? plan.gaps : [1], plan.endOn);
  }
}

/** The appraiser confirms every criterion only a person can judge (demo council dossiers). */
export async function attestAll(tx: Tx, staff: Actor, dossierId: string): Promise<void> {
  const nominees = await tx.select().from(dossierNominee).where(eq(dossierNominee.dossierId, dossierId));
  for (const n of nominees) {
    const verdict = n.appraisalVerdict as { criteria?: { id: string; ok: boolean | null }[] } | null;
    const open = (verdict?.criteria ?? []).filter((c) => c.ok === null).map((c) => c.id);
    if (open.length === 0) continue;
    const [d] = await tx.select({ version: dossier.version }).from(dossier).where(eq(dossier.id, dossierId));
    await appraiseNominee(tx, staff, dossierId, n.id, {
      version: d!.version,
      attestations: Object.fromEntries(open.map((id) => [id, true])),
    });
  }
}
