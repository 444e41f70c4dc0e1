/**
 * Keeping the forum safe from the content pages: a reader reports, reports hide what several people flagged,
 * posts carrying personal data are held for their author (who edits the data out), moderators act under the
 * content, a suspended person reads but cannot write, and a new account that posts too fast is told how long to wait.
 */
import type { Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import { addComment, areaNamed, createProposal, createThread } from './support/content';
import { ADMIN, ADMIN_ENV, gql, login, registerPerson, type Person } from './support/people';
import { hydrated, useBrowserStack, type SessionOptions } from './support/session';

describeInBrowser('reports, holds and moderator actions on the content pages', (executablePath) => {
  const session = useBrowserStack(executablePath, { apiEnv: { ...ADMIN_ENV, FLAG_HIDE_THRESHOLD: '2' } });
  const { stack } = session;

  let areaId: string;
  let siti: Person;
  let budi: Person;
  let rina: Person;
  let moderator: Person;

  beforeAll(async () => {
    areaId = (await areaNamed(stack.apiUrl, 'Kapur')).id;
    [siti, budi, rina, moderator] = await Promise.all([
      registerPerson(stack.apiUrl, 'Siti Rahmawati'),
      registerPerson(stack.apiUrl, 'Budi Santoso'),
      registerPerson(stack.apiUrl, 'Rina Kartika'),
      registerPerson(stack.apiUrl, 'Moderator Desa'),
    ]);
    const admin = await login(stack.apiUrl, ADMIN.email, ADMIN.password);
    await gql(stack.apiUrl, 'mutation($u: ID!) { setUserRole(userId: $u, role: MODERATOR) { id } }', { u: moderator.id }, admin.token);
  });

  async function open(path: string, options: SessionOptions = {}): Promise<Page> {
    const page = await session.page(options);
    const response = await page.goto(`${stack.webUrl}${path}`);
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
    if (options.javaScriptEnabled !== false) await hydrated(page);
    return page;
  }

  const thread = (author: Person, title = 'Jembatan kayu di Kapur mulai lapuk', body = 'Papan jembatan banyak yang patah.') =>
    createThread(stack.apiUrl, author, { title, body, areaId }).then((t) => t.id);

  async function report(page: Page, commentId: string, reason: string) {
    const box = page.locator(`#comment-${commentId}`);
    await box.getByText('Laporkan', { exact: true }).click();
    await box.getByLabel(reason).check();
    await box.getByRole('button', { name: 'Kirim laporan' }).click();
  }

  it('lets a reader report a comment without JavaScript, once; two reports hide it until a moderator looks', async () => {
    const threadId = await thread(siti);
    const { id: commentId } = await addComment(stack.apiUrl, siti, threadId, 'Jual pulsa murah, hubungi kami di toko sebelah!');

    const page = await open(`/threads/${threadId}`, { person: budi, javaScriptEnabled: false });
    await report(page, commentId, 'Iklan atau pesan sampah');
    await page.locator(`#comment-${commentId}`).getByText('Terima kasih. Laporan Anda sudah diterima').waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // The author is not offered a report button on their own words.
    const own = await open(`/threads/${threadId}`, { person: siti, javaScriptEnabled: false });
    expect(await own.locator(`#comment-${commentId}`).getByText('Laporkan', { exact: true }).count()).toBe(0);

    // Reporting again says it is already reported.
    const again = await open(`/threads/${threadId}`, { person: budi });
    await report(again, commentId, 'Tidak sesuai topik');
    await again.locator(`#comment-${commentId}`).getByText('Anda sudah melaporkan ini').waitFor();

    // A second person's report (JavaScript on) hides it for everyone but its author and the moderators.
    const second = await open(`/threads/${threadId}`, { person: rina });
    await report(second, commentId, 'Iklan atau pesan sampah');
    // Live, the comment gives way to the notice at once (the report form goes with it).
    await second.locator(`#comment-${commentId}`).getByText('Disembunyikan sementara karena dilaporkan beberapa warga').waitFor();
    const visitor = await open(`/threads/${threadId}`, { javaScriptEnabled: false });
    await visitor.locator(`#comment-${commentId}`).getByText('Disembunyikan sementara karena dilaporkan beberapa warga').waitFor();
    expect(await visitor.content()).not.toContain('Jual pulsa murah');
  });

  it('holds a comment with a phone number for its author, who edits the number out to show it', async () => {
    const threadId = await thread(siti, 'Air PDAM mati tiga hari');
    const page = await open(`/threads/${threadId}`, { person: budi });
    await page.getByLabel('Komentar Anda').fill('Kalau ada kabar, kabari saya di 0812 3456 7890.');
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    const held = page.getByText('Tulisan Anda belum tampil untuk orang lain');
    await held.waitFor();
    await page.locator('.held').getByText('nomor HP', { exact: false }).waitFor();

    const other = await open(`/threads/${threadId}`, { person: rina, javaScriptEnabled: false });
    await other.getByText('Sedang ditahan untuk diperiksa moderator.').waitFor();
    expect(await other.content()).not.toContain('3456');

    // The author edits it, without JavaScript: "Ubah", change the words, save.
    const noJs = await open(`/threads/${threadId}`, { person: budi, javaScriptEnabled: false });
    await noJs.getByRole('link', { name: 'Ubah' }).click();
    const box = noJs.getByLabel('Ubah komentar Anda');
    expect(await box.inputValue()).toContain('0812 3456 7890');
    await box.fill('Kalau ada kabar, tolong tulis di sini saja.');
    await noJs.getByRole('button', { name: 'Simpan perubahan' }).click();
    await noJs.getByText('Kalau ada kabar, tolong tulis di sini saja.').waitFor();
    expect(await noJs.getByText('Tulisan Anda belum tampil').count()).toBe(0);
    expect(await seriousAccessibilityProblems(noJs)).toEqual([]);

    const reader = await open(`/threads/${threadId}`, { javaScriptEnabled: false });
    await reader.getByText('Kalau ada kabar, tolong tulis di sini saja.').waitFor();
  });

  it('holds a discussion with a NIK in it until its author takes the number out, without JavaScript', async () => {
    const threadId = await thread(budi, 'Bantuan beras tidak sampai', 'NIK saya 6112010101900001 tidak terdaftar, mohon dibantu.');
    const reader = await open(`/threads/${threadId}`, { javaScriptEnabled: false });
    await reader.getByRole('heading', { level: 1, name: 'Diskusi disembunyikan' }).waitFor();
    expect(await reader.content()).not.toContain('6112010101900001');

    const page = await open(`/threads/${threadId}`, { person: budi, javaScriptEnabled: false });
    await page.locator('.held').getByText('nomor NIK atau KK', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Ubah diskusi' }).click();
    const body = page.getByLabel('Ceritakan masalahnya');
    expect(await body.inputValue()).toContain('6112010101900001');
    await body.fill('Nama saya tidak terdaftar sebagai penerima, mohon dibantu.');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByText('Nama saya tidak terdaftar sebagai penerima', { exact: false }).waitFor();
    expect(await page.locator('.held').count()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    const later = await open(`/threads/${threadId}`, { javaScriptEnabled: false });
    await later.getByRole('heading', { level: 1, name: 'Bantuan beras tidak sampai' }).waitFor();
  });

  it('gives moderators actions under the content: lock a discussion, hide a comment with a public reason', async () => {
    const threadId = await thread(siti, 'Sampah menumpuk di pasar');
    const { id: commentId } = await addComment(stack.apiUrl, budi, threadId, 'Dasar pengurus pasar tidak becus semua!');

    // Citizens see no moderator actions.
    const citizen = await open(`/threads/${threadId}`, { person: rina, javaScriptEnabled: false });
    expect(await citizen.getByText('Tindakan moderator', { exact: true }).count()).toBe(0);

    const page = await open(`/threads/${threadId}`, { person: moderator });
    const panel = page.locator(`#comment-${commentId}`).locator('details.moderate');
    await panel.getByText('Tindakan moderator', { exact: true }).click();
    await panel.getByLabel('Tindakan').selectOption('HIDE');
    await panel.getByLabel('Alasan (tampil untuk umum di catatan moderasi)').fill('Menghina pengurus pasar');
    await panel.getByRole('button', { name: 'Lakukan' }).click();
    await page.locator(`#comment-${commentId}`).getByText('Disembunyikan oleh moderator: Menghina pengurus pasar').waitFor();

    // The discussion itself, without JavaScript.
    const noJs = await open(`/threads/${threadId}`, { person: moderator, javaScriptEnabled: false });
    const threadPanel = noJs.locator('article.thread details.moderate');
    await threadPanel.getByText('Tindakan moderator', { exact: true }).click();
    await threadPanel.getByLabel('Tindakan').selectOption('LOCK');
    await threadPanel.getByLabel('Alasan (tampil untuk umum di catatan moderasi)').fill('Diskusi sudah selesai');
    await threadPanel.getByRole('button', { name: 'Lakukan' }).click();
    await noJs.getByText('Diskusi ini sudah ditutup oleh moderator', { exact: false }).waitFor();

    const visitor = await open(`/threads/${threadId}`, { javaScriptEnabled: false });
    await visitor.getByText('Disembunyikan oleh moderator: Menghina pengurus pasar').waitFor();
    expect(await visitor.content()).not.toContain('tidak becus');
    expect(await seriousAccessibilityProblems(noJs)).toEqual([]);

    // A reason of only spaces gets past the browser's own check; the server explains it, and nothing happens.
    const retry = await open(`/threads/${threadId}`, { person: moderator, javaScriptEnabled: false });
    const again = retry.locator('article.thread details.moderate');
    await again.getByText('Tindakan moderator', { exact: true }).click();
    await again.getByLabel('Tindakan').selectOption('UNLOCK');
    await again.getByLabel('Alasan (tampil untuk umum di catatan moderasi)').fill('    ');
    await again.getByRole('button', { name: 'Lakukan' }).click();
    await retry.locator('article.thread details.moderate[open]').getByText('Bagian ini wajib diisi.').waitFor();
    await retry.getByText('Diskusi ini sudah ditutup oleh moderator', { exact: false }).waitFor();
  });

  it('lists discussions a moderator pinned first, once', async () => {
    const pinned = await thread(siti, 'Jadwal vaksinasi anak di puskesmas');
    await thread(budi, 'Diskusi yang lebih baru');
    await gql(
      stack.apiUrl,
      'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
      { input: { targetType: 'THREAD', targetId: pinned, action: 'PIN', reason: 'Informasi penting untuk semua warga' } },
      moderator.token,
    );
    const page = await open('/threads', { javaScriptEnabled: false });
    const first = page.locator('ul.items > li').first();
    await first.getByRole('link', { name: 'Jadwal vaksinasi anak di puskesmas' }).waitFor();
    await first.getByText('Disematkan', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Jadwal vaksinasi anak di puskesmas' }).count()).toBe(1);
  });

  it('shows a proposal hidden by a moderator as the reason, and lets readers report proposals', async () => {
    const { id: proposalId } = await createProposal(stack.apiUrl, siti, { title: 'Beli genset untuk posyandu', body: 'Listrik sering padam saat penimbangan.', areaId });
    const page = await open(`/proposals/${proposalId}`, { person: budi, javaScriptEnabled: false });
    await page.getByText('Laporkan', { exact: true }).click();
    await page.getByLabel('Informasi yang keliru atau menyesatkan').check();
    await page.getByLabel('Jelaskan singkat', { exact: false }).fill('Posyandu sudah punya genset');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByText('Terima kasih. Laporan Anda sudah diterima').waitFor();

    await gql(
      stack.apiUrl,
      'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
      { input: { targetType: 'PROPOSAL', targetId: proposalId, action: 'HIDE', reason: 'Usulan ganda' } },
      moderator.token,
    );
    const visitor = await open(`/proposals/${proposalId}`, { javaScriptEnabled: false });
    await visitor.getByRole('heading', { level: 1, name: 'Usulan disembunyikan' }).waitFor();
    await visitor.getByText('Disembunyikan oleh moderator: Usulan ganda').waitFor();
    expect(await visitor.content()).not.toContain('penimbangan');
  });

  it('tells a suspended person on every page, and explains the refusal when they try to write', async () => {
    const person = await registerPerson(stack.apiUrl, 'Joko Widodo');
    const threadId = await thread(siti, 'Jadwal posyandu bulan depan');
    await gql(
      stack.apiUrl,
      'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
      { input: { targetType: 'USER', targetId: person.id, action: 'SUSPEND', reason: 'Berulang kali menghina warga', durationDays: 7 } },
      moderator.token,
    );
    // Their sessions ended; they sign in again and can read.
    const again = await login(stack.apiUrl, person.email, person.password);
    const page = await open(`/threads/${threadId}`, { person: { token: again.token }, javaScriptEnabled: false });
    await page.getByText('Akun Anda sedang ditangguhkan').waitFor();
    await page.getByText('Berulang kali menghina warga', { exact: false }).waitFor();
    await page.getByLabel('Komentar Anda').fill('Saya mau ikut bicara.');
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.getByText('Akun Anda ditangguhkan sampai', { exact: false }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});

describeInBrowser('limits for new accounts', (executablePath) => {
  // No allow-list: the browser's requests count against the limits as anyone's would.
  const session = useBrowserStack(executablePath, { apiEnv: { RATE_LIMIT_ALLOWLIST: '' } });
  const { stack } = session;

  it('tells a new account posting too fast how long to wait, in plain words', async () => {
    const areaId = (await areaNamed(stack.apiUrl, 'Kapur')).id;
    const author = await registerPerson(stack.apiUrl, 'Siti Rahmawati');
    const { id: threadId } = await createThread(stack.apiUrl, author, { title: 'Lampu jalan padam di Kapur', body: 'Sudah seminggu.', areaId });
    const newcomer = await registerPerson(stack.apiUrl, 'Warga Baru');
    const page = await session.page({ person: newcomer, javaScriptEnabled: false });
    await page.goto(`${stack.webUrl}/threads/${threadId}`);
    await page.getByLabel('Komentar Anda').fill('Di gang saya juga padam.');
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.getByText('Di gang saya juga padam.').waitFor();
    await page.getByLabel('Komentar Anda').fill('Sudah saya laporkan ke kantor desa.');
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.getByText(/Terlalu cepat\. Anda bisa mencoba lagi dalam \d+ detik\./).waitFor();
    // What was typed is kept for the next try.
    expect(await page.getByLabel('Komentar Anda').inputValue()).toBe('Sudah saya laporkan ke kantor desa.');
  });
});
