import en from './messages/en.json' with { type: 'json' };
import id from './messages/id.json' with { type: 'json' };
import { placeholders, translator } from './i18n.js';

const catalogs: Record<string, Record<string, string>> = { id, en };

describe('message files', () => {
  it('have the same keys in Bahasa Indonesia and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it.each(Object.keys(id))('%s has the same placeholders in both languages', (key) => {
    expect(placeholders((en as Record<string, string>)[key] ?? '')).toEqual(placeholders((id as Record<string, string>)[key] ?? ''));
  });

  it.each(['id', 'en'])('%s has no empty message', (lang) => {
    const empty = Object.entries(catalogs[lang] ?? {}).filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each([
    ...['OPEN', 'THRESHOLD_REACHED', 'AWAITING_RESPONSE', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IMPLEMENTED', 'WITHDRAWN', 'MERGED'].map(
      (code) => `status.${code}`,
    ),
    ...['NOT_DUE', 'AWAITING', 'OVERDUE', 'ANSWERED_ON_TIME', 'ANSWERED_LATE'].map((code) => `clock.${code}`),
    ...['FORMED', 'TOO_FEW_PARTICIPANTS', 'TOO_FEW_COMMENTS', 'NO_CLEAR_GROUPS'].map((code) => `groups.status.${code}`),
  ])('words exist for %s', (key) => {
    expect(id).toHaveProperty([key]);
    expect(en).toHaveProperty([key]);
  });

  it('name the sections in plain Indonesian', () => {
    expect(id['section.groups']).toBe('Kelompok pendapat');
    expect(id['section.consensus']).toBe('Hal yang disepakati semua kelompok');
    expect(id['section.divisive']).toBe('Hal yang memecah pendapat');
    expect(id['section.quotes']).toBe('Kutipan');
  });
});

describe('translator', () => {
  it('writes instants in WIB, in each language', () => {
    expect(translator('id').dateTime('2026-12-12T07:30:00.000Z')).toBe('12 Desember 2026 pukul 14.30 WIB');
    expect(translator('en').dateTime('2026-12-12T07:30:00.000Z')).toBe('12 December 2026 at 14:30 WIB');
  });

  it('keeps a calendar day on its date whatever the time zone', () => {
    expect(translator('id').day('2026-12-01')).toBe('1 Desember 2026');
    expect(translator('en').day('2026-12-31')).toBe('31 December 2026');
  });

  it('groups digits the way each language does', () => {
    expect(translator('id').number(1234567)).toBe('1.234.567');
    expect(translator('en').number(1234567)).toBe('1,234,567');
    expect(translator('id').decimal(0.15)).toBe('0,15');
  });

  it('shows an unknown proposal status by its code instead of failing', () => {
    expect(translator('id').proposalStatus('ARCHIVED')).toBe('ARCHIVED');
    expect(translator('id').proposalStatus('ACCEPTED')).toBe('Diterima');
  });

  it('refuses to print a message with a placeholder left unfilled', () => {
    expect(() => translator('en').t('footer.page', { page: 1 })).toThrow('{pages}');
  });
});
