import { GENESIS_HASH, chainEvent, hashEvent } from './audit-event.js';
import type { AuditEvent, AuditEventInput } from './audit-event.js';
import { AuditFormatError } from './audit-format.error.js';
import { ChainVerifier, verifyChain } from './chain-verifier.js';
import type { VerifyResult } from './chain-verifier.js';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
/** Readable fake UUIDs: `kind` tells events, actors and targets apart. */
const uuid = (kind: number, n: number) => `${hex(kind, 8)}-0000-4000-8000-${hex(n, 12)}`;
const actions = ['thread.create', 'comment.create', 'comment.vote', 'proposal.support', 'proposal.respond'] as const;

const summaryOf = (seq: number) => ({
  title: `Jalan rusak di dusun ${seq} 🚧`,
  votes: { agree: seq, disagree: seq % 7 },
  tags: ['jalan', 'desa'],
});

function eventInput(seq: number): AuditEventInput {
  const bySystem = seq % 10 === 0;
  return {
    seq,
    id: uuid(1, seq),
    occurredAt: new Date(Date.UTC(2026, 0, 1) + seq * 1_537),
    actorId: bySystem ? null : uuid(2, seq % 37),
    actorRole: bySystem ? null : 'citizen',
    action: bySystem ? 'proposal.deadline_pass' : actions[seq % actions.length]!,
    targetType: bySystem ? 'proposal' : 'thread',
    targetId: uuid(3, seq % 101),
    summary: summaryOf(seq),
  };
}

function buildChain(length: number, from: AuditEvent | null = null, make = eventInput): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prev = from;
  for (let seq = (from?.seq ?? 0) + 1; events.length < length; seq++) {
    prev = chainEvent(make(seq), prev);
    events.push(prev);
  }
  return events;
}

const chain = buildChain(1_000);
const head = chain.at(-1)!;
/** A deep copy, so no test can damage the shared chain. */
const copy = (): AuditEvent[] => structuredClone(chain);
const at = (events: AuditEvent[], seq: number) => events[seq - 1]!;

function broken(result: VerifyResult) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  return { brokenAt: result.brokenAt, reason: result.reason, count: result.count };
}

describe('verifyChain', () => {
  it('accepts an untouched chain of 1,000 events', () => {
    expect(verifyChain(chain)).toEqual({ ok: true, count: 1_000, lastHash: head.hash });
  });

  it('accepts an empty chain, whose head is the genesis value', () => {
    expect(verifyChain([])).toEqual({ ok: true, count: 0, lastHash: GENESIS_HASH });
  });

  it('accepts events as the database gives them back: Dates for times, keys in any order', () => {
    // jsonb hands keys back in an order of its own (shorter keys first), not the order they were written in.
    const reorder = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reorder)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reorder(v)]))
          : value;
    const fromDatabase = copy().map((event) => ({
      ...event,
      occurredAt: new Date(event.occurredAt),
      summary: reorder(event.summary) as AuditEvent['summary'],
    }));
    expect(JSON.stringify(fromDatabase[0]!.summary)).not.toBe(JSON.stringify(chain[0]!.summary));
    expect(verifyChain(fromDatabase).ok).toBe(true);
  });

  describe('a single changed field is caught at that event', () => {
    const changes: [string, (event: AuditEvent) => void][] = [
      ['a value deep in the summary', (e) => ((e.summary as { votes: { agree: number } }).votes.agree += 1)],
      ['a summary key', (e) => ((e.summary as Record<string, unknown>).judul = 'x')],
      ['the id', (e) => (e.id = uuid(9, e.seq))],
      ['the time, by one millisecond', (e) => (e.occurredAt = new Date(Date.parse(e.occurredAt as string) + 1))],
      ['the actor', (e) => (e.actorId = e.actorId === null ? uuid(2, 999) : null)],
      ['the actor role', (e) => (e.actorRole = 'admin')],
      ['the action', (e) => (e.action = 'comment.hide')],
      ['the target type', (e) => (e.targetType = 'comment')],
      ['the target', (e) => (e.targetId = uuid(3, 999))],
    ];
    const positions = [1, 2, 499, 999, 1_000];

    it.each(changes)('%s', (_name, change) => {
      for (const seq of positions) {
        const events = copy();
        change(at(events, seq));
        expect(broken(verifyChain(events))).toEqual({ brokenAt: seq, reason: 'hash-mismatch', count: seq - 1 });
      }
    });

    it('the seq', () => {
      for (const seq of positions) {
        for (const wrong of [seq + 1, seq + 1_000, ...(seq > 1 ? [seq - 1] : [])]) {
          const events = copy();
          at(events, seq).seq = wrong;
          expect(broken(verifyChain(events))).toEqual({ brokenAt: seq, reason: 'sequence-gap', count: seq - 1 });
        }
      }
    });

    it('the prevHash', () => {
      for (const seq of positions) {
        const events = copy();
        at(events, seq).prevHash = 'f'.repeat(64);
        expect(broken(verifyChain(events))).toEqual({ brokenAt: seq, reason: 'prev-hash-mismatch', count: seq - 1 });
      }
    });

    it('the stored hash', () => {
      for (const seq of positions) {
        const events = copy();
        at(events, seq).hash = 'f'.repeat(64);
        expect(broken(verifyChain(events))).toEqual({ brokenAt: seq, reason: 'hash-mismatch', count: seq - 1 });
      }
    });
  });

  it('catches a change whose hash was recomputed at the next event', () => {
    const events = copy();
    const forged = at(events, 500);
    forged.action = 'comment.hide';
    forged.hash = hashEvent(forged, forged.prevHash);
    expect(broken(verifyChain(events))).toEqual({ brokenAt: 501, reason: 'prev-hash-mismatch', count: 500 });
  });

  it('catches a deleted event', () => {
    for (const seq of [1, 2, 500, 999]) {
      const events = copy();
      events.splice(seq - 1, 1);
      expect(broken(verifyChain(events))).toEqual({ brokenAt: seq, reason: 'sequence-gap', count: seq - 1 });
    }
  });

  it('catches a deleted event even when the later ones were renumbered', () => {
    const events = copy();
    events.splice(499, 1);
    for (const event of events.slice(499)) event.seq -= 1;
    expect(broken(verifyChain(events))).toEqual({ brokenAt: 500, reason: 'prev-hash-mismatch', count: 499 });
  });

  it('catches an inserted event, even one correctly chained to its predecessor', () => {
    const events = copy();
    const forged = chainEvent({ ...eventInput(500), action: 'proposal.reject' }, at(events, 499));
    events.splice(499, 0, forged);
    expect(broken(verifyChain(events))).toEqual({ brokenAt: 501, reason: 'sequence-gap', count: 500 });
  });

  it('catches an inserted event when the later ones were renumbered', () => {
    const events = copy();
    events.splice(499, 0, chainEvent(eventInput(500), at(events, 499)));
    for (const event of events.slice(500)) event.seq += 1;
    expect(broken(verifyChain(events))).toEqual({ brokenAt: 501, reason: 'prev-hash-mismatch', count: 500 });
  });

  it('catches two events swapped', () => {
    const events = copy();
    [events[299], events[300]] = [events[300]!, events[299]!];
    expect(broken(verifyChain(events))).toEqual({ brokenAt: 300, reason: 'sequence-gap', count: 299 });
  });

  it('catches two events swapped and given each other’s seq', () => {
    const events = copy();
    [events[299], events[700]] = [events[700]!, events[299]!];
    [events[299]!.seq, events[700]!.seq] = [300, 701];
    expect(broken(verifyChain(events))).toEqual({ brokenAt: 300, reason: 'prev-hash-mismatch', count: 299 });
  });

  it('catches two summaries swapped', () => {
    const events = copy();
    [at(events, 10).summary, at(events, 11).summary] = [at(events, 11).summary, at(events, 10).summary];
    expect(broken(verifyChain(events))).toEqual({ brokenAt: 10, reason: 'hash-mismatch', count: 9 });
  });

  it('catches an export that repeats an event', () => {
    const events = copy();
    events.splice(600, 0, structuredClone(at(events, 600)));
    expect(broken(verifyChain(events))).toEqual({ brokenAt: 601, reason: 'sequence-gap', count: 600 });
  });

  describe('truncating and re-appending', () => {
    const rewritten = () => {
      const kept = copy().slice(0, 600);
      const tail = buildChain(450, kept.at(-1)!, (seq) => ({ ...eventInput(seq), summary: { rewritten: true } }));
      return [...kept, ...tail];
    };

    it('naively, reusing the old hashes, is caught where the new tail starts', () => {
      const events = copy().slice(0, 600);
      const tail = copy().slice(700).map((event, i) => ({ ...event, seq: 601 + i }));
      const result = verifyChain([...events, ...tail]);
      expect(broken(result)).toEqual({ brokenAt: 601, reason: 'prev-hash-mismatch', count: 600 });
    });

    // The limit the documentation states: whoever can rewrite the table can rebuild a self-consistent tail.
    it('with a correctly rebuilt tail, passes on its own', () => {
      expect(verifyChain(rewritten())).toMatchObject({ ok: true, count: 1_050 });
    });

    it('with a correctly rebuilt tail, is caught by a head hash published before', () => {
      const checkpoints = [{ seq: head.seq, hash: head.hash }];
      const result = verifyChain(rewritten(), { checkpoints });
      expect(broken(result)).toEqual({ brokenAt: 1_000, reason: 'hash-mismatch', count: 999 });
      expect(result).toMatchObject({ detail: expect.stringMatching(/published checkpoint/) });
    });

    it('is caught at the earliest of several published checkpoints that it contradicts', () => {
      const checkpoints = [250, 650, 1_000].map((seq) => ({ seq, hash: at(chain, seq).hash }));
      const result = verifyChain(rewritten(), { checkpoints });
      expect(broken(result)).toEqual({ brokenAt: 650, reason: 'hash-mismatch', count: 649 });
    });

    it('without re-appending, is caught by a checkpoint beyond the new end', () => {
      const result = verifyChain(copy().slice(0, 600), { checkpoints: [{ seq: head.seq, hash: head.hash }] });
      expect(broken(result)).toEqual({ brokenAt: 601, reason: 'sequence-gap', count: 600 });
      expect(result).toMatchObject({ detail: expect.stringMatching(/ends at seq 600.*seq 1000/) });
    });

    it('an empty export contradicts any checkpoint', () => {
      expect(broken(verifyChain([], { checkpoints: [{ seq: 1, hash: at(chain, 1).hash }] }))).toEqual({
        brokenAt: 1,
        reason: 'sequence-gap',
        count: 0,
      });
    });
  });

  it('accepts checkpoints that the chain honours', () => {
    const checkpoints = [1, 500, 1_000].map((seq) => ({ seq, hash: at(chain, seq).hash }));
    expect(verifyChain(chain, { checkpoints })).toEqual({ ok: true, count: 1_000, lastHash: head.hash });
  });

  it('refuses unusable checkpoints and first prevHash as a caller error', () => {
    expect(() => verifyChain(chain, { checkpoints: [{ seq: 0, hash: head.hash }] })).toThrow(AuditFormatError);
    expect(() => verifyChain(chain, { checkpoints: [{ seq: 5, hash: 'abc' }] })).toThrow(AuditFormatError);
    expect(() =>
      verifyChain(chain, { checkpoints: [{ seq: 5, hash: head.hash }, { seq: 5, hash: GENESIS_HASH }] }),
    ).toThrow(/two different hashes/);
    expect(() => verifyChain(chain, { expectedFirstPrevHash: head.hash.toUpperCase() })).toThrow(AuditFormatError);
  });

  describe('a slice', () => {
    const slice = () => copy().slice(400);

    it('verifies from the hash of the event before it', () => {
      expect(verifyChain(slice(), { expectedFirstPrevHash: at(chain, 400).hash })).toEqual({
        ok: true,
        count: 600,
        lastHash: head.hash,
      });
    });

    it('fails against any other starting hash', () => {
      expect(broken(verifyChain(slice(), { expectedFirstPrevHash: at(chain, 399).hash }))).toEqual({
        brokenAt: 401,
        reason: 'prev-hash-mismatch',
        count: 0,
      });
    });

    it('is not a whole chain: from the genesis, event 1 is missing', () => {
      expect(broken(verifyChain(slice()))).toEqual({ brokenAt: 1, reason: 'sequence-gap', count: 0 });
    });

    it('still catches tampering inside it', () => {
      const events = slice();
      at(events, 100).actorRole = 'moderator';
      expect(broken(verifyChain(events, { expectedFirstPrevHash: at(chain, 400).hash }))).toEqual({
        brokenAt: 500,
        reason: 'hash-mismatch',
        count: 99,
      });
    });

    it('ignores checkpoints before it and enforces those within it', () => {
      const expectedFirstPrevHash = at(chain, 400).hash;
      const before = [{ seq: 10, hash: GENESIS_HASH }];
      expect(verifyChain(slice(), { expectedFirstPrevHash, checkpoints: before }).ok).toBe(true);
      const within = [{ seq: 410, hash: at(chain, 411).hash }];
      const result = verifyChain(slice(), { expectedFirstPrevHash, checkpoints: within });
      expect(broken(result)).toEqual({ brokenAt: 410, reason: 'hash-mismatch', count: 9 });
    });
  });

  describe('malformed events', () => {
    const cases: [string, (event: Record<string, unknown>) => void][] = [
      ['a hash in capitals', (e) => (e.hash = (e.hash as string).toUpperCase())],
      ['a missing prevHash', (e) => delete e.prevHash],
      ['a seq as text', (e) => (e.seq = String(e.seq))],
      ['a time in another format', (e) => (e.occurredAt = '14/03/2026 09:26')],
      ['a missing action', (e) => delete e.action],
      ['a summary that is not JSON', (e) => (e.summary = { at: new Date() })],
    ];

    it.each(cases)('reports %s as malformed at its position', (_name, damage) => {
      const events = copy();
      damage(at(events, 700) as unknown as Record<string, unknown>);
      const result = verifyChain(events);
      expect(broken(result)).toEqual({ brokenAt: 700, reason: 'malformed', count: 699 });
    });

    it('reports a seq below 1 as malformed', () => {
    const events = copy();
    at(events, 1).seq = 0;
    expect(broken(verifyChain(events))).toEqual({ brokenAt: 1, reason: 'malformed', count: 0 });
  });

  it('reports a row that is not an object', () => {
      const events: unknown[] = copy();
      events[20] = null;
      expect(broken(verifyChain(events as AuditEvent[]))).toEqual({ brokenAt: 21, reason: 'malformed', count: 20 });
    });

    it('names the field in the detail', () => {
      const events = copy();
      at(events, 3).occurredAt = 'yesterday';
      expect(verifyChain(events)).toMatchObject({ detail: expect.stringMatching(/^occurredAt: /) });
    });
  });
});

describe('ChainVerifier', () => {
  it('verifies page by page with the same result as the whole chain', () => {
    const verifier = new ChainVerifier();
    for (let offset = 0; offset < chain.length; offset += 128) {
      for (const event of chain.slice(offset, offset + 128)) expect(verifier.push(event)).toBe(true);
    }
    expect(verifier.result()).toEqual(verifyChain(chain));
  });

  it('lets a verification resume from the last hash of the previous run', () => {
    const first = new ChainVerifier();
    for (const event of chain.slice(0, 300)) first.push(event);
    const firstResult = first.result();
    if (!firstResult.ok) throw new Error(firstResult.detail);
    const second = new ChainVerifier({ expectedFirstPrevHash: firstResult.lastHash });
    for (const event of chain.slice(300)) second.push(event);
    expect(second.result()).toEqual({ ok: true, count: 700, lastHash: head.hash });
  });

  it('stops at the first break and keeps reporting it', () => {
    const events = copy();
    at(events, 10).action = 'x.y';
    at(events, 20).action = 'x.y';
    const verifier = new ChainVerifier();
    const accepted = events.map((event) => verifier.push(event));
    expect(accepted.indexOf(false)).toBe(9);
    expect(accepted.slice(9).every((ok) => !ok)).toBe(true);
    const result = verifier.result();
    expect(broken(result)).toEqual({ brokenAt: 10, reason: 'hash-mismatch', count: 9 });
    expect(verifier.result()).toEqual(result);
  });

  it('reads rows lazily and stops reading at the first break', () => {
    let produced = 0;
    function* rows(events: AuditEvent[]) {
      for (const event of events) {
        produced++;
        yield event;
      }
    }
    expect(verifyChain(rows(chain)).ok).toBe(true);
    expect(produced).toBe(1_000);

    const events = copy();
    at(events, 5).summary = null;
    produced = 0;
    expect(verifyChain(rows(events)).ok).toBe(false);
    expect(produced).toBe(5);
  });
});
