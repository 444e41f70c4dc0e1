import { DataSource } from 'typeorm';
import { canSee, canSeeSql } from '../src/access/policy.js';
import { Role } from '../src/access/role.js';
import { codes, type GqlResult, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const ADMIN = { ADMIN_EMAIL: 'admin@kabupaten.example.id', ADMIN_PASSWORD: 'admin-password-2026' };

type User = { token: string; id: string };

const FOLLOWS = `query($first: Int, $after: String, $targetType: FollowTarget) {
  follows(first: $first, after: $after, targetType: $targetType) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id targetType createdAt thread { id title deleted hidden } proposal { id title hidden } } }
  }
}`;

interface FollowNode {
  id: string;
  targetType: 'THREAD' | 'PROPOSAL';
  createdAt: string;
  thread: { id: string; title: string; deleted: boolean; hidden: boolean } | null;
  proposal: { id: string; title: string; hidden: boolean } | null;
}

interface FollowPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: FollowNode }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('follows: what you follow, as a list', () => {
  let t: TestApp;
  let db: DataSource;
  let villageId: string;
  let moderator: User;

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: ADMIN });
    db = t.app.get(DataSource);
    const ref = await t.gql<{ areas: { id: string; name: string }[] }>(`{ areas { id name } }`);
    villageId = ref.data!.areas.find((a) => a.name === 'Kapur')!.id;
    const login = await t.gql<{ login: { token: string } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: ADMIN.ADMIN_EMAIL, p: ADMIN.ADMIN_PASSWORD },
    );
    moderator = await registerUser(t);
    const promoted = await t.gql(`mutation($u: ID!) { setUserRole(userId: $u, role: MODERATOR) { id } }`, { u: moderator.id }, login.data!.login.token);
    expect(promoted.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  async function newThread(author: User, title = 'Lampu jalan padam di Kapur'): Promise<string> {
    const res = await t.gql<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { title, body: 'Sudah dua minggu gelap.', areaId: villageId } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createThread.id;
  }

  async function newProposal(author: User, title = 'Pasang lampu jalan tenaga surya'): Promise<string> {
    const res = await t.gql<{ createProposal: { id: string } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
      { input: { title, body: 'Sepuluh titik lampu.', areaId: villageId } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createProposal.id;
  }

  async function follow(user: User, targetType: string, targetId: string, op: 'follow' | 'unfollow' = 'follow') {
    const res = await t.gql(`mutation($type: FollowTarget!, $id: ID!) { ${op}(targetType: $type, targetId: $id) }`, { type: targetType, id: targetId }, user.token);
    expect(res.errors).toBeUndefined();
  }

  function ok<T>(res: GqlResult<T>): T {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }

  async function follows(user: User | null, variables: Record<string, unknown> = {}): Promise<FollowPage> {
    return ok(await t.gql<{ follows: FollowPage }>(FOLLOWS, { first: 100, ...variables }, user?.token)).follows;
  }

  /** Every follow, page by page, checking the pages fit together. */
  async function allPages(user: User, first: number, variables: Record<string, unknown> = {}): Promise<FollowNode[]> {
    const nodes: FollowNode[] = [];
    let after: string | null = null;
    let total = -1;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(100);
      const page = await follows(user, { ...variables, first, after });
      if (total === -1) total = page.totalCount;
      expect(page.totalCount).toBe(total);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(first);
      after = page.pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(total);
    return nodes;
  }

  it('lists your follows newest first, each with exactly its thread or its proposal', async () => {
    const [me, other] = [await registerUser(t), await registerUser(t)];
    const myThread = await newThread(me, 'Thread saya sendiri'); // authors follow what they write
    const theirThread = await newThread(other, 'Thread orang lain');
    const theirProposal = await newProposal(other, 'Usulan orang lain');
    await follow(me, 'THREAD', theirThread);
    await follow(me, 'PROPOSAL', theirProposal);
    await follow(me, 'THREAD', theirThread); // again: changes nothing

    const page = await follows(me);
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e) => e.node)).toEqual([
      { id: expect.stringMatching(UUID), targetType: 'PROPOSAL', createdAt: expect.any(String), thread: null, proposal: { id: theirProposal, title: 'Usulan orang lain', hidden: false } },
      { id: expect.stringMatching(UUID), targetType: 'THREAD', createdAt: expect.any(String), proposal: null, thread: { id: theirThread, title: 'Thread orang lain', deleted: false, hidden: false } },
      { id: expect.stringMatching(UUID), targetType: 'THREAD', createdAt: expect.any(String), proposal: null, thread: { id: myThread, title: 'Thread saya sendiri', deleted: false, hidden: false } },
    ]);
    const times = page.edges.map((e) => Date.parse(e.node.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    // The author of the proposal and of the other thread follows those, not mine.
    const theirs = await follows(other);
    expect(theirs.edges.map((e) => e.node.thread?.id ?? e.node.proposal?.id).sort()).toEqual([theirThread, theirProposal].sort());
  });

  it('filters by target type', async () => {
    const [me, other] = [await registerUser(t), await registerUser(t)];
    const threads = [await newThread(other), await newThread(other)];
    const proposals = [await newProposal(other), await newProposal(other), await newProposal(other)];
    for (const id of threads) await follow(me, 'THREAD', id);
    for (const id of proposals) await follow(me, 'PROPOSAL', id);

    const onlyThreads = await follows(me, { targetType: 'THREAD' });
    expect(onlyThreads.totalCount).toBe(2);
    expect(onlyThreads.edges.map((e) => e.node.thread!.id)).toEqual([...threads].reverse());
    expect(onlyThreads.edges.every((e) => e.node.targetType === 'THREAD' && e.node.proposal === null)).toBe(true);
    const onlyProposals = await follows(me, { targetType: 'PROPOSAL' });
    expect(onlyProposals.totalCount).toBe(3);
    expect(onlyProposals.edges.map((e) => e.node.proposal!.id)).toEqual([...proposals].reverse());
    expect((await follows(me, { targetType: null })).totalCount).toBe(5);
    expect(await allPages(me, 1, { targetType: 'PROPOSAL' })).toEqual(onlyProposals.edges.map((e) => e.node));
  });

  it('pages exactly, also through follows made at the same moment', async () => {
    const [me, other] = [await registerUser(t), await registerUser(t)];
    for (let i = 0; i < 4; i++) await follow(me, 'THREAD', await newThread(other, `Thread nomor ${i + 1} di Kapur`));
    for (let i = 0; i < 5; i++) await follow(me, 'PROPOSAL', await newProposal(other, `Usulan nomor ${i + 1} di Kapur`));
    // Several follows in one transaction share its timestamp: make most of them share one, of both kinds.
    await db.query(
      `UPDATE follows f SET created_at = '2026-01-15T10:00:00.000Z'
         FROM (SELECT target_type, target_id FROM follows WHERE user_id = $1 ORDER BY target_id LIMIT 7) tied
        WHERE f.user_id = $1 AND f.target_type = tied.target_type AND f.target_id = tied.target_id`,
      [me.id],
    );
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM follows WHERE user_id = $1 AND created_at = '2026-01-15T10:00:00.000Z'`, [me.id]);
    expect(count).toBe(7);

    const whole = (await follows(me)).edges.map((e) => e.node);
    expect(whole).toHaveLength(9);
    const times = whole.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const first of [1, 2, 3, 4, 8, 9]) {
      const nodes = await allPages(me, first);
      expect(nodes).toEqual(whole);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(9);
    }
  });

  it('gives each follow an id of its own that stays the same', async () => {
    const [me, you, other] = [await registerUser(t), await registerUser(t), await registerUser(t)];
    const threadId = await newThread(other);
    const proposalId = await newProposal(other);
    for (const user of [me, you]) {
      await follow(user, 'THREAD', threadId);
      await follow(user, 'PROPOSAL', proposalId);
    }
    const mine = (await follows(me)).edges.map((e) => e.node.id);
    const yours = (await follows(you)).edges.map((e) => e.node.id);
    expect((await follows(me)).edges.map((e) => e.node.id)).toEqual(mine);
    expect(new Set([...mine, ...yours]).size).toBe(4);
    // Unfollowing removes it; following again brings back the same id.
    await follow(me, 'THREAD', threadId, 'unfollow');
    const after = await follows(me);
    expect(after.totalCount).toBe(1);
    expect(after.edges[0].node.proposal!.id).toBe(proposalId);
    await follow(me, 'THREAD', threadId);
    expect((await follows(me)).edges.map((e) => e.node.id).sort()).toEqual([...mine].sort());
  });

  it('leaves out what a moderator hid, except for its author and moderators, as canSee does', async () => {
    const [me, author] = [await registerUser(t), await registerUser(t)];
    const [shownThread, hiddenThread] = [await newThread(author), await newThread(author)];
    const [shownProposal, hiddenProposal] = [await newProposal(author), await newProposal(author)];
    const myHiddenThread = await newThread(me);
    for (const user of [me, moderator]) {
      await follow(user, 'THREAD', shownThread);
      await follow(user, 'THREAD', hiddenThread);
      await follow(user, 'PROPOSAL', shownProposal);
      await follow(user, 'PROPOSAL', hiddenProposal);
    }
    await db.query(`UPDATE threads SET hidden = true, hidden_cause = 'MODERATOR' WHERE id = ANY($1::uuid[])`, [[hiddenThread, myHiddenThread]]);
    await db.query(`UPDATE proposals SET hidden = true, hidden_cause = 'MODERATOR' WHERE id = $1`, [hiddenProposal]);
    const targets = (page: FollowPage) => page.edges.map((e) => e.node.thread?.id ?? e.node.proposal?.id).sort();

    // My own hidden thread stays; others' hidden ones go, from the page and the count.
    const mine = await follows(me);
    expect(targets(mine)).toEqual([shownThread, shownProposal, myHiddenThread].sort());
    expect(mine.totalCount).toBe(3);
    expect(mine.edges.every((e) => (e.node.thread === null) !== (e.node.proposal === null))).toBe(true);
    expect(await allPages(me, 1)).toEqual(mine.edges.map((e) => e.node));
    expect((await follows(me, { targetType: 'PROPOSAL' })).totalCount).toBe(1);
    // The author still sees what they wrote, hidden or not.
    expect(targets(await follows(author))).toEqual([shownThread, hiddenThread, shownProposal, hiddenProposal].sort());
    // Moderators see everything they follow.
    const moderated = await follows(moderator);
    expect(targets(moderated)).toEqual([shownThread, hiddenThread, shownProposal, hiddenProposal].sort());
    expect(moderated.edges.find((e) => e.node.thread?.id === hiddenThread)!.node.thread!.hidden).toBe(true);

    // Restored, it is back.
    await db.query(`UPDATE threads SET hidden = false, hidden_cause = NULL WHERE id = $1`, [hiddenThread]);
    expect(targets(await follows(me))).toEqual([shownThread, hiddenThread, shownProposal, myHiddenThread].sort());
  });

  it('keeps a deleted thread in its place, as the thread itself does, with its text gone', async () => {
    const [me, author] = [await registerUser(t), await registerUser(t)];
    const threadId = await newThread(author, 'Akan dihapus penulisnya');
    await follow(me, 'THREAD', threadId);
    const del = await t.gql(`mutation($id: ID!) { deleteThread(threadId: $id) { id } }`, { id: threadId }, author.token);
    expect(del.errors).toBeUndefined();
    const page = await follows(me);
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].node.thread).toEqual({ id: threadId, title: '', deleted: true, hidden: false });
  });

  it('asks visitors to sign in', async () => {
    const res = await t.gql(FOLLOWS, {});
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({ message: 'You need to sign in to do this.', path: ['follows'], extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
    expect(codes(await t.gql(FOLLOWS, { targetType: 'THREAD' }, 'not-a-real-token'))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses bad paging and an unknown target type naming the argument', async () => {
    const me = await registerUser(t);
    await newThread(me);
    for (const [variables, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ after: 'garbage' }, 'after'],
      // A cursor of another list (notifications hold two values, follows three).
      [{ after: Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url') }, 'after'],
      [{ after: Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'COMMENT', '00000000-0000-4000-8000-000000000000'])).toString('base64url') }, 'after'],
      [{ after: Buffer.from(JSON.stringify(['yesterday', 'THREAD', '00000000-0000-4000-8000-000000000000'])).toString('base64url') }, 'after'],
    ] as const) {
      const res = await t.gql(FOLLOWS, variables, me.token);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    expect(codes(await t.gql(FOLLOWS, { targetType: 'COMMENT' }, me.token))).toEqual(['BAD_USER_INPUT']);
  });

  it('checks hidden content in SQL exactly as canSee does', async () => {
    const author = 'aaaaaaaa-0000-4000-8000-000000000001';
    const someone = 'aaaaaaaa-0000-4000-8000-000000000002';
    const actor = (role: Role, userId: string) => ({ userId, role, agencyId: null, sessionId: 's' });
    const actors = [null, actor(Role.CITIZEN, author), actor(Role.CITIZEN, someone), actor(Role.OFFICIAL, someone), actor(Role.MODERATOR, someone), actor(Role.ADMIN, someone)];
    for (const a of actors) {
      for (const hidden of [false, true]) {
        const params: unknown[] = [hidden, author];
        const condition = canSeeSql(a, { hidden: 'x.hidden', authorId: 'x.author_id' }, (v) => `$${params.push(v)}`);
        const [{ visible }] = await db.query(`SELECT ${condition} AS visible FROM (SELECT $1::boolean AS hidden, $2::uuid AS author_id) x`, params);
        expect([a?.role ?? 'anonymous', a?.userId === author, hidden, visible]).toEqual([a?.role ?? 'anonymous', a?.userId === author, hidden, canSee(a, { hidden, authorId: author })]);
      }
    }
  });
});
