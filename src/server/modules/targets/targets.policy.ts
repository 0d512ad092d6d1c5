import { and, eq, sql } from 'drizzle-orm';
import { isInScope } from '../../../domain/access/permissions';
import { isPeriodOf, periodStart } from '../../../domain/targets/periods';
import { todayInVietnamIso } from '../../../shared/api/initiatives';
import type { PeriodKind } from '../../../shared/api/targets';
import { periodLabel } from '../../../shared/api/targets';
import type { DbOrTx } from '../../db/client';
import { movementTask } from '../../db/schema';
import { AppError, badRequest, notFound } from '../../http/app-error';
import type { Actor } from '../auth/actor';
import { movementIndicator } from './targets.schema';

export type IndicatorRow = typeof movementIndicator.$inferSelect;

/** Indicators and planned values change while the movement is a draft or runs; a closed one answers 400. */
export function assertMovementOpen(status: string): void {
  if (status === 'closed') {
    throw badRequest('Phong trào đã kết thúc nên không thể thay đổi chỉ tiêu.', [
      { path: 'movementId', message: 'Phong trào đã kết thúc' },
    ]);
  }
}

/** The indicator of this movement, locked; another movement's (or a missing one) answers 404. */
export async function lockIndicator(tx: DbOrTx, movementId: string, indicatorId: string) {
  const [row] = await tx
    .select()
    .from(movementIndicator)
    .where(and(eq(movementIndicator.id, indicatorId), eq(movementIndicator.movementId, movementId)))
    .for('update');
  if (!row) throw notFound('Chỉ tiêu');
  return row;
}

/** The field must be one of the movement's; a key task must be the movement's and of the same field. */
export async function assertFieldAndTask(
  tx: DbOrTx,
  movement: { id: string; fields: string[] },
  field: string,
  taskId: string | null | undefined,
): Promise<void> {
  if (movement.fields.length > 0 && !movement.fields.includes(field)) {
    throw badRequest('Lĩnh vực của chỉ tiêu phải là một trong các lĩnh vực của phong trào.', [
      { path: 'field', message: 'Không thuộc các lĩnh vực của phong trào' },
    ]);
  }
  if (!taskId) return;
  const [task] = await tx
    .select({ field: movementTask.field })
    .from(movementTask)
    .where(and(eq(movementTask.id, taskId), eq(movementTask.movementId, movement.id)));
  if (!task) {
    throw badRequest('Nhiệm vụ trọng tâm không thuộc phong trào này.', [
      { path: 'taskId', message: 'Không tìm thấy nhiệm vụ' },
    ]);
  }
  if (task.field && task.field !== field) {
    throw badRequest('Chỉ tiêu phải cùng lĩnh vực với nhiệm vụ trọng tâm mà nó đo lường.', [
      { path: 'field', message: 'Khác lĩnh vực của nhiệm vụ đã chọn' },
    ]);
  }
}

/** Participating units of the movement among the ids, with their paths (absent ones are not returned). */
export async function participantsAmong(
  db: DbOrTx,
  movementId: string,
  unitIds: readonly string[],
): Promise<Map<string, { name: string; path: string }>> {
  if (unitIds.length === 0) return new Map();
  const { rows } = await db.execute<{ id: string; name: string; path: string }>(sql`
    SELECT u.id, u.name, u.path FROM movement_participant mp JOIN unit u ON u.id = mp.unit_id
     WHERE mp.movement_id = ${movementId} AND u.id IN (${sql.join(
       unitIds.map((id) => sql`${id}`),
       sql`, `,
     )})`);
  return new Map(rows.map((r) => [r.id, { name: r.name, path: r.path }]));
}

export interface ReportPlace {
  movementId: string;
  movementStatus: string;
  year: number;
  unitId: string;
  unitName: string;
}

/**
 * A report is made for a launched (or closed) movement by a participating unit inside the actor's
 * subtree; anything else answers like a missing record (404), so a ward cannot report for another.
 */
export async function loadReportPlace(
  db: DbOrTx,
  actor: Actor,
  movementId: string,
  unitId: string,
): Promise<ReportPlace> {
  const { rows } = await db.execute<{ status: string; year: number; name: string; path: string }>(sql`
    SELECT m.status, m.year, u.name, u.path
      FROM movement m
      JOIN movement_participant mp ON mp.movement_id = m.id
      JOIN unit u ON u.id = mp.unit_id
     WHERE m.id = ${movementId} AND u.id = ${unitId} AND m.status <> 'draft'`);
  const row = rows[0];
  if (!row || !isInScope(actor.scopePath, row.path)) throw notFound('Chỉ tiêu của đơn vị');
  return { movementId, movementStatus: row.status, year: row.year, unitId, unitName: row.name };
}

/** Reports are taken while the movement runs: a closed one answers 400. */
export function assertReportingOpen(status: string): void {
  if (status !== 'launched') {
    throw badRequest('Phong trào đã kết thúc nên không thể báo cáo thêm kết quả.', [
      { path: 'movementId', message: 'Phong trào đã kết thúc' },
    ]);
  }
}

/** The period must be of the indicator's kind, in the movement's year, and already begun. */
export function periodProblem(kind: PeriodKind, period: string, year: number, today = todayInVietnamIso()) {
  if (!isPeriodOf(kind, period, year)) {
    const example = { year: `${year}`, quarter: `${year}-Q3`, month: `${year}-09` }[kind];
    return `Kỳ báo cáo phải là một ${kind === 'year' ? 'năm' : kind === 'quarter' ? 'quý' : 'tháng'} của năm ${year}, ví dụ ${example}`;
  }
  const start = periodStart(period);
  if (start && start > today) return `${periodLabel(period)} chưa bắt đầu nên chưa thể báo cáo`;
  return null;
}

export function assertPeriod(kind: PeriodKind, period: string, year: number): void {
  const problem = periodProblem(kind, period, year);
  if (problem) throw badRequest(`${problem}.`, [{ path: 'period', message: problem }]);
}

/** 409 naming who changed the record since the client loaded it. */
export function staleTarget(what: string, who: string): AppError {
  return new AppError(
    'CONFLICT',
    `${what} vừa được ${who} sửa. Dữ liệu mới đã được tải lại; vui lòng sửa lại nếu cần.`,
  );
}
