import { DataSource } from 'typeorm';
import { codes, registerUser, startTestApp, type GqlResult, type TestApp } from './support/test-app.js';

const ADMIN = { ADMIN_EMAIL: 'admin@kabupaten.example.id', ADMIN_PASSWORD: 'admin-password-2026' };

type Person = { token: string; id: string };

const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { id targetType targetId reason note automatic resolution } }`;
const MODERATE = `mutation($input: ModerateInput!) {
  moderate(input: $input) { id action targetType targetId reason automatic suspendedUntil votesMoved moderator { id } }
}`;
const COMMENT = `query($id: ID!) { thread(id: $id) { id title body hidden hiddenReason hiddenCause locked pinned
  comments(first: 50) { edges { node { id body bodyHtml hidden hiddenReason hiddenCause personalDataFound } } } } }`;
const QUEUE = `query { moderationQueue(first: 50) { totalCount edges { node {
  id targetType targetId flagCount reasons { reason count } notes { reason note }
  comment { id body thread { id } } thread { id title } proposal { id title } author { id } flags { reason automatic }
} } } }`;
const LOG = `query($targetId: ID) { moderationLog(first: 50, targetId: $targetId) { totalCount edges { node {
  id action targetType targetId reason automatic flagCount suspendedUntil votesMoved moderator { id } mergedInto { id } movedToArea { id }
} } } }`;

interface QueueNode {
  id: string;
  targetType: string;
  targetId: string;
  flagCount: number;
  reasons: { reason: string; count: number }[];
  notes: { reason: string; note: string }[];
  comment: { id: string; body: string; thread: { id: string } } | null;
  thread: { id: string; title: string } | null;
  proposal: { id: string; title: string } | null;
  author: { id: string } | null;
  flags: { reason: string; automatic: boolean }[];
}

interface LogNode {
  id: string;
  action: string;
  targetType: string;
  targetId: string;
  reason: string;
  automatic: boolean;
  flagCount: number | null;
  suspendedUntil: string | null;
  votesMoved: number | null;
  moderator: { id: string } | null;
  mergedInto: { id: string } | null;
  movedToArea: { id: string } | null;
}

describe('moderation: flags, the queue, actions, the public log and personal-data holds', () => {
  let t: TestApp;
  let db: DataSource;
  let areaId: string;
  let otherAreaId: string;
  let admin: Person;
  let moderator: Person;
  let official: Person;

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: { ...ADMIN, FLAG_HIDE_THRESHOLD: '3' } });
    db = t.app.get(DataSource);
    const ref = await t.gql<{ areas: { id: string; name: string }[]; agencies: { id: string }[] }>(`{ areas { id name } agencies { id } }`);
    areaId = ref.data!.areas.find((a) => a.name === 'Kapur')!.id;
    otherAreaId = ref.data!.areas.find((a) => a.name !== 'Kapur')!.id;
    const login = await t.gql<{ login: { token: string; user: { id: string } } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }`,
      { e: ADMIN.ADMIN_EMAIL, p: ADMIN.ADMIN_PASSWORD },
    );
    admin = { token: login.data!.login.token, id: login.data!.login.user.id };
    moderator = await registerUser(t);
    expect((await t.gql(`mutation($u: ID!) { setUserRole(userId: $u, role: MODERATOR) { id } }`, { u: moderator.id }, admin.token)).errors).toBeUndefined();
    official = await registerUser(t);
    const agencyId = ref.data!.agencies[0].id;
    expect(
      (await t.gql(`mutation($u: ID!, $a: ID) { setUserRole(userId: $u, role: OFFICIAL, agencyId: $a) { id } }`, { u: official.id, a: agencyId }, admin.token))
        .errors,
    ).toBeUndefined();
  });
  afterAll(() => t.close());

  async function newThread(author: Person, body = 'Sudah dua minggu gelap di ujung gang.', title = 'Lampu jalan padam di Kapur'): Promise<string> {
    const res = await t.gql<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { title, body, areaId } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createThread.id;
  }

  async function newComment(author: Person, threadId: string, body = 'Saya setuju, perlu segera diperbaiki.'): Promise<string> {
    const res = await t.gql<{ addComment: { id: string } }>(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { threadId, body } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.addComment.id;
  }

  async function newProposal(author: Person, title = 'Pasang lampu tenaga surya', body = 'Sepuluh lampu di jalan utama desa.'): Promise<string> {
    const res = await t.gql<{ createProposal: { id: string } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
      { input: { title, body, areaId } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createProposal.id;
  }

  const flag = (who: Person | null, targetType: string, targetId: string, reason = 'SPAM', note?: string) =>
    t.gql<{ flagContent: { id: string; automatic: boolean } }>(FLAG, { input: { targetType, targetId, reason, note } }, who?.token);
  const moderate = (who: Person | null, input: Record<string, unknown>) =>
    t.gql<{ moderate: LogNode }>(MODERATE, { input: { reason: 'Melanggar aturan forum', ...input } }, who?.token);

  async function commentSeenBy(who: Person | null, threadId: string, commentId: string) {
    const res = await t.gql<{ thread: { comments: { edges: { node: Record<string, unknown> }[] } } }>(COMMENT, { id: threadId }, who?.token);
    return res.data!.thread.comments.edges.map((e) => e.node).find((n) => n.id === commentId)!;
  }
  async function queue(who: Person = moderator): Promise<QueueNode[]> {
    const res = await t.gql<{ moderationQueue: { edges: { node: QueueNode }[] } }>(QUEUE, {}, who.token);
    expect(res.errors).toBeUndefined();
    return res.data!.moderationQueue.edges.map((e) => e.node);
  }
  async function log(who: Person | null, targetId?: string): Promise<LogNode[]> {
    const res = await t.gql<{ moderationLog: { edges: { node: LogNode }[] } }>(LOG, { targetId }, who?.token);
    expect(res.errors).toBeUndefined();
    return res.data!.moderationLog.edges.map((e) => e.node);
  }
  const auditActions = async (targetId: string): Promise<string[]> =>
    (await db.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY seq`, [targetId])).map((r: { action: string }) => r.action);
  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await db.query(sql, params))[0].n);

  describe('flags', () => {
    it('lets a reader flag once, with a reason and a note, and refuses bad or repeated flags without writing anything', async () => {
      const author = await registerUser(t);
      const reader = await registerUser(t);
      const threadId = await newThread(author);
      const commentId = await newComment(author, threadId);

      const ok = await flag(reader, 'COMMENT', commentId, 'ABUSE', 'Menghina warga lain');
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.flagContent).toMatchObject({ targetType: 'COMMENT', targetId: commentId, reason: 'ABUSE', note: 'Menghina warga lain', automatic: false, resolution: null });

      const before = await count(`SELECT count(*) AS n FROM flags`);
      expect(codes(await flag(reader, 'COMMENT', commentId, 'SPAM'))).toEqual(['CONFLICT']);
      expect(codes(await flag(null, 'COMMENT', commentId))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await flag(author, 'COMMENT', commentId))).toEqual(['FORBIDDEN']);
      expect(codes(await flag(reader, 'COMMENT', '00000000-0000-4000-8000-000000000000'))).toEqual(['NOT_FOUND']);
      expect(codes(await flag(reader, 'COMMENT', 'bukan-id'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await flag(reader, 'USER', author.id))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await flag(reader, 'COMMENT', commentId, 'BORING'))).toEqual(['BAD_USER_INPUT']);
      const other = await registerUser(t);
      const noNote = await flag(other, 'THREAD', threadId, 'OTHER');
      expect(codes(noNote)).toEqual(['BAD_USER_INPUT']);
      expect(noNote.errors![0].extensions!.field).toBe('input.note');
      expect(codes(await flag(other, 'THREAD', threadId, 'OTHER', 'x'.repeat(501)))).toEqual(['BAD_USER_INPUT']);
      expect(await count(`SELECT count(*) AS n FROM flags`)).toBe(before);

      expect(await auditActions(commentId)).toContain('content.flag');
    });

    it('hides content after three different people flag it, exactly once even when they flag at the same moment', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      const commentId = await newComment(author, threadId, 'Beli obat murah di situs kami!');
      const readers = await Promise.all(Array.from({ length: 6 }, () => registerUser(t)));

      const two = [await flag(readers[0], 'COMMENT', commentId), await flag(readers[1], 'COMMENT', commentId)];
      expect(two.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(await commentSeenBy(null, threadId, commentId)).toMatchObject({ hidden: false, body: 'Beli obat murah di situs kami!' });

      const rest = await Promise.all(readers.slice(2).map((r) => flag(r, 'COMMENT', commentId)));
      // Whoever comes after the hide finds nothing to flag: hidden content is not theirs to see.
      const accepted = rest.filter((r) => r.errors === undefined).length;
      expect(accepted).toBeGreaterThanOrEqual(1);
      expect(rest.filter((r) => r.errors !== undefined).map(codes)).toEqual(Array(rest.length - accepted).fill(['NOT_FOUND']));

      // Hidden pending review: the public keeps the place, not the words; the author still reads them.
      expect(await commentSeenBy(null, threadId, commentId)).toMatchObject({ hidden: true, hiddenCause: 'FLAGS', body: '', bodyHtml: '', hiddenReason: null });
      expect(await commentSeenBy(readers[0], threadId, commentId)).toMatchObject({ hidden: true, body: '' });
      expect(await commentSeenBy(author, threadId, commentId)).toMatchObject({ hidden: true, body: 'Beli obat murah di situs kami!' });
      expect(await commentSeenBy(moderator, threadId, commentId)).toMatchObject({ body: 'Beli obat murah di situs kami!' });

      const entries = (await log(null, commentId)).filter((e) => e.action === 'HIDE');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ automatic: true, moderator: null, targetType: 'COMMENT' });

      const item = (await queue()).find((q) => q.targetId === commentId)!;
      expect(item).toMatchObject({
        id: `COMMENT:${commentId}`,
        targetType: 'COMMENT',
        flagCount: 2 + accepted,
        reasons: [{ reason: 'SPAM', count: 2 + accepted }],
        author: { id: author.id },
      });
      expect(entries[0].flagCount).toBe(3);
      expect(item.comment).toEqual({ id: commentId, body: 'Beli obat murah di situs kami!', thread: { id: threadId } });
      expect(await auditActions(commentId)).toContain('moderation.hide');
    });
  });

  describe('the queue', () => {
    it('is for moderators and admins only', async () => {
      expect(codes(await t.gql(QUEUE))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await t.gql(QUEUE, {}, (await registerUser(t)).token))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(QUEUE, {}, official.token))).toEqual(['FORBIDDEN']);
      expect((await t.gql(QUEUE, {}, moderator.token)).errors).toBeUndefined();
      expect((await t.gql(QUEUE, {}, admin.token)).errors).toBeUndefined();
    });

    it('groups flags by what they flag, with reasons, notes and the content in context, and pages oldest first', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author, 'Berita ini tidak benar, jalan sudah diperbaiki.');
      const [a, b] = [await registerUser(t), await registerUser(t)];
      await flag(a, 'THREAD', threadId, 'MISINFORMATION', 'Jalan belum diperbaiki');
      await flag(b, 'THREAD', threadId, 'OFF_TOPIC');
      const item = (await queue()).find((q) => q.targetId === threadId)!;
      expect(item.flagCount).toBe(2);
      expect(item.reasons.map((r) => r.reason).sort()).toEqual(['MISINFORMATION', 'OFF_TOPIC']);
      expect(item.notes).toEqual([{ reason: 'MISINFORMATION', note: 'Jalan belum diperbaiki' }]);
      expect(item.thread).toEqual({ id: threadId, title: 'Lampu jalan padam di Kapur' });
      expect(item.flags).toHaveLength(2);

      const first = await t.gql<{ moderationQueue: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: { id: string } }[] } }>(
        `query($after: String) { moderationQueue(first: 1, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`,
        {},
        moderator.token,
      );
      const all = await queue();
      expect(first.data!.moderationQueue.totalCount).toBe(all.length);
      const second = await t.gql<{ moderationQueue: { edges: { node: { id: string } }[] } }>(
        `query($after: String) { moderationQueue(first: 1, after: $after) { edges { node { id } } } }`,
        { after: first.data!.moderationQueue.pageInfo.endCursor },
        moderator.token,
      );
      expect([first.data!.moderationQueue.edges[0].node.id, second.data!.moderationQueue.edges[0]?.node.id]).toEqual(all.slice(0, 2).map((q) => q.id));
      expect(codes(await t.gql(`{ moderationQueue(after: "nonsense") { totalCount } }`, {}, moderator.token))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('who may moderate', () => {
    it('refuses anonymous visitors, citizens and officials; lets moderators and admins; moderators cannot act on an admin', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      const citizen = await registerUser(t);
      expect(codes(await moderate(null, { targetType: 'THREAD', targetId: threadId, action: 'LOCK' }))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await moderate(citizen, { targetType: 'THREAD', targetId: threadId, action: 'LOCK' }))).toEqual(['FORBIDDEN']);
      expect(codes(await moderate(official, { targetType: 'THREAD', targetId: threadId, action: 'LOCK' }))).toEqual(['FORBIDDEN']);
      expect((await moderate(moderator, { targetType: 'THREAD', targetId: threadId, action: 'LOCK' })).errors).toBeUndefined();
      expect((await moderate(admin, { targetType: 'THREAD', targetId: threadId, action: 'UNLOCK' })).errors).toBeUndefined();

      const adminThread = await newThread(admin);
      expect(codes(await moderate(moderator, { targetType: 'THREAD', targetId: adminThread, action: 'HIDE' }))).toEqual(['FORBIDDEN']);
      expect(codes(await moderate(moderator, { targetType: 'USER', targetId: admin.id, action: 'SUSPEND', durationDays: 1 }))).toEqual(['FORBIDDEN']);
      const otherModerator = await registerUser(t);
      await t.gql(`mutation($u: ID!) { setUserRole(userId: $u, role: MODERATOR) { id } }`, { u: otherModerator.id }, admin.token);
      expect(codes(await moderate(moderator, { targetType: 'USER', targetId: otherModerator.id, action: 'SUSPEND', durationDays: 1 }))).toEqual(['FORBIDDEN']);
      expect(codes(await moderate(moderator, { targetType: 'USER', targetId: moderator.id, action: 'SUSPEND', durationDays: 1 }))).toEqual(['FORBIDDEN']);
      expect((await t.gql<{ thread: { hidden: boolean } }>(COMMENT, { id: adminThread })).data!.thread.hidden).toBe(false);
    });

    it('refuses every action to visitors, citizens and officials, and lets flags come from every signed-in role', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      const proposalId = await newProposal(author);
      const otherProposal = await newProposal(author, 'Usulan lain yang sama');
      const citizen = await registerUser(t);
      const before = await count(`SELECT count(*) AS n FROM moderation_actions`);
      const inputs: Record<string, unknown>[] = [
        { targetType: 'THREAD', targetId: threadId, action: 'HIDE' },
        { targetType: 'THREAD', targetId: threadId, action: 'RESTORE' },
        { targetType: 'THREAD', targetId: threadId, action: 'LOCK' },
        { targetType: 'THREAD', targetId: threadId, action: 'UNLOCK' },
        { targetType: 'THREAD', targetId: threadId, action: 'PIN' },
        { targetType: 'THREAD', targetId: threadId, action: 'UNPIN' },
        { targetType: 'THREAD', targetId: threadId, action: 'MOVE', areaId: otherAreaId },
        { targetType: 'PROPOSAL', targetId: proposalId, action: 'MERGE', intoProposalId: otherProposal },
        { targetType: 'USER', targetId: author.id, action: 'SUSPEND', durationDays: 1 },
        { targetType: 'USER', targetId: author.id, action: 'UNSUSPEND' },
        { targetType: 'THREAD', targetId: threadId, action: 'DISMISS' },
      ];
      for (const input of inputs) {
        expect([input.action, codes(await moderate(null, input))]).toEqual([input.action, ['UNAUTHENTICATED']]);
        expect([input.action, codes(await moderate(citizen, input))]).toEqual([input.action, ['FORBIDDEN']]);
        expect([input.action, codes(await moderate(official, input))]).toEqual([input.action, ['FORBIDDEN']]);
      }
      expect(await count(`SELECT count(*) AS n FROM moderation_actions`)).toBe(before);
      expect(await count(`SELECT count(*) AS n FROM users WHERE id = $1 AND suspended_until IS NOT NULL`, [author.id])).toBe(0);

      expect(codes(await flag(null, 'THREAD', threadId))).toEqual(['UNAUTHENTICATED']);
      for (const who of [citizen, official, moderator, admin]) {
        expect((await flag(who, 'PROPOSAL', proposalId, 'OFF_TOPIC')).errors).toBeUndefined();
      }
    });

    it('refuses malformed actions with BAD_USER_INPUT and changes nothing', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      const commentId = await newComment(author, threadId);
      const before = await count(`SELECT count(*) AS n FROM moderation_actions`);
      const bad = [
        { targetType: 'COMMENT', targetId: commentId, action: 'LOCK' },
        { targetType: 'COMMENT', targetId: commentId, action: 'PIN' },
        { targetType: 'THREAD', targetId: threadId, action: 'MERGE' },
        { targetType: 'THREAD', targetId: threadId, action: 'HIDE', reason: 'x' },
        { targetType: 'THREAD', targetId: threadId, action: 'MOVE' },
        { targetType: 'THREAD', targetId: threadId, action: 'MOVE', areaId: '00000000-0000-4000-8000-000000000000' },
        { targetType: 'USER', targetId: author.id, action: 'SUSPEND' },
        { targetType: 'USER', targetId: author.id, action: 'SUSPEND', durationDays: 0 },
        { targetType: 'USER', targetId: author.id, action: 'SUSPEND', until: '2001-01-01T00:00:00Z' },
        { targetType: 'USER', targetId: author.id, action: 'HIDE' },
      ];
      for (const input of bad) expect([input, codes(await moderate(moderator, input))]).toEqual([input, ['BAD_USER_INPUT']]);
      expect(codes(await moderate(moderator, { targetType: 'THREAD', targetId: '00000000-0000-4000-8000-000000000000', action: 'HIDE' }))).toEqual(['NOT_FOUND']);
      expect(await count(`SELECT count(*) AS n FROM moderation_actions`)).toBe(before);
    });
  });

  describe('actions', () => {
    it('HIDE puts the public reason in place of the text; RESTORE brings it back; both are logged and chained', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      const commentId = await newComment(author, threadId, 'Kata-kata kasar di sini.');
      const reader = await registerUser(t);
      await flag(reader, 'COMMENT', commentId, 'ABUSE');

      const hid = await moderate(moderator, { targetType: 'COMMENT', targetId: commentId, action: 'HIDE', reason: 'Menghina sesama warga' });
      expect(hid.errors).toBeUndefined();
      expect(hid.data!.moderate).toMatchObject({ action: 'HIDE', reason: 'Menghina sesama warga', automatic: false, moderator: null });
      expect(await commentSeenBy(null, threadId, commentId)).toMatchObject({ hidden: true, hiddenCause: 'MODERATOR', hiddenReason: 'Menghina sesama warga', body: '' });
      expect((await queue()).some((q) => q.targetId === commentId)).toBe(false);
      expect(await count(`SELECT count(*) AS n FROM flags WHERE target_id = $1 AND resolution = 'ACTIONED'`, [commentId])).toBe(1);
      expect(codes(await moderate(moderator, { targetType: 'COMMENT', targetId: commentId, action: 'HIDE' }))).toEqual(['CONFLICT']);

      // The author hears of it.
      const notes = await t.gql<{ notifications: { edges: { node: { kind: string; moderationAction: string } }[] } }>(
        `{ notifications(first: 5) { edges { node { kind moderationAction } } } }`,
        {},
        author.token,
      );
      expect(notes.data!.notifications.edges.map((e) => e.node)).toContainEqual({ kind: 'MODERATION', moderationAction: 'HIDDEN' });

      expect((await moderate(moderator, { targetType: 'COMMENT', targetId: commentId, action: 'RESTORE', reason: 'Sudah ditinjau ulang' })).errors).toBeUndefined();
      expect(await commentSeenBy(null, threadId, commentId)).toMatchObject({ hidden: false, hiddenCause: null, hiddenReason: null, body: 'Kata-kata kasar di sini.' });
      expect(codes(await moderate(moderator, { targetType: 'COMMENT', targetId: commentId, action: 'RESTORE' }))).toEqual(['CONFLICT']);
      expect(await auditActions(commentId)).toEqual(expect.arrayContaining(['moderation.hide', 'moderation.restore']));
      const verify = await t.gql<{ verifyAuditChain: { ok: boolean } }>(`{ verifyAuditChain { ok } }`, {}, admin.token);
      expect(verify.data!.verifyAuditChain.ok).toBe(true);
    });

    it('HIDE on a thread keeps its page with the reason, and takes it out of lists', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author, 'Iklan judi online', 'Iklan judi online di sini');
      await moderate(moderator, { targetType: 'THREAD', targetId: threadId, action: 'HIDE', reason: 'Iklan' });
      const seen = await t.gql<{ thread: { title: string; body: string; hidden: boolean; hiddenReason: string } }>(COMMENT, { id: threadId });
      expect(seen.data!.thread).toMatchObject({ title: '', body: '', hidden: true, hiddenReason: 'Iklan' });
      const list = await t.gql<{ threads: { edges: { node: { id: string } }[] } }>(`{ threads(first: 100) { edges { node { id } } } }`);
      expect(list.data!.threads.edges.map((e) => e.node.id)).not.toContain(threadId);
      const mine = await t.gql<{ threads: { edges: { node: { id: string } }[] } }>(`query($a: ID) { threads(first: 100, authorId: $a) { edges { node { id } } } }`, { a: author.id }, author.token);
      expect(mine.data!.threads.edges.map((e) => e.node.id)).toContain(threadId);
    });

    it('LOCK stops new comments until UNLOCK', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      await moderate(moderator, { targetType: 'THREAD', targetId: threadId, action: 'LOCK', reason: 'Diskusi memanas' });
      const refused = await t.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { threadId, body: 'Boleh saya tambah?' } }, author.token);
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      expect(codes(await moderate(moderator, { targetType: 'THREAD', targetId: threadId, action: 'LOCK' }))).toEqual(['CONFLICT']);
      await moderate(moderator, { targetType: 'THREAD', targetId: threadId, action: 'UNLOCK', reason: 'Sudah tenang' });
      expect(await newComment(author, threadId)).toBeTruthy();
    });

    it('PIN and UNPIN mark threads and proposals to read first', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      const proposalId = await newProposal(author);
      await moderate(moderator, { targetType: 'THREAD', targetId: threadId, action: 'PIN', reason: 'Informasi penting' });
      await moderate(moderator, { targetType: 'PROPOSAL', targetId: proposalId, action: 'PIN', reason: 'Informasi penting' });
      const pinned = await t.gql<{ threads: { edges: { node: { id: string; pinned: boolean } }[] }; proposals: { edges: { node: { id: string } }[] } }>(
        `{ threads(pinned: true, first: 50) { edges { node { id pinned } } } proposals(pinned: true, first: 50) { edges { node { id } } } }`,
      );
      expect(pinned.data!.threads.edges.map((e) => e.node.id)).toContain(threadId);
      expect(pinned.data!.proposals.edges.map((e) => e.node.id)).toContain(proposalId);
      await moderate(moderator, { targetType: 'THREAD', targetId: threadId, action: 'UNPIN', reason: 'Sudah lewat' });
      const after = await t.gql<{ threads: { edges: { node: { id: string } }[] } }>(`{ threads(pinned: true, first: 50) { edges { node { id } } } }`);
      expect(after.data!.threads.edges.map((e) => e.node.id)).not.toContain(threadId);
    });

    it('MOVE takes a thread or proposal to another area or category, logged with where it went', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      const categories = await t.gql<{ categories: { id: string }[] }>(`{ categories { id } }`);
      const categoryId = categories.data!.categories[0].id;
      const moved = await moderate(moderator, { targetType: 'THREAD', targetId: threadId, action: 'MOVE', areaId: otherAreaId, categoryId, reason: 'Salah wilayah' });
      expect(moved.errors).toBeUndefined();
      const seen = await t.gql<{ thread: { area: { id: string }; category: { id: string } } }>(`query($id: ID!) { thread(id: $id) { area { id } category { id } } }`, { id: threadId });
      expect(seen.data!.thread).toEqual({ area: { id: otherAreaId }, category: { id: categoryId } });
      expect((await log(null, threadId))[0]).toMatchObject({ action: 'MOVE', movedToArea: { id: otherAreaId } });
      expect(codes(await moderate(moderator, { targetType: 'THREAD', targetId: threadId, action: 'MOVE', areaId: otherAreaId, categoryId }))).toEqual(['CONFLICT']);
    });

    it('MERGE moves votes to the other proposal without counting anyone twice', async () => {
      const [authorA, authorB] = [await registerUser(t), await registerUser(t)];
      const duplicate = await newProposal(authorA, 'Lampu jalan tenaga surya');
      const original = await newProposal(authorB, 'Pasang lampu jalan di Kapur');
      const voters = await Promise.all(Array.from({ length: 5 }, () => registerUser(t)));
      const vote = (who: Person, id: string, value: string) =>
        t.gql(`mutation($id: ID!, $v: ProposalVote!) { voteProposal(proposalId: $id, value: $v) { id } }`, { id, v: value }, who.token);
      // voters 0–2 support only the duplicate; voter 3 supports both; voter 4 opposes the duplicate but supports the original.
      for (const v of voters.slice(0, 4)) expect((await vote(v, duplicate, 'SUPPORT')).errors).toBeUndefined();
      await vote(voters[4], duplicate, 'OPPOSE');
      await vote(voters[3], original, 'SUPPORT');
      await vote(voters[4], original, 'SUPPORT');
      // The original's author supported the duplicate: they are not counted on their own proposal.
      await vote(authorB, duplicate, 'SUPPORT');

      const merged = await moderate(moderator, { targetType: 'PROPOSAL', targetId: duplicate, action: 'MERGE', intoProposalId: original, reason: 'Usulan yang sama' });
      expect(merged.errors).toBeUndefined();
      expect(merged.data!.moderate).toMatchObject({ action: 'MERGE', votesMoved: 3 });

      const P = `query($id: ID!) { proposal(id: $id) { id status supportCount opposeCount mergedInto { id } statusHistory { to cause } } }`;
      const dup = await t.gql<{ proposal: { status: string; supportCount: number; mergedInto: { id: string }; statusHistory: { to: string; cause: string }[] } }>(P, { id: duplicate });
      expect(dup.data!.proposal).toMatchObject({ status: 'MERGED', supportCount: 0, opposeCount: 0, mergedInto: { id: original } });
      expect(dup.data!.proposal.statusHistory.at(-1)).toEqual({ to: 'MERGED', cause: 'MERGED_BY_MODERATOR' });
      const orig = await t.gql<{ proposal: { supportCount: number; opposeCount: number } }>(P, { id: original });
      // voters 0,1,2 moved; 3 and 4 keep the vote they cast on the original; authorB not counted.
      expect(orig.data!.proposal).toMatchObject({ supportCount: 5, opposeCount: 0 });
      const recount = await db.query(`SELECT value, count(*)::int AS n FROM proposal_votes WHERE proposal_id = $1 GROUP BY value`, [original]);
      expect(recount).toEqual([{ value: 'SUPPORT', n: 5 }]);
      expect(await count(`SELECT count(*) AS n FROM proposal_votes WHERE proposal_id = $1`, [duplicate])).toBe(0);
      expect(codes(await vote(voters[0], duplicate, 'SUPPORT'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await moderate(moderator, { targetType: 'PROPOSAL', targetId: duplicate, action: 'MERGE', intoProposalId: original }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await moderate(moderator, { targetType: 'PROPOSAL', targetId: original, action: 'MERGE', intoProposalId: original }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await moderate(moderator, { targetType: 'PROPOSAL', targetId: original, action: 'MERGE', intoProposalId: duplicate }))).toEqual(['BAD_USER_INPUT']);
    });

    it('SUSPEND ends the sessions; the person reads but cannot write until UNSUSPEND', async () => {
      const person = await registerUser(t);
      const threadId = await newThread(person);
      const commentId = await newComment(person, threadId);
      const res = await moderate(moderator, { targetType: 'COMMENT', targetId: commentId, action: 'SUSPEND', durationDays: 7, reason: 'Berulang kali menghina' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.moderate).toMatchObject({ targetType: 'USER', targetId: person.id, action: 'SUSPEND' });
      expect(new Date(res.data!.moderate.suspendedUntil!).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

      // The old token no longer works.
      expect((await t.gql<{ me: null }>(`{ me { id } }`, {}, person.token)).data!.me).toBeNull();
      const login = await t.gql<{ login: { token: string } }>(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: person.email, p: 'kata-sandi-rahasia' },
      );
      const again = { token: login.data!.login.token, id: person.id };
      const me = await t.gql<{ me: { suspension: { reason: string; until: string } } }>(`{ me { suspension { reason until } } }`, {}, again.token);
      expect(me.data!.me.suspension.reason).toBe('Berulang kali menghina');
      expect((await t.gql(COMMENT, { id: threadId }, again.token)).errors).toBeUndefined();
      const write = await t.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { threadId, body: 'Saya mau menulis lagi' } }, again.token);
      expect(codes(write)).toEqual(['FORBIDDEN']);
      expect(write.errors![0].message).toMatch(/suspended/);
      expect(write.errors![0].extensions!.suspendedUntil).toBe(res.data!.moderate.suspendedUntil);
      expect(codes(await newThreadAttempt(again))).toEqual(['FORBIDDEN']);
      const other = await registerUser(t);
      const otherThread = await newThread(other);
      expect(codes(await flag(again, 'THREAD', otherThread))).toEqual(['FORBIDDEN']);
      // Others cannot see the suspension's details.
      const seen = await t.gql<{ user: { suspension: null } }>(`query($id: ID!) { user(id: $id) { suspension { reason } } }`, { id: person.id }, other.token);
      expect(seen.data!.user.suspension).toBeNull();

      expect((await moderate(moderator, { targetType: 'USER', targetId: person.id, action: 'UNSUSPEND', reason: 'Masa skorsing dipersingkat' })).errors).toBeUndefined();
      expect(await newComment(again, threadId)).toBeTruthy();
      expect(codes(await moderate(moderator, { targetType: 'USER', targetId: person.id, action: 'UNSUSPEND' }))).toEqual(['CONFLICT']);
      expect((await log(null, person.id)).map((e) => e.action)).toEqual(['UNSUSPEND', 'SUSPEND']);
    });

    it('DISMISS closes the flags and brings back what the flags had hidden', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      const commentId = await newComment(author, threadId, 'Pendapat yang tidak populer.');
      for (let i = 0; i < 3; i++) await flag(await registerUser(t), 'COMMENT', commentId, 'ABUSE');
      expect(await commentSeenBy(null, threadId, commentId)).toMatchObject({ hidden: true, hiddenCause: 'FLAGS' });
      expect((await moderate(moderator, { targetType: 'COMMENT', targetId: commentId, action: 'DISMISS', reason: 'Tidak melanggar aturan' })).errors).toBeUndefined();
      expect(await commentSeenBy(null, threadId, commentId)).toMatchObject({ hidden: false, body: 'Pendapat yang tidak populer.' });
      expect((await queue()).some((q) => q.targetId === commentId)).toBe(false);
      expect(await count(`SELECT count(*) AS n FROM flags WHERE target_id = $1 AND resolution = 'DISMISSED'`, [commentId])).toBe(3);
      expect(codes(await moderate(moderator, { targetType: 'COMMENT', targetId: commentId, action: 'DISMISS' }))).toEqual(['CONFLICT']);
    });
  });

  describe('the public log', () => {
    it('is readable by anyone; only admins see which moderator acted; entries cannot be changed', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      await moderate(moderator, { targetType: 'THREAD', targetId: threadId, action: 'LOCK', reason: 'Diskusi selesai' });
      const asPublic = (await log(null, threadId))[0];
      expect(asPublic).toMatchObject({ action: 'LOCK', reason: 'Diskusi selesai', targetType: 'THREAD', moderator: null });
      expect((await log(moderator, threadId))[0].moderator).toBeNull();
      expect((await log(admin, threadId))[0].moderator).toEqual({ id: moderator.id });
      await expect(db.query(`UPDATE moderation_actions SET reason = 'diubah' WHERE id = $1`, [asPublic.id])).rejects.toThrow(/append-only/);
      await expect(db.query(`DELETE FROM moderation_actions WHERE id = $1`, [asPublic.id])).rejects.toThrow(/append-only/);
      const filtered = await t.gql<{ moderationLog: { edges: { node: { action: string } }[] } }>(`{ moderationLog(first: 100, action: LOCK) { edges { node { action } } } }`);
      expect(new Set(filtered.data!.moderationLog.edges.map((e) => e.node.action))).toEqual(new Set(['LOCK']));
      // A forged cursor is the reader's mistake, whatever it holds.
      for (const key of ['5', 'kemarin', 12]) {
        const after = Buffer.from(JSON.stringify([key, '00000000-0000-4000-8000-000000000000'])).toString('base64url');
        expect(codes(await t.gql(`query($after: String) { moderationLog(after: $after) { totalCount } }`, { after }))).toEqual(['BAD_USER_INPUT']);
        expect(codes(await t.gql(`query($after: String) { moderationQueue(after: $after) { totalCount } }`, { after }, moderator.token))).toEqual(['BAD_USER_INPUT']);
      }
    });
  });

  describe('personal data (UU PDP)', () => {
    it('holds a comment with a phone number for its author and moderators, and releases it when the author edits the number out', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author);
      const commentId = await newComment(author, threadId, 'Hubungi saya di 0812-3456-7890 ya.');
      const reader = await registerUser(t);
      expect(await commentSeenBy(reader, threadId, commentId)).toMatchObject({ hidden: true, hiddenCause: 'PERSONAL_DATA', body: '', personalDataFound: [] });
      expect(await commentSeenBy(author, threadId, commentId)).toMatchObject({ hidden: true, body: 'Hubungi saya di 0812-3456-7890 ya.', personalDataFound: ['PHONE'] });
      const ONE = `query($id: ID!) { comment(id: $id) { id body bodyHtml hiddenCause } }`;
      expect((await t.gql<{ comment: object }>(ONE, { id: commentId })).data!.comment).toEqual({ id: commentId, body: '', bodyHtml: '', hiddenCause: 'PERSONAL_DATA' });
      expect((await t.gql<{ comment: { body: string } }>(ONE, { id: commentId }, author.token)).data!.comment.body).toBe('Hubungi saya di 0812-3456-7890 ya.');
      const item = (await queue()).find((q) => q.targetId === commentId)!;
      expect(item).toMatchObject({ flagCount: 0, reasons: [{ reason: 'PERSONAL_DATA', count: 1 }], flags: [{ reason: 'PERSONAL_DATA', automatic: true }] });

      const edit = await t.gql(`mutation($input: UpdateCommentInput!) { updateComment(input: $input) { id hidden } }`, {
        input: { commentId, body: 'Hubungi saya lewat pesan di Rembug ya.' },
      }, author.token);
      expect(edit.errors).toBeUndefined();
      expect(await commentSeenBy(reader, threadId, commentId)).toMatchObject({ hidden: false, hiddenCause: null, body: 'Hubungi saya lewat pesan di Rembug ya.' });
      expect((await queue()).some((q) => q.targetId === commentId)).toBe(false);
      expect(await count(`SELECT count(*) AS n FROM flags WHERE target_id = $1 AND resolution = 'EDITED'`, [commentId])).toBe(1);
      // The public history keeps the first version, with the number masked.
      const history = await t.gql<{ thread: { comments: { edges: { node: { id: string; revisions: { version: number; body: string }[] } }[] } } }>(
        `query($id: ID!) { thread(id: $id) { comments(first: 50) { edges { node { id revisions { version body } } } } } }`,
        { id: threadId },
        reader.token,
      );
      const revisions = history.data!.thread.comments.edges.find((e) => e.node.id === commentId)!.node.revisions;
      expect(revisions.map((r) => r.version)).toEqual([1, 2]);
      expect(revisions[0].body).not.toMatch(/3456|7890/);
      expect(revisions[0].body).toMatch(/^Hubungi saya di .+ ya\.$/);
    });

    it('holds threads and proposals with a NIK or an e-mail address; a moderator may approve them', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author, 'NIK saya 6112010101900001 tidak terdaftar di DTKS, mohon dibantu.', 'Bantuan sosial tidak cair');
      const thread = await t.gql<{ thread: { hidden: boolean; hiddenCause: string; title: string } }>(COMMENT, { id: threadId });
      expect(thread.data!.thread).toMatchObject({ hidden: true, hiddenCause: 'PERSONAL_DATA', title: '' });
      const proposalId = await newProposal(author, 'Layanan aduan lewat surel', 'Kirim aduan ke budi.santoso@example.com agar cepat.');
      const proposal = await t.gql<{ proposal: { hidden: boolean; hiddenCause: string; body: string } }>(`query($id: ID!) { proposal(id: $id) { hidden hiddenCause body } }`, { id: proposalId });
      expect(proposal.data!.proposal).toMatchObject({ hidden: true, hiddenCause: 'PERSONAL_DATA', body: '' });
      const mine = await t.gql<{ proposal: { body: string; personalDataFound: string[] } }>(`query($id: ID!) { proposal(id: $id) { body personalDataFound } }`, { id: proposalId }, author.token);
      expect(mine.data!.proposal.personalDataFound).toEqual(['EMAIL']);

      expect((await moderate(moderator, { targetType: 'PROPOSAL', targetId: proposalId, action: 'RESTORE', reason: 'Alamat surel kantor, boleh tampil' })).errors).toBeUndefined();
      const approved = await t.gql<{ proposal: { hidden: boolean; body: string } }>(`query($id: ID!) { proposal(id: $id) { hidden body } }`, { id: proposalId });
      expect(approved.data!.proposal).toEqual({ hidden: false, body: 'Kirim aduan ke budi.santoso@example.com agar cepat.' });
    });

    it('lets ordinary numbers through: prices, dates, counts', async () => {
      const author = await registerUser(t);
      const threadId = await newThread(author, 'Anggaran Rp 1.500.000.000 untuk 12 km jalan, dikerjakan 12-08-2026 oleh 35 pekerja di RT 03 RW 05.');
      const seen = await t.gql<{ thread: { hidden: boolean } }>(COMMENT, { id: threadId });
      expect(seen.data!.thread.hidden).toBe(false);
    });
  });

  async function newThreadAttempt(who: Person): Promise<GqlResult> {
    return t.gql(`mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`, { input: { title: 'Judul diskusi baru', body: 'Isi', areaId } }, who.token);
  }
});

describe('flagging is rate-limited', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: { RATE_LIMIT_ALLOWLIST: '' } });
  });
  afterAll(() => t.close());

  it('refuses a new account\'s sixth flag of the day with RATE_LIMITED and retryAfter, and records nothing', async () => {
    const areas = await t.gql<{ areas: { id: string }[] }>(`{ areas { id } }`);
    const areaId = areas.data!.areas[0].id;
    const authors = await Promise.all(Array.from({ length: 6 }, () => registerUser(t)));
    const threads: string[] = [];
    for (const author of authors) {
      const res = await t.gql<{ createThread: { id: string } }>(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
        { input: { title: 'Jalan desa rusak parah', body: 'Perlu perbaikan.', areaId } },
        author.token,
      );
      threads.push(res.data!.createThread.id);
    }
    const reader = await registerUser(t);
    for (const id of threads.slice(0, 5)) {
      expect((await t.gql(FLAG, { input: { targetType: 'THREAD', targetId: id, reason: 'SPAM' } }, reader.token)).errors).toBeUndefined();
    }
    const refused = await t.gql(FLAG, { input: { targetType: 'THREAD', targetId: threads[5], reason: 'SPAM' } }, reader.token);
    expect(codes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.errors![0].extensions!.retryAfter).toEqual(expect.any(Number));
    expect(refused.errors![0].extensions!.retryAfter as number).toBeGreaterThan(0);
    const db = t.app.get(DataSource);
    expect(Number((await db.query(`SELECT count(*) AS n FROM flags WHERE target_id = $1`, [threads[5]]))[0].n)).toBe(0);
  });
});
