import { eq, sql } from 'drizzle-orm';
import { DEFAULT_LEGAL_BASES } from '../../domain/decisions/decision-number';
import type { Role } from '../../shared/codes';
import type { DossierAction } from '../../shared/dossier-codes';
import type { Tx } from '../db/client';
import { movement } from '../db/schema';
import type { Actor } from '../modules/auth/actor';
import { decision } from '../modules/decisions/decisions.schema';
import { issueDecision } from '../modules/decisions/issue-decision';
import { createDecision } from '../modules/decisions/save-decision';
import { createDossierInTx } from '../modules/dossiers/create-dossier';
import { dossier } from '../modules/dossiers/dossiers.schema';
import { applyDossierTransition } from '../modules/dossiers/transition-dossier';
import type { DemoUnits } from './demo';
import { attestAll } from './demo-dossiers';

/*
 * Award decisions for the 2025 demo movement, made through the app's own use cases: dossiers go from
 * draft to public notice (createDossierInTx, applyDossierTransition), the office drafts, the chairman
 * issues (numbers, registry entries with golden-book numbers, decided dossiers, kept .docx). Two are
 * issued, one draft waits for the chairman's signature, and one dossier waits for a draft, so every
 * step can be tried in the browser. People are taken past the first ten of each unit, so they do not
 * collide with the dossiers helper's demo nominees.
 */

const TO_NOTICE: DossierAction[] = [
  'submit',
  'receive',
  'start-appraisal',
  'send-to-council',
  'publish-notice',
];

interface Plan {
  unit: string;
  award: string;
  title: string;
  people: number;
  /** 'issued' on this date, 'draft' (planned date), or 'ready' (no decision yet). */
  outcome: { kind: 'issued'; on: string } | { kind: 'draft'; on: string } | { kind: 'ready' };
}

const PLANS: Plan[] = [
  {
    unit: 'P-TANPHONG',
    award: 'lao-dong-tien-tien',
    title: 'Đề nghị tặng danh hiệu “Lao động tiên tiến” năm 2025 (đợt 2) – Phường Tân Phong',
    people: 4,
    outcome: { kind: 'issued', on: '2025-12-26' },
  },
  {
    unit: 'P-DOANKET',
    award: 'giay-khen',
    title: 'Đề nghị tặng Giấy khen năm 2025 (đợt 2) – Phường Đoàn Kết',
    people: 3,
    outcome: { kind: 'issued', on: '2026-01-08' },
  },
  {
    unit: 'X-SANTHANG',
    award: 'lao-dong-tien-tien',
    title: 'Đề nghị tặng danh hiệu “Lao động tiên tiến” năm 2025 (đợt 2) – Xã San Thàng',
    people: 3,
    outcome: { kind: 'draft', on: '2026-01-15' },
  },
  {
    unit: 'P-QUYETTIEN',
    award: 'lao-dong-tien-tien',
    title: 'Đề nghị tặng danh hiệu “Lao động tiên tiến” năm 2025 (đợt 2) – Phường Quyết Tiến',
    people: 2,
    outcome: { kind: 'ready' },
  },
];

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

/** Good performers of the unit, past the first ten by name (those are the dossiers demo's). */
async function peopleOf(tx: Tx, unitId: string, limit: number) {
  const { rows } = await tx.execute<{ id: string; full_name: string }>(sql`
    SELECT p.id, p.full_name FROM person p
     WHERE p.unit_id = ${unitId} AND p.status = 'active'
       AND NOT EXISTS (SELECT 1 FROM person_discipline d WHERE d.person_id = p.id)
       AND (SELECT count(*) FROM person_rating r WHERE r.person_id = p.id AND r.year IN (2024, 2025)
              AND r.rating IN ('good', 'excellent')) = 2
       AND p.recruited_on < '2024-06-01'
     ORDER BY p.full_name COLLATE "C", p.id OFFSET 10 LIMIT ${limit}`);
  return rows;
}

/** A dossier of the unit taken through the workflow up to public notice; returns its id. */
async function dossierInNotice(tx: Tx, plan: Plan, unitId: string, staff: Actor, movementId: string | null) {
  const slug = plan.unit.toLowerCase().replace(/^[px]-/, '');
  const clerk = await actorFor(tx, `vanthu.${slug}@tdkt.local`, unitId, ['unitClerk']);
  const head = await actorFor(tx, `truong.${slug}@tdkt.local`, unitId, ['unitHead']);
  const people = await peopleOf(tx, unitId, plan.people);
  if (people.length === 0) return null;
  const id = await createDossierInTx(tx, clerk, {
    unitId,
    track: 'regular',
    awardCode: plan.award,
    year: 2025,
    movementId,
    title: plan.title,
    coverLetter: `Đơn vị kính đề nghị xét tặng cho ${people.length} cá nhân có thành tích trong phong trào thi đua năm 2025.`,
    meetingHeldOn: '2025-12-10',
    meetingMinutes:
      'Hội nghị bình xét thi đua, khen thưởng năm 2025 của đơn vị thống nhất đề nghị danh sách kèm theo.',
    votersTotal: 12,
    votersPresent: 12,
    votersAgree: 11,
    nominees: people.map((p) => ({
      kind: 'individual' as const,
      personId: p.id,
      achievementSummary: 'Hoàn thành tốt nhiệm vụ được giao; tích cực tham gia phong trào thi đua năm 2025.',
      achievementReportHtml: `<h3>II. Thành tích đạt được</h3><p>${p.full_name} hoàn thành tốt nhiệm vụ chuyên môn năm 2025.</p>`,
      initiativeIds: [],
      basisGrantIds: [],
    })),
  });
  for (const action of TO_NOTICE) {
    const [current] = await tx.select({ version: dossier.version }).from(dossier).where(eq(dossier.id, id));
    const actor = action === 'submit' ? head : staff;
    await applyDossierTransition(tx, actor, { dossierId: id, action, expectedVersion: current!.version });
    // The appraiser confirms what only a person can judge before the dossier goes to the council.
    if (action === 'start-appraisal') await attestAll(tx, staff, id);
  }
  return id;
}

/** Load the demo decisions; call after the units, people, movement and dossiers. */
export async function loadDemoDecisions(tx: Tx, units: DemoUnits): Promise<void> {
  const root = units['UBND-TP']!;
  const staff = await actorFor(tx, 'noivu@tdkt.local', root, ['staff']);
  const chairman = await actorFor(tx, 'chutich@tdkt.local', root, ['chairman']);
  const [m] = await tx
    .select({ id: movement.id })
    .from(movement)
    .where(eq(movement.docNumber, '5834/PĐTĐ-UBND'));
  // The city issued decisions before the system: its counters continue from there.
  await tx.execute(sql`INSERT INTO number_sequence (issuer_unit_id, kind, year, next_value)
    VALUES (${root}, 'decision', 2025, 1246), (${root}, 'decision', 2026, 17), (${root}, 'golden-book', 0, 356)
    ON CONFLICT DO NOTHING`);
  for (const plan of PLANS) {
    const unitId = units[plan.unit];
    if (!unitId) throw new Error(`demo decisions: unknown unit ${plan.unit}`);
    const dossierId = await dossierInNotice(tx, plan, unitId, staff, m?.id ?? null);
    if (!dossierId || plan.outcome.kind === 'ready') continue;
    const id = await createDecision(tx, staff, {
      issuerUnitId: root,
      issuerName: 'ỦY BAN NHÂN DÂN THÀNH PHỐ LAI CHÂU',
      symbol: 'QĐ-UBND',
      place: 'Lai Châu',
      decisionDate: plan.outcome.on,
      legalBases: [...DEFAULT_LEGAL_BASES],
      proposedBy: 'Theo đề nghị của Trưởng phòng Nội vụ thành phố',
      signerAuthority: '',
      signerPosition: 'CHỦ TỊCH',
      signerName: 'Đặng Quốc Huy',
      recipients: ['Như Điều 3', 'Lưu: VT, NV'],
      authorityLevel: 'commune',
      dossierIds: [dossierId],
    });
    if (plan.outcome.kind === 'issued') {
      const [d] = await tx.select({ version: decision.version }).from(decision).where(eq(decision.id, id));
      await issueDecision(tx, chairman, id, { version: d!.version, decisionDate: plan.outcome.on });
      // Demo history: signed on its date, in the morning in Việt Nam.
      await tx.execute(sql`UPDATE decision SET issued_at = (decision_date + time '09:30') AT TIME ZONE 'Asia/Ho_Chi_Minh'
                            WHERE id = ${id}`);
    }
  }
}
