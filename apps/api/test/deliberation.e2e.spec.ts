import { verifyChain } from '@rembug/audit-chain';
import { DataSource } from 'typeorm';
import { codes, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { id title bodyHtml tags commentCount author { displayName email } area { name } category { name } }
}`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id depth bodyHtml parent { id } author { id email } } }`;
const VOTE = `mutation($id: ID!, $value: CommentVote!) { voteComment(commentId: $id, value: $value) { agreeCount disagreeCount passCount myVote } }`;

describe('threads, comments and comment votes', () => {
  let t: TestApp;
  let areaId: string;
  let villageId: string;
  let categoryId: string;
  let author: { token: string; id: string };

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true });
    const ref = await t.gql<{ areas: { id: string; name: string }[]; categories: { id: string; name: string }[] }>(`{ areas { id name } categories { id name } }`);
    areaId = ref.data!.areas.find((a) => a.name === 'Sungai Raya')!.id;
    villageId = ref.data!.areas.find((a) => a.name === 'Kapur')!.id;
    categoryId = ref.data!.categories.find((c) => c.name === 'Jalan dan Jembatan')!.id;
    author = await registerUser(t);
  });
  afterAll(() => t.close());

  async function newThread(overrides: Record<string, unknown> = {}) {
    const res = await t.gql<{ createThread: { id: string } }>(
      CREATE_THREAD,
      { input: { title: 'Jalan rusak di Desa Kapur', body: 'Jalan **berlubang** sejak musim hujan.', areaId: villageId, categoryId, ...overrides } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createThread.id;
  }

  it('creates a thread with safe HTML and lists it under its area and the district above it', async () => {
    const res = await t.gql<{ createThread: Record<string, unknown> }>(
      CREATE_THREAD,
      { input: { title: 'Air bersih di Kapur', body: 'Sumur kering. <script>alert(1)</script> [x](javascript:alert(1))', areaId: villageId, categoryId, tags: ['Air', '#sumur', 'air'] } },
      author.token,
    );
    expect(res.errors).toBeUndefined();
    const thread = res.data!.createThread;
    expect(thread).toMatchObject({ title: 'Air bersih di Kapur', tags: ['air', 'sumur'], commentCount: 0, area: { name: 'Kapur' }, author: { email: null } });
    expect(thread.bodyHtml).not.toMatch(/<script|href="javascript:/i);
    expect(thread.bodyHtml).toContain('&lt;script&gt;');
    const inDistrict = await t.gql<{ threads: { edges: { node: { id: string } }[] } }>(`query($a: ID!) { threads(areaId: $a) { edges { node { id } } } }`, { areaId, a: areaId });
    expect(inDistrict.data!.threads.edges.map((e) => e.node.id)).toContain(thread.id);
  });

  it('rejects bad thread input naming the field, and anonymous writers', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'Hai' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ body: '   ' }, 'input.body'],
      [{ body: 'x'.repeat(20_001) }, 'input.body'],
      [{ areaId: 'nope' }, 'input.areaId'],
      [{ areaId: '00000000-0000-4000-8000-000000000000' }, 'input.areaId'],
      [{ tags: ['dua kata'] }, 'input.tags.0'],
    ];
    for (const [override, field] of cases) {
      const res = await t.gql(CREATE_THREAD, { input: { title: 'Judul yang baik', body: 'Isi', areaId: villageId, ...override } }, author.token);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    expect(codes(await t.gql(CREATE_THREAD, { input: { title: 'Judul yang baik', body: 'Isi', areaId: villageId } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('finds threads by full-text search in Indonesian', async () => {
    await newThread({ title: 'Perbaikan jembatan penyeberangan', body: 'Jembatannya sudah lapuk dan berbahaya bagi anak sekolah.' });
    const res = await t.gql<{ threads: { edges: { node: { title: string } }[] } }>(`{ threads(search: "jembatan sekolah") { edges { node { title } } } }`);
    expect(res.data!.threads.edges.map((e) => e.node.title)).toContain('Perbaikan jembatan penyeberangan');
    const none = await t.gql<{ threads: { totalCount: number } }>(`{ threads(search: "kapal terbang") { totalCount } }`);
    expect(none.data!.threads.totalCount).toBe(0);
  });

  it('nests replies and keeps counts', async () => {
    const threadId = await newThread();
    const replier = await registerUser(t);
    const top = await t.gql<{ addComment: { id: string; depth: number } }>(ADD_COMMENT, { input: { threadId, body: 'Setuju, perlu segera.' } }, replier.token);
    const reply = await t.gql<{ addComment: { id: string; depth: number; parent: { id: string } } }>(
      ADD_COMMENT,
      { input: { threadId, body: 'Saya juga.', parentId: top.data!.addComment.id } },
      author.token,
    );
    expect(reply.data!.addComment).toMatchObject({ depth: 1, parent: { id: top.data!.addComment.id } });
    const third = await t.gql<{ addComment: { depth: number } }>(ADD_COMMENT, { input: { threadId, body: 'Dan saya.', parentId: reply.data!.addComment.id } }, replier.token);
    expect(third.data!.addComment.depth).toBe(2);
    const thread = await t.gql<{ thread: { commentCount: number; participantCount: number; comments: { edges: { node: { depth: number } }[] } } }>(
      `query($id: ID!) { thread(id: $id) { commentCount participantCount comments { edges { node { depth } } } } }`,
      { id: threadId },
    );
    expect(thread.data!.thread).toMatchObject({ commentCount: 3, participantCount: 2 });
    expect(thread.data!.thread.comments.edges.map((e) => e.node.depth)).toEqual([0, 1, 2]);
    const otherThread = await newThread();
    const wrongParent = await t.gql(ADD_COMMENT, { input: { threadId: otherThread, body: 'x', parentId: top.data!.addComment.id } }, author.token);
    expect(codes(wrongParent)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses comments on a locked thread', async () => {
    const threadId = await newThread();
    await t.app.get(DataSource).query(`UPDATE threads SET locked = true WHERE id = $1`, [threadId]);
    expect(codes(await t.gql(ADD_COMMENT, { input: { threadId, body: 'Masih bisa?' } }, author.token))).toEqual(['FORBIDDEN']);
  });

  it('keeps one changeable vote per person per comment', async () => {
    const threadId = await newThread();
    const c = await t.gql<{ addComment: { id: string } }>(ADD_COMMENT, { input: { threadId, body: 'Usul: tambal sementara.' } }, author.token);
    const id = c.data!.addComment.id;
    const voter = await registerUser(t);
    expect((await t.gql<{ voteComment: object }>(VOTE, { id, value: 'AGREE' }, voter.token)).data!.voteComment).toEqual({ agreeCount: 1, disagreeCount: 0, passCount: 0, myVote: 'AGREE' });
    expect((await t.gql<{ voteComment: object }>(VOTE, { id, value: 'AGREE' }, voter.token)).data!.voteComment).toEqual({ agreeCount: 1, disagreeCount: 0, passCount: 0, myVote: 'AGREE' });
    expect((await t.gql<{ voteComment: object }>(VOTE, { id, value: 'DISAGREE' }, voter.token)).data!.voteComment).toEqual({ agreeCount: 0, disagreeCount: 1, passCount: 0, myVote: 'DISAGREE' });
    expect((await t.gql<{ voteComment: object }>(VOTE, { id, value: 'NONE' }, voter.token)).data!.voteComment).toEqual({ agreeCount: 0, disagreeCount: 0, passCount: 0, myVote: 'NONE' });
    expect(codes(await t.gql(VOTE, { id, value: 'AGREE' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(VOTE, { id: '00000000-0000-4000-8000-000000000000', value: 'AGREE' }, voter.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(VOTE, { id: 'x', value: 'AGREE' }, voter.token))).toEqual(['BAD_USER_INPUT']);
  });

  it('counts exactly under hundreds of simultaneous votes, repeats and switches', async () => {
    const threadId = await newThread();
    const c = await t.gql<{ addComment: { id: string } }>(ADD_COMMENT, { input: { threadId, body: 'Bagaimana kalau gotong royong?' } }, author.token);
    const id = c.data!.addComment.id;
    const db = t.app.get(DataSource);
    const voters: string[] = [];
    for (let i = 0; i < 120; i++) voters.push((await registerUser(t)).token);
    const values = ['AGREE', 'DISAGREE', 'PASS', 'NONE'];
    const requests: Promise<unknown>[] = [];
    voters.forEach((token, i) => {
      // Each person votes several times at once, the same value twice and a switch.
      requests.push(t.gql(VOTE, { id, value: values[i % 3] }, token));
      requests.push(t.gql(VOTE, { id, value: values[i % 3] }, token));
      requests.push(t.gql(VOTE, { id, value: values[(i + 1) % 4] }, token));
    });
    const results = (await Promise.all(requests)) as { errors?: unknown }[];
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [recount] = await db.query(
      `SELECT count(*) FILTER (WHERE value = 'AGREE')::int AS agree, count(*) FILTER (WHERE value = 'DISAGREE')::int AS disagree,
              count(*) FILTER (WHERE value = 'PASS')::int AS pass FROM comment_votes WHERE comment_id = $1`,
      [id],
    );
    const [cached] = await db.query(`SELECT agree_count AS agree, disagree_count AS disagree, pass_count AS pass FROM comments WHERE id = $1`, [id]);
    expect(cached).toEqual(recount);
    const [{ votes }] = await db.query(`SELECT count(*)::int AS votes FROM comment_votes WHERE comment_id = $1`, [id]);
    expect(votes).toBeLessThanOrEqual(120);
    const [thread] = await db.query(`SELECT vote_count FROM threads WHERE id = $1`, [threadId]);
    expect(thread.vote_count).toBe(votes);
  });

  it('appends every change to a verifiable audit chain', async () => {
    const db = t.app.get(DataSource);
    const rows = await db.query(`SELECT seq, prev_hash, hash, action FROM audit_events ORDER BY seq`);
    expect(rows.length).toBeGreaterThan(10);
    const events = await db.query(
      `SELECT seq::int AS seq, id, occurred_at AS "occurredAt", actor_id AS "actorId", actor_role AS "actorRole", action,
              target_type AS "targetType", target_id AS "targetId", summary, prev_hash AS "prevHash", hash FROM audit_events ORDER BY seq`,
    );
    expect(verifyChain(events)).toMatchObject({ ok: true, count: rows.length });
    expect(rows.map((r: { action: string }) => r.action)).toEqual(expect.arrayContaining(['thread.create', 'comment.create', 'comment.vote']));
    await expect(db.query(`UPDATE audit_events SET action = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });
});
