import { and, asc, eq, sql } from 'drizzle-orm';
import { calendarOf, type HolidayCalendar } from '../../../domain/dossiers/working-days';
import type { Holiday, HolidaySave } from '../../../shared/api/dossiers';
import type { DbOrTx } from '../../db/client';
import { AppError, notFound } from '../../http/app-error';
import { lastEditorOf } from '../audit/last-editor';
import { writeAudit } from '../audit/write-audit';
import { type Actor, auditContextOf } from '../auth/actor';
import { publicHoliday } from './dossiers.schema';

type HolidayRow = typeof publicHoliday.$inferSelect;

const present = (r: HolidayRow): Holiday => ({
  id: r.id,
  date: r.date,
  year: r.year,
  name: r.name,
  kind: r.kind as Holiday['kind'],
  isDefault: r.isDefault,
  note: r.note,
  version: r.version,
});

/** The whole calendar (a few dozen rows a year) for working-day arithmetic. */
export async function loadCalendar(db: DbOrTx): Promise<HolidayCalendar> {
  const rows = await db.select({ date: publicHoliday.date, kind: publicHoliday.kind }).from(publicHoliday);
  return calendarOf(rows);
}

export async function listHolidays(db: DbOrTx, year?: number): Promise<Holiday[]> {
  const rows = await db
    .select()
    .from(publicHoliday)
    .where(year ? eq(publicHoliday.year, year) : undefined)
    .orderBy(asc(publicHoliday.date));
  return rows.map(present);
}

const duplicateDate = (date: string) =>
  new AppError('CONFLICT', `Ngày ${date.split('-').reverse().join('/')} đã có trong lịch nghỉ.`, [
    { path: 'date', message: 'Ngày này đã có trong lịch' },
  ]);

/** Add (`id` null, version 0) or change a day of the calendar (administrators), audited. */
export async function saveHoliday(
  tx: DbOrTx,
  actor: Actor,
  id: string | null,
  input: HolidaySave,
): Promise<Holiday> {
  const year = Number(input.date.slice(0, 4));
  const values = { date: input.date, year, name: input.name, kind: input.kind, note: input.note ?? null };
  const [clash] = await tx
    .select({ id: publicHoliday.id })
    .from(publicHoliday)
    .where(and(eq(publicHoliday.date, input.date), id ? sql`${publicHoliday.id} <> ${id}` : undefined));
  if (clash) throw duplicateDate(input.date);
  let row: HolidayRow | undefined;
  let before: HolidayRow | undefined;
  if (id) {
    [before] = await tx.select().from(publicHoliday).where(eq(publicHoliday.id, id)).for('update');
    if (!before) throw notFound('Ngày nghỉ');
    if (before.version !== input.version) {
      throw new AppError(
        'CONFLICT',
        `Ngày nghỉ này vừa được ${await lastEditorOf(tx, 'public_holiday', id)} sửa.`,
      );
    }
    [row] = await tx
      .update(publicHoliday)
      .set({ ...values, isDefault: false, version: sql`${publicHoliday.version} + 1`, updatedAt: new Date() })
      .where(eq(publicHoliday.id, id))
      .returning();
  } else {
    [row] = await tx.insert(publicHoliday).values(values).onConflictDoNothing().returning();
    if (!row) throw duplicateDate(input.date);
  }
  await writeAudit(tx, auditContextOf(actor), {
    action: id ? 'holiday.update' : 'holiday.create',
    objectType: 'public_holiday',
    objectId: row!.id,
    before: before ? present(before) : undefined,
    after: present(row!),
  });
  return present(row!);
}

export async function deleteHoliday(tx: DbOrTx, actor: Actor, id: string): Promise<void> {
  const [row] = await tx.delete(publicHoliday).where(eq(publicHoliday.id, id)).returning();
  if (!row) throw notFound('Ngày nghỉ');
  await writeAudit(tx, auditContextOf(actor), {
    action: 'holiday.delete',
    objectType: 'public_holiday',
    objectId: id,
    before: present(row),
  });
}
