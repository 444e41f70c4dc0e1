import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { RedisStore, type StoreLogger } from './redis-store.js';
import { type Hit, type LimitStore, MemoryStore } from './store.js';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const T0 = 1_800_000_000_000;

function quietLogger(): StoreLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (m) => lines.push(m), log: (m) => lines.push(m) };
}

/** The same behaviour is asked of both stores. */
function behavesAsAStore(name: string, make: () => Promise<{ store: LimitStore; prefix: string }>) {
  describe(name, () => {
    let store: LimitStore;
    let prefix: string;
    const hit = (key: string, limit: number, windowMs: number): Hit => ({ key: `${prefix}${key}`, limit, windowMs });

    beforeEach(async () => ({ store, prefix } = await make()));
    afterEach(() => store.close());

    it('lets `limit` actions through in a window, then says how long until the oldest leaves it', async () => {
      const h = hit('a', 3, 60_000);
      for (let i = 0; i < 3; i++) expect((await store.consume([h], T0 + i * 1000)).allowed).toBe(true);
      expect(await store.consume([h], T0 + 10_000)).toEqual({ allowed: false, index: 0, retryAfterMs: 50_000 });
      // A sliding window: as soon as the first action has left it, there is room for exactly one more.
      expect((await store.consume([h], T0 + 60_001)).allowed).toBe(true);
      expect(await store.consume([h], T0 + 60_002)).toMatchObject({ allowed: false, retryAfterMs: 998 });
    });

    it('counts all or nothing across several counters and names the one that waits longest', async () => {
      const short = hit('short', 1, 5_000);
      const long = hit('long', 2, 60_000);
      expect((await store.consume([short, long], T0)).allowed).toBe(true);
      expect(await store.consume([short, long], T0 + 1000)).toEqual({ allowed: false, index: 0, retryAfterMs: 4000 });
      // The refused action was not counted on `long`, which still has one place.
      expect((await store.consume([short, long], T0 + 6000)).allowed).toBe(true);
      expect(await store.consume([short, long], T0 + 12_000)).toEqual({ allowed: false, index: 1, retryAfterMs: 48_000 });
    });

    it('takes a released action back off every counter', async () => {
      const a = hit('ra', 1, 60_000);
      const b = hit('rb', 1, 60_000);
      const first = await store.consume([a, b], T0);
      if (!first.allowed) throw new Error('refused');
      expect((await store.consume([a], T0 + 1)).allowed).toBe(false);
      await first.release();
      expect((await store.consume([a], T0 + 2)).allowed).toBe(true);
      expect((await store.consume([b], T0 + 3)).allowed).toBe(true);
    });

    it('never lets more through than the limit when asked concurrently', async () => {
      const h = hit('burst', 10, 60_000);
      const outcomes = await Promise.all(Array.from({ length: 30 }, () => store.consume([h], T0)));
      expect(outcomes.filter((o) => o.allowed)).toHaveLength(10);
    });
  });
}

behavesAsAStore('MemoryStore', async () => ({ store: new MemoryStore(), prefix: '' }));

behavesAsAStore('RedisStore', async () => {
  const logger = quietLogger();
  const store = new RedisStore(REDIS_URL, new MemoryStore(), logger);
  await store.connect();
  if (logger.lines.length) throw new Error(`Redis is needed at ${REDIS_URL}: ${logger.lines.join('; ')}`);
  return { store, prefix: `rembug:{store_spec_${randomBytes(4).toString('hex')}}:` };
});

describe('MemoryStore memory', () => {
  it('sweeps counters whose window has passed', async () => {
    const store = new MemoryStore();
    await store.consume([{ key: 'a', limit: 5, windowMs: 1000 }], T0);
    await store.consume([{ key: 'b', limit: 5, windowMs: 60_000 }], T0);
    store.sweep(T0 + 1000);
    expect(store.size).toBe(1);
    await store.close();
  });

  it('stays within maxKeys by dropping the oldest counters', async () => {
    const store = new MemoryStore(100);
    for (let i = 0; i < 1000; i++) await store.consume([{ key: `k${i}`, limit: 1, windowMs: 60_000 }], T0);
    expect(store.size).toBeLessThanOrEqual(100);
    // The newest counters survive.
    expect((await store.consume([{ key: 'k999', limit: 1, windowMs: 60_000 }], T0)).allowed).toBe(false);
    await store.close();
  });
});

describe('RedisStore', () => {
  it('keys expire with their window', async () => {
    const store = new RedisStore(REDIS_URL, new MemoryStore(), quietLogger());
    await store.connect();
    const redis = new Redis(REDIS_URL);
    const key = `rembug:{store_spec_${randomBytes(4).toString('hex')}}:ttl`;
    try {
      await store.consume([{ key, limit: 5, windowMs: 30_000 }], Date.now());
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(30_000);
    } finally {
      await redis.del(key);
      redis.disconnect();
      await store.close();
    }
  });

  it('keeps limiting in this process while Redis cannot be reached, and says so once', async () => {
    // A port nobody listens on.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const logger = quietLogger();
    const store = new RedisStore(`redis://127.0.0.1:${port}`, new MemoryStore(), logger);
    await store.connect();
    const h = { key: 'down', limit: 2, windowMs: 60_000 };
    expect((await store.consume([h], T0)).allowed).toBe(true);
    expect((await store.consume([h], T0)).allowed).toBe(true);
    expect(await store.consume([h], T0)).toMatchObject({ allowed: false, retryAfterMs: 60_000 });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/Redis is unavailable .*counting in this process/);
    await store.close();
  });
});
