import { type Client, createClient } from 'graphql-ws';
import net from 'node:net';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { APP_CONFIG, type AppConfig } from '../src/config/config.js';
import { NotificationsService } from '../src/notifications/notifications.service.js';
import { MAX_ATTEMPTS, OutboxWorker } from '../src/notifications/outbox.worker.js';
import { type NotificationSender, type OutgoingMessage, SmtpSender } from '../src/notifications/sender.js';
import { codes, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const ADMIN = { ADMIN_EMAIL: 'admin@kabupaten.example.id', ADMIN_PASSWORD: 'admin-password-2026' };

type User = { token: string; id: string; email: string };

const NOTIFICATIONS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind targetType targetId status previousStatus moderationAction read createdAt
      actor { id } thread { id } proposal { id } comment { id } } }
  }
}`;

interface Note {
  id: string;
  kind: string;
  targetType: string;
  targetId: string;
  status: string | null;
  previousStatus: string | null;
  moderationAction: string | null;
  read: boolean;
  actor: { id: string } | null;
  thread: { id: string } | null;
  proposal: { id: string } | null;
  comment: { id: string } | null;
}

/** A tiny SMTP server that accepts everything and keeps what it was told. */
function fakeSmtp(): Promise<{ port: number; mails: { from: string; to: string[]; data: string; auth: string | null }[]; close: () => Promise<void> }> {
  const mails: { from: string; to: string[]; data: string; auth: string | null }[] = [];
  const server = net.createServer((socket) => {
    let mail = { from: '', to: [] as string[], data: '', auth: null as string | null };
    let inData = false;
    let buffer = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            mails.push(mail);
            mail = { from: '', to: [], data: '', auth: null };
            socket.write('250 queued\r\n');
          } else mail.data += (line.startsWith('..') ? line.slice(1) : line) + '\r\n';
        } else if (/^EHLO /i.test(line)) socket.write('250-fake\r\n250 AUTH PLAIN\r\n');
        else if (/^AUTH PLAIN /i.test(line)) {
          mail.auth = Buffer.from(line.slice(11), 'base64').toString('utf8');
          socket.write('235 ok\r\n');
        } else if (/^MAIL FROM:/i.test(line)) {
          mail.from = line.slice(10);
          socket.write('250 ok\r\n');
        } else if (/^RCPT TO:/i.test(line)) {
          mail.to.push(line.slice(8));
          socket.write('250 ok\r\n');
        } else if (/^DATA$/i.test(line)) {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (/^QUIT$/i.test(line)) {
          socket.end('221 bye\r\n');
        } else socket.write('502 no\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: (server.address() as net.AddressInfo).port, mails, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

describe('follows and notifications', () => {
  let t: TestApp;
  let db: DataSource;
  let url: string;
  let villageId: string;
  let roadsId: string;
  let pupr: string;
  let admin: { token: string; id: string };
  let official: User;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: { ...ADMIN, OUTBOX_INTERVAL_MS: '0' } });
    db = t.app.get(DataSource);
    await t.app.listen(0, '127.0.0.1');
    url = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    const ref = await t.gql<{ areas: { id: string; name: string }[]; categories: { id: string; name: string }[]; agencies: { id: string; shortName: string }[] }>(
      `{ areas { id name } categories { id name } agencies { id shortName } }`,
    );
    villageId = ref.data!.areas.find((a) => a.name === 'Kapur')!.id;
    roadsId = ref.data!.categories.find((c) => c.name === 'Jalan dan Jembatan')!.id;
    pupr = ref.data!.agencies.find((a) => a.shortName === 'Dinas PUPR')!.id;
    const login = await t.gql<{ login: { token: string; user: { id: string } } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }`,
      { e: ADMIN.ADMIN_EMAIL, p: ADMIN.ADMIN_PASSWORD },
    );
    admin = { token: login.data!.login.token, id: login.data!.login.user.id };
    official = await registerUser(t);
    const promoted = await t.gql(`mutation($u: ID!, $a: ID) { setUserRole(userId: $u, role: OFFICIAL, agencyId: $a) { id } }`, { u: official.id, a: pupr }, admin.token);
    expect(promoted.errors).toBeUndefined();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  async function newThread(author: User): Promise<string> {
    const res = await t.gql<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { title: 'Jalan berlubang di Kapur', body: 'Sudah sebulan.', areaId: villageId } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createThread.id;
  }

  async function comment(user: User, threadId: string, parentId?: string) {
    return t.gql<{ addComment: { id: string } }>(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { threadId, body: 'Setuju, perlu segera diperbaiki.', parentId } },
      user.token,
    );
  }

  async function newProposal(author: User, threadId?: string): Promise<string> {
    const res = await t.gql<{ createProposal: { id: string } }>(
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
      { input: { title: 'Perbaiki jalan poros Desa Kapur', body: 'Jalan poros rusak berat.', areaId: villageId, categoryId: roadsId, threadId } },
      author.token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createProposal.id;
  }

  async function notes(user: User, variables: Record<string, unknown> = {}): Promise<Note[]> {
    const res = await t.gql<{ notifications: { edges: { node: Note }[] } }>(NOTIFICATIONS, { first: 100, ...variables }, user.token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.notifications.edges.map((e) => e.node);
  }

  const follow = (user: User | null, targetType: string, targetId: string, op = 'follow') =>
    t.gql(`mutation($t: FollowTarget!, $id: ID!) { ${op}(targetType: $t, targetId: $id) }`, { t: targetType, id: targetId }, user?.token);

  const viewerFollows = async (user: User | null, threadId: string) =>
    (await t.gql<{ thread: { viewerFollows: boolean; followerCount: number } }>(`query($id: ID!) { thread(id: $id) { viewerFollows followerCount } }`, { id: threadId }, user?.token))
      .data!.thread;

  it('authors follow their own threads and proposals; commenters follow the thread', async () => {
    const author = await registerUser(t);
    const commenter = await registerUser(t);
    const threadId = await newThread(author);
    expect(await viewerFollows(author, threadId)).toEqual({ viewerFollows: true, followerCount: 1 });
    expect(await viewerFollows(commenter, threadId)).toEqual({ viewerFollows: false, followerCount: 1 });
    expect(await viewerFollows(null, threadId)).toEqual({ viewerFollows: false, followerCount: 1 });
    await comment(commenter, threadId);
    expect(await viewerFollows(commenter, threadId)).toEqual({ viewerFollows: true, followerCount: 2 });
    const proposalId = await newProposal(author);
    const p = await t.gql<{ proposal: { viewerFollows: boolean; followerCount: number } }>(
      `query($id: ID!) { proposal(id: $id) { viewerFollows followerCount } }`,
      { id: proposalId },
      author.token,
    );
    expect(p.data!.proposal).toEqual({ viewerFollows: true, followerCount: 1 });
  });

  it('follow and unfollow are idempotent, and refuse visitors, unknown targets and malformed ids', async () => {
    const author = await registerUser(t);
    const reader = await registerUser(t);
    const threadId = await newThread(author);
    expect((await follow(reader, 'THREAD', threadId)).data).toEqual({ follow: true });
    expect((await follow(reader, 'THREAD', threadId)).data).toEqual({ follow: true });
    expect(await viewerFollows(reader, threadId)).toEqual({ viewerFollows: true, followerCount: 2 });
    expect((await follow(reader, 'THREAD', threadId, 'unfollow')).data).toEqual({ unfollow: true });
    expect((await follow(reader, 'THREAD', threadId, 'unfollow')).data).toEqual({ unfollow: true });
    expect(await viewerFollows(reader, threadId)).toEqual({ viewerFollows: false, followerCount: 1 });
    expect(codes(await follow(null, 'THREAD', threadId))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await follow(reader, 'PROPOSAL', threadId))).toEqual(['NOT_FOUND']);
    expect(codes(await follow(reader, 'THREAD', '00000000-0000-4000-8000-000000000000', 'unfollow'))).toEqual(['NOT_FOUND']);
    expect(codes(await follow(reader, 'THREAD', 'not-an-id'))).toEqual(['BAD_USER_INPUT']);
    // A hidden thread is as good as missing for everyone but moderators and its author.
    await db.query(`UPDATE threads SET hidden = true, hidden_cause = 'MODERATOR' WHERE id = $1`, [threadId]);
    expect(codes(await follow(reader, 'THREAD', threadId))).toEqual(['NOT_FOUND']);
    expect((await follow(author, 'THREAD', threadId)).data).toEqual({ follow: true });
  });

  it('tells the parent’s author of a reply (REPLY) and other followers of the comment (NEW_COMMENT), never the replier', async () => {
    const author = await registerUser(t);
    const parentAuthor = await registerUser(t);
    const replier = await registerUser(t);
    const bystander = await registerUser(t);
    const threadId = await newThread(author);
    const parent = (await comment(parentAuthor, threadId)).data!.addComment.id;
    expect((await notes(author)).map((n) => n.kind)).toEqual(['NEW_COMMENT']);
    const reply = (await comment(replier, threadId, parent)).data!.addComment.id;

    const toParent = await notes(parentAuthor);
    expect(toParent).toHaveLength(1);
    expect(toParent[0]).toMatchObject({ kind: 'REPLY', targetType: 'COMMENT', targetId: reply, actor: { id: replier.id }, thread: { id: threadId }, comment: { id: reply }, read: false });
    const toAuthor = await notes(author);
    expect(toAuthor.map((n) => n.kind)).toEqual(['NEW_COMMENT', 'NEW_COMMENT']);
    expect(toAuthor[0]).toMatchObject({ comment: { id: reply }, actor: { id: replier.id } });
    expect(await notes(replier)).toEqual([]);
    expect(await notes(bystander)).toEqual([]);

    // Replying to yourself tells nobody about a reply, only the followers.
    await comment(parentAuthor, threadId, parent);
    expect((await notes(parentAuthor)).map((n) => n.kind)).toEqual(['REPLY']);
    expect((await notes(replier)).map((n) => n.kind)).toEqual(['NEW_COMMENT']);
  });

  it('tells proposal followers of official responses and status changes, and thread followers of proposals made from it', async () => {
    const author = await registerUser(t);
    const follower = await registerUser(t);
    const threadFollower = await registerUser(t);
    const threadId = await newThread(author);
    await follow(threadFollower, 'THREAD', threadId);
    const proposalId = await newProposal(author, threadId);
    const fromThread = await notes(threadFollower);
    expect(fromThread).toEqual([expect.objectContaining({ kind: 'PROPOSAL_FROM_THREAD', targetType: 'PROPOSAL', targetId: proposalId, proposal: { id: proposalId }, thread: { id: threadId }, actor: { id: author.id } })]);
    expect(await notes(author)).toEqual([]);

    await follow(follower, 'PROPOSAL', proposalId);
    const respond = await t.gql(
      `mutation($input: RespondToProposalInput!) { respondToProposal(input: $input) { id } }`,
      { input: { proposalId, body: 'Akan kami tinjau minggu ini.', status: 'UNDER_REVIEW' } },
      official.token,
    );
    expect(respond.errors).toBeUndefined();
    for (const user of [author, follower]) {
      expect(await notes(user)).toEqual([
        expect.objectContaining({ kind: 'OFFICIAL_RESPONSE', status: 'UNDER_REVIEW', previousStatus: 'OPEN', actor: { id: official.id }, proposal: { id: proposalId } }),
      ]);
    }
    expect(await notes(official)).toEqual([]);
  });

  it('announces a threshold reached and a withdrawal (STATUS_CHANGED), not to whoever caused it', async () => {
    const author = await registerUser(t);
    const follower = await registerUser(t);
    const voter = await registerUser(t);
    await db.query(`UPDATE areas SET support_threshold = 1 WHERE id = $1`, [villageId]);
    const proposalId = await newProposal(author);
    await db.query(`UPDATE areas SET support_threshold = NULL WHERE id = $1`, [villageId]);
    await follow(follower, 'PROPOSAL', proposalId);
    await follow(voter, 'PROPOSAL', proposalId);
    const vote = await t.gql<{ voteProposal: { status: string } }>(`mutation($id: ID!) { voteProposal(proposalId: $id, value: SUPPORT) { status } }`, { id: proposalId }, voter.token);
    expect(vote.data!.voteProposal.status).toBe('AWAITING_RESPONSE');
    for (const user of [author, follower]) {
      expect(await notes(user)).toEqual([expect.objectContaining({ kind: 'STATUS_CHANGED', status: 'AWAITING_RESPONSE', previousStatus: 'OPEN', actor: null })]);
    }
    expect(await notes(voter)).toEqual([]);

    const withdraw = await t.gql(`mutation($id: ID!) { withdrawProposal(proposalId: $id) { status } }`, { id: proposalId }, author.token);
    expect(withdraw.errors).toBeUndefined();
    expect((await notes(follower))[0]).toMatchObject({ kind: 'STATUS_CHANGED', status: 'WITHDRAWN', previousStatus: 'AWAITING_RESPONSE', actor: { id: author.id } });
    expect((await notes(voter))[0]).toMatchObject({ kind: 'STATUS_CHANGED', status: 'WITHDRAWN' });
    expect(await notes(author)).toHaveLength(1);
  });

  it('tells authors of moderation (through the service, for the moderation feature)', async () => {
    const author = await registerUser(t);
    const threadId = await newThread(author);
    const commentId = (await comment(author, threadId)).data!.addComment.id;
    const service = t.app.get(NotificationsService);
    await db.transaction((tx) => service.notifyModeration(tx, { userId: author.id, targetType: 'COMMENT', targetId: commentId, action: 'HIDDEN', actorId: admin.id }));
    // The moderator acting on their own content is told nothing.
    await db.transaction((tx) => service.notifyModeration(tx, { userId: author.id, targetType: 'THREAD', targetId: threadId, action: 'LOCKED', actorId: author.id }));
    expect(await notes(author)).toEqual([
      expect.objectContaining({ kind: 'MODERATION', targetType: 'COMMENT', moderationAction: 'HIDDEN', comment: { id: commentId }, thread: { id: threadId }, actor: { id: admin.id } }),
    ]);
  });

  it('lists your own notifications only, newest first, pages them, counts unread and marks them read', async () => {
    const author = await registerUser(t);
    const other = await registerUser(t);
    const threadId = await newThread(author);
    const otherThread = await newThread(other);
    for (let i = 0; i < 3; i++) await comment(other, threadId);
    await comment(author, otherThread);
    const all = await notes(author);
    expect(all).toHaveLength(3);
    const page1 = await t.gql<{ notifications: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Note }[] } }>(NOTIFICATIONS, { first: 2 }, author.token);
    expect(page1.data!.notifications).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = await t.gql<{ notifications: { pageInfo: { hasNextPage: boolean }; edges: { node: Note }[] } }>(
      NOTIFICATIONS,
      { first: 2, after: page1.data!.notifications.pageInfo.endCursor },
      author.token,
    );
    expect([...page1.data!.notifications.edges, ...page2.data!.notifications.edges].map((e) => e.node.id)).toEqual(all.map((n) => n.id));
    expect(page2.data!.notifications.pageInfo.hasNextPage).toBe(false);
    expect(codes(await t.gql(NOTIFICATIONS, { after: 'garbage' }, author.token))).toEqual(['BAD_USER_INPUT']);

    const unread = async (user: User) => (await t.gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, user.token)).data!.unreadNotificationCount;
    const mark = (user: User, ids?: string[]) => t.gql<{ markNotificationsRead: number }>(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids }, user.token);
    expect(await unread(author)).toBe(3);
    expect(await unread(other)).toBe(1);
    // Someone else's ids change nothing.
    expect((await mark(other, [all[0].id])).data!.markNotificationsRead).toBe(0);
    expect((await mark(author, [all[0].id])).data!.markNotificationsRead).toBe(1);
    expect((await mark(author, [all[0].id])).data!.markNotificationsRead).toBe(0);
    expect(await unread(author)).toBe(2);
    expect((await notes(author, { unreadOnly: true })).map((n) => n.id)).toEqual([all[1].id, all[2].id]);
    expect((await mark(author)).data!.markNotificationsRead).toBe(2);
    expect(await unread(author)).toBe(0);
    expect(await unread(other)).toBe(1);
    expect((await notes(author))[0].read).toBe(true);
    expect(codes(await mark(author, ['nope']))).toEqual(['BAD_USER_INPUT']);

    expect(codes(await t.gql(NOTIFICATIONS, {}))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(`{ unreadNotificationCount }`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(`mutation { markNotificationsRead }`))).toEqual(['UNAUTHENTICATED']);
  });

  it('writes no notification for a change that failed', async () => {
    const author = await registerUser(t);
    const commenter = await registerUser(t);
    const threadId = await newThread(author);
    await db.query(`UPDATE threads SET locked = true WHERE id = $1`, [threadId]);
    expect(codes(await comment(commenter, threadId))).toEqual(['FORBIDDEN']);
    expect(await notes(author)).toEqual([]);
    expect(await viewerFollows(commenter, threadId)).toEqual({ viewerFollows: false, followerCount: 1 });
  });

  describe('live', () => {
    const client = (token?: string) => {
      const c = createClient({
        url: url.replace(/^http/, 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        onNonLazyError: () => undefined,
      });
      clients.push(c);
      return c;
    };
    const subscribe = (c: Client) => {
      const events: { data?: { notificationReceived: { kind: string; actor: { id: string } | null; comment: { id: string } | null } } | null; errors?: { extensions?: { code?: string } }[] }[] = [];
      let failure: unknown = null;
      c.subscribe(
        { query: `subscription { notificationReceived { id kind read actor { id } comment { id } } }` },
        { next: (e) => void events.push(e as (typeof events)[number]), error: (e) => (failure = e), complete: () => undefined },
      );
      return { events, failure: () => failure };
    };
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    async function until(check: () => boolean, ms = 3000) {
      const end = Date.now() + ms;
      while (!check() && Date.now() < end) await wait(25);
    }

    it('delivers notificationReceived to its recipient only', async () => {
      const author = await registerUser(t);
      const replier = await registerUser(t);
      const stranger = await registerUser(t);
      const threadId = await newThread(author);
      const mine = subscribe(client(author.token));
      const theirs = subscribe(client(stranger.token));
      const actors = subscribe(client(replier.token));
      await wait(300);
      const commentId = (await comment(replier, threadId)).data!.addComment.id;
      await until(() => mine.events.length > 0);
      expect(mine.events).toEqual([{ data: { notificationReceived: expect.objectContaining({ kind: 'NEW_COMMENT', read: false, actor: { id: replier.id }, comment: { id: commentId } }) } }]);
      await wait(300);
      expect(theirs.events).toEqual([]);
      expect(actors.events).toEqual([]);
    });

    it('refuses anonymous subscribers', async () => {
      const anonymous = subscribe(client());
      await until(() => anonymous.events.length > 0 || anonymous.failure() !== null);
      const errors = (anonymous.failure() as { extensions?: { code?: string } }[] | null) ?? anonymous.events[0]?.errors ?? [];
      expect(errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('outbox', () => {
    const config = () => t.app.get<AppConfig>(APP_CONFIG);
    const worker = (sender: NotificationSender) => new OutboxWorker(db, sender, config());
    const recording = () => {
      const sent: OutgoingMessage[] = [];
      return { sent, send: async (m: OutgoingMessage) => void sent.push(m) };
    };

    /** Clears what earlier tests queued, so each test sees only its own rows. */
    async function flush() {
      await db.query(`UPDATE notification_outbox SET status = 'SKIPPED' WHERE status = 'PENDING'`);
    }

    async function oneNotification(): Promise<{ user: User; notificationId: string }> {
      const user = await registerUser(t);
      const other = await registerUser(t);
      const threadId = await newThread(user);
      await comment(other, threadId);
      const [row] = await db.query(`SELECT id FROM notifications WHERE user_id = $1`, [user.id]);
      return { user, notificationId: row.id };
    }
    const outboxOf = async (notificationId: string) =>
      (await db.query(`SELECT status, attempts, next_attempt_at, sent_at, last_error, channel FROM notification_outbox WHERE notification_id = $1`, [notificationId]))[0];

    it('queues one email per notification and the default sender marks it SENT', async () => {
      await flush();
      const { user, notificationId } = await oneNotification();
      expect(await outboxOf(notificationId)).toMatchObject({ status: 'PENDING', attempts: 0, channel: 'email', sent_at: null });
      const result = await t.app.get(OutboxWorker).drainOnce();
      expect(result).toMatchObject({ sent: 1, failed: 0 });
      expect(await outboxOf(notificationId)).toMatchObject({ status: 'SENT', attempts: 1, sent_at: expect.any(Date) });
      void user;
    });

    it('writes the email in Indonesian then English, to the address read at send time, and skips what was already read', async () => {
      await flush();
      const { user, notificationId } = await oneNotification();
      const sender = recording();
      await worker(sender).drainOnce();
      expect(sender.sent).toHaveLength(1);
      expect(sender.sent[0]).toMatchObject({ to: user.email, notificationId, kind: 'NEW_COMMENT' });
      expect(sender.sent[0].text.indexOf('Ada komentar baru di "Jalan berlubang di Kapur"')).toBeLessThan(sender.sent[0].text.indexOf('There is a new comment'));

      const second = await oneNotification();
      await t.gql(`mutation { markNotificationsRead }`, {}, second.user.token);
      await worker(sender).drainOnce();
      expect(sender.sent).toHaveLength(1);
      expect(await outboxOf(second.notificationId)).toMatchObject({ status: 'SKIPPED' });
    });

    it('retries a failing send with growing delays and gives up after a bounded number of attempts', async () => {
      await flush();
      const { notificationId } = await oneNotification();
      const failing = worker({ send: async () => Promise.reject(new Error('mail server down')) });
      let previousDelay = 0;
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        await failing.drainOnce();
        const row = await outboxOf(notificationId);
        expect(row.attempts).toBe(attempt);
        expect(row.last_error).toBe('mail server down');
        if (attempt < MAX_ATTEMPTS) {
          expect(row.status).toBe('PENDING');
          const delay = new Date(row.next_attempt_at).getTime() - Date.now();
          expect(delay).toBeGreaterThan(previousDelay);
          previousDelay = delay;
          // Not due yet: another drain leaves it alone.
          await failing.drainOnce();
          expect((await outboxOf(notificationId)).attempts).toBe(attempt);
          await db.query(`UPDATE notification_outbox SET next_attempt_at = now() WHERE notification_id = $1`, [notificationId]);
        } else {
          expect(row.status).toBe('FAILED');
        }
      }
      const ok = recording();
      await worker(ok).drainOnce();
      expect(ok.sent).toEqual([]);
    });

    it('never sends a row twice when drains overlap', async () => {
      await flush();
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push((await oneNotification()).notificationId);
      const sent: string[] = [];
      const slow: NotificationSender = {
        send: async (m) => {
          sent.push(m.notificationId);
          await new Promise((r) => setTimeout(r, 20));
        },
      };
      const results = await Promise.all([worker(slow).drainOnce(), worker(slow).drainOnce(), worker(slow).drainOnce()]);
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(6);
      expect([...sent].sort()).toEqual([...ids].sort());
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM notification_outbox WHERE notification_id = ANY($1) AND status = 'SENT'`, [ids]);
      expect(count).toBe(6);
    });

    it('sends through SMTP to the right recipient', async () => {
      await flush();
      const smtp = await fakeSmtp();
      try {
        const { user } = await oneNotification();
        const result = await worker(new SmtpSender(`smtp://rembug:rahasia@127.0.0.1:${smtp.port}`, 'Rembug <noreply@rembug.example.id>')).drainOnce();
        expect(result.sent).toBe(1);
        expect(smtp.mails).toHaveLength(1);
        const [mail] = smtp.mails;
        expect(mail.from).toBe('<noreply@rembug.example.id>');
        expect(mail.to).toEqual([`<${user.email}>`]);
        expect(mail.auth).toBe('\0rembug\0rahasia');
        expect(mail.data).toContain(`To: ${user.email}`);
        expect(mail.data).toMatch(/^Subject: Komentar baru \/ New comment$/m);
        const body = Buffer.from(mail.data.split('\r\n\r\n')[1].replace(/\r\n/g, ''), 'base64').toString('utf8');
        expect(body).toContain('Ada komentar baru');
        expect(body).toContain('There is a new comment');
      } finally {
        await smtp.close();
      }
    });

    it('counts an SMTP refusal as a failed attempt', async () => {
      await flush();
      const { notificationId } = await oneNotification();
      const closed = await fakeSmtp();
      await closed.close();
      await worker(new SmtpSender(`smtp://127.0.0.1:${closed.port}`, 'noreply@rembug.example.id')).drainOnce();
      expect(await outboxOf(notificationId)).toMatchObject({ status: 'PENDING', attempts: 1, last_error: expect.stringMatching(/ECONNREFUSED|closed/) });
    });
  });
});
