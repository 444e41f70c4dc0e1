import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Hit, LimitStore, Outcome } from './store.js';

/**
 * One atomic consume over several counters (sorted sets of timestamps), so API instances never let more through
 * than the limit together. KEYS: the counters. ARGV: now (ms), this action's member, then limit and window (ms)
 * for each key. Returns {1, 0, 0} when recorded, or {0, index of the longest-waiting key (0-based), wait in ms}.
 */
const CONSUME = `
local now = tonumber(ARGV[1])
local member = ARGV[2]
local longest, index = 0, 0
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[1 + 2 * i])
  local window = tonumber(ARGV[2 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local count = redis.call('ZCARD', key)
  if count >= limit then
    local oldest = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
    local wait = math.max(1, tonumber(oldest[2]) + window - now)
    if wait > longest then longest, index = wait, i end
  end
end
if index > 0 then return {0, index - 1, math.ceil(longest)} end
for i, key in ipairs(KEYS) do
  local window = tonumber(ARGV[2 + 2 * i])
  redis.call('ZADD', key, now, member)
  if redis.call('PTTL', key) < window then redis.call('PEXPIRE', key, window) end
end
return {1, 0, 0}
`;

type WithConsume = Redis & { rembugRateLimit(keyCount: number, ...args: (string | number)[]): Promise<[number, number, number]> };

export interface StoreLogger {
  warn(message: string): void;
  log(message: string): void;
}

/**
 * Counters in Redis, shared by every API instance. A limiter outage must not take the forum down: while Redis is
 * unreachable (or answers too slowly), counting falls back to this process's own store, so limits still hold per
 * instance, and Redis is used again as soon as it is back. Commands never queue while the connection is down.
 */
export class RedisStore implements LimitStore {
  private readonly client: WithConsume;
  private degraded = false;

  constructor(
    url: string,
    private readonly fallback: LimitStore,
    private readonly logger: StoreLogger,
  ) {
    this.client = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      // Keep reconnecting forever with a capped backoff, like the pub/sub connections.
      retryStrategy: (attempt: number) => Math.min(attempt * 200, 5000),
    }) as WithConsume;
    this.client.defineCommand('rembugRateLimit', { lua: CONSUME });
    this.client.on('error', (error: Error) => this.fellBack(error));
    this.client.on('ready', () => this.recovered());
  }

  /** Connects once at start; if Redis is not there yet, the client keeps trying in the background. */
  async connect(): Promise<void> {
    await this.client.connect().catch((error: Error) => this.fellBack(error));
  }

  async consume(hits: readonly Hit[], now: number): Promise<Outcome> {
    if (this.client.status === 'ready') {
      try {
        const member = randomUUID();
        const args = hits.flatMap((hit) => [hit.limit, hit.windowMs]);
        const [allowed, index, wait] = await this.client.rembugRateLimit(hits.length, ...hits.map((h) => h.key), now, member, ...args);
        this.recovered();
        if (allowed === 1) return { allowed: true, release: () => this.release(hits, member) };
        return { allowed: false, index, retryAfterMs: wait };
      } catch (error) {
        this.fellBack(error as Error);
      }
    }
    return this.fallback.consume(hits, now);
  }

  async close(): Promise<void> {
    // QUIT waits for Redis; a client that is not connected is just dropped.
    if (this.client.status === 'ready') await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
    await this.fallback.close();
  }

  private async release(hits: readonly Hit[], member: string): Promise<void> {
    try {
      const pipeline = this.client.pipeline();
      for (const hit of hits) pipeline.zrem(hit.key, member);
      await pipeline.exec();
    } catch (error) {
      // The action stays counted until its window passes: stricter than meant, never looser.
      this.logger.warn(`rate limits: could not take an action back in Redis: ${(error as Error).message}`);
    }
  }

  private fellBack(error: Error): void {
    if (this.degraded) return;
    this.degraded = true;
    this.logger.warn(`rate limits: Redis is unavailable (${error.message}); counting in this process until it is back`);
  }

  private recovered(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.logger.log('rate limits: Redis is back; counters are shared by every instance again');
  }
}
