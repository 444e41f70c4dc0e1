/** One counter an action is counted on: at most `limit` actions in any window of `windowMs`. */
export interface Hit {
  key: string;
  limit: number;
  windowMs: number;
}

export type Outcome =
  | {
      allowed: true;
      /** Takes the action back off every counter: for a request that turned out to do nothing. */
      release(): Promise<void>;
    }
  | {
      allowed: false;
      /** which of the hits keeps the action waiting longest */
      index: number;
      retryAfterMs: number;
    };

/**
 * Where counters live. Each counter is a sliding log of timestamps (at most `limit` of them, so a few dozen),
 * which makes "wait until" exact and lets a refused or failed action be taken back.
 */
export interface LimitStore {
  /** All or nothing: when every counter has room, each records the action; otherwise none does. */
  consume(hits: readonly Hit[], now: number): Promise<Outcome>;
  close(): Promise<void>;
}

interface Log {
  entries: { at: number; id: number }[];
  /** when the newest entry leaves the longest window it was counted in */
  expiresAt: number;
}

/** How long the action waits on one counter holding `times` (ascending); 0 when it has room. */
export function waitMs(times: readonly number[], limit: number, windowMs: number, now: number): number {
  if (times.length < limit) return 0;
  return Math.max(1, times[times.length - limit] + windowMs - now);
}

/**
 * Counters in this process: enough for a single API instance, and the fallback while Redis is away. Memory is
 * bounded: expired counters are swept every minute, and past `maxKeys` the oldest counters are dropped (which can
 * only ever let an action through, never refuse one).
 */
export class MemoryStore implements LimitStore {
  private readonly logs = new Map<string, Log>();
  private readonly sweeper: NodeJS.Timeout;
  private nextId = 0;
  private latest = 0;

  constructor(
    private readonly maxKeys = 100_000,
    sweepEveryMs = 60_000,
  ) {
    this.sweeper = setInterval(() => this.sweep(Math.max(Date.now(), this.latest)), sweepEveryMs);
    this.sweeper.unref();
  }

  get size(): number {
    return this.logs.size;
  }

  async consume(hits: readonly Hit[], now: number): Promise<Outcome> {
    this.latest = Math.max(this.latest, now);
    // Everything below runs without awaiting, so concurrent requests are applied one after another.
    let refused: { allowed: false; index: number; retryAfterMs: number } | null = null;
    for (const [index, hit] of hits.entries()) {
      const log = this.logs.get(hit.key);
      if (!log) continue;
      log.entries = log.entries.filter((e) => e.at > now - hit.windowMs);
      const wait = waitMs(log.entries.map((e) => e.at).sort((a, b) => a - b), hit.limit, hit.windowMs, now);
      if (wait > (refused?.retryAfterMs ?? 0)) refused = { allowed: false, index, retryAfterMs: wait };
    }
    if (refused) return refused;

    const id = ++this.nextId;
    for (const hit of hits) {
      let log = this.logs.get(hit.key);
      if (!log) {
        this.makeRoom(now);
        log = { entries: [], expiresAt: 0 };
        this.logs.set(hit.key, log);
      }
      log.entries.push({ at: now, id });
      log.expiresAt = Math.max(log.expiresAt, now + hit.windowMs);
    }
    return {
      allowed: true,
      release: async () => {
        for (const hit of hits) {
          const log = this.logs.get(hit.key);
          if (log) log.entries = log.entries.filter((e) => e.id !== id);
        }
      },
    };
  }

  sweep(now: number): void {
    for (const [key, log] of this.logs) if (log.expiresAt <= now) this.logs.delete(key);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.logs.clear();
  }

  private makeRoom(now: number): void {
    if (this.logs.size < this.maxKeys) return;
    this.sweep(now);
    // Still full: drop the counters created longest ago (a Map iterates in insertion order) down to 90 %.
    for (const key of this.logs.keys()) {
      if (this.logs.size < this.maxKeys * 0.9) break;
      this.logs.delete(key);
    }
  }
}
