import { verifyChain } from '@rembug/audit-chain';
import { DataSource } from 'typeorm';
import { codes, type GqlResult, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const ADMIN = { ADMIN_EMAIL: 'admin@kabupaten.example.id', ADMIN_PASSWORD: 'admin-password-2026' };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const UPDATE_THREAD = `mutation($input: UpdateThreadInput!) {
  updateThread(input: $input) { id title body bodyHtml tags editedAt deleted category { name } }
}`;
const DELETE_THREAD = `mutation($id: ID!) { deleteThread(threadId: $id) { id title body bodyHtml tags deleted commentCount } }`;
const UPDATE_COMMENT = `mutation($input: UpdateCommentInput!) { updateComment(input: $input) { id body bodyHtml editedAt deleted } }`;
const DELETE_COMMENT = `mutation($id: ID!) { deleteComment(commentId: $id) { id body bodyHtml deleted agreeCount } }`;
const VOTE = `mutation($id: ID!, $value: CommentVote!) { voteComment(commentId: $id, value: $value) { agreeCount } }`;
const THREAD = `query($id: ID!) {
  thread(id: $id) {
    id title body bodyHtml tags deleted editedAt commentCount
    revisions { id version title body bodyHtml createdAt editor { id displayName email } }
    comments { edges { node { id body bodyHtml deleted agreeCount parent { id body deleted } revisions { version body editor { id } } } } }
  }
}`;

interface Revision {
  id: string;
  version: number;
  title?: string;
  body: string;
  bodyHtml?: string;
  createdAt?: string;
  editor: { id: string; displayName?: string; email?: string | null };
}
interface CommentNode {
  id: string;
  body: string;
  bodyHtml: string;
  deleted: boolean;
  agreeCount: number;
  parent: { id: string; body: string; deleted: boolean } | null;
  revisions: Revision[];
}
interface ThreadView {
  id: string;
  title: string;
  body: string;
  bodyHtml: string;
  tags: string[];
  deleted: boolean;
  editedAt: string | null;
  commentCount: number;
  revisions: Revision[];
  comments: { edges: { node: CommentNode }[] };
}

function ok<T>(res: GqlResult<T>): T {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

describe('editing and deleting threads and comments', () => {
  let t: TestApp;
  let db: DataSource;
  let villageId: string;
  let categoryId: string;
  let otherCategoryId: string;
  let author: { token: string; id: string };
  let stranger: { token: string; id: string };
  let moderator: { token: string; id: string };
  let admin: { token: string; id: string };

  // Every piece of text written here carries a unique marker, so the audit log can be searched for all of it.
  const markers: string[] = [];
  const run = Date.now().toString(36);
  const mark = (label: string) => {
    const m = `${label}q${markers.length}z${run}`;
    markers.push(m);
    return m;
  };

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: ADMIN });
    db = t.app.get(DataSource);
    const ref = ok(await t.gql<{ areas: { id: string; name: string }[]; categories: { id: string; name: string }[] }>(`{ areas { id name } categories { id name } }`));
    villageId = ref.areas.find((a) => a.name === 'Kapur')!.id;
    categoryId = ref.categories.find((c) => c.name === 'Jalan dan Jembatan')!.id;
    otherCategoryId = ref.categories.find((c) => c.id !== categoryId)!.id;
    const login = ok(
      await t.gql<{ login: { token: string; user: { id: string } } }>(
        `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`,
        { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD },
      ),
    );
    admin = { token: login.login.token, id: login.login.user.id };
    author = await registerUser(t);
    stranger = await registerUser(t);
    moderator = await registerUser(t);
    ok(await t.gql(`mutation($id: ID!) { setUserRole(userId: $id, role: MODERATOR) { id } }`, { id: moderator.id }, admin.token));
  });
  afterAll(() => t.close());

  async function newThread(overrides: Record<string, unknown> = {}, token = author.token) {
    const input = {
      title: overrides.title ?? `Jalan rusak ${mark('judul')}`,
      body: overrides.body ?? `Jalan **berlubang** ${mark('isi')}.`,
      tags: overrides.tags ?? [mark('tag')],
      areaId: villageId,
      categoryId,
      ...overrides,
    };
    return ok(await t.gql<{ createThread: { id: string } }>(CREATE_THREAD, { input }, token)).createThread.id;
  }
  async function newComment(threadId: string, token = author.token, parentId?: string) {
    return ok(await t.gql<{ addComment: { id: string } }>(ADD_COMMENT, { input: { threadId, body: `Komentar ${mark('komentar')}`, parentId } }, token)).addComment.id;
  }
  async function view(id: string, token?: string | null) {
    return ok(await t.gql<{ thread: ThreadView | null }>(THREAD, { id }, token)).thread!;
  }
  const threadRow = async (id: string) => (await db.query(`SELECT title, body, body_html, body_text, tags, category_id, edited_at, deleted_at FROM threads WHERE id = $1`, [id]))[0];
  const commentRow = async (id: string) => (await db.query(`SELECT body, body_html, body_text, edited_at, deleted_at FROM comments WHERE id = $1`, [id]))[0];
  const threadRevisionCount = async (id: string) => (await db.query(`SELECT count(*)::int AS n FROM thread_revisions WHERE thread_id = $1`, [id]))[0].n as number;
  const commentRevisionCount = async (id: string) => (await db.query(`SELECT count(*)::int AS n FROM comment_revisions WHERE comment_id = $1`, [id]))[0].n as number;
  const auditCount = async (action: string, targetId: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND target_id = $2`, [action, targetId]))[0].n as number;

  it('lets the author edit a thread, and anyone read every version in order', async () => {
    const originalTitle = `Jalan rusak ${mark('judul')}`;
    const originalBody = `Jalan **berlubang** ${mark('isi')}.`;
    const threadId = await newThread({ title: originalTitle, body: originalBody });
    const before = await view(threadId);
    expect(before.editedAt).toBeNull();
    expect(before.revisions.map((r) => [r.version, r.title, r.body])).toEqual([[1, originalTitle, originalBody]]);

    const secondTitle = `Jalan rusak parah ${mark('judul')}`;
    const secondBody = `Sudah _tiga bulan_ ${mark('isi')}.`;
    const tag = mark('tag');
    const edited = ok(
      await t.gql<{ updateThread: { title: string; body: string; bodyHtml: string; tags: string[]; editedAt: string; category: { name: string } } }>(
        UPDATE_THREAD,
        { input: { threadId, title: `  ${secondTitle}  `, body: secondBody, categoryId: otherCategoryId, tags: [tag.toUpperCase(), `#${tag}`] } },
        author.token,
      ),
    ).updateThread;
    expect(edited).toMatchObject({ title: secondTitle, body: secondBody, tags: [tag] });
    expect(edited.bodyHtml).toContain('<em>tiga bulan</em>');
    expect(edited.editedAt).not.toBeNull();
    expect((await threadRow(threadId)).category_id).toBe(otherCategoryId);

    const thirdBody = `Ada <script>alert(1)</script> ${mark('isi')}`;
    ok(await t.gql(UPDATE_THREAD, { input: { threadId, body: thirdBody } }, author.token));

    // Read by an anonymous visitor: all three versions, oldest first, each with its editor and time.
    const after = await view(threadId, null);
    expect(after.title).toBe(secondTitle);
    expect(after.body).toBe(thirdBody);
    expect(after.bodyHtml).not.toMatch(/<script/i);
    expect(after.revisions.map((r) => [r.version, r.title, r.body])).toEqual([
      [1, originalTitle, originalBody],
      [2, secondTitle, secondBody],
      [3, secondTitle, thirdBody],
    ]);
    expect(after.revisions.every((r) => r.editor.id === author.id && r.editor.email === null)).toBe(true);
    expect(after.revisions[0].bodyHtml).toContain('<strong>berlubang</strong>');
    expect(after.revisions[2].bodyHtml).not.toMatch(/<script/i);
    const times = after.revisions.map((r) => Date.parse(r.createdAt!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(after.revisions.map((r) => r.id)).size).toBe(3);

    // Full-text search follows the edit: the title's new words are found, the replaced body's are not.
    const search = async (q: string) =>
      ok(await t.gql<{ threads: { edges: { node: { id: string } }[] } }>(`query($q: String!) { threads(search: $q) { edges { node { id } } } }`, { q })).threads.edges.map(
        (e) => e.node.id,
      );
    expect(await search(secondTitle.split(' ').pop()!)).toEqual([threadId]);
    expect(await search(originalBody.split(' ').pop()!.replace('.', ''))).toEqual([]);
    expect(await auditCount('thread.edit', threadId)).toBe(2);
  });

  it('records nothing for an edit that changes nothing, and no revision for a change of tags or category alone', async () => {
    const title = `Lampu jalan padam ${mark('judul')}`;
    const body = `Sejak minggu lalu ${mark('isi')}.`;
    const tag = mark('tag');
    const threadId = await newThread({ title, body, tags: [tag] });
    const same = ok(
      await t.gql<{ updateThread: { editedAt: string | null } }>(
        UPDATE_THREAD,
        { input: { threadId, title: ` ${title.replace(/ /g, '   ')} `, body: `\n${body}\r\n`, tags: [tag.toUpperCase()], categoryId } },
        author.token,
      ),
    ).updateThread;
    expect(same.editedAt).toBeNull();
    ok(await t.gql(UPDATE_THREAD, { input: { threadId } }, author.token));
    expect(await threadRevisionCount(threadId)).toBe(1);
    expect(await auditCount('thread.edit', threadId)).toBe(0);
    expect((await threadRow(threadId)).edited_at).toBeNull();

    // Only metadata: the thread changes, the text history does not grow.
    const retagged = ok(await t.gql<{ updateThread: { tags: string[]; category: null } }>(UPDATE_THREAD, { input: { threadId, tags: [], categoryId: null } }, author.token)).updateThread;
    expect(retagged).toMatchObject({ tags: [], category: null });
    expect(await threadRevisionCount(threadId)).toBe(1);
    expect(await auditCount('thread.edit', threadId)).toBe(1);

    const commentId = await newComment(threadId);
    const [{ body: commentBody }] = await db.query(`SELECT body FROM comments WHERE id = $1`, [commentId]);
    const unchanged = ok(await t.gql<{ updateComment: { editedAt: string | null } }>(UPDATE_COMMENT, { input: { commentId, body: `  ${commentBody}\n` } }, author.token)).updateComment;
    expect(unchanged.editedAt).toBeNull();
    expect(await commentRevisionCount(commentId)).toBe(1);
    expect(await auditCount('comment.edit', commentId)).toBe(0);
  });

  it('lets the author edit a comment, with every version readable by anyone', async () => {
    const threadId = await newThread();
    const commentId = await newComment(threadId);
    const [{ body: original }] = await db.query(`SELECT body FROM comments WHERE id = $1`, [commentId]);
    const second = `Koreksi: **dua** ${mark('komentar')}`;
    const third = `Koreksi lagi ${mark('komentar')}`;
    const edited = ok(await t.gql<{ updateComment: { body: string; bodyHtml: string; editedAt: string } }>(UPDATE_COMMENT, { input: { commentId, body: second } }, author.token)).updateComment;
    expect(edited.body).toBe(second);
    expect(edited.bodyHtml).toContain('<strong>dua</strong>');
    expect(edited.editedAt).not.toBeNull();
    ok(await t.gql(UPDATE_COMMENT, { input: { commentId, body: third } }, author.token));

    const comment = (await view(threadId, null)).comments.edges[0].node;
    expect(comment.body).toBe(third);
    expect(comment.revisions.map((r) => [r.version, r.body, r.editor.id])).toEqual([
      [1, original, author.id],
      [2, second, author.id],
      [3, third, author.id],
    ]);
    expect(await auditCount('comment.edit', commentId)).toBe(2);
  });

  it('refuses edits and deletes by other people, moderators and visitors, and answers NOT_FOUND for unknown ids', async () => {
    const threadId = await newThread();
    const commentId = await newComment(threadId);
    const threadBefore = await threadRow(threadId);
    const commentBefore = await commentRow(commentId);

    for (const who of [stranger, moderator]) {
      expect(codes(await t.gql(UPDATE_THREAD, { input: { threadId, title: 'Judul dari orang lain' } }, who.token))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(UPDATE_COMMENT, { input: { commentId, body: 'Bukan komentar saya' } }, who.token))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(DELETE_THREAD, { id: threadId }, who.token))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(DELETE_COMMENT, { id: commentId }, who.token))).toEqual(['FORBIDDEN']);
    }
    // Admins may delete (a data-protection request) but never rewrite someone's words.
    expect(codes(await t.gql(UPDATE_THREAD, { input: { threadId, title: 'Judul dari admin' } }, admin.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(UPDATE_COMMENT, { input: { commentId, body: 'Dari admin' } }, admin.token))).toEqual(['FORBIDDEN']);

    expect(codes(await t.gql(UPDATE_THREAD, { input: { threadId, title: 'Judul tanpa akun' } }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(UPDATE_COMMENT, { input: { commentId, body: 'Tanpa akun' } }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(DELETE_THREAD, { id: threadId }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(DELETE_COMMENT, { id: commentId }))).toEqual(['UNAUTHENTICATED']);

    expect(codes(await t.gql(UPDATE_THREAD, { input: { threadId: UNKNOWN_ID, title: 'Judul yang baik' } }, author.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(UPDATE_COMMENT, { input: { commentId: UNKNOWN_ID, body: 'Isi' } }, author.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(DELETE_THREAD, { id: UNKNOWN_ID }, author.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(DELETE_COMMENT, { id: UNKNOWN_ID }, author.token))).toEqual(['NOT_FOUND']);

    expect(await threadRow(threadId)).toEqual(threadBefore);
    expect(await commentRow(commentId)).toEqual(commentBefore);
    expect(await threadRevisionCount(threadId)).toBe(1);
    expect(await commentRevisionCount(commentId)).toBe(1);
    for (const action of ['thread.edit', 'thread.delete']) expect(await auditCount(action, threadId)).toBe(0);
    for (const action of ['comment.edit', 'comment.delete']) expect(await auditCount(action, commentId)).toBe(0);
  });

  it('rejects bad input naming the field, and changes nothing', async () => {
    const threadId = await newThread();
    const commentId = await newComment(threadId);
    const threadBefore = await threadRow(threadId);
    const commentBefore = await commentRow(commentId);

    const threadCases: [Record<string, unknown>, string][] = [
      [{ threadId: 'nope', title: 'Judul yang baik' }, 'input.threadId'],
      [{ title: 'Hai' }, 'input.title'],
      [{ title: '\u200B\u200B  Hai \u202E' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ title: 'Judul yang baik', body: '  \n ' }, 'input.body'],
      [{ body: 'x'.repeat(20_001) }, 'input.body'],
      [{ categoryId: 'kategori' }, 'input.categoryId'],
      [{ title: 'Judul yang baik', categoryId: UNKNOWN_ID }, 'input.categoryId'],
      [{ tags: ['dua kata'] }, 'input.tags.0'],
      [{ tags: Array.from({ length: 11 }, (_, i) => `tag${i}`) }, 'input.tags'],
    ];
    for (const [override, field] of threadCases) {
      const res = await t.gql(UPDATE_THREAD, { input: { threadId, ...override } }, author.token);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe(field);
      expect(res.errors![0].message).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}: \\S`));
    }
    const commentCases: [Record<string, unknown>, string][] = [
      [{ commentId: 'x', body: 'Isi yang baik' }, 'input.commentId'],
      [{ body: ' ' }, 'input.body'],
      [{ body: 'x'.repeat(5_001) }, 'input.body'],
    ];
    for (const [override, field] of commentCases) {
      const res = await t.gql(UPDATE_COMMENT, { input: { commentId, body: 'Isi', ...override } }, author.token);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    for (const [query, field] of [
      [DELETE_THREAD, 'threadId'],
      [DELETE_COMMENT, 'commentId'],
    ]) {
      const res = await t.gql(query, { id: 'bukan-id' }, author.token);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    expect(await threadRow(threadId)).toEqual(threadBefore);
    expect(await commentRow(commentId)).toEqual(commentBefore);
    expect(await threadRevisionCount(threadId)).toBe(1);
    expect(await commentRevisionCount(commentId)).toBe(1);
    expect(await auditCount('thread.edit', threadId)).toBe(0);
    expect(await auditCount('comment.edit', commentId)).toBe(0);

    // The limits are the same as when writing: exactly at them is fine.
    const other = await newComment(threadId);
    ok(await t.gql(UPDATE_COMMENT, { input: { commentId: other, body: 'y'.repeat(5_000) } }, author.token));
    expect((await commentRow(other)).body).toHaveLength(5_000);
    ok(await t.gql(UPDATE_THREAD, { input: { threadId, title: 'z'.repeat(200), body: 'z'.repeat(20_000) } }, author.token));
    expect(await threadRow(threadId)).toMatchObject({ title: 'z'.repeat(200), body: 'z'.repeat(20_000) });
  });

  it('refuses comment edits in a locked thread', async () => {
    const threadId = await newThread();
    const commentId = await newComment(threadId);
    const before = await commentRow(commentId);
    await db.query(`UPDATE threads SET locked = true WHERE id = $1`, [threadId]);
    const res = await t.gql(UPDATE_COMMENT, { input: { commentId, body: 'Diubah setelah dikunci' } }, author.token);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(await commentRow(commentId)).toEqual(before);
    expect(await commentRevisionCount(commentId)).toBe(1);
    // Once unlocked, the same edit goes through: the lock was the only reason.
    await db.query(`UPDATE threads SET locked = false WHERE id = $1`, [threadId]);
    ok(await t.gql(UPDATE_COMMENT, { input: { commentId, body: `Diubah setelah dibuka ${mark('komentar')}` } }, author.token));
    expect(await commentRevisionCount(commentId)).toBe(2);
  });

  it('deletes a thread for good but keeps its place, its comments and its counts', async () => {
    const title = `Banjir di pasar ${mark('judul')}`;
    const body = `Air setinggi lutut ${mark('isi')}`;
    const tag = mark('tag');
    const threadId = await newThread({ title, body, tags: [tag] });
    const editedBody = `Air setinggi pinggang ${mark('isi')}`;
    ok(await t.gql(UPDATE_THREAD, { input: { threadId, body: editedBody } }, author.token));
    const replier = await registerUser(t);
    const top = await newComment(threadId, replier.token);
    const reply = await newComment(threadId, author.token, top);
    expect(await threadRevisionCount(threadId)).toBe(2);

    // Control: before deleting, the row and the history hold every one of these texts.
    const rowsHolding = async (word: string) =>
      (await db.query(`SELECT count(*)::int AS n FROM threads t WHERE t::text ILIKE $1`, [`%${word}%`]))[0].n +
      (await db.query(`SELECT count(*)::int AS n FROM thread_revisions r WHERE r::text ILIKE $1`, [`%${word}%`]))[0].n;
    const words = [title, body, editedBody, tag].map((text) => text.split(' ').pop()!);
    for (const word of words) expect(await rowsHolding(word)).toBeGreaterThan(0);

    const deleted = ok(await t.gql<{ deleteThread: Record<string, unknown> }>(DELETE_THREAD, { id: threadId }, author.token)).deleteThread;
    expect(deleted).toEqual({ id: threadId, title: '', body: '', bodyHtml: '', tags: [], deleted: true, commentCount: 2 });

    const seen = await view(threadId, null);
    expect(seen).toMatchObject({ id: threadId, title: '', body: '', bodyHtml: '', tags: [], deleted: true, commentCount: 2, revisions: [] });
    expect(seen.comments.edges.map((e) => e.node.id)).toEqual([top, reply]);
    expect(seen.comments.edges[1].node.parent!.id).toBe(top);
    expect(seen.comments.edges[0].node.body).toMatch(/^Komentar /);

    // Gone from lists and search.
    const list = ok(await t.gql<{ threads: { edges: { node: { id: string } }[] } }>(`{ threads(first: 100) { edges { node { id } } } }`));
    expect(list.threads.edges.map((e) => e.node.id)).not.toContain(threadId);

    // Gone from the database: no column of the row (the search index included) nor any revision holds the text.
    const row = await threadRow(threadId);
    expect(row).toMatchObject({ title: '', body: '', body_html: '', body_text: '', tags: [] });
    expect(row.deleted_at).not.toBeNull();
    expect(await threadRevisionCount(threadId)).toBe(0);
    for (const word of words) expect(await rowsHolding(word)).toBe(0);

    // Deleting again is harmless; editing is refused with a reason.
    const again = ok(await t.gql<{ deleteThread: { deleted: boolean } }>(DELETE_THREAD, { id: threadId }, author.token)).deleteThread;
    expect(again.deleted).toBe(true);
    expect(await auditCount('thread.delete', threadId)).toBe(1);
    const edit = await t.gql(UPDATE_THREAD, { input: { threadId, title: 'Judul baru lagi' } }, author.token);
    expect(codes(edit)).toEqual(['BAD_USER_INPUT']);
    expect(edit.errors![0].extensions!.field).toBe('input.threadId');
    expect(edit.errors![0].message).toMatch(/deleted/);
    expect(await threadRow(threadId)).toMatchObject({ title: '', body: '' });
  });

  it('deletes a comment for good but keeps its place, its replies and its votes', async () => {
    const threadId = await newThread();
    const top = await newComment(threadId);
    const second = `Tambahan ${mark('komentar')}`;
    ok(await t.gql(UPDATE_COMMENT, { input: { commentId: top, body: second } }, author.token));
    const [{ body: original }] = await db.query(`SELECT body FROM comment_revisions WHERE comment_id = $1 AND version = 1`, [top]);
    const replier = await registerUser(t);
    const reply = await newComment(threadId, replier.token, top);
    ok(await t.gql(VOTE, { id: top, value: 'AGREE' }, replier.token));

    const rowsHolding = async (word: string) =>
      (await db.query(`SELECT count(*)::int AS n FROM comments c WHERE c::text ILIKE $1`, [`%${word}%`]))[0].n +
      (await db.query(`SELECT count(*)::int AS n FROM comment_revisions r WHERE r::text ILIKE $1`, [`%${word}%`]))[0].n;
    const words = [original, second].map((text: string) => text.split(' ').pop()!);
    for (const word of words) expect(await rowsHolding(word)).toBeGreaterThan(0);

    const deleted = ok(await t.gql<{ deleteComment: Record<string, unknown> }>(DELETE_COMMENT, { id: top }, author.token)).deleteComment;
    expect(deleted).toEqual({ id: top, body: '', bodyHtml: '', deleted: true, agreeCount: 1 });

    const seen = await view(threadId, null);
    expect(seen.commentCount).toBe(2);
    const [first, nested] = seen.comments.edges.map((e) => e.node);
    expect(first).toMatchObject({ id: top, body: '', bodyHtml: '', deleted: true, agreeCount: 1, revisions: [] });
    expect(nested).toMatchObject({ id: reply, deleted: false, parent: { id: top, body: '', deleted: true } });
    expect(nested.body).toMatch(/^Komentar /);

    const row = await commentRow(top);
    expect(row).toMatchObject({ body: '', body_html: '', body_text: '' });
    expect(row.deleted_at).not.toBeNull();
    expect(await commentRevisionCount(top)).toBe(0);
    for (const word of words) expect(await rowsHolding(word)).toBe(0);
    const [{ votes }] = await db.query(`SELECT count(*)::int AS votes FROM comment_votes WHERE comment_id = $1`, [top]);
    expect(votes).toBe(1);

    ok(await t.gql(DELETE_COMMENT, { id: top }, author.token));
    expect(await auditCount('comment.delete', top)).toBe(1);
    const edit = await t.gql(UPDATE_COMMENT, { input: { commentId: top, body: 'Hidup lagi' } }, author.token);
    expect(codes(edit)).toEqual(['BAD_USER_INPUT']);
    expect(edit.errors![0].extensions!.field).toBe('input.commentId');
    expect((await commentRow(top)).body).toBe('');
  });

  it('lets an admin delete the thread and comment of someone else', async () => {
    const threadId = await newThread();
    const commentId = await newComment(threadId, stranger.token);
    expect(ok(await t.gql<{ deleteComment: { deleted: boolean } }>(DELETE_COMMENT, { id: commentId }, admin.token)).deleteComment.deleted).toBe(true);
    expect(ok(await t.gql<{ deleteThread: { deleted: boolean } }>(DELETE_THREAD, { id: threadId }, admin.token)).deleteThread.deleted).toBe(true);
    expect(await threadRow(threadId)).toMatchObject({ title: '', body: '' });
    expect((await commentRow(commentId)).body).toBe('');
    const [event] = await db.query(`SELECT actor_id, actor_role FROM audit_events WHERE action = 'thread.delete' AND target_id = $1`, [threadId]);
    expect(event).toEqual({ actor_id: admin.id, actor_role: 'ADMIN' });
  });

  it('keeps every one of many simultaneous edits as its own revision', async () => {
    const threadId = await newThread();
    const commentId = await newComment(threadId);
    const threadBodies = Array.from({ length: 10 }, (_, i) => `Versi ${i} ${mark('isi')}`);
    const commentBodies = Array.from({ length: 10 }, (_, i) => `Versi komentar ${i} ${mark('komentar')}`);
    const results = await Promise.all([
      ...threadBodies.map((body) => t.gql(UPDATE_THREAD, { input: { threadId, body } }, author.token)),
      ...commentBodies.map((body) => t.gql(UPDATE_COMMENT, { input: { commentId, body } }, author.token)),
    ]);
    expect(results.filter((r) => r.errors)).toEqual([]);

    const seen = await view(threadId, null);
    expect(seen.revisions.map((r) => r.version)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(seen.revisions.slice(1).map((r) => r.body).sort()).toEqual([...threadBodies].sort());
    expect(seen.body).toBe(seen.revisions[10].body);
    const times = seen.revisions.map((r) => Date.parse(r.createdAt!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const comment = seen.comments.edges[0].node;
    expect(comment.revisions.map((r) => r.version)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(comment.revisions.slice(1).map((r) => r.body).sort()).toEqual([...commentBodies].sort());
    expect(comment.body).toBe(comment.revisions[10].body);
    expect(await auditCount('thread.edit', threadId)).toBe(10);
    expect(await auditCount('comment.edit', commentId)).toBe(10);
  });

  it('applies simultaneous edits of different fields one after another, never reverting another edit', async () => {
    const threadId = await newThread();
    const [{ title: originalTitle, body: originalBody }] = await db.query(`SELECT title, body FROM threads WHERE id = $1`, [threadId]);
    const titles = Array.from({ length: 5 }, (_, i) => `Judul ke-${i} ${mark('judul')}`);
    const bodies = Array.from({ length: 5 }, (_, i) => `Isi ke-${i} ${mark('isi')}`);
    const results = await Promise.all(
      titles.flatMap((title, i) => [
        t.gql(UPDATE_THREAD, { input: { threadId, title } }, author.token),
        t.gql(UPDATE_THREAD, { input: { threadId, body: bodies[i] } }, author.token),
      ]),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const { revisions, title, body } = await view(threadId);
    expect(revisions).toHaveLength(11);
    // Each version changes exactly the one field its edit named, starting from the version before it.
    for (let i = 1; i < revisions.length; i++) {
      const [prev, cur] = [revisions[i - 1], revisions[i]];
      const changed = [prev.title !== cur.title, prev.body !== cur.body];
      expect(changed.filter(Boolean)).toHaveLength(1);
      expect(changed[0] ? titles : bodies).toContain(changed[0] ? cur.title : cur.body);
    }
    expect([title, body]).toEqual([revisions[10].title, revisions[10].body]);
    expect(titles).toContain(title);
    expect(bodies).toContain(body);
    expect([title, body]).not.toContain(originalTitle);
    expect(body).not.toBe(originalBody);
  });

  it('never brings text back when edits race a delete', async () => {
    for (let round = 0; round < 3; round++) {
      const threadId = await newThread();
      const commentId = await newComment(threadId);
      const edits = (n: number) => [
        ...Array.from({ length: n }, (_, i) => t.gql(UPDATE_THREAD, { input: { threadId, body: `Balapan ${i} ${mark('isi')}` } }, author.token)),
        ...Array.from({ length: n }, (_, i) => t.gql(UPDATE_COMMENT, { input: { commentId, body: `Balapan ${i} ${mark('komentar')}` } }, author.token)),
      ];
      const results = await Promise.all([
        ...edits(3),
        t.gql(DELETE_THREAD, { id: threadId }, author.token),
        t.gql(DELETE_COMMENT, { id: commentId }, author.token),
        ...edits(3),
      ]);
      // An edit either came first, or was refused because the text was already deleted.
      expect(results.flatMap((r) => codes(r)).filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
      expect(await threadRow(threadId)).toMatchObject({ title: '', body: '', body_html: '', body_text: '', tags: [] });
      expect(await commentRow(commentId)).toMatchObject({ body: '', body_html: '', body_text: '' });
      expect(await threadRevisionCount(threadId)).toBe(0);
      expect(await commentRevisionCount(commentId)).toBe(0);
    }
  });

  it('loads the revisions of a whole list in one query each', async () => {
    const threadId = await newThread();
    for (let i = 0; i < 5; i++) {
      const commentId = await newComment(threadId);
      ok(await t.gql(UPDATE_COMMENT, { input: { commentId, body: `Diubah ${mark('komentar')}` } }, author.token));
    }
    const seen: string[] = [];
    const query = db.query.bind(db);
    db.query = ((sql: string, ...rest: unknown[]) => {
      seen.push(sql);
      return (query as (...args: unknown[]) => Promise<unknown>)(sql, ...rest);
    }) as typeof db.query;
    try {
      const res = ok(
        await t.gql<{ thread: ThreadView; threads: { edges: { node: { revisions: Revision[] } }[] } }>(
          `query($id: ID!) {
            threads(first: 20) { edges { node { revisions { version editor { displayName } } } } }
            thread(id: $id) { comments { edges { node { revisions { version body editor { displayName } } } } } }
          }`,
          { id: threadId },
        ),
      );
      expect(res.thread.comments.edges.map((e) => e.node.revisions.length)).toEqual([2, 2, 2, 2, 2]);
      expect(res.threads.edges.length).toBeGreaterThan(5);
      expect(res.threads.edges.every((e) => e.node.revisions.length >= 1)).toBe(true);
    } finally {
      db.query = query;
    }
    expect(seen.filter((sql) => /FROM comment_revisions/.test(sql))).toHaveLength(1);
    expect(seen.filter((sql) => /FROM thread_revisions/.test(sql))).toHaveLength(1);
  });

  it('keeps what people wrote out of the audit log', async () => {
    expect(markers.length).toBeGreaterThan(50);
    // Control: the search finds markers where the text is meant to be.
    const [{ n: inRevisions }] = await db.query(`SELECT count(*)::int AS n FROM thread_revisions WHERE body ILIKE $1`, [`%${markers.find((m) => m.startsWith('isi'))}%`]);
    expect(inRevisions).toBeGreaterThan(0);
    const leaked: string[] = (
      await db.query(`SELECT m FROM unnest($1::text[]) AS m WHERE EXISTS (SELECT 1 FROM audit_events WHERE summary::text ILIKE '%' || m || '%')`, [markers])
    ).map((r: { m: string }) => r.m);
    expect(leaked).toEqual([]);

    const actions: string[] = (await db.query(`SELECT DISTINCT action FROM audit_events`)).map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['thread.create', 'thread.edit', 'thread.delete', 'comment.create', 'comment.edit', 'comment.delete']));

    // An edit's summary names the fields and the public revision it created, never the text or a fingerprint of it.
    const threadId = await newThread();
    const title = `Judul terakhir ${mark('judul')}`;
    const body = `Isi terakhir ${mark('isi')}`;
    ok(await t.gql(UPDATE_THREAD, { input: { threadId, title, body } }, author.token));
    const [edit] = await db.query(`SELECT summary FROM audit_events WHERE action = 'thread.edit' AND target_id = $1`, [threadId]);
    expect(edit.summary).toEqual({ fields: ['title', 'body'], revision: 2 });
    const [create] = await db.query(`SELECT summary FROM audit_events WHERE action = 'thread.create' AND target_id = $1`, [threadId]);
    expect(Object.keys(create.summary).sort()).toEqual(['areaId', 'categoryId', 'tagCount']);
    expect(create.summary.tagCount).toBe(1);

    const events = await db.query(
      `SELECT seq::int AS seq, id, occurred_at AS "occurredAt", actor_id AS "actorId", actor_role AS "actorRole", action,
              target_type AS "targetType", target_id AS "targetId", summary, prev_hash AS "prevHash", hash FROM audit_events ORDER BY seq`,
    );
    expect(verifyChain(events)).toMatchObject({ ok: true });
  });
});
