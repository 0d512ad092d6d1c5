import { type SQL, sql } from 'drizzle-orm';
import { latestEndedPeriod } from '../../../domain/dashboard/latest-ended-period';
import { vietnamDateOf } from '../../../domain/dossiers/working-days';
import type { DashboardHeadline, DashboardTask } from '../../../shared/api/dashboard';
import type { DbOrTx } from '../../db/client';
import { type Actor, can } from '../auth/actor';
import { dossierVisibleSql } from '../dossiers/dossiers.policy';
import { OVERDUE_STATES_SQL } from '../dossiers/dossiers.queries';
import { processingDashboard } from '../dossiers/processing-dashboard';

/** One aggregated task row: how many, the nearest deadline, and the single record when there is one. */
interface TaskRow {
  n: number;
  due: string | null;
  /** The only target (e.g. the movement or dossier id) when every counted record shares it, else null. */
  only: string | null;
  only2: string | null;
  detail: string | null;
}

interface TaskSpec {
  key: string;
  label: string;
  /** The list page; `single` builds the page of the one record when the count points at one. */
  link: string;
  single?: (only: string, only2: string | null) => string;
  query: SQL;
}

/**
 * "Việc cần làm": for each of the actor's roles, what waits for them in their unit subtree, with the
 * same scope rules as the modules (unit.path LIKE the actor's path; dossier drafts only for the own unit;
 * council votes read from the vote markers, never the ballots). Only non-empty items are returned.
 */
export async function dashboardTasks(db: DbOrTx, actor: Actor, now = new Date()): Promise<DashboardTask[]> {
  const today = vietnamDateOf(now);
  const scope = `${actor.scopePath}%`;
  const roles = new Set(actor.roles);
  const unitSide = roles.has('unitClerk') || roles.has('unitHead');
  const isHead = roles.has('unitHead');
  const office = roles.has('staff');
  const specs: TaskSpec[] = [];
  const pledgeDeadline = sql`(SELECT max(ms.due_on)::text FROM movement_milestone ms
                               WHERE ms.movement_id = m.id AND ms.kind = 'pledge-deadline')`;

  if (unitSide) {
    specs.push({
      key: 'pledge-missing',
      label: 'Phong trào đã phát động, đơn vị chưa đăng ký thi đua',
      link: '/movements',
      single: (id) => `/movements/${id}/pledges`,
      query: sql`
        SELECT count(*)::int AS n, min(${pledgeDeadline}) AS due,
               CASE WHEN count(DISTINCT m.id) = 1 THEN min(m.id::text) END AS only
          FROM movement m JOIN movement_participant mp ON mp.movement_id = m.id
          JOIN unit u ON u.id = mp.unit_id
         WHERE m.status = 'launched' AND u.path LIKE ${scope}
           AND NOT EXISTS (SELECT 1 FROM pledge p WHERE p.movement_id = m.id AND p.unit_id = mp.unit_id)`,
    });
    specs.push({
      key: 'pledge-draft',
      label: isHead ? 'Bản đăng ký thi đua chờ đồng chí trình' : 'Bản đăng ký thi đua đang soạn, chưa trình',
      link: '/movements',
      single: (id) => `/movements/${id}/pledges`,
      query: sql`
        SELECT count(*)::int AS n, min(${pledgeDeadline}) AS due,
               CASE WHEN count(DISTINCT m.id) = 1 THEN min(m.id::text) END AS only
          FROM pledge p JOIN movement m ON m.id = p.movement_id JOIN unit u ON u.id = p.unit_id
         WHERE p.status = 'draft' AND m.status = 'launched' AND u.path LIKE ${scope}`,
    });
    specs.push({
      key: 'pledge-returned',
      label: 'Bản đăng ký thi đua bị trả lại, cần sửa',
      link: '/movements',
      single: (id) => `/movements/${id}/pledges`,
      query: sql`
        SELECT count(*)::int AS n, min(${pledgeDeadline}) AS due,
               CASE WHEN count(DISTINCT m.id) = 1 THEN min(m.id::text) END AS only,
               (array_agg(p.return_reason ORDER BY p.decided_at DESC NULLS LAST))[1] AS detail
          FROM pledge p JOIN movement m ON m.id = p.movement_id JOIN unit u ON u.id = p.unit_id
         WHERE p.status = 'returned' AND m.status = 'launched' AND u.path LIKE ${scope}`,
    });
    const periods = {
      year: latestEndedPeriod('year', today),
      quarter: latestEndedPeriod('quarter', today),
      month: latestEndedPeriod('month', today),
    };
    specs.push({
      key: 'target-unreported',
      label: `Chỉ tiêu chưa báo cáo kết quả kỳ vừa kết thúc (${periods.quarter}, ${periods.month}, năm ${periods.year})`,
      link: '/movements',
      single: (id) => `/movements/${id}/targets`,
      query: sql`
        SELECT count(*)::int AS n, NULL AS due,
               CASE WHEN count(DISTINCT m.id) = 1 THEN min(m.id::text) END AS only
          FROM unit_target ut JOIN movement_indicator i ON i.id = ut.indicator_id
          JOIN movement m ON m.id = ut.movement_id JOIN unit u ON u.id = ut.unit_id
          CROSS JOIN LATERAL (SELECT CASE i.period_kind WHEN 'year' THEN ${periods.year}
                                   WHEN 'quarter' THEN ${periods.quarter} ELSE ${periods.month} END AS period) pr
         WHERE m.status = 'launched' AND u.path LIKE ${scope}
           AND left(pr.period, 4)::int = m.year
           AND NOT EXISTS (SELECT 1 FROM target_report r
                            WHERE r.indicator_id = ut.indicator_id AND r.unit_id = ut.unit_id AND r.period = pr.period)`,
    });
    specs.push({
      key: 'dossier-returned',
      label: isHead ? 'Hồ sơ bị trả lại để bổ sung, chờ bổ sung và trình lại' : 'Hồ sơ bị trả lại để bổ sung',
      link: '/dossiers',
      single: (id) => `/dossiers/${id}`,
      query: sql`
        SELECT count(*)::int AS n, min(d.due_on)::text AS due,
               CASE WHEN count(*) = 1 THEN min(d.id::text) END AS only,
               (array_agg(d.last_reason ORDER BY d.updated_at DESC))[1] AS detail
          FROM dossier d JOIN unit u ON u.id = d.unit_id
         WHERE d.status = 'returned' AND u.path LIKE ${scope}`,
    });
    specs.push({
      key: 'dossier-draft',
      label: isHead ? 'Hồ sơ đề nghị khen thưởng chờ đồng chí trình' : 'Hồ sơ đề nghị khen thưởng đang soạn',
      link: '/dossiers',
      single: (id) => `/dossiers/${id}`,
      query: sql`
        SELECT count(*)::int AS n, NULL AS due, CASE WHEN count(*) = 1 THEN min(d.id::text) END AS only
          FROM dossier d WHERE d.status = 'draft' AND d.unit_id = ${actor.unitId}`,
    });
    specs.push({
      key: 'block-self-assessment',
      label: 'Bảng điểm thi đua khối cần tự chấm hoặc giải trình',
      link: '/blocks',
      single: (id, unitId) => (unitId ? `/blocks/${id}/assessments/${unitId}` : `/blocks/${id}`),
      query: sql`
        SELECT count(*)::int AS n,
               min(CASE a.status WHEN 'self-assessment' THEN r.self_due_on ELSE r.explanation_due_on END)::text AS due,
               CASE WHEN count(*) = 1 THEN min(r.block_id::text) END AS only,
               CASE WHEN count(*) = 1 THEN min(a.unit_id::text) END AS only2
          FROM unit_assessment a JOIN assessment_round r ON r.id = a.round_id JOIN unit u ON u.id = a.unit_id
         WHERE r.status = 'open' AND a.status IN ('self-assessment', 'explanation') AND u.path LIKE ${scope}`,
    });
    specs.push({
      key: 'block-review',
      label: 'Bảng điểm của đơn vị trong khối chờ đơn vị mình chấm chéo',
      link: '/blocks',
      single: (id, unitId) => (unitId ? `/blocks/${id}/assessments/${unitId}` : `/blocks/${id}`),
      query: sql`
        SELECT count(*)::int AS n, min(r.review_due_on)::text AS due,
               CASE WHEN count(*) = 1 THEN min(r.block_id::text) END AS only,
               CASE WHEN count(*) = 1 THEN min(a.unit_id::text) END AS only2
          FROM unit_assessment a JOIN assessment_round r ON r.id = a.round_id JOIN unit u ON u.id = a.reviewer_unit_id
         WHERE r.status = 'open' AND a.status = 'block-review' AND u.path LIKE ${scope}`,
    });
  }

  if (office) {
    specs.push({
      key: 'pledge-submitted',
      label: 'Bản đăng ký thi đua chờ tiếp nhận (chấp thuận hoặc trả lại)',
      link: '/movements',
      single: (id) => `/movements/${id}/pledges`,
      query: sql`
        SELECT count(*)::int AS n, NULL AS due,
               CASE WHEN count(DISTINCT m.id) = 1 THEN min(m.id::text) END AS only
          FROM pledge p JOIN movement m ON m.id = p.movement_id JOIN unit u ON u.id = m.unit_id
         WHERE p.status = 'submitted' AND u.path LIKE ${scope}`,
    });
    specs.push({
      key: 'dossier-to-receive',
      label: 'Hồ sơ mới gửi đến, chờ tiếp nhận',
      link: '/dossiers',
      single: (id) => `/dossiers/${id}`,
      query: sql`
        SELECT count(*)::int AS n, min(d.due_on)::text AS due, CASE WHEN count(*) = 1 THEN min(d.id::text) END AS only
          FROM dossier d JOIN unit u ON u.id = d.unit_id
         WHERE d.status IN ('submitted', 'resubmitted') AND ${dossierVisibleSql(actor)}`,
    });
    specs.push({
      key: 'dossier-to-appraise',
      label: 'Hồ sơ đang chờ thẩm định',
      link: '/dossiers',
      single: (id) => `/dossiers/${id}`,
      query: sql`
        SELECT count(*)::int AS n, min(d.due_on)::text AS due, CASE WHEN count(*) = 1 THEN min(d.id::text) END AS only
          FROM dossier d JOIN unit u ON u.id = d.unit_id
         WHERE d.status IN ('received', 'appraisal') AND ${dossierVisibleSql(actor)}`,
    });
    specs.push({
      key: 'dossier-overdue',
      label: 'Hồ sơ quá hạn xử lý',
      link: '/dossiers/overdue',
      query: sql`
        SELECT count(*)::int AS n, min(d.due_on)::text AS due
          FROM dossier d JOIN unit u ON u.id = d.unit_id
         WHERE d.status IN ${OVERDUE_STATES_SQL} AND d.due_on < ${today}::date AND ${dossierVisibleSql(actor)}`,
    });
    specs.push({
      key: 'comment-pending',
      label: 'Ý kiến của nhân dân chờ duyệt',
      link: '/public-notices',
      query: sql`
        SELECT count(*)::int AS n, min(pn.ends_on)::text AS due
          FROM public_comment c JOIN public_notice pn ON pn.id = c.notice_id JOIN unit u ON u.id = pn.unit_id
         WHERE c.status = 'pending' AND u.path LIKE ${scope}`,
    });
    specs.push({
      key: 'session-to-close',
      label: 'Phiên họp Hội đồng đã kiểm phiếu, chờ kết thúc',
      link: '/council',
      single: (id) => `/council/sessions/${id}`,
      query: sql`
        SELECT count(*)::int AS n, NULL AS due, CASE WHEN count(*) = 1 THEN min(s.id::text) END AS only
          FROM council_session s JOIN unit u ON u.id = s.unit_id
         WHERE s.status = 'tallied' AND u.path LIKE ${scope}`,
    });
    specs.push({
      key: 'decision-draft',
      label: 'Dự thảo quyết định khen thưởng chưa ban hành',
      link: '/decisions',
      single: (id) => `/decisions/${id}`,
      query: sql`
        SELECT count(*)::int AS n, NULL AS due, CASE WHEN count(*) = 1 THEN min(d.id::text) END AS only
          FROM decision d JOIN unit u ON u.id = d.issuer_unit_id
         WHERE d.status = 'draft' AND u.path LIKE ${scope}`,
    });
  }

  if (can(actor, 'council.vote')) {
    // Sessions open now where the user is a frozen member and has not voted on every nominee they may
    // vote on (conflict of interest: the own unit's dossiers and their own nomination are left out).
    specs.push({
      key: 'council-vote',
      label: 'Phiên họp Hội đồng đang mở, đồng chí chưa bỏ phiếu',
      link: '/council',
      single: (id) => `/council/sessions/${id}`,
      query: sql`
        SELECT count(*)::int AS n, min(s.held_on)::text AS due,
               CASE WHEN count(*) = 1 THEN min(s.id::text) END AS only
          FROM council_session s JOIN council_session_member sm ON sm.session_id = s.id AND sm.user_id = ${actor.userId}
         WHERE s.status = 'open' AND EXISTS (
           SELECT 1 FROM council_session_dossier sd JOIN dossier d ON d.id = sd.dossier_id
             JOIN dossier_nominee n ON n.dossier_id = d.id
            WHERE sd.session_id = s.id
              AND NOT (sm.person_id IS NOT NULL AND n.person_id IS NOT DISTINCT FROM sm.person_id)
              AND NOT (sm.unit_id IS NOT NULL AND d.unit_id = sm.unit_id)
              AND NOT (sm.unit_id IS NOT NULL AND n.person_id IS NULL AND n.unit_id IS NOT DISTINCT FROM sm.unit_id)
              AND NOT EXISTS (SELECT 1 FROM council_vote_marker vm
                               WHERE vm.session_id = s.id AND vm.nominee_id = n.id AND vm.user_id = ${actor.userId}))`,
    });
  }

  if (can(actor, 'decision.issue')) {
    specs.push({
      key: 'decision-to-sign',
      label: 'Quyết định khen thưởng chờ đồng chí ký ban hành',
      link: '/decisions',
      single: (id) => `/decisions/${id}`,
      query: sql`
        SELECT count(*)::int AS n, min(d.decision_date)::text AS due,
               CASE WHEN count(*) = 1 THEN min(d.id::text) END AS only
          FROM decision d JOIN unit u ON u.id = d.issuer_unit_id
         WHERE d.status = 'draft' AND u.path LIKE ${scope}`,
    });
  }

  if (roles.has('admin')) {
    specs.push({
      key: 'account-locked',
      label: 'Tài khoản đang bị khóa tạm thời do đăng nhập sai nhiều lần',
      link: '/accounts',
      query: sql`
        SELECT count(*)::int AS n, NULL AS due
          FROM "user" a JOIN unit u ON u.id = a.unit_id
         WHERE a.locked_until > now() AND NOT a.disabled AND u.path LIKE ${scope}`,
    });
  }

  const rows = await Promise.all(
    specs.map(async (spec) => (await db.execute<TaskRow & Record<string, unknown>>(spec.query)).rows[0]),
  );
  const tasks: DashboardTask[] = [];
  specs.forEach((spec, i) => {
    const row = rows[i];
    const count = Number(row?.n ?? 0);
    if (!row || count === 0) return;
    const due = row.due ? String(row.due).slice(0, 10) : null;
    tasks.push({
      key: spec.key,
      label: spec.label,
      count,
      link: row.only && spec.single ? spec.single(row.only, row.only2 ?? null) : spec.link,
      detail: row.detail ?? null,
      dueOn: due,
      overdue: due !== null && due < today,
    });
  });
  return tasks;
}

/** The office's headline cards (staff, chairman, admin): the rest of the roles get null. */
export async function dashboardHeadline(
  db: DbOrTx,
  actor: Actor,
  now = new Date(),
): Promise<DashboardHeadline | null> {
  if (!can(actor, 'dossier.dashboard')) return null;
  const year = Number(vietnamDateOf(now).slice(0, 4));
  const scope = `${actor.scopePath}%`;
  const [processing, counts] = await Promise.all([
    processingDashboard(db, actor),
    db.execute<{ movements: number; awards: number }>(sql`
      SELECT (SELECT count(*)::int FROM movement m JOIN unit u ON u.id = m.unit_id
               WHERE m.status = 'launched' AND u.path LIKE ${scope}) AS movements,
             (SELECT count(*)::int FROM award_grant g JOIN unit u ON u.id = g.unit_id
               WHERE g.status = 'valid' AND g.year = ${year} AND u.path LIKE ${scope}) AS awards`),
  ]);
  const c = counts.rows[0];
  return {
    year,
    activeMovements: Number(c?.movements ?? 0),
    dossiersInProgress: processing.openCount,
    averageDays: processing.averageDays,
    baselineDays: processing.baselineDays,
    targetDays: processing.targetDays,
    reductionPercent: processing.reductionPercent,
    reductionAchieved: processing.reductionAchieved,
    awardsThisYear: Number(c?.awards ?? 0),
  };
}
