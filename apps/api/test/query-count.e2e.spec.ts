import { DataSource } from 'typeorm';
import { recordStatements } from './support/statements.js';
import { type GqlResult, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const THREAD_PAGE = `query($id: ID!) {
  thread(id: $id) {
    title
    author { displayName }
    area { name }
    category { name }
    comments(first: 50) { edges { node { id body author { displayName } parent { id } myVote agreeCount } } }
  }
}`;

/**
 * The statements with whitespace folded and sorted, so the order loaders fired in does not matter. TypeORM's `In()`
 * writes one placeholder per id (`IN ($1, $2, …)`): still one statement, so the list is folded to `IN ($…)`.
 */
const shapes = (statements: string[]) =>
  statements.map((s) => s.replace(/\s+/g, ' ').replace(/IN \(\$\d+(?:, \$\d+)*\)/g, 'IN ($…)').trim()).sort();

describe('statements per request', () => {
  let t: TestApp;
  let areaId: string;
  let categoryId: string;
  let viewer: { token: string; id: string };

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: { ADMIN_EMAIL: 'admin@kabupaten.example.id', ADMIN_PASSWORD: 'admin-password-2026' } });
    const ref = await t.gql<{ areas: { id: string; name: string }[]; categories: { id: string; name: string }[] }>(`{ areas { id name } categories { id name } }`);
    areaId = ref.data!.areas.find((a) => a.name === 'Kapur')!.id;
    categoryId = ref.data!.categories.find((c) => c.name === 'Jalan dan Jembatan')!.id;
    viewer = await registerUser(t);
  });
  afterAll(() => t.close());

  /** A thread with `n` comments, each by a different person; every third replies to the one before, every other one has the viewer's vote. */
  async function threadWithComments(n: number): Promise<string> {
    const author = await registerUser(t);
    const created = await t.gql<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { title: `Lampu jalan padam (${n} komentar)`, body: 'Sudah dua minggu gelap.', areaId, categoryId } },
      author.token,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    const threadId = created.data.createThread.id;
    let previous: string | null = null;
    for (let i = 0; i < n; i++) {
      const commenter = await registerUser(t);
      const parentId: string | null = i % 3 === 2 ? previous : null;
      const comment: GqlResult<{ addComment: { id: string } }> = await t.gql<{ addComment: { id: string } }>(
        `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
        { input: { threadId, body: `Komentar ke-${i + 1}`, ...(parentId ? { parentId } : {}) } },
        commenter.token,
      );
      if (!comment.data) throw new Error(JSON.stringify(comment.errors));
      previous = comment.data.addComment.id;
      if (i % 2 === 0) {
        const vote = await t.gql(`mutation($id: ID!) { voteComment(commentId: $id, value: AGREE) { id } }`, { id: previous }, viewer.token);
        if (vote.errors) throw new Error(JSON.stringify(vote.errors));
      }
    }
    return threadId;
  }

  it('loads a thread page with the same few statements for 5 comments as for 50', async () => {
    const big = await threadWithComments(50);
    const small = await threadWithComments(5);
    const recorder = recordStatements(t.app.get(DataSource));

    const pageOf = async (id: string, comments: number) => {
      let body: { comments: { edges: { node: { parent: unknown; myVote: string; author: { displayName: string } } }[] } } | undefined;
      const statements = await recorder.during(async () => {
        const res = await t.gql<{ thread: NonNullable<typeof body> }>(THREAD_PAGE, { id }, viewer.token);
        expect(res.errors).toBeUndefined();
        body = res.data!.thread;
      });
      const edges = body!.comments.edges;
      expect(edges).toHaveLength(comments);
      expect(new Set(edges.map((e) => e.node.author.displayName)).size).toBe(comments);
      expect(edges.some((e) => e.node.parent !== null)).toBe(true);
      expect(edges.filter((e) => e.node.myVote === 'AGREE')).toHaveLength(Math.ceil(comments / 2));
      return statements;
    };

    const forBig = await pageOf(big, 50);
    const forSmall = await pageOf(small, 5);
    // The same statements, not just as many: batch loaders send one `= ANY($1)` per kind, whatever the page holds.
    expect(shapes(forBig)).toEqual(shapes(forSmall));
    expect(forBig.length).toBeLessThanOrEqual(15);
    // The session lookup of the signed-in viewer is among them.
    expect(forBig.some((s) => /FROM sessions/i.test(s))).toBe(true);
  });

  it('lists proposals with their timelines in the same statements for 3 as for 20', async () => {
    const ADMIN_TOKEN = await adminToken();
    const makeProposals = async (n: number, area: string) => {
      for (let i = 0; i < n; i++) {
        const author = await registerUser(t);
        const created = await t.gql<{ createProposal: { id: string } }>(
          `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
          { input: { title: `Usulan lampu jalan nomor ${i + 1}`, body: 'Pasang lampu.', areaId: area, categoryId } },
          author.token,
        );
        if (!created.data) throw new Error(JSON.stringify(created.errors));
        const id = created.data.createProposal.id;
        await t.gql(`mutation($id: ID!) { voteProposal(proposalId: $id, value: SUPPORT) { id } }`, { id }, viewer.token);
        const answered = await t.gql(
          `mutation($input: RespondToProposalInput!) { respondToProposal(input: $input) { id } }`,
          { input: { proposalId: id, body: 'Kami tinjau.', status: 'UNDER_REVIEW' } },
          ADMIN_TOKEN,
        );
        if (answered.errors) throw new Error(JSON.stringify(answered.errors));
      }
    };
    const areas = (await t.gql<{ areas: { id: string; name: string }[] }>(`{ areas { id name } }`)).data!.areas;
    const many = areas.find((a) => a.name === 'Arang Limbung')!.id;
    const few = areas.find((a) => a.name === 'Kuala Dua')!.id;
    await makeProposals(20, many);
    await makeProposals(3, few);
    const LIST = `query($area: ID!) { proposals(areaId: $area, first: 50) { edges { node {
      id status supportCount myVote overdue author { displayName } area { name } category { name } agency { name } thread { id }
      responses { body author { displayName } agency { name } } statusHistory { from to by { displayName } response { id } }
    } } } }`;
    const recorder = recordStatements(t.app.get(DataSource));
    const listOf = async (area: string, n: number) =>
      recorder.during(async () => {
        const res = await t.gql<{ proposals: { edges: { node: { myVote: string; responses: unknown[] } }[] } }>(LIST, { area }, viewer.token);
        expect(res.errors).toBeUndefined();
        expect(res.data!.proposals.edges).toHaveLength(n);
        expect(res.data!.proposals.edges.every((e) => e.node.myVote === 'SUPPORT' && e.node.responses.length === 1)).toBe(true);
      });
    const forMany = await listOf(many, 20);
    const forFew = await listOf(few, 3);
    expect(shapes(forMany)).toEqual(shapes(forFew));
    expect(forMany.length).toBeLessThanOrEqual(15);
  });

  it('lists your follows with their threads and proposals in the same statements for 3 as for 20', async () => {
    const author = await registerUser(t);
    const targets: { type: string; id: string }[] = [];
    for (let i = 0; i < 10; i++) {
      const thread = await t.gql<{ createThread: { id: string } }>(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { title: `Jalan rusak nomor ${i + 1}`, body: 'Berlubang.', areaId, categoryId } },
        author.token,
      );
      const proposal = await t.gql<{ createProposal: { id: string } }>(
        `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
        { input: { title: `Usulan tambal jalan nomor ${i + 1}`, body: 'Tambal.', areaId, categoryId } },
        author.token,
      );
      if (!thread.data || !proposal.data) throw new Error(JSON.stringify([thread.errors, proposal.errors]));
      targets.push({ type: 'THREAD', id: thread.data.createThread.id }, { type: 'PROPOSAL', id: proposal.data.createProposal.id });
    }
    const [many, few] = [await registerUser(t), await registerUser(t)];
    for (const [user, n] of [[many, 20], [few, 3]] as const) {
      for (const target of targets.slice(0, n)) {
        const res = await t.gql(`mutation($type: FollowTarget!, $id: ID!) { follow(targetType: $type, targetId: $id) }`, target, user.token);
        if (res.errors) throw new Error(JSON.stringify(res.errors));
      }
    }
    const LIST = `{ follows(first: 50) { totalCount edges { node {
      id targetType createdAt
      thread { title author { displayName } area { name } viewerFollows followerCount }
      proposal { title myVote author { displayName } area { name } viewerFollows followerCount }
    } } } }`;
    const recorder = recordStatements(t.app.get(DataSource));
    const listFor = async (user: { token: string }, n: number) =>
      recorder.during(async () => {
        const res = await t.gql<{ follows: { totalCount: number; edges: { node: { thread: unknown; proposal: unknown } }[] } }>(LIST, {}, user.token);
        expect(res.errors).toBeUndefined();
        expect(res.data!.follows.totalCount).toBe(n);
        expect(res.data!.follows.edges.every((e) => (e.node.thread === null) !== (e.node.proposal === null))).toBe(true);
      });
    const forMany = await listFor(many, 20);
    const forFew = await listFor(few, 3);
    expect(shapes(forMany)).toEqual(shapes(forFew));
    expect(forMany.length).toBeLessThanOrEqual(12);
  });

  async function adminToken(): Promise<string> {
    const res = await t.gql<{ login: { token: string } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: 'admin@kabupaten.example.id', p: 'admin-password-2026' },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.login.token;
  }
});
