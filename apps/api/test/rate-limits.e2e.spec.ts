import { type Client, createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import type { Actor } from '../src/access/policy.js';
import { Role } from '../src/access/role.js';
import { type ClientRequest, RateLimits } from '../src/rate-limit/rate-limits.service.js';
import { codes, type GqlResult, startTestApp, type TestApp } from './support/test-app.js';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const PASSWORD = 'kata-sandi-rahasia';
const WRONG = 'bukan-kata-sandinya';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const CREATE_PROPOSAL = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const UPDATE_COMMENT = `mutation($input: UpdateCommentInput!) { updateComment(input: $input) { id } }`;
const VOTE_COMMENT = `mutation($id: ID!, $v: CommentVote!) { voteComment(commentId: $id, value: $v) { id } }`;
const VOTE_PROPOSAL = `mutation($id: ID!, $v: ProposalVote!) { voteProposal(proposalId: $id, value: $v) { id } }`;

interface Refusal {
  message: string;
  extensions: { code: string; retryAfter: number };
}

function refused(result: GqlResult): Refusal {
  expect(codes(result)).toEqual(['RATE_LIMITED']);
  return result.errors![0] as unknown as Refusal;
}

function ok<T>(result: GqlResult<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

let addressCount = 0;
/** A client address of its own (the benchmarking range 198.18.0.0/15), so tests never share address counters. */
const freshAddress = () => `198.18.${Math.floor(addressCount / 250)}.${(addressCount++ % 250) + 1}`;
const from = (address: string) => ({ 'x-forwarded-for': address });

/** An API with its limits judged by a clock the test moves: nothing waits for real time. */
interface Api {
  t: TestApp;
  db: DataSource;
  clock: { now: number; advance(seconds: number): void };
}

async function startApi(env: Record<string, string>, database?: { url: string; name: string }): Promise<Api> {
  const t = await startTestApp({ seedReference: !database, env: { RATE_LIMIT_ALLOWLIST: '', ...env }, database });
  const clock = {
    now: Date.now(),
    advance(seconds: number) {
      clock.now += seconds * 1000;
    },
  };
  t.app.get(RateLimits).clock = () => clock.now;
  return { t, db: t.app.get(DataSource), clock };
}

/** Redis keys of one database's counters, so a test run leaves nothing behind. */
async function forgetCounters(...dbNames: string[]): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    for (const name of dbNames) {
      const keys = await redis.keys(`rembug:{${name}}:rl:*`);
      if (keys.length) await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
}

let personCount = 0;
interface Person {
  token: string;
  id: string;
  email: string;
}

async function register(api: Api, address: string, email = `warga${++personCount}.${Date.now()}@example.id`): Promise<GqlResult<{ register: { token: string; user: { id: string } } }>> {
  return api.t.gql(REGISTER, { input: { email, password: PASSWORD, displayName: `Warga ${personCount}` } }, null, from(address));
}

async function person(api: Api, address = freshAddress()): Promise<Person> {
  const email = `warga${++personCount}.${Date.now()}@example.id`;
  const { register: r } = ok(await register(api, address, email));
  return { token: r.token, id: r.user.id, email };
}

/** An account older than a day: no longer new. */
async function established(api: Api): Promise<Person> {
  const p = await person(api);
  await api.db.query(`UPDATE users SET created_at = created_at - interval '2 days' WHERE id = $1`, [p.id]);
  return p;
}

async function count(api: Api, sql: string, params: unknown[]): Promise<number> {
  return Number((await api.db.query(sql, params))[0].count);
}

describe('rate limits and new-account caps', () => {
  let api: Api;
  let areaId: string;
  let threadId: string;
  let commentId: string;
  let proposalId: string;
  const login = (email: string, password: string, address = freshAddress()) => api.t.gql<{ login: { token: string } }>(LOGIN, { email, password }, null, from(address));
  const thread = (p: Person, body = 'Air sumur keruh sejak minggu lalu.', title = 'Air bersih di dusun') =>
    api.t.gql<{ createThread: { id: string } }>(CREATE_THREAD, { input: { title, body, areaId } }, p.token, from(freshAddress()));
  const proposal = (p: Person) =>
    api.t.gql(CREATE_PROPOSAL, { input: { title: 'Bangun sumur bor', body: 'Satu sumur bor untuk dusun.', areaId } }, p.token, from(freshAddress()));
  const comment = (p: Person, body = 'Setuju, perlu segera.') =>
    api.t.gql<{ addComment: { id: string } }>(ADD_COMMENT, { input: { threadId, body } }, p.token, from(freshAddress()));

  beforeAll(async () => {
    api = await startApi({ TRUST_PROXY: 'loopback', REDIS_URL });
    areaId = ok(await api.t.gql<{ areas: { id: string }[] }>(`{ areas { id } }`)).areas[0].id;
    const host = await established(api);
    threadId = ok(await thread(host)).createThread.id;
    commentId = ok(await comment(host, 'Komentar untuk dinilai.')).addComment.id;
    api.clock.advance(15); // the host's wait between a thread and a proposal
    proposalId = ok(await api.t.gql<{ createProposal: { id: string } }>(CREATE_PROPOSAL, { input: { title: 'Perbaiki jembatan', body: 'Jembatan kayu lapuk.', areaId } }, host.token))
      .createProposal.id;
  });
  afterAll(async () => {
    await forgetCounters(api.t.dbName);
    await api.t.close();
  });

  describe('sign-in', () => {
    it('counts only wrong passwords per account, from any address; then refuses even the right one, and signs nobody in', async () => {
      const p = await person(api);
      // Right passwords never count.
      for (let i = 0; i < 12; i++) ok(await login(p.email, PASSWORD));
      for (let i = 0; i < 10; i++) expect(codes(await login(p.email, WRONG))).toEqual(['UNAUTHENTICATED']);

      const sessions = await count(api, `SELECT count(*) FROM sessions WHERE user_id = $1`, [p.id]);
      // The email as typed, whatever its case, is the same account.
      const refusal = refused(await login(p.email.toUpperCase(), PASSWORD));
      expect(refusal.extensions.retryAfter).toBe(15 * 60);
      expect(refusal.message).toBe('Too many wrong passwords for this account. Wait 15 minutes, then try again.');
      expect(await count(api, `SELECT count(*) FROM sessions WHERE user_id = $1`, [p.id])).toBe(sessions);

      api.clock.advance(5 * 60);
      expect(refused(await login(p.email, PASSWORD)).extensions.retryAfter).toBe(10 * 60);
      api.clock.advance(10 * 60);
      expect(ok(await login(p.email, PASSWORD)).login.token).toMatch(/^rmb_/);
    });

    it('counts wrong sign-ins per address, whatever the account', async () => {
      const address = freshAddress();
      for (let i = 0; i < 50; i++) expect(codes(await login(`tidak-ada-${i}@example.id`, WRONG, address))).toEqual(['UNAUTHENTICATED']);
      const refusal = refused(await login('orang-lain@example.id', WRONG, address));
      expect(refusal.extensions.retryAfter).toBe(15 * 60);
      expect(refusal.message).toBe('Too many failed sign-ins from your network. Wait 15 minutes, then try again.');
      // Someone else, elsewhere, is not held back.
      expect(codes(await login('orang-lain@example.id', WRONG, freshAddress()))).toEqual(['UNAUTHENTICATED']);
    });

    it('lets exactly 10 of 30 simultaneous wrong passwords be checked', async () => {
      const p = await person(api);
      const results = await Promise.all(Array.from({ length: 30 }, () => login(p.email, WRONG)));
      const tally: Record<string, number> = {};
      for (const r of results) for (const code of codes(r)) tally[code!] = (tally[code!] ?? 0) + 1;
      expect(tally).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 20 });
    });
  });

  describe('registration', () => {
    it('allows 20 accounts an hour per address; the refused one is not created', async () => {
      const address = freshAddress();
      for (let i = 0; i < 20; i++) ok(await register(api, address));
      const email = `satu-lagi.${Date.now()}@example.id`;
      const refusal = refused(await register(api, address, email));
      expect(refusal.extensions.retryAfter).toBe(60 * 60);
      expect(refusal.message).toBe('Many accounts were just created from your network. Wait 1 hour, then try again.');
      expect(await count(api, `SELECT count(*) FROM users WHERE email = $1`, [email])).toBe(0);
      ok(await register(api, freshAddress(), email));
    });

    it('does not count a registration refused for its input', async () => {
      const address = freshAddress();
      for (let i = 0; i < 25; i++) {
        const bad = await api.t.gql(REGISTER, { input: { email: `pendek${i}@example.id`, password: 'pendek', displayName: 'Warga' } }, null, from(address));
        expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      }
      ok(await register(api, address));
    });
  });

  describe('new accounts', () => {
    it('start at most 3 threads or proposals on their first day, threads 2 minutes apart; a refused post writes nothing', async () => {
      const p = await person(api);
      const threadsOf = () => count(api, `SELECT count(*) FROM threads WHERE author_id = $1`, [p.id]);
      const proposalsOf = () => count(api, `SELECT count(*) FROM proposals WHERE author_id = $1`, [p.id]);
      const start = api.clock.now;

      ok(await thread(p));
      const wait = refused(await thread(p));
      expect(wait.extensions.retryAfter).toBe(120);
      expect(wait.message).toBe('New members wait 2 minutes between discussions. You can start another in 2 minutes.');
      expect([await threadsOf(), await proposalsOf()]).toEqual([1, 0]);
      // Turning the discussion just started into a proposal does not wait for the discussion's wait; proposals wait
      // among themselves.
      ok(await proposal(p));
      const proposalWait = refused(await proposal(p));
      expect(proposalWait.extensions.retryAfter).toBe(120);
      expect(proposalWait.message).toBe('New members wait 2 minutes between proposals. You can make another in 2 minutes.');

      api.clock.advance(100);
      expect(refused(await thread(p)).extensions.retryAfter).toBe(20);
      api.clock.advance(21);
      ok(await thread(p));
      api.clock.advance(121);
      // Threads and proposals share the day's cap of 3.
      const day = refused(await proposal(p));
      expect(day.extensions.retryAfter).toBe(24 * 60 * 60 - 242);
      expect(day.message).toBe('New members can start 3 discussions or proposals in their first day. You can start another in 24 hours.');
      expect([await threadsOf(), await proposalsOf()]).toEqual([2, 1]);

      // The window slides: a day after the first post there is room again.
      api.clock.advance(24 * 60 * 60 - 242);
      ok(await thread(p));
      api.clock.now = start; // back, so accounts made by later tests are new again
    });

    it('write at most 10 comments on their first day, 30 seconds apart', async () => {
      const p = await person(api);
      const commentsOf = () => count(api, `SELECT count(*) FROM comments WHERE author_id = $1`, [p.id]);
      ok(await comment(p));
      const wait = refused(await comment(p));
      expect(wait.extensions.retryAfter).toBe(30);
      expect(wait.message).toBe('New members wait 30 seconds between comments. You can comment again in 30 seconds.');
      expect(await commentsOf()).toBe(1);
      for (let i = 1; i < 10; i++) {
        api.clock.advance(31);
        ok(await comment(p));
      }
      api.clock.advance(31);
      const day = refused(await comment(p));
      expect(day.extensions.retryAfter).toBe(24 * 60 * 60 - 310);
      expect(day.message).toBe('New members can write 10 comments in their first day. You can comment again in 24 hours.');
      expect(await commentsOf()).toBe(10);
    });

    it('put at most 2 links in a post, counting title and body, in new posts and edits', async () => {
      const p = await person(api);
      const tooMany = await comment(p, 'Lihat https://a.example, https://b.example dan www.kuburayakab.go.id');
      expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
      expect(tooMany.errors![0].extensions!.field).toBe('input.body');
      expect(tooMany.errors![0].message).toMatch(/at most 2 links/);
      expect(await count(api, `SELECT count(*) FROM comments WHERE author_id = $1`, [p.id])).toBe(0);

      // The same link twice is one link, and the refused comment started no wait.
      const { addComment } = ok(await comment(p, 'https://a.example/ dan [sumber](https://a.example) dan https://b.example'));
      const threeInAll = await thread(p, 'Sumber: https://a.example dan https://b.example', 'Baca https://c.example dulu');
      expect(codes(threeInAll)).toEqual(['BAD_USER_INPUT']);
      expect(await count(api, `SELECT count(*) FROM threads WHERE author_id = $1`, [p.id])).toBe(0);

      const edit = await api.t.gql(UPDATE_COMMENT, { input: { commentId: addComment.id, body: 'https://a.example https://b.example https://c.example' } }, p.token, from(freshAddress()));
      expect(codes(edit)).toEqual(['BAD_USER_INPUT']);
      expect((await api.db.query(`SELECT body FROM comments WHERE id = $1`, [addComment.id]))[0].body).toMatch(/^https:\/\/a.example\/ dan/);

      const old = await established(api);
      ok(await comment(old, 'https://a.example https://b.example https://c.example https://d.example'));
    });
  });

  describe('established accounts and staff', () => {
    it('wait 15 seconds between threads and 5 between comments, with no daily cap', async () => {
      const p = await established(api);
      ok(await thread(p));
      const wait = refused(await thread(p));
      expect(wait.extensions.retryAfter).toBe(15);
      expect(wait.message).toBe('Please wait 15 seconds before starting another discussion.');
      for (let i = 0; i < 4; i++) {
        api.clock.advance(16);
        ok(await (i % 2 ? proposal(p) : thread(p)));
      }
      ok(await comment(p));
      const commentWait = refused(await comment(p));
      expect(commentWait.extensions.retryAfter).toBe(5);
      expect(commentWait.message).toBe('Please wait 5 seconds before commenting again.');
      for (let i = 0; i < 11; i++) {
        api.clock.advance(6);
        ok(await comment(p));
      }
    });

    it('staff are never new, even on their first day', async () => {
      const p = await person(api);
      await api.db.query(`UPDATE users SET role = 'MODERATOR' WHERE id = $1`, [p.id]);
      ok(await thread(p, 'Tautan: https://a.example https://b.example https://c.example'));
      expect(refused(await thread(p)).extensions.retryAfter).toBe(15);
      ok(await comment(p));
      expect(refused(await comment(p)).extensions.retryAfter).toBe(5);
    });

    it('three comments others agreed with end the first day early', async () => {
      const p = await person(api);
      const fan = await person(api);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        if (i) api.clock.advance(31);
        ids.push(ok(await comment(p, `Usul nomor ${i + 1}.`)).addComment.id);
      }
      // Their own agreement does not count.
      await api.t.gql(VOTE_COMMENT, { id: ids[0], v: 'AGREE' }, p.token, from(freshAddress()));
      for (const id of ids.slice(0, 2)) ok(await api.t.gql(VOTE_COMMENT, { id, v: 'AGREE' }, fan.token, from(freshAddress())));
      api.clock.advance(6);
      expect(refused(await comment(p)).extensions.retryAfter).toBe(24);
      ok(await api.t.gql(VOTE_COMMENT, { id: ids[2], v: 'AGREE' }, fan.token, from(freshAddress())));
      ok(await comment(p));
      expect(refused(await comment(p)).extensions.retryAfter).toBe(5);
    });
  });

  describe('votes and flags', () => {
    it('allow 60 votes a minute, comment and proposal votes together; a refused vote changes nothing', async () => {
      const p = await person(api);
      for (let i = 0; i < 59; i++) ok(await api.t.gql(VOTE_COMMENT, { id: commentId, v: i % 2 ? 'AGREE' : 'DISAGREE' }, p.token, from(freshAddress())));
      ok(await api.t.gql(VOTE_PROPOSAL, { id: proposalId, v: 'SUPPORT' }, p.token, from(freshAddress())));

      const refusal = refused(await api.t.gql(VOTE_COMMENT, { id: commentId, v: 'PASS' }, p.token, from(freshAddress())));
      expect(refusal.extensions.retryAfter).toBe(60);
      expect(refusal.message).toBe('You are voting faster than anyone can read. Wait 1 minute, then vote again.');
      refused(await api.t.gql(VOTE_PROPOSAL, { id: proposalId, v: 'OPPOSE' }, p.token, from(freshAddress())));
      expect((await api.db.query(`SELECT value FROM comment_votes WHERE comment_id = $1 AND user_id = $2`, [commentId, p.id]))[0].value).toBe('DISAGREE');
      expect((await api.db.query(`SELECT value FROM proposal_votes WHERE proposal_id = $1 AND user_id = $2`, [proposalId, p.id]))[0].value).toBe('SUPPORT');

      api.clock.advance(60);
      ok(await api.t.gql(VOTE_COMMENT, { id: commentId, v: 'PASS' }, p.token, from(freshAddress())));
    });

    it('allow 5 flags on the first day and 20 an hour after it (consumeFlag, for the moderation code)', async () => {
      const limits = api.t.app.get(RateLimits);
      const req = { ip: freshAddress(), headers: {}, socket: {} } as unknown as ClientRequest;
      const actor = (p: Person): Actor => ({ userId: p.id, role: Role.CITIZEN, agencyId: null, sessionId: '00000000-0000-4000-8000-000000000000' });

      const newcomer = actor(await person(api));
      for (let i = 0; i < 5; i++) await limits.consumeFlag(newcomer, req);
      await expect(limits.consumeFlag(newcomer, req)).rejects.toMatchObject({
        code: 'RATE_LIMITED',
        message: 'New members can flag 5 posts in their first day. You can flag again in 24 hours.',
        details: { retryAfter: 24 * 60 * 60 },
      });

      const member = actor(await established(api));
      for (let i = 0; i < 19; i++) await limits.consumeFlag(member, req);
      // A flag refused for another reason is given back.
      await (await limits.consumeFlag(member, req)).release();
      await limits.consumeFlag(member, req);
      await expect(limits.consumeFlag(member, req)).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { retryAfter: 60 * 60 } });
    });
  });
});

describe('client address', () => {
  it('ignores X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    const api = await startApi({});
    try {
      // Every request really comes from 127.0.0.1, whatever the header claims.
      for (let i = 0; i < 20; i++) ok(await register(api, freshAddress()));
      refused(await register(api, freshAddress()));
    } finally {
      await api.t.close();
    }
  });
});

/** A graphql-ws client whose upgrade request carries X-Forwarded-For, as the web server's /live relay sends it. */
function forwardedClient(url: string, token: string, address: string): Client {
  class Forwarded extends WebSocket {
    constructor(target: string | URL, protocols?: string | string[]) {
      super(target, protocols, { headers: from(address) });
    }
  }
  return createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: Forwarded, retryAttempts: 0, lazy: true, connectionParams: { authorization: `Bearer ${token}` } });
}

function overSocket(client: Client, query: string, variables: Record<string, unknown>): Promise<GqlResult> {
  return new Promise((resolve, reject) => {
    let result: GqlResult = { status: 0, data: undefined, headers: {} };
    client.subscribe(
      { query, variables },
      { next: (value) => (result = { ...result, ...(value as object) }), error: reject, complete: () => resolve(result) },
    );
  });
}

describe('RATE_LIMIT_ALLOWLIST', () => {
  let api: Api;
  let url: string;
  let areaId: string;
  const sockets: Client[] = [];
  const newThread = (p: Person, address: string, body: string) => api.t.gql(CREATE_THREAD, { input: { title: 'Jalan desa rusak', body, areaId } }, p.token, from(address));
  const LINKS = 'Lihat https://a.example https://b.example https://c.example';

  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_ALLOWLIST: '203.0.113.0/24, 198.51.100.77', TRUST_PROXY: 'loopback' });
    await api.t.app.listen(0, '127.0.0.1');
    url = (await api.t.app.getUrl()).replace('[::1]', '127.0.0.1');
    areaId = ok(await api.t.gql<{ areas: { id: string }[] }>(`{ areas { id } }`)).areas[0].id;
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await api.t.close();
  });

  it('exempts a CIDR range from new-account caps, waits and the links limit', async () => {
    const p = await person(api, '203.0.113.5');
    for (let i = 0; i < 4; i++) ok(await newThread(p, `203.0.113.${i + 10}`, LINKS));
    // The same person from elsewhere is held to them; the exempt posts were never counted.
    expect(codes(await newThread(p, '198.51.100.78', LINKS))).toEqual(['BAD_USER_INPUT']);
    ok(await newThread(p, '198.51.100.78', 'Tanpa tautan.'));
    expect(refused(await newThread(p, '198.51.100.78', 'Tanpa tautan.')).extensions.retryAfter).toBe(120);
  });

  it('exempts a single address from sign-in limits, and only that address', async () => {
    const p = await person(api);
    for (let i = 0; i < 12; i++) expect(codes(await api.t.gql(LOGIN, { email: p.email, password: WRONG }, null, from('198.51.100.77')))).toEqual(['UNAUTHENTICATED']);
    ok(await api.t.gql(LOGIN, { email: p.email, password: PASSWORD }, null, from('198.51.100.77')));
    for (let i = 0; i < 10; i++) expect(codes(await api.t.gql(LOGIN, { email: p.email, password: WRONG }, null, from('198.51.100.76')))).toEqual(['UNAUTHENTICATED']);
    refused(await api.t.gql(LOGIN, { email: p.email, password: PASSWORD }, null, from('198.51.100.76')));
  });

  it('reads the address of a WebSocket client the same way', async () => {
    const p = await person(api);
    const listed = forwardedClient(url, p.token, '203.0.113.200');
    const unlisted = forwardedClient(url, p.token, '192.0.2.1');
    sockets.push(listed, unlisted);
    const input = { title: 'Pasar desa', body: 'Atap pasar bocor.', areaId };
    for (let i = 0; i < 2; i++) ok(await overSocket(listed, CREATE_THREAD, { input }));
    ok(await overSocket(unlisted, CREATE_THREAD, { input }));
    const refusal = refused(await overSocket(unlisted, CREATE_THREAD, { input }));
    expect(refusal.extensions.retryAfter).toBe(120);
  });
});

describe('several API instances', () => {
  it('share counters through Redis, never more than the limit at once; another database keeps its own', async () => {
    const a = await startApi({ REDIS_URL, TRUST_PROXY: 'loopback' });
    const b = await startApi({ REDIS_URL, TRUST_PROXY: 'loopback' }, { url: a.t.dbUrl, name: a.t.dbName });
    const other = await startApi({ REDIS_URL, TRUST_PROXY: 'loopback' });
    try {
      const loginOn = (api: Api, email: string, password: string) => api.t.gql(LOGIN, { email, password }, null, from(freshAddress()));
      const p = await person(a);
      for (let i = 0; i < 5; i++) expect(codes(await loginOn(a, p.email, WRONG))).toEqual(['UNAUTHENTICATED']);
      for (let i = 0; i < 5; i++) expect(codes(await loginOn(b, p.email, WRONG))).toEqual(['UNAUTHENTICATED']);
      refused(await loginOn(a, p.email, PASSWORD));
      refused(await loginOn(b, p.email, PASSWORD));
      // The same email in another community is another account.
      expect(codes(await loginOn(other, p.email, WRONG))).toEqual(['UNAUTHENTICATED']);

      const q = await person(b);
      const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => loginOn(i % 2 ? a : b, q.email, WRONG)));
      expect(burst.filter((r) => codes(r)[0] === 'UNAUTHENTICATED')).toHaveLength(10);
      expect(burst.filter((r) => codes(r)[0] === 'RATE_LIMITED')).toHaveLength(20);
    } finally {
      await forgetCounters(a.t.dbName, other.t.dbName);
      await b.t.close();
      await a.t.close();
      await other.t.close();
    }
  });
});
