import type { DeadlineStep, DossierState } from '../../shared/dossier-codes';

/*
 * Working days in Việt Nam: Monday to Friday, minus public holidays and compensatory days off, plus the
 * Saturdays worked in exchange for a bridged day (the `public_holiday` table, editable per year).
 * Periods are counted the administrative way: from the day after the start, the start day not counted.
 */

export type IsoDate = string;

export interface HolidayCalendar {
  /** Days off that would otherwise be working days (and any holiday, whatever the weekday). */
  holidays: ReadonlySet<IsoDate>;
  /** Weekend days that are worked (làm bù). */
  workedWeekendDays: ReadonlySet<IsoDate>;
}

export function calendarOf(rows: readonly { date: IsoDate; kind: string }[]): HolidayCalendar {
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.date)),
    workedWeekendDays: new Set(rows.filter((r) => r.kind === 'working-day').map((r) => r.date)),
  };
}

export const EMPTY_CALENDAR: HolidayCalendar = calendarOf([]);

const DAY_MS = 86_400_000;
const toUtc = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  if (calendar.workedWeekendDays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The `n`-th working day after `start` (n ≥ 0; n = 0 gives `start`). */
export function addWorkingDays(start: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  let ms = toUtc(start);
  let left = Math.max(0, Math.floor(n));
  while (left > 0) {
    ms += DAY_MS;
    if (isWorkingDay(fromUtc(ms), calendar)) left -= 1;
  }
  return fromUtc(ms);
}

/** Working days d with from < d ≤ to (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  let count = 0;
  for (let ms = toUtc(from) + DAY_MS, end = toUtc(to); ms <= end; ms += DAY_MS) {
    if (isWorkingDay(fromUtc(ms), calendar)) count += 1;
  }
  return count;
}

/** The calendar day in Việt Nam (UTC+7, no daylight saving) of an instant. */
export function vietnamDateOf(instant: Date): IsoDate {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Default working days allowed for each step. The law fixes none of them at commune or ward level
 * (legal.md §4.4: set locally, UNVERIFIED), so they ship as configurable defaults named as such.
 */
export const DEFAULT_STEP_DEADLINES: Record<DeadlineStep, number> = {
  submitted: 2,
  resubmitted: 2,
  received: 3,
  appraisal: 10,
  returned: 10,
  council: 10,
  'public-notice': 15,
};

/** When a dossier entering `state` on `enteredOn` must have left it (null for states without a deadline). */
export function dueDateFor(
  state: DossierState,
  enteredOn: IsoDate,
  deadlines: Partial<Record<DeadlineStep, number>>,
  calendar: HolidayCalendar,
): IsoDate | null {
  const days = (deadlines as Partial<Record<DossierState, number>>)[state];
  return days === undefined || days <= 0 ? null : addWorkingDays(enteredOn, days, calendar);
}

const CLOCK_STARTS: readonly DossierState[] = ['submitted', 'resubmitted'];
const CLOCK_STOPS: readonly DossierState[] = ['returned', 'decided', 'rejected', 'withdrawn'];

export interface ProcessingTime {
  /** Working days the dossier spent at the office, without the time it sat returned at the unit. */
  days: number;
  /** Whether the clock is still running (not yet decided, rejected or withdrawn, and not returned). */
  running: boolean;
  /** Whether the dossier was decided (the figure is final). */
  decided: boolean;
}

/**
 * The measured processing time from a dossier's timeline: the clock runs from each submission or
 * resubmission until it is returned or closed; a running clock is measured up to `now`.
 */
export function measureProcessingTime(
  events: readonly { toStatus: string; at: Date }[],
  calendar: HolidayCalendar,
  now: Date = new Date(),
): ProcessingTime {
  let days = 0;
  let startedOn: IsoDate | null = null;
  let decided = false;
  for (const event of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const state = event.toStatus as DossierState;
    if (CLOCK_STARTS.includes(state) && startedOn === null) startedOn = vietnamDateOf(event.at);
    else if (CLOCK_STOPS.includes(state) && startedOn !== null) {
      days += workingDaysBetween(startedOn, vietnamDateOf(event.at), calendar);
      startedOn = null;
    }
    if (state === 'decided') decided = true;
  }
  const running = startedOn !== null;
  if (startedOn !== null) days += workingDaysBetween(startedOn, vietnamDateOf(now), calendar);
  return { days, running, decided };
}

/** The target after a reduction of `percent` (30% in the administrative reform programme) of `baseline`. */
export function reductionTarget(baseline: number, percent: number): number {
  return Math.round(baseline * (1 - percent / 100) * 10) / 10;
}
