import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { type Client, createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { API_ROOT } from '../src/config/config.js';
import { createTestDatabase } from './support/databases.js';
import { type ApiProcess, freePort, gqlOver, startApiProcess } from './support/processes.js';

// Pub/sub ignores Redis database numbers, so this file runs a Redis of its own: concurrent runs never hear each other.
class OwnRedis {
  private child?: ChildProcess;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    this.child = child;
    await until('redis-server to listen', async () => {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      const probe = new Redis(this.url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        probe.disconnect();
      }
    });
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** How many connections listen on `channel` (PUBSUB NUMSUB). */
  async listeners(channel: string): Promise<number> {
    const client = new Redis(this.url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const reply = (await client.pubsub('NUMSUB', channel)) as [string, number];
      return Number(reply[1]);
    } catch {
      return 0;
    } finally {
      client.disconnect();
    }
  }
}

/** Polls `check` every 100 ms for up to 60 s. */
async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- events carry arbitrary shapes
type Event = Record<string, any>;

/** A subscription on its own graphql-ws connection, collecting what arrives. */
interface Live {
  client: Client;
  events: Event[];
  errors: unknown[];
  closed: boolean;
  waitFor(what: string, match: (e: Event) => boolean): Promise<Event>;
  dispose(): Promise<void>;
}

function subscribe(api: ApiProcess, token: string, query: string, variables: Record<string, unknown>): Live {
  const client = createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
  });
  const live: Live = {
    client,
    events: [],
    errors: [],
    closed: false,
    async waitFor(what, match) {
      let found: Event | undefined;
      await until(what, () => {
        if (live.errors.length) throw new Error(`subscription failed: ${JSON.stringify(live.errors)}`);
        found = live.events.find(match);
        return found !== undefined;
      });
      return found!;
    },
    async dispose() {
      await client.dispose();
    },
  };
  client.on('closed', () => (live.closed = true));
  client.subscribe(
    { query, variables },
    {
      next: (result) => (result.errors ? live.errors.push(result.errors) : live.events.push(result.data as Event)),
      error: (error) => live.errors.push(error instanceof Error ? error.message : error),
      complete: () => undefined,
    },
  );
  return live;
}

async function ok(result: Promise<Awaited<ReturnType<typeof gqlOver>>>) {
  const r = await result;
  if (r.errors?.length || !r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

async function health(api: ApiProcess): Promise<{ status: string; pubsub: string; code: number }> {
  const res = await fetch(`${api.url}/health`);
  return { ...((await res.json()) as { status: string; pubsub: string }), code: res.status };
}

const COMMENT_ADDED = `subscription($threadId: ID!) { commentAdded(threadId: $threadId) { id body } }`;
const PROPOSAL_UPDATED = `subscription($proposalId: ID!) { proposalUpdated(proposalId: $proposalId) { id supportCount opposeCount status } }`;
const COMMENT_UPDATED = `subscription($threadId: ID!) { commentUpdated(threadId: $threadId) { id } }`;
const THREAD_ACTIVITY = `subscription($areaId: ID!) { threadActivity(areaId: $areaId) { kind thread { id } } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id body } }`;
const VOTE = `mutation($id: ID!, $value: ProposalVote!) { voteProposal(proposalId: $id, value: $value) { id supportCount opposeCount } }`;

describe('live updates across API instances sharing one Redis', () => {
  let redis: OwnRedis;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: ApiProcess;
  let b: ApiProcess;
  const lives: Live[] = [];
  let author: string;
  let voter: string;
  let threadId: string;
  let proposalId: string;
  let areaId: string;

  const open = (api: ApiProcess, token: string, query: string, variables: Record<string, unknown>) => {
    const live = subscribe(api, token, query, variables);
    lives.push(live);
    return live;
  };
  const register = async (api: ApiProcess, name: string) =>
    (
      await ok(
        gqlOver(api.url, `mutation($input: RegisterInput!) { register(input: $input) { token } }`, {
          input: { email: `${name}-${Date.now()}@example.id`, password: 'rahasia-sekali-123', displayName: name },
        }),
      )
    ).register.token as string;
  const comment = async (api: ApiProcess, body: string) =>
    (await ok(gqlOver(api.url, ADD_COMMENT, { input: { threadId, body } }, author))).addComment as { id: string; body: string };

  beforeAll(async () => {
    redis = new OwnRedis(await freePort());
    await redis.start();
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, REDIS_URL: redis.url, DEMO_DATA: '0' };
    // The first instance seeds the areas; the second starts on the same, already seeded database.
    a = await startApiProcess({ ...env, SEED_REFERENCE_FILE: path.join(API_ROOT, 'seed/reference.json') });
    b = await startApiProcess({ ...env, SEED_REFERENCE_FILE: 'none' });

    author = await register(a, 'Penulis');
    voter = await register(a, 'Pemilih');
    const areas = (await ok(gqlOver(a.url, '{ areas { id } }'))).areas as { id: string }[];
    areaId = areas[0].id;
    threadId = (
      await ok(
        gqlOver(a.url, `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`, {
          input: { areaId, title: 'Jalan berlubang di pasar', body: 'Perlu diperbaiki sebelum musim hujan.' },
        }, author),
      )
    ).createThread.id;
    proposalId = (
      await ok(
        gqlOver(a.url, `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`, {
          input: { areaId, threadId, title: 'Tambal jalan pasar', body: 'Tambal lubang di depan pasar bulan ini.' },
        }, author),
      )
    ).createProposal.id;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(lives.map((l) => l.dispose().catch(() => undefined)));
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.kill();
    await db?.drop();
  }, 60_000);

  it('delivers a comment and a vote made on one instance to subscribers on the other, and heals after Redis comes back', async () => {
    const comments = open(b, voter, COMMENT_ADDED, { threadId });
    const proposal = open(b, voter, PROPOSAL_UPDATED, { proposalId });
    // Both subscriptions are in place once instance B listens on their Redis channels.
    await until('B to listen', async () => (await redis.listeners(`commentAdded.${threadId}`)) === 1);
    await until('B to listen', async () => (await redis.listeners(`proposalUpdated.${proposalId}`)) === 1);
    const leaving = open(b, voter, COMMENT_UPDATED, { threadId });
    await until('B to listen', async () => (await redis.listeners(`commentUpdated.${threadId}`)) === 1);

    const first = await comment(a, 'Setuju, saya lewat sana tiap hari.');
    expect(await comments.waitFor('the first comment on B', (e) => e.commentAdded.id === first.id)).toEqual({
      commentAdded: { id: first.id, body: first.body },
    });
    await ok(gqlOver(a.url, VOTE, { id: proposalId, value: 'SUPPORT' }, voter));
    expect(await proposal.waitFor('the vote on B', (e) => e.proposalUpdated.supportCount === 1)).toEqual({
      proposalUpdated: { id: proposalId, supportCount: 1, opposeCount: 0, status: expect.any(String) },
    });

    // Redis goes away.
    await redis.kill();
    for (const api of [a, b]) {
      await until('health to report pubsub down', async () => (await health(api)).pubsub === 'down');
      // Degraded, not down: the database is fine, so the instance keeps taking traffic.
      expect(await health(api)).toEqual({ status: 'degraded', db: 'up', pubsub: 'down', code: 200 });
    }
    // Everything but live delivery keeps working, on both instances.
    const during = [await comment(a, 'Ditulis saat Redis mati (A).'), await comment(b, 'Ditulis saat Redis mati (B).')];
    const listed = await ok(gqlOver(b.url, `query($id: ID!) { thread(id: $id) { commentCount } }`, { id: threadId }));
    expect(listed.thread.commentCount).toBe(3);
    expect(during.map((c) => c.body)).toEqual(['Ditulis saat Redis mati (A).', 'Ditulis saat Redis mati (B).']);
    await ok(gqlOver(b.url, VOTE, { id: proposalId, value: 'OPPOSE' }, voter));

    // Clients come and go while Redis is away, on channels that nobody else on B listens to, so B must
    // UNSUBSCRIBE and SUBSCRIBE in Redis: leaving must not hurt the instance, joining waits for Redis.
    await leaving.dispose();
    const joining = open(b, author, THREAD_ACTIVITY, { areaId });
    // Long enough for the Redis client to give up on commands that cannot be sent (several reconnect attempts).
    await new Promise((r) => setTimeout(r, 3_000));
    expect(b.child.exitCode).toBeNull();
    expect((await health(b)).pubsub).toBe('down');
    expect(joining.errors).toEqual([]);
    expect(joining.closed).toBe(false);

    // Redis comes back on the same port: both instances reconnect and resubscribe by themselves.
    await redis.start();
    for (const api of [a, b]) await until('health to report pubsub up', async () => (await health(api)).pubsub === 'up');
    expect(await health(a)).toEqual({ status: 'ok', db: 'up', pubsub: 'up', code: 200 });
    expect(await health(b)).toEqual({ status: 'ok', db: 'up', pubsub: 'up', code: 200 });
    // B listens again on the channels of the subscriptions that outlived the outage and of the one that joined during it.
    for (const channel of [`commentAdded.${threadId}`, `proposalUpdated.${proposalId}`, `threadActivity.${areaId}`]) {
      await until(`B to listen on ${channel}`, async () => (await redis.listeners(channel)) === 1);
    }
    // The UNSUBSCRIBE queued during the outage went out after the resubscription: nothing listens where nobody is left.
    await until('B to leave the abandoned channel', async () => (await redis.listeners(`commentUpdated.${threadId}`)) === 0);

    // The subscriptions made before the outage keep working, without resubscribing.
    const after = await comment(a, 'Redis sudah kembali.');
    await comments.waitFor('the comment after recovery on B', (e) => e.commentAdded.id === after.id);
    const thread = await ok(
      gqlOver(a.url, `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`, {
        input: { areaId, title: 'Lampu jalan padam', body: 'Sudah seminggu gelap.' },
      }, author),
    );
    await joining.waitFor('the new thread, for the client that joined during the outage', (e) => e.threadActivity.thread?.id === thread.createThread.id);
    await ok(gqlOver(a.url, VOTE, { id: proposalId, value: 'SUPPORT' }, voter));
    await proposal.waitFor('the vote after recovery on B', (e) => e.proposalUpdated.supportCount === 1 && e.proposalUpdated.opposeCount === 0 && e !== proposal.events[0]);
    // Events published while Redis was away are lost, not replayed late.
    expect(comments.events.map((e) => e.commentAdded.id)).toEqual([first.id, after.id]);
    expect(comments.closed).toBe(false);
    expect(comments.errors).toEqual([]);
    expect(joining.errors).toEqual([]);
    expect(b.child.exitCode).toBeNull();
    expect(a.child.exitCode).toBeNull();
  }, 180_000);
});
