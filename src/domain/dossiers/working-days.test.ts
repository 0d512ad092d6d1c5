import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarOf,
  dueDateFor,
  EMPTY_CALENDAR,
  isWorkingDay,
  measureProcessingTime,
  reductionTarget,
  vietnamDateOf,
  workingDaysBetween,
} from './working-days';

// The 2025 days off as seeded (Tết 27–31/01, Giỗ Tổ 07/04, 30/4–2/5 with Saturday 26/04 worked, 1–2/9).
const cal2025 = calendarOf([
  ...['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({
    date,
    kind: 'holiday',
  })),
  { date: '2025-04-07', kind: 'holiday' },
  { date: '2025-04-26', kind: 'working-day' },
  { date: '2025-04-30', kind: 'holiday' },
  { date: '2025-05-01', kind: 'holiday' },
  { date: '2025-05-02', kind: 'holiday' },
  { date: '2025-09-01', kind: 'holiday' },
  { date: '2025-09-02', kind: 'holiday' },
]);

describe('working days (Labour Code 2019 Art 112 and the yearly day-off announcements)', () => {
  it.each([
    ['2025-01-24', true, 'Friday before Tết'],
    ['2025-01-25', false, 'Saturday'],
    ['2025-01-29', false, 'mùng 1 Tết Ất Tỵ'],
    ['2025-02-03', true, 'first day back'],
    ['2025-04-26', true, 'Saturday worked in exchange for 02/05'],
    ['2025-05-02', false, 'bridged day'],
    ['2025-09-01', false, 'day next to Quốc khánh'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, cal2025)).toBe(expected);
  });

  it('10 working days from Thursday 23/01/2025 skip the weekend and the whole Tết holiday', () => {
    // 24/01, then 03–07/02 and 10–13/02.
    expect(addWorkingDays('2025-01-23', 10, cal2025)).toBe('2025-02-13');
    expect(addWorkingDays('2025-01-23', 10, EMPTY_CALENDAR)).toBe('2025-02-06');
  });

  it('counts the Saturday worked and skips the bridged days around 30/4', () => {
    // 25/04 Fri → 26/04 (worked Sat), 28, 29/04, then 05/05.
    expect(addWorkingDays('2025-04-24', 4, cal2025)).toBe('2025-04-29');
    expect(addWorkingDays('2025-04-24', 5, cal2025)).toBe('2025-05-05');
    expect(workingDaysBetween('2025-04-24', '2025-05-05', cal2025)).toBe(5);
  });

  it('the start day is not counted and n = 0 is the start', () => {
    expect(workingDaysBetween('2025-03-03', '2025-03-03', cal2025)).toBe(0);
    expect(workingDaysBetween('2025-03-05', '2025-03-03', cal2025)).toBe(0);
    expect(addWorkingDays('2025-03-03', 0, cal2025)).toBe('2025-03-03');
  });

  it('addWorkingDays and workingDaysBetween agree for every start and length in 2025', () => {
    for (let d = 0; d < 365; d += 7) {
      const start = new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
      for (const n of [1, 3, 10, 20]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n, cal2025), cal2025)).toBe(n);
      }
    }
  });

  it('dates are taken in Việt Nam time', () => {
    expect(vietnamDateOf(new Date('2025-03-03T17:30:00Z'))).toBe('2025-03-04');
    expect(vietnamDateOf(new Date('2025-03-03T16:59:00Z'))).toBe('2025-03-03');
  });

  it('due dates per step; a step without a deadline has none', () => {
    expect(dueDateFor('appraisal', '2025-01-23', { appraisal: 10 }, cal2025)).toBe('2025-02-13');
    expect(dueDateFor('draft', '2025-01-23', { appraisal: 10 }, cal2025)).toBeNull();
    expect(dueDateFor('appraisal', '2025-01-23', { appraisal: 0 }, cal2025)).toBeNull();
  });
});

describe('measured processing time', () => {
  const at = (iso: string) => new Date(`${iso}T09:00:00+07:00`);
  it('counts office time only: the days a dossier sat returned at the unit are left out', () => {
    const events = [
      { toStatus: 'draft', at: at('2025-03-01') },
      { toStatus: 'submitted', at: at('2025-03-03') }, // Mon
      { toStatus: 'received', at: at('2025-03-04') },
      { toStatus: 'appraisal', at: at('2025-03-05') },
      { toStatus: 'returned', at: at('2025-03-07') }, // Fri: 4 working days
      { toStatus: 'resubmitted', at: at('2025-03-17') }, // 6 working days at the unit: not counted
      { toStatus: 'received', at: at('2025-03-18') },
      { toStatus: 'council', at: at('2025-03-20') },
      { toStatus: 'public-notice', at: at('2025-03-21') },
      { toStatus: 'decided', at: at('2025-03-24') }, // Mon: 5 working days
    ];
    expect(measureProcessingTime(events, cal2025)).toEqual({ days: 9, running: false, decided: true });
  });

  it('a dossier still at the office is measured up to now', () => {
    const events = [{ toStatus: 'submitted', at: at('2025-04-28') }];
    expect(measureProcessingTime(events, cal2025, at('2025-05-06'))).toEqual({
      days: 3, // 29/04, 05/05, 06/05
      running: true,
      decided: false,
    });
  });

  it('the 30% reduction target', () => {
    expect(reductionTarget(20, 30)).toBe(14);
    expect(reductionTarget(15, 30)).toBe(10.5);
  });
});
