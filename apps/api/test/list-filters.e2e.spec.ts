import { DataSource } from 'typeorm';
import { codes, type GqlResult, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const ADMIN = { ADMIN_EMAIL: 'admin@kabupaten.example.id', ADMIN_PASSWORD: 'admin-password-2026' };

type User = { token: string; id: string };

interface Page<N> {
  totalCount: number;
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const THREADS = `query($first: Int, $after: String, $authorId: ID, $areaId: ID, $sort: ThreadSort) {
  threads(first: $first, after: $after, authorId: $authorId, areaId: $areaId, sort: $sort) {
    totalCount edges { cursor node { id hidden deleted author { id } } } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

const PROPOSALS = `query($first: Int, $after: String, $authorId: ID, $votedByMe: Boolean, $status: ProposalStatus, $statuses: [ProposalStatus!], $sort: ProposalSort) {
  proposals(first: $first, after: $after, authorId: $authorId, votedByMe: $votedByMe, status: $status, statuses: $statuses, sort: $sort) {
    totalCount edges { cursor node { id status responseDueAt myVote author { id } } } pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

type ThreadNode = { id: string; hidden: boolean; deleted: boolean; author: { id: string } };
type ProposalNode = { id: string; status: string; responseDueAt: string | null; myVote: string; author: { id: string } };

describe('lists by author, by your votes, by several statuses, and by deadline', () => {
  let t: TestApp;
  let db: DataSource;
  let villageId: string;
  let districtId: string;
  let otherVillageId: string;
  let moderator: User;

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: ADMIN });
    db = t.app.get(DataSource);
    const ref = await t.gql<{ areas: { id: string; name: string; level: string }[] }>(`{ areas { id name level } }`);
    villageId = ref.data!.areas.find((a) => a.name === 'Kapur')!.id;
    districtId = ref.data!.areas.find((a) => a.name === 'Sungai Raya' && a.level === 'DISTRICT')!.id;
    otherVillageId = ref.data!.areas.find((a) => a.name === 'Kubu Padi')!.id;
    const login = await t.gql<{ login: { token: string } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: ADMIN.ADMIN_EMAIL, p: ADMIN.ADMIN_PASSWORD },
    );
    moderator = await registerUser(t);
    const promoted = await t.gql(`mutation($u: ID!) { setUserRole(userId: $u, role: MODERATOR) { id } }`, { u: moderator.id }, login.data!.login.token);
    expect(promoted.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  async function newThread(author: User, areaId = villageId): Promise<string> {
    const res = await t.gql<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { title: 'Saluran air tersumbat', body: 'Banjir tiap hujan.', areaId } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createThread.id;
  }

  async function newProposal(author: User, areaId = villageId): Promise<string> {
    const res = await t.gql<{ createProposal: { id: string } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
      { input: { title: 'Normalisasi saluran air desa', body: 'Keruk saluran sepanjang 1 km.', areaId } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createProposal.id;
  }

  async function vote(voter: User, proposalId: string, value: string) {
    const res = await t.gql(`mutation($id: ID!, $v: ProposalVote!) { voteProposal(proposalId: $id, value: $v) { id } }`, { id: proposalId, v: value }, voter.token);
    expect(res.errors).toBeUndefined();
  }

  function ok<T>(res: GqlResult<T>): T {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }

  /** Every node of a list, page by page, checking that pages fit together. */
  async function all<N>(
    query: string,
    field: 'threads' | 'proposals',
    variables: Record<string, unknown>,
    first: number,
    token?: string,
  ): Promise<{ nodes: N[]; totalCount: number }> {
    const nodes: N[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(200);
      const page: Page<N> = ok(await t.gql<Record<string, Page<N>>>(query, { ...variables, first, after }, token))[field];
      if (totalCount === -1) totalCount = page.totalCount;
      expect(page.totalCount).toBe(totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.edges.length).toBeLessThanOrEqual(first);
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(first);
      after = page.pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(totalCount);
    return { nodes, totalCount };
  }

  describe('threads(authorId)', () => {
    it('lists only the threads a person started, newest first, page by page, with the other filters', async () => {
      const [a, b] = [await registerUser(t), await registerUser(t)];
      const mine: string[] = [];
      for (let i = 0; i < 3; i++) mine.push(await newThread(a));
      mine.push(await newThread(a, otherVillageId));
      await newThread(b);
      await newThread(b);

      const { nodes, totalCount } = await all<ThreadNode>(THREADS, 'threads', { authorId: a.id }, 3);
      expect(totalCount).toBe(4);
      expect(nodes.map((n) => n.id)).toEqual([...mine].reverse());
      expect(nodes.every((n) => n.author.id === a.id)).toBe(true);

      const inDistrict = ok(await t.gql<{ threads: Page<ThreadNode> }>(THREADS, { authorId: a.id, areaId: districtId })).threads;
      expect(inDistrict.edges.map((e) => e.node.id)).toEqual(mine.slice(0, 3).reverse());
      const top = ok(await t.gql<{ threads: Page<ThreadNode> }>(THREADS, { authorId: b.id, sort: 'TOP' })).threads;
      expect(top.totalCount).toBe(2);
      expect(top.edges.every((e) => e.node.author.id === b.id)).toBe(true);

      const nobody = ok(await t.gql<{ threads: Page<ThreadNode> }>(THREADS, { authorId: '00000000-0000-4000-8000-000000000000' })).threads;
      expect(nobody).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    });

    it('leaves out hidden and deleted threads exactly as the whole list does', async () => {
      const a = await registerUser(t);
      const [shown, hidden, deleted] = [await newThread(a), await newThread(a), await newThread(a)];
      await db.query(`UPDATE threads SET hidden = true, hidden_cause = 'MODERATOR' WHERE id = $1`, [hidden]);
      const del = await t.gql(`mutation($id: ID!) { deleteThread(threadId: $id) { id } }`, { id: deleted }, a.token);
      expect(del.errors).toBeUndefined();

      for (const [viewer, expected] of [
        [undefined, [shown]],
        // Authors see their own hidden threads (to read why, or to fix one held for personal data).
        [a.token, [hidden, shown]],
        [moderator.token, [hidden, shown]],
      ] as const) {
        const byAuthor = ok(await t.gql<{ threads: Page<ThreadNode> }>(THREADS, { authorId: a.id, first: 100 }, viewer)).threads;
        expect(byAuthor.edges.map((e) => e.node.id)).toEqual(expected);
        expect(byAuthor.totalCount).toBe(expected.length);
        // The same as picking the author's threads out of the unfiltered list.
        const everyone = await all<ThreadNode>(THREADS, 'threads', {}, 100, viewer);
        expect(everyone.nodes.filter((n) => n.author.id === a.id).map((n) => n.id)).toEqual(expected);
      }
    });

    it('refuses a malformed authorId naming the field', async () => {
      const res = await t.gql(THREADS, { authorId: 'warga-1' });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe('authorId');
    });
  });

  describe('proposals(authorId, votedByMe, statuses)', () => {
    it('lists only the proposals a person made', async () => {
      const [a, b] = [await registerUser(t), await registerUser(t)];
      const mine = [await newProposal(a), await newProposal(a)];
      const hidden = await newProposal(a);
      await newProposal(b);
      await db.query(`UPDATE proposals SET hidden = true, hidden_cause = 'MODERATOR' WHERE id = $1`, [hidden]);

      const list = ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { authorId: a.id })).proposals;
      expect(list.edges.map((e) => e.node.id)).toEqual([...mine].reverse());
      expect(list.totalCount).toBe(2);
      const forModerator = ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { authorId: a.id }, moderator.token)).proposals;
      expect(forModerator.edges.map((e) => e.node.id)).toEqual([...mine, hidden].reverse());
      const paged = await all<ProposalNode>(PROPOSALS, 'proposals', { authorId: a.id, sort: 'TOP' }, 1);
      expect(paged.nodes.map((n) => n.id).sort()).toEqual([...mine].sort());

      const res = await t.gql(PROPOSALS, { authorId: 'nope' });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe('authorId');
    });

    it('votedByMe: only what the viewer supports or opposes now; a withdrawn vote does not count', async () => {
      const [author, voter, other] = [await registerUser(t), await registerUser(t), await registerUser(t)];
      const [supported, opposed, withdrawn, switched] = [await newProposal(author), await newProposal(author), await newProposal(author), await newProposal(author)];
      const othersOnly = await newProposal(author);
      await newProposal(author); // nobody votes on this one
      await vote(voter, supported, 'SUPPORT');
      await vote(voter, opposed, 'OPPOSE');
      await vote(voter, withdrawn, 'SUPPORT');
      await vote(voter, withdrawn, 'NONE');
      await vote(voter, switched, 'SUPPORT');
      await vote(voter, switched, 'OPPOSE');
      await vote(other, othersOnly, 'SUPPORT');
      await vote(other, supported, 'OPPOSE');

      const mine = ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { votedByMe: true, first: 100 }, voter.token)).proposals;
      expect(mine.totalCount).toBe(3);
      expect(mine.edges.map((e) => [e.node.id, e.node.myVote])).toEqual([
        [switched, 'OPPOSE'],
        [opposed, 'OPPOSE'],
        [supported, 'SUPPORT'],
      ]);
      const paged = await all<ProposalNode>(PROPOSALS, 'proposals', { votedByMe: true, sort: 'TOP' }, 2, voter.token);
      expect(paged.nodes.map((n) => n.id).sort()).toEqual([supported, opposed, switched].sort());
      // Combined with the other filters.
      const opened = ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { votedByMe: true, authorId: other.id }, voter.token)).proposals;
      expect(opened.totalCount).toBe(0);
      // Someone who never voted has nothing there.
      expect(ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { votedByMe: true }, author.token)).proposals.totalCount).toBe(0);

      // false and null filter nothing, signed in or not.
      const everything = ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, {})).proposals.totalCount;
      expect(everything).toBeGreaterThan(3);
      for (const votedByMe of [false, null]) {
        expect(ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { votedByMe }, voter.token)).proposals.totalCount).toBe(everything);
        expect(ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { votedByMe })).proposals.totalCount).toBe(everything);
      }
    });

    it('votedByMe: true asks a visitor to sign in', async () => {
      const res = await t.gql(PROPOSALS, { votedByMe: true });
      expect(res.status).toBe(200);
      expect(res.data).toBeNull();
      expect(res.errors).toEqual([
        expect.objectContaining({ message: 'You need to sign in to do this.', path: ['proposals'], extensions: { code: 'UNAUTHENTICATED' } }),
      ]);
      expect(codes(await t.gql(PROPOSALS, { votedByMe: true }, 'not-a-real-token'))).toEqual(['UNAUTHENTICATED']);
    });

    it('statuses: any of them, together with status when both are given', async () => {
      const author = await registerUser(t);
      const byStatus: Record<string, string> = {};
      for (const status of ['OPEN', 'AWAITING_RESPONSE', 'UNDER_REVIEW', 'ACCEPTED', 'WITHDRAWN']) {
        const id = await newProposal(author);
        await db.query(`UPDATE proposals SET status = $2 WHERE id = $1`, [id, status]);
        byStatus[status] = id;
      }
      const ids = async (variables: Record<string, unknown>) =>
        ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { authorId: author.id, first: 100, ...variables })).proposals.edges.map((e) => e.node.id).sort();
      const of = (...statuses: string[]) => statuses.map((s) => byStatus[s]).sort();

      expect(await ids({ statuses: ['OPEN', 'ACCEPTED'] })).toEqual(of('OPEN', 'ACCEPTED'));
      expect(await ids({ statuses: ['AWAITING_RESPONSE', 'UNDER_REVIEW', 'AWAITING_RESPONSE'] })).toEqual(of('AWAITING_RESPONSE', 'UNDER_REVIEW'));
      expect(await ids({ statuses: ['REJECTED'] })).toEqual([]);
      expect(await ids({ statuses: null })).toEqual(of('OPEN', 'AWAITING_RESPONSE', 'UNDER_REVIEW', 'ACCEPTED', 'WITHDRAWN'));
      // Both apply.
      expect(await ids({ status: 'OPEN', statuses: ['OPEN', 'ACCEPTED'] })).toEqual(of('OPEN'));
      expect(await ids({ status: 'WITHDRAWN', statuses: ['OPEN', 'ACCEPTED'] })).toEqual([]);
      // The unchanged single status.
      expect(await ids({ status: 'UNDER_REVIEW' })).toEqual(of('UNDER_REVIEW'));
      const counted = ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { authorId: author.id, statuses: ['OPEN', 'WITHDRAWN'], first: 1 })).proposals;
      expect(counted).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    });

    it('statuses: an empty list or an unknown status is refused', async () => {
      const empty = await t.gql(PROPOSALS, { statuses: [] });
      expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
      expect(empty.errors![0].extensions!.field).toBe('statuses');
      expect(empty.errors![0].message).toMatch(/^statuses: /);
      expect(codes(await t.gql(PROPOSALS, { statuses: ['MAYBE'] }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await t.gql(`{ proposals(statuses: []) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('proposals(sort: DEADLINE)', () => {
    /** Soonest deadline first, none last; ties (and those without one) by id. */
    const byDeadline = (a: ProposalNode, b: ProposalNode) => {
      const da = a.responseDueAt ? Date.parse(a.responseDueAt) : Infinity;
      const dbb = b.responseDueAt ? Date.parse(b.responseDueAt) : Infinity;
      if (da !== dbb) return da < dbb ? -1 : 1;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    };

    let author: User;
    const due: Record<string, string | null> = {};

    beforeAll(async () => {
      author = await registerUser(t);
      // Overdue, soon, later, several sharing one deadline, and several with none.
      const deadlines = [
        '2026-09-01T00:00:00.000Z',
        '2020-01-10T08:00:00.000Z',
        null,
        '2020-01-03T08:00:00.000Z',
        '2031-05-05T05:05:05.005Z',
        '2026-09-01T00:00:00.000Z',
        null,
        '2026-09-01T00:00:00.000Z',
        '2020-01-03T08:00:00.001Z',
        null,
        null,
        '2026-09-01T00:00:00.000Z',
        null,
      ];
      for (const deadline of deadlines) {
        const id = await newProposal(author);
        if (deadline) {
          await db.query(`UPDATE proposals SET status = 'AWAITING_RESPONSE', clock_started_at = $2::timestamptz - interval '14 days', response_due_at = $2 WHERE id = $1`, [
            id,
            deadline,
          ]);
        }
        due[id] = deadline;
      }
    });

    it('puts the earliest deadline first, the most overdue leading, and those without one last', async () => {
      const page = ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { authorId: author.id, sort: 'DEADLINE', first: 100 })).proposals;
      const nodes = page.edges.map((e) => e.node);
      expect(nodes).toHaveLength(13);
      expect(nodes.map((n) => n.responseDueAt)).toEqual([
        '2020-01-03T08:00:00.000Z',
        '2020-01-03T08:00:00.001Z',
        '2020-01-10T08:00:00.000Z',
        '2026-09-01T00:00:00.000Z',
        '2026-09-01T00:00:00.000Z',
        '2026-09-01T00:00:00.000Z',
        '2026-09-01T00:00:00.000Z',
        '2031-05-05T05:05:05.005Z',
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(nodes).toEqual([...nodes].sort(byDeadline));
      for (const n of nodes) expect(n.responseDueAt).toBe(due[n.id]);
    });

    it('pages exactly at every page size: nothing skipped or repeated, among equal deadlines and among those without one', async () => {
      const whole = ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { authorId: author.id, sort: 'DEADLINE', first: 100 })).proposals.edges.map(
        (e) => e.node.id,
      );
      for (const first of [1, 2, 3, 4, 5, 12, 13]) {
        const { nodes } = await all<ProposalNode>(PROPOSALS, 'proposals', { authorId: author.id, sort: 'DEADLINE' }, first);
        expect(nodes.map((n) => n.id)).toEqual(whole);
      }
    });

    it('pages exactly through the whole list, with other people’s proposals and while new ones arrive', async () => {
      // Everything anyone made in this file, in one order, with new proposals (no deadline, so last) made between pages.
      const expected = (await all<ProposalNode>(PROPOSALS, 'proposals', { sort: 'DEADLINE' }, 100)).nodes;
      expect(expected).toEqual([...expected].sort(byDeadline));
      expect(expected.filter((n) => n.responseDueAt === null).length).toBeGreaterThan(10);

      const seen: ProposalNode[] = [];
      let after: string | null = null;
      const latecomer = await registerUser(t);
      do {
        const page: Page<ProposalNode> = ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { sort: 'DEADLINE', first: 4, after })).proposals;
        seen.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        if (seen.length === 8) await newProposal(latecomer);
      } while (after);
      const ids = seen.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(seen).toEqual([...seen].sort(byDeadline));
      // Everything that was there from the start, in the same order; the newcomer only where its id falls among the last.
      expect(ids.filter((id) => expected.some((n) => n.id === id))).toEqual(expected.map((n) => n.id));
    });

    it('serves the official’s desk: those awaiting a response, most overdue first', async () => {
      const desk = ok(
        await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { authorId: author.id, statuses: ['AWAITING_RESPONSE'], sort: 'DEADLINE', first: 3 }),
      ).proposals;
      expect(desk.totalCount).toBe(8);
      expect(desk.edges.map((e) => e.node.responseDueAt)).toEqual(['2020-01-03T08:00:00.000Z', '2020-01-03T08:00:00.001Z', '2020-01-10T08:00:00.000Z']);
      expect(desk.edges.every((e) => e.node.status === 'AWAITING_RESPONSE')).toBe(true);
    });

    it('refuses a cursor that is not from a list', async () => {
      expect(codes(await t.gql(PROPOSALS, { sort: 'DEADLINE', after: 'garbage' }))).toEqual(['BAD_USER_INPUT']);
      const topCursor = ok(await t.gql<{ proposals: Page<ProposalNode> }>(PROPOSALS, { sort: 'TOP', first: 1 })).proposals.pageInfo.endCursor;
      const res = await t.gql(PROPOSALS, { sort: 'DEADLINE', after: topCursor });
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe('after');
      // Forged: the right shape, with keys the database could not read back.
      const forged = (key: unknown) => Buffer.from(JSON.stringify([key, '00000000-0000-4000-8000-000000000000'])).toString('base64url');
      for (const [sort, key] of [['NEW', 'not a date'], ['NEW', '2026-13-45T99:00:00Z'], ['TOP', 1.5], ['TOP', 1e12]] as const) {
        const refused = await t.gql(PROPOSALS, { sort, after: forged(key) });
        expect([sort, key, codes(refused)]).toEqual([sort, key, ['BAD_USER_INPUT']]);
      }
      const threads = await t.gql(THREADS, { after: forged('yesterday') });
      expect(codes(threads)).toEqual(['BAD_USER_INPUT']);
    });
  });
});
