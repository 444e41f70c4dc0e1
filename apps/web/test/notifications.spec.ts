import type { NotificationItemFragment } from '../src/lib/graphql/generated';
import { catalogs, type MessageKey } from '../src/lib/i18n/catalogs';
import { format, type MessageParams } from '../src/lib/i18n/format';
import { notificationHref, notificationSentence, notificationTitle } from '../src/routes/notifications/describe';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import {
  addComment,
  areaNamed,
  consoleProblems,
  categoryNamed,
  createProposal,
  createThread,
  follow,
  respond,
  saveScreenshots,
  setAreaThreshold,
  takingScreenshots,
  voteProposal,
} from './support/content';
import { ADMIN_ENV, registerOfficial, registerPerson, type Person } from './support/people';
import { useBrowserStack } from './support/session';

const t = (key: MessageKey, params?: MessageParams) => format(catalogs.id[key], params);

describe('a notification in words', () => {
  const base: NotificationItemFragment = {
    id: 'n1',
    kind: 'REPLY',
    read: false,
    createdAt: '2026-03-01T02:00:00Z',
    status: null,
    moderationAction: null,
    targetType: 'COMMENT',
    actor: { displayName: 'Rina Lestari' },
    thread: { id: 't1', title: 'Jalan rusak di Kapur' },
    proposal: null,
    comment: { id: 'c1' },
  };

  it('names who acted and leads to the comment in its thread', () => {
    expect(notificationSentence(base, t)).toBe('Rina Lestari membalas komentar Anda di:');
    expect(notificationHref(base)).toBe('/threads/t1#comment-c1');
    expect(notificationTitle(base)).toBe('Jalan rusak di Kapur');
  });

  it('says a proposal’s new status in words and leads to the proposal', () => {
    const answered = { ...base, kind: 'OFFICIAL_RESPONSE', status: 'ACCEPTED', actor: null, targetType: 'PROPOSAL', comment: null, thread: null, proposal: { id: 'p1', title: 'Aspal jalan poros' } } as const;
    expect(notificationSentence(answered, t)).toBe('Dinas menjawab usulan yang Anda ikuti. Statusnya sekarang: Diterima.');
    expect(notificationHref(answered)).toBe('/proposals/p1');
  });

  it('explains moderation it knows and falls back for actions it does not', () => {
    const moderated = { ...base, kind: 'MODERATION', moderationAction: 'HIDDEN', actor: null } as const;
    expect(notificationSentence(moderated, t)).toBe('Moderator menyembunyikan tulisan Anda.');
    expect(notificationSentence({ ...moderated, moderationAction: 'MERGED' }, t)).toBe('Moderator menggabungkan usulan Anda ke usulan lain yang sama; dukungannya pindah ke sana.');
    expect(notificationSentence({ ...moderated, moderationAction: 'ARCHIVED' }, t)).toBe('Moderator menindaklanjuti tulisan Anda.');
  });

  it('has no link when what it was about can no longer be seen', () => {
    expect(notificationHref({ ...base, thread: null, comment: null })).toBeNull();
    expect(notificationSentence({ ...base, actor: null }, t)).toBe('Seseorang membalas komentar Anda di:');
  });
});

describeInBrowser('notifications page in a real browser', (executablePath) => {
  const session = useBrowserStack(executablePath, { apiEnv: ADMIN_ENV, contextDefaults: { javaScriptEnabled: false } });
  const { stack } = session;
  let reader: Person;
  let writer: Person;
  let thread: { id: string };
  const title = 'Jadwal Posyandu di Kuala Dua bentrok dengan jam kerja';

  beforeAll(async () => {
    const kualaDua = await areaNamed(stack.apiUrl, 'Kuala Dua');
    [reader, writer] = await Promise.all([registerPerson(stack.apiUrl, 'Yanti Wulandari'), registerPerson(stack.apiUrl, 'Hasan Pratama')]);
    thread = await createThread(stack.apiUrl, writer, {
      title,
      body: 'Posyandu buka Selasa pukul 09.00, saat banyak ibu bekerja di kebun. Bisakah pindah ke Sabtu pagi?',
      areaId: kualaDua.id,
    });
    await follow(stack.apiUrl, reader, thread.id, 'THREAD');
  }, 120_000);

  it('asks visitors to sign in first', async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/notifications`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/notifications');
  });

  it('lists news about what the person follows, newest first, and marks one and then all read without JavaScript', async () => {
    const first = await addComment(stack.apiUrl, writer, thread.id, 'Setuju, Sabtu pagi lebih cocok untuk ibu-ibu yang bekerja.');
    await addComment(stack.apiUrl, writer, thread.id, 'Saya sudah bicara dengan bidan desa, beliau bersedia.');

    const page = await session.page({ person: reader });
    await page.goto(`${stack.webUrl}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Pemberitahuan' }).waitFor();
    await page.locator('main').getByText('2 belum dibaca', { exact: true }).waitFor();

    const items = page.locator('main ul.items > li');
    expect(await items.count()).toBe(2);
    // Unread is said in words, not only shown in colour.
    expect(await items.nth(0).innerText()).toContain('Belum dibaca');
    expect(await items.nth(0).innerText()).toContain('Hasan Pratama menulis tanggapan baru di diskusi yang Anda ikuti:');
    const links = items.getByRole('link', { name: title });
    expect(await links.count()).toBe(2);
    // Newest first: the older comment is the second item.
    expect(await links.nth(1).getAttribute('href')).toBe(`/threads/${thread.id}#comment-${first.id}`);

    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await items.nth(1).getByRole('button', { name: `Tandai sudah dibaca (${title})` }).click();
    await page.locator('main').getByText('1 belum dibaca', { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/notifications');
    expect(await items.nth(1).innerText()).not.toContain('Belum dibaca');
    expect(await items.nth(0).innerText()).toContain('Belum dibaca');

    await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
    await page.getByText('Semua sudah dibaca.').waitFor();
    expect(await page.getByText('Belum dibaca', { exact: true }).count()).toBe(0);
    // The menu no longer counts any as unread either.
    await page.getByRole('link', { name: 'Pemberitahuan', exact: true }).waitFor();
  });

  it('pages through many notifications with links', async () => {
    for (let i = 0; i < 20; i++) await addComment(stack.apiUrl, writer, thread.id, `Catatan rapat ke-${i + 1}: jadwal baru dibahas lagi.`);
    const page = await session.page({ person: reader });
    await page.goto(`${stack.webUrl}/notifications`);
    const items = page.locator('main ul.items > li');
    expect(await items.count()).toBe(20);

    await page.getByRole('link', { name: 'Halaman berikutnya' }).click();
    await page.waitForURL(/after=/);
    expect(await items.count()).toBe(2);
    // Marking read from the second page comes back to the second page.
    await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
    await page.getByText('Semua sudah dibaca.').waitFor();
    expect(new URL(page.url()).searchParams.has('after')).toBe(true);

    // A cursor that is not one (edited by hand, or from an old link) leads back to the first page.
    await page.goto(`${stack.webUrl}/notifications?after=bukan-kursor`);
    expect(page.url()).toBe(`${stack.webUrl}/notifications`);
    expect(await items.count()).toBe(20);
  });

  it('shows new ones as they happen and announces them politely', async () => {
    const page = await session.page({ person: reader, javaScriptEnabled: true });
    const problems = consoleProblems(page);
    // Wait until the live subscription is sent, so the comment below cannot slip in before it.
    const subscribed = page.waitForEvent('websocket').then((socket) =>
      socket.waitForEvent('framesent', { predicate: (frame) => String(frame.payload).includes('notificationReceived') }),
    );
    await page.goto(`${stack.webUrl}/notifications`);
    await subscribed;

    await addComment(stack.apiUrl, writer, thread.id, 'Kabar baik: mulai bulan depan Posyandu buka Sabtu pagi.');
    const status = page.locator('[role="status"][aria-live="polite"]').filter({ hasText: 'Pemberitahuan baru:' });
    await status.waitFor({ state: 'attached' });
    expect(await status.textContent()).toContain('Hasan Pratama menulis tanggapan baru');
    await page.locator('main').getByText('1 belum dibaca', { exact: true }).waitFor();
    expect(await page.locator('main ul.items > li').first().innerText()).toContain('Belum dibaca');

    // With JavaScript the same form marks it read without a full reload.
    await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
    await page.getByText('Semua sudah dibaca.').waitFor();
    expect(problems).toEqual([]);
  });

  it('saves screenshots for the docs when asked', async () => {
    if (!takingScreenshots) return;
    // A few kinds of news: support reached, an official answer, a reply to the reader's own comment.
    const kualaDua = await areaNamed(stack.apiUrl, 'Kuala Dua');
    await setAreaThreshold(stack.apiUrl, kualaDua.id, 2);
    const health = await categoryNamed(stack.apiUrl, 'Kesehatan');
    const proposal = await createProposal(stack.apiUrl, reader, {
      title: 'Posyandu Sabtu pagi sebulan sekali di Kuala Dua',
      body: 'Agar ibu-ibu yang bekerja di kebun bisa membawa anaknya ke Posyandu.',
      areaId: kualaDua.id,
      categoryId: health.id,
      threadId: thread.id,
    });
    const supporters = await Promise.all([registerPerson(stack.apiUrl, 'Ani Saputra'), registerPerson(stack.apiUrl, 'Eko Sari')]);
    for (const supporter of supporters) await voteProposal(stack.apiUrl, supporter, proposal.id, 'SUPPORT');
    const nurse = await registerOfficial(stack.apiUrl, health.defaultAgency!.id);
    await respond(stack.apiUrl, nurse, proposal.id, 'ACCEPTED', 'Mulai bulan depan Posyandu Kuala Dua buka Sabtu pagi.');
    const mine = await addComment(stack.apiUrl, reader, thread.id, 'Apakah bidan desa juga bisa datang hari Sabtu?');
    await addComment(stack.apiUrl, writer, thread.id, 'Bisa, beliau sudah setuju datang pukul 08.00.', mine.id);
    // The first screenful: earlier tests left a long list behind.
    await saveScreenshots(await session.page({ person: reader }), `${stack.webUrl}/notifications`, 'notifications', { fullPage: false });
  });
});
