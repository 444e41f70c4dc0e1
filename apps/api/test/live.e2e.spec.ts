import { DataSource } from 'typeorm';
import { collect, liveClient, settle } from './support/live-client.js';
import { codes, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const COMMENT_ADDED = `subscription($t: ID!) { commentAdded(threadId: $t) { id body author { displayName } myVote } }`;
const COMMENT_UPDATED = `subscription($t: ID!) { commentUpdated(threadId: $t) { id agreeCount disagreeCount myVote } }`;
const PROPOSAL_UPDATED = `subscription($p: ID!) { proposalUpdated(proposalId: $p) { id supportCount opposeCount status myVote } }`;

describe('live updates over graphql-ws', () => {
  let t: TestApp;
  let url: string;
  let villageId: string;
  let districtId: string;
  let author: { token: string; id: string };
  const clients: ReturnType<typeof liveClient>[] = [];
  const client = (token?: string) => {
    const c = liveClient(url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true });
    await t.app.listen(0, '127.0.0.1');
    url = await t.app.getUrl();
    url = url.replace('[::1]', '127.0.0.1');
    const ref = await t.gql<{ areas: { id: string; name: string; level: string }[] }>(`{ areas { id name level } }`);
    villageId = ref.data!.areas.find((a) => a.name === 'Kapur')!.id;
    districtId = ref.data!.areas.find((a) => a.name === 'Sungai Raya' && a.level === 'DISTRICT')!.id;
    author = await registerUser(t);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  async function thread(): Promise<string> {
    const res = await t.gql<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { title: 'Lampu jalan padam', body: 'Sudah seminggu.', areaId: villageId } },
      author.token,
    );
    return res.data!.createThread.id;
  }

  const addComment = (threadId: string, body: string, token = author.token) =>
    t.gql<{ addComment: { id: string } }>(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { threadId, body } }, token);

  it('pushes new comments to anonymous and signed-in subscribers of that thread only', async () => {
    const threadId = await thread();
    const other = await thread();
    const anonymous = collect<{ commentAdded: { body: string } }>(client(), COMMENT_ADDED, { t: threadId });
    const reader = await registerUser(t);
    const signedIn = collect<{ commentAdded: { body: string; author: { displayName: string } } }>(client(reader.token), COMMENT_ADDED, { t: threadId });
    const elsewhere = collect(client(), COMMENT_ADDED, { t: other });
    await settle();
    await addComment(threadId, 'Saya lihat juga tadi malam.');
    const [a] = await anonymous.next(1);
    const [s] = await signedIn.next(1);
    expect(a.data!.commentAdded.body).toBe('Saya lihat juga tadi malam.');
    expect(s.data!.commentAdded.author.displayName).toMatch(/^Warga/);
    await settle();
    expect(elsewhere.events).toEqual([]);
  });

  it('sends nothing for a change that failed', async () => {
    const threadId = await thread();
    const sub = collect(client(), COMMENT_ADDED, { t: threadId });
    await settle();
    await t.app.get(DataSource).query(`UPDATE threads SET locked = true WHERE id = $1`, [threadId]);
    expect(codes(await addComment(threadId, 'Masih bisa?'))).toEqual(['FORBIDDEN']);
    expect(codes(await addComment(threadId, ' '))).toEqual(['BAD_USER_INPUT']);
    await settle(400);
    expect(sub.events).toEqual([]);
  });

  it('refuses a connection with a token that is not valid', async () => {
    const bad = client('rmb_' + 'x'.repeat(43));
    expect(await bad.closedWith).toBe(4403);
  });

  it('gives moderator-only updates to moderators only', async () => {
    const citizen = collect(client(author.token), `subscription { moderationQueueChanged }`);
    const anonymous = collect(client(), `subscription { moderationQueueChanged }`);
    await citizen.next(1);
    await anonymous.next(1);
    expect(citizen.error ?? citizen.events[0]).toBeTruthy();
    const codeOf = (s: typeof citizen) => {
      const errors = (s.error as { extensions?: { code?: string } }[] | null) ?? s.events[0]?.errors ?? [];
      return errors.map((e) => e.extensions?.code);
    };
    expect(codeOf(citizen)).toEqual(['FORBIDDEN']);
    expect(codeOf(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects malformed ids with BAD_USER_INPUT', async () => {
    const sub = collect(client(), COMMENT_ADDED, { t: 'not-an-id' });
    await sub.next(1);
    const errors = (sub.error as { extensions?: { code?: string } }[] | null) ?? sub.events[0]?.errors ?? [];
    expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('coalesces a vote storm into a few events that end with the exact counts and each person’s own vote', async () => {
    const threadId = await thread();
    const commentId = (await addComment(threadId, 'Pasang lampu tenaga surya.')).data!.addComment.id;
    const voters = await Promise.all(Array.from({ length: 40 }, () => registerUser(t)));
    const watcher = voters[0];
    const sub = collect<{ commentUpdated: { id: string; agreeCount: number; disagreeCount: number; myVote: string } }>(client(watcher.token), COMMENT_UPDATED, { t: threadId });
    await settle();
    await Promise.all(
      voters.map((v, i) => t.gql(`mutation($id: ID!, $v: CommentVote!) { voteComment(commentId: $id, value: $v) { id } }`, { id: commentId, v: i % 4 === 0 ? 'DISAGREE' : 'AGREE' }, v.token)),
    );
    // The storm is over: wait until an event carries all 40 votes.
    let last;
    do {
      await sub.next(sub.events.length + 1);
      last = sub.events.at(-1)!.data!.commentUpdated;
    } while (last.agreeCount + last.disagreeCount < 40);
    expect(last).toEqual({ id: commentId, agreeCount: 30, disagreeCount: 10, myVote: 'DISAGREE' });
    expect(sub.events.length).toBeLessThan(40);
    await settle(600);
    expect(sub.events.at(-1)!.data!.commentUpdated.agreeCount).toBe(30);
  });

  it('pushes proposal votes and the threshold being reached', async () => {
    await t.app.get(DataSource).query(`UPDATE areas SET support_threshold = 2 WHERE id = $1`, [villageId]);
    const created = await t.gql<{ createProposal: { id: string } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
      { input: { title: 'Lampu jalan tenaga surya', body: 'Sepuluh titik.', areaId: villageId } },
      author.token,
    );
    await t.app.get(DataSource).query(`UPDATE areas SET support_threshold = NULL WHERE id = $1`, [villageId]);
    const proposalId = created.data!.createProposal.id;
    const [v1, v2] = [await registerUser(t), await registerUser(t)];
    const sub = collect<{ proposalUpdated: { supportCount: number; status: string; myVote: string } }>(client(v1.token), PROPOSAL_UPDATED, { p: proposalId });
    await settle();
    const vote = (token: string) => t.gql(`mutation($p: ID!) { voteProposal(proposalId: $p, value: SUPPORT) { id } }`, { p: proposalId }, token);
    await vote(v1.token);
    await sub.next(1);
    await settle(300);
    await vote(v2.token);
    let last;
    do {
      await sub.next(sub.events.length + 1);
      last = sub.events.at(-1)!.data!.proposalUpdated;
    } while (last.supportCount < 2);
    expect(last).toEqual({ supportCount: 2, status: 'AWAITING_RESPONSE', opposeCount: 0, myVote: 'SUPPORT', id: proposalId });
  });

  it('announces new threads and proposals to subscribers of the area and of the areas around it', async () => {
    const district = collect<{ threadActivity: { kind: string; areaId: string; thread: { title: string } | null } }>(
      client(),
      `subscription($a: ID!) { threadActivity(areaId: $a) { kind areaId thread { title } proposal { title } } }`,
      { a: districtId },
    );
    await settle();
    await thread();
    const [event] = await district.next(1);
    expect(event.data!.threadActivity).toMatchObject({ kind: 'THREAD', areaId: villageId, thread: { title: 'Lampu jalan padam' } });
  });

  it('never sends the text of hidden content to people who may not see it', async () => {
    const threadId = await thread();
    const commentId = (await addComment(threadId, 'Komentar awal.')).data!.addComment.id;
    await t.app.get(DataSource).query(`UPDATE comments SET hidden = true, hidden_cause = 'MODERATOR' WHERE id = $1`, [commentId]);
    const UPDATED = `subscription($t: ID!) { commentUpdated(threadId: $t) { id body hidden } }`;
    const visitor = collect<{ commentUpdated: { body: string; hidden: boolean } }>(client(), UPDATED, { t: threadId });
    const own = collect<{ commentUpdated: { body: string; hidden: boolean } }>(client(author.token), UPDATED, { t: threadId });
    await settle();
    const edited = await t.gql(`mutation($input: UpdateCommentInput!) { updateComment(input: $input) { id } }`, { input: { commentId, body: 'Teks rahasia yang disembunyikan.' } }, author.token);
    expect(edited.errors).toBeUndefined();
    const [forVisitor] = await visitor.next(1);
    const [forAuthor] = await own.next(1);
    expect(forVisitor.data!.commentUpdated).toEqual({ id: commentId, body: '', hidden: true });
    expect(forAuthor.data!.commentUpdated).toEqual({ id: commentId, body: 'Teks rahasia yang disembunyikan.', hidden: true });
  });

  it('caps live operations per connection and explains documents it cannot run', async () => {
    const threadId = await thread();
    const shared = client();
    const subs = Array.from({ length: 25 }, () => collect(shared, COMMENT_ADDED, { t: threadId }));
    await settle();
    const extra = collect(shared, COMMENT_ADDED, { t: threadId });
    await extra.next(1);
    const codesOf = (s: typeof extra) => ((s.error as { extensions?: { code?: string; retryAfter?: number } }[] | null) ?? []).map((e) => e.extensions);
    expect(codesOf(extra)).toEqual([{ code: 'RATE_LIMITED', retryAfter: 1 }]);
    expect(subs.map((s) => JSON.stringify(s.error)).filter((e) => e !== "null")).toEqual([]);
    const invalid = collect(client(), `subscription { commentAdded(threadId: 1, nope: true) { id } }`);
    await invalid.next(1);
    expect(codesOf(invalid).map((e) => e?.code)).toEqual(expect.arrayContaining(['GRAPHQL_VALIDATION_FAILED']));
  });
});
