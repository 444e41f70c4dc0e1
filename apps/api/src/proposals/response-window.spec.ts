import { responseDueAt, type ResponseWindow } from './response-window.js';

const wib = (days: number, workingDays: boolean, holidays: string[] = []): ResponseWindow => ({
  days,
  workingDays,
  utcOffsetMinutes: 7 * 60,
  holidays: new Set(holidays),
});

describe('response deadline', () => {
  it('adds whole days in calendar mode', () => {
    expect(responseDueAt(new Date('2026-11-27T03:00:00.000Z'), wib(14, false)).toISOString()).toBe('2026-12-11T03:00:00.000Z');
  });

  it('counts working days in local time, ending at local midnight', () => {
    // Friday 27 Nov 2026, 10:00 WIB: 3 working days are Mon 30 Nov, Tue 1 Dec, Wed 2 Dec → due 23:59:59.999 WIB on the 2nd.
    expect(responseDueAt(new Date('2026-11-27T03:00:00.000Z'), wib(3, true)).toISOString()).toBe('2026-12-02T16:59:59.999Z');
  });

  it('uses the local date, not the UTC one, near midnight', () => {
    // 23:30 UTC on Friday is already Saturday 06:30 WIB: counting starts after Saturday.
    expect(responseDueAt(new Date('2026-11-27T23:30:00.000Z'), wib(1, true)).toISOString()).toBe('2026-11-30T16:59:59.999Z');
  });

  it('skips listed holidays', () => {
    // Christmas (Fri 25 Dec 2026) is a holiday: 2 working days from Wed 23 Dec are Thu 24 and Mon 28.
    expect(responseDueAt(new Date('2026-12-23T02:00:00.000Z'), wib(2, true, ['2026-12-25'])).toISOString()).toBe('2026-12-28T16:59:59.999Z');
  });

  it('gives 14 working days as nearly three weeks', () => {
    const due = responseDueAt(new Date('2026-11-27T03:00:00.000Z'), wib(14, true));
    expect(due.toISOString()).toBe('2026-12-17T16:59:59.999Z');
  });
});
