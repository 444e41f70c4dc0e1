import { AuditFormatError } from './audit-format.error.js';
import { GENESIS_HASH, hashFields, isHash, readAuditEvent } from './audit-event.js';
import type { AuditEvent } from './audit-event.js';

export type VerifyFailureReason = 'hash-mismatch' | 'prev-hash-mismatch' | 'sequence-gap' | 'malformed';

export type VerifyResult =
  | { ok: true; count: number; lastHash: string }
  | { ok: false; count: number; brokenAt: number; reason: VerifyFailureReason; detail: string };

/** A head hash published earlier: whatever the export says, event `seq` must have had this hash. */
export interface ChainCheckpoint {
  seq: number;
  hash: string;
}

export interface ChainVerifierOptions {
  /**
   * The prevHash the first event must carry. GENESIS_HASH by default, which also makes the first event seq 1; set it
   * to the hash of the event before a slice to verify the slice alone.
   */
  expectedFirstPrevHash?: string;
  /**
   * Published head hashes. A chain is only self-consistent: someone able to rewrite the table can cut it and append a
   * new, internally valid tail. Only a hash published before the rewrite exposes that.
   */
  checkpoints?: Iterable<ChainCheckpoint>;
}

type Failure = Extract<VerifyResult, { ok: false }>;

/**
 * Checks events one at a time, in seq order, keeping only the last one, so millions of rows can be verified page by
 * page. Stops at the first break: after it, every later event is unverifiable anyway.
 */
export class ChainVerifier {
  readonly #firstPrevHash: string;
  readonly #checkpoints = new Map<number, string>();
  #furthestCheckpoint = 0;
  #count = 0;
  #lastSeq: number | null = null;
  #lastHash: string;
  #failure: Failure | null = null;

  constructor(options: ChainVerifierOptions = {}) {
    const firstPrevHash = options.expectedFirstPrevHash ?? GENESIS_HASH;
    if (!isHash(firstPrevHash)) throw new AuditFormatError('expectedFirstPrevHash', 'must be 64 lowercase hex digits');
    this.#firstPrevHash = firstPrevHash;
    this.#lastHash = firstPrevHash;
    for (const { seq, hash } of options.checkpoints ?? []) {
      const problem =
        !Number.isSafeInteger(seq) || seq < 1
          ? `seq ${seq} is not a positive integer`
          : !isHash(hash)
            ? `hash for seq ${seq} must be 64 lowercase hex digits`
            : (this.#checkpoints.get(seq) ?? hash) !== hash
              ? `two different hashes for seq ${seq}`
              : null;
      if (problem) throw new AuditFormatError('checkpoints', problem);
      this.#checkpoints.set(seq, hash);
      this.#furthestCheckpoint = Math.max(this.#furthestCheckpoint, seq);
    }
  }

  /** Checks the next event. Returns false once the chain is broken; later events are then ignored. */
  push(event: AuditEvent): boolean {
    if (this.#failure) return false;
    const expectedSeq = this.#expectedSeq(event);

    let read: ReturnType<typeof readAuditEvent>;
    try {
      read = readAuditEvent(event);
    } catch (error) {
      if (!(error instanceof AuditFormatError)) throw error;
      return this.#fail(expectedSeq, 'malformed', error.message);
    }
    const { fields, prevHash, hash } = read;

    if (fields.seq !== expectedSeq) {
      const where = this.#lastSeq === null ? 'at the start of the chain' : `after seq ${this.#lastSeq}`;
      return this.#fail(expectedSeq, 'sequence-gap', `expected seq ${expectedSeq} ${where}, found seq ${fields.seq}`);
    }
    if (prevHash !== this.#lastHash) {
      const source = this.#lastSeq === null ? 'the expected first prevHash' : `the hash of seq ${this.#lastSeq}`;
      const detail = `prevHash ${prevHash} differs from ${source}, ${this.#lastHash}`;
      return this.#fail(fields.seq, 'prev-hash-mismatch', detail);
    }
    const recomputed = hashFields(fields, prevHash);
    if (recomputed !== hash) {
      return this.#fail(fields.seq, 'hash-mismatch', `stored hash ${hash} differs from the recomputed ${recomputed}`);
    }
    const published = this.#checkpoints.get(fields.seq);
    if (published !== undefined && published !== hash) {
      return this.#fail(
        fields.seq,
        'hash-mismatch',
        `hash ${hash} differs from the published checkpoint ${published}: history up to this event was rewritten`,
      );
    }

    this.#count++;
    this.#lastSeq = fields.seq;
    this.#lastHash = hash;
    return true;
  }

  /** The verdict on the events pushed so far, taken as the whole export: a published checkpoint beyond them fails. */
  result(): VerifyResult {
    if (this.#failure) return this.#failure;
    const nextSeq = this.#lastSeq === null ? (this.#startsAtGenesis() ? 1 : null) : this.#lastSeq + 1;
    if (nextSeq !== null) {
      const furthest = this.#furthestCheckpoint;
      if (furthest >= nextSeq) {
        const ends = this.#lastSeq === null ? 'is empty' : `ends at seq ${this.#lastSeq}`;
        const detail = `the chain ${ends}, but a checkpoint was published for seq ${furthest}: its end was removed`;
        return { ok: false, count: this.#count, brokenAt: nextSeq, reason: 'sequence-gap', detail };
      }
    }
    return { ok: true, count: this.#count, lastHash: this.#lastHash };
  }

  #startsAtGenesis(): boolean {
    return this.#firstPrevHash === GENESIS_HASH;
  }

  /** The seq this position must hold; a slice may start anywhere, so there it is whatever the first event says. */
  #expectedSeq(event: unknown): number {
    if (this.#lastSeq !== null) return this.#lastSeq + 1;
    if (this.#startsAtGenesis()) return 1;
    const seq = (event as { seq?: unknown } | null)?.seq;
    return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 1 ? seq : 0;
  }

  #fail(brokenAt: number, reason: VerifyFailureReason, detail: string): false {
    this.#failure = { ok: false, count: this.#count, brokenAt, reason, detail };
    return false;
  }
}

/** Verifies a whole chain, or a slice of one, held in memory or produced by any iterable. */
export function verifyChain(events: Iterable<AuditEvent>, options?: ChainVerifierOptions): VerifyResult {
  const verifier = new ChainVerifier(options);
  for (const event of events) {
    if (!verifier.push(event)) break;
  }
  return verifier.result();
}
