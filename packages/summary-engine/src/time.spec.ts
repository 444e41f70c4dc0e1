import { dayLabel, dayNumber, instantMs, writeIsoInstant } from './time.js';

describe('instantMs', () => {
  it('reads the database form exactly as Date.parse does', () => {
    const values = ['2026-11-02T03:04:05.678Z', '2024-02-29T23:59:59.999Z', '2026-02-30T00:00:00.000Z', '1970-01-01T00:00:00.000Z', '2099-12-31T12:00:00.000Z'];
    for (const value of values) {
      expect(instantMs(value, 'x')).toBe(Date.parse(value));
    }
  });

  it('reads other ISO forms through Date.parse', () => {
    expect(instantMs('2026-11-02T10:04:05+07:00', 'x')).toBe(Date.parse('2026-11-02T03:04:05.000Z'));
    expect(instantMs('2026-11-02T03:04:05Z', 'x')).toBe(Date.parse('2026-11-02T03:04:05.000Z'));
  });

  it('refuses what is not an instant, naming it', () => {
    expect(() => instantMs('kemarin', 'comment c-1 createdAt')).toThrow('comment c-1 createdAt is not an ISO 8601 instant: "kemarin"');
    expect(() => instantMs('2026-13-02T03:04:05.678Z', 'x')).toThrow(RangeError);
    expect(() => instantMs('2026-11-02T25:04:05.678Z', 'x')).toThrow(RangeError);
  });
});

describe('days', () => {
  it('cuts days at midnight in the given offset', () => {
    const lateEvening = Date.parse('2026-11-01T16:59:59.999Z');
    expect(dayLabel(dayNumber(lateEvening, 420))).toBe('2026-11-01');
    expect(dayLabel(dayNumber(lateEvening + 1, 420))).toBe('2026-11-02');
    expect(dayLabel(dayNumber(lateEvening + 1, 0))).toBe('2026-11-01');
    expect(dayLabel(dayNumber(Date.parse('2026-11-01T02:00:00.000Z'), -180))).toBe('2026-10-31');
  });
});

describe('writeIsoInstant', () => {
  it('writes what toISOString writes', () => {
    const out = new Uint8Array(24);
    const instants = [0, -1, 951_782_400_000, 1_709_251_199_999, Date.parse('2026-11-02T03:04:05.678Z'), Date.parse('2099-12-31T23:59:59.999Z')];
    for (let i = 0; i < 2000; i++) instants.push(Math.floor(((i * 7919) % 2000) * 1.6e9 + i * 12_345_678.9) - 9e11);
    for (const ms of instants) {
      writeIsoInstant(ms, out, 0);
      expect(new TextDecoder().decode(out)).toBe(new Date(ms).toISOString());
    }
  });
});
