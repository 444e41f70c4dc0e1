import { AuditFormatError } from './audit-format.error.js';
import { AUDIT_FORMAT_VERSION, GENESIS_HASH, chainEvent, hashEvent, hashPreimage } from './audit-event.js';
import type { AuditEvent, AuditEventInput } from './audit-event.js';

const officialResponse: AuditEventInput = {
  seq: 42,
  id: '5f0c6f7e-3b1a-4c2d-9e8f-0a1b2c3d4e5f',
  occurredAt: '2026-03-14T09:26:53.589Z',
  actorId: '0b7e9c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d',
  actorRole: 'official',
  action: 'proposal.respond',
  targetType: 'proposal',
  targetId: 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f',
  summary: { status: { to: 'accepted', from: 'under_review' }, agency: 'Dinas PUPR', note: 'Perbaikan jalan 2026 ✓' },
};
const prevHash = 'a3f1c9e2b4d6a8f0c1e3b5d7f9a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8';

/** Lets the specs hand functions values their types forbid, as data from an export can be. */
const loose = (event: Record<string, unknown>) => event as unknown as AuditEventInput;

describe('hashEvent', () => {
  // Known answer. If this fails, the format changed: every stored chain would stop verifying. A deliberate change needs
  // a new AUDIT_FORMAT_VERSION and a verifier that still accepts the old one, not a new constant here.
  it('matches the published known answer', () => {
    expect(AUDIT_FORMAT_VERSION).toBe('rembug-audit-v1');
    expect(hashPreimage(officialResponse, prevHash)).toBe(
      '["rembug-audit-v1",42,"5f0c6f7e-3b1a-4c2d-9e8f-0a1b2c3d4e5f","2026-03-14T09:26:53.589Z",' +
        '"0b7e9c1a-2d3f-4a5b-8c6d-7e8f9a0b1c2d","official","proposal.respond","proposal",' +
        '"c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f",' +
        '{"agency":"Dinas PUPR","note":"Perbaikan jalan 2026 ✓","status":{"from":"under_review","to":"accepted"}},' +
        '"a3f1c9e2b4d6a8f0c1e3b5d7f9a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8"]',
    );
    expect(hashEvent(officialResponse, prevHash)).toBe(
      '117e7141d78925772eddd6740a1190f731be8e1029a42bc0fd83bb6774892b78',
    );
  });

  it('covers the genesis value', () => {
    expect(GENESIS_HASH).toBe('0000000000000000000000000000000000000000000000000000000000000000');
    expect(hashEvent(officialResponse, GENESIS_HASH)).not.toBe(hashEvent(officialResponse, prevHash));
  });

  it('hashes a Date and its ISO string alike, whatever the offset', () => {
    const at = '2026-03-14T09:26:53.589Z';
    const expected = hashEvent({ ...officialResponse, occurredAt: at }, prevHash);
    for (const same of [new Date(at), '2026-03-14T16:26:53.589+07:00', '2026-03-14T05:56:53.589-03:30']) {
      expect(hashEvent({ ...officialResponse, occurredAt: same }, prevHash)).toBe(expected);
    }
  });

  it('fills missing milliseconds with zeros', () => {
    expect(hashPreimage({ ...officialResponse, occurredAt: '2026-03-14T09:26:53Z' }, prevHash)).toContain(
      '"2026-03-14T09:26:53.000Z"',
    );
    expect(hashPreimage({ ...officialResponse, occurredAt: '2026-03-14T09:26:53.5Z' }, prevHash)).toContain(
      '"2026-03-14T09:26:53.500Z"',
    );
  });

  it('does not depend on the order of summary keys', () => {
    const status = { from: 'under_review', to: 'accepted' };
    const summary = { note: 'Perbaikan jalan 2026 ✓', agency: 'Dinas PUPR', status };
    const reordered = { ...officialResponse, summary };
    expect(hashEvent(reordered, prevHash)).toBe(hashEvent(officialResponse, prevHash));
  });

  it('ignores properties outside the format, such as extra columns of an entity', () => {
    const withExtra = loose({ ...officialResponse, createdBy: 'x' });
    expect(hashEvent(withExtra, prevHash)).toBe(hashEvent(officialResponse, prevHash));
  });

  it.each([
    ['seq 0', { seq: 0 }, 'seq'],
    ['a fractional seq', { seq: 1.5 }, 'seq'],
    ['a seq as text', { seq: '42' }, 'seq'],
    ['a seq beyond 2^53', { seq: 2 ** 53 }, 'seq'],
    ['an uppercase UUID', { id: officialResponse.id.toUpperCase() }, 'id'],
    ['a UUID without dashes', { id: officialResponse.id.replaceAll('-', '') }, 'id'],
    ['a null id', { id: null }, 'id'],
    ['an empty action', { action: '' }, 'action'],
    ['a missing target type', { targetType: undefined }, 'targetType'],
    ['an empty actor role', { actorRole: '' }, 'actorRole'],
    ['a target id that is not a UUID', { targetId: '17' }, 'targetId'],
    ['a summary holding a Date', { summary: { at: new Date() } }, 'summary.at'],
    ['a summary holding NaN', { summary: { n: NaN } }, 'summary.n'],
    ['a missing summary', { summary: undefined }, 'summary'],
    ['an invalid Date', { occurredAt: new Date('nope') }, 'occurredAt'],
    ['a Date after 9999', { occurredAt: new Date('+010000-01-01T00:00:00Z') }, 'occurredAt'],
    ['a timestamp in free text', { occurredAt: 'March 14, 2026' }, 'occurredAt'],
    ['a timestamp without a zone', { occurredAt: '2026-03-14T09:26:53.589' }, 'occurredAt'],
    ['a timestamp with a space', { occurredAt: '2026-03-14 09:26:53.589Z' }, 'occurredAt'],
    ['microseconds, which the column would round', { occurredAt: '2026-03-14T09:26:53.589123Z' }, 'occurredAt'],
    ['30 February', { occurredAt: '2026-02-30T00:00:00.000Z' }, 'occurredAt'],
    ['hour 24', { occurredAt: '2026-03-14T24:00:00.000Z' }, 'occurredAt'],
    ['a leap second', { occurredAt: '2026-12-31T23:59:60.000Z' }, 'occurredAt'],
    ['an offset of 24 hours', { occurredAt: '2026-03-14T09:26:53.589+24:00' }, 'occurredAt'],
    ['an epoch number', { occurredAt: 1773480413589 }, 'occurredAt'],
  ])('refuses %s', (_name, change, path) => {
    let thrown: unknown;
    try {
      hashEvent(loose({ ...officialResponse, ...change }), prevHash);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AuditFormatError);
    expect((thrown as AuditFormatError).path).toBe(path);
  });

  it('refuses a prevHash that is not 64 lowercase hex digits', () => {
    expect(() => hashEvent(officialResponse, prevHash.toUpperCase())).toThrow(AuditFormatError);
    expect(() => hashEvent(officialResponse, prevHash.slice(1))).toThrow(AuditFormatError);
  });

  it('keeps years before 100 as written', () => {
    expect(hashPreimage({ ...officialResponse, occurredAt: '0050-01-01T00:00:00.000Z' }, prevHash)).toContain(
      '"0050-01-01T00:00:00.000Z"',
    );
  });
});

describe('chainEvent', () => {
  const first = (): AuditEvent => chainEvent({ ...officialResponse, seq: 1 }, null);

  it('starts the chain from the genesis value', () => {
    const event = first();
    expect(event.prevHash).toBe(GENESIS_HASH);
    expect(event.hash).toBe(hashEvent({ ...officialResponse, seq: 1 }, GENESIS_HASH));
  });

  it('links each event to the hash of the one before', () => {
    const one = first();
    const two = chainEvent({ ...officialResponse, seq: 2 }, one);
    expect(two.prevHash).toBe(one.hash);
    expect(two.hash).toBe(hashEvent({ ...officialResponse, seq: 2 }, one.hash));
  });

  it('returns exactly what was hashed, ready to store', () => {
    const source = { b: [1, { d: 2, c: 1 }], a: 'x' };
    const occurredAt = new Date('2026-03-14T16:26:53.589+07:00');
    const event = chainEvent({ ...officialResponse, seq: 1, occurredAt, summary: source }, null);
    expect(event.occurredAt).toBe('2026-03-14T09:26:53.589Z');
    expect(JSON.stringify(event.summary)).toBe('{"a":"x","b":[1,{"c":1,"d":2}]}');
    expect(event.summary).not.toBe(source);
    expect(hashEvent(event, event.prevHash)).toBe(event.hash);
  });

  it('refuses a seq that does not follow the previous event', () => {
    const one = first();
    expect(() => chainEvent({ ...officialResponse, seq: 3 }, one)).toThrow(/expected 2 after event 1, got 3/);
    expect(() => chainEvent({ ...officialResponse, seq: 1 }, one)).toThrow(AuditFormatError);
    expect(() => chainEvent({ ...officialResponse, seq: 2 }, null)).toThrow(/expected 1 after the genesis/);
  });
});
