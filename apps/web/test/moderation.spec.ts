/**
 * The moderator's screens through the real pages: the queue of what residents reported, a volunteer moderator's
 * decisions on it (with and without JavaScript, by keyboard only), the queue refreshing itself, and the public
 * moderation log that says what was done and why.
 */
import type { Locator, Page } from 'playwright-core';
import { formatDate } from '../src/lib/format';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import { addComment, areaNamed, createProposal, createThread, flagContent, saveScreenshots, takingScreenshots } from './support/content';
import { ADMIN, ADMIN_ENV, gql, login, registerModerator, registerPerson, type Person } from './support/people';
import { hydrated, useBrowserStack } from './support/session';

describeInBrowser('moderation in a real browser', (executablePath) => {
  /** Phones in Indonesian, JavaScript off unless a test turns it on; a page error fails the test. */
  const session = useBrowserStack(executablePath, {
    apiEnv: { ...ADMIN_ENV, FLAG_HIDE_THRESHOLD: '3' },
    contextDefaults: { javaScriptEnabled: false },
    failOnPageErrors: true,
  });
  const { stack } = session;

  let dewi: Person; // the volunteer moderator
  let siti: Person;
  let budi: Person;
  let ahmad: Person;
  let rina: Person;
  let yusuf: Person;
  let joko: Person; // writes the abusive comment
  let areaId: string;

  const titles = {
    advert: 'Jual obat kuat murah, kirim ke seluruh Kubu Raya',
    road: 'Jalan di depan pasar Kuala Dua berlubang',
    patrol: 'Bangun pos ronda di RT 02 Desa Kuala Dua',
  };
  const texts = {
    insult: 'Kalian semua bodoh, tidak usah banyak bicara soal jalan.',
    phone: 'Yang mau ikut kerja bakti hari Minggu, hubungi saya di 0812-3456-7890.',
  };
  const ids = {} as { advert: string; road: string; insult: string; patrol: string; phone: string };

  beforeAll(async () => {
    [dewi, siti, budi, ahmad, rina, yusuf, joko] = await Promise.all([
      registerModerator(stack.apiUrl, 'Dewi Lestari'),
      registerPerson(stack.apiUrl, 'Siti Aminah'),
      registerPerson(stack.apiUrl, 'Budi Santoso'),
      registerPerson(stack.apiUrl, 'Ahmad Fauzi'),
      registerPerson(stack.apiUrl, 'Rina Kartika'),
      registerPerson(stack.apiUrl, 'Yusuf Hidayat'),
      registerPerson(stack.apiUrl, 'Joko Susilo'),
    ]);
    areaId = (await areaNamed(stack.apiUrl, 'Kuala Dua')).id;

    // Reported in this order, so the queue (oldest report first) lists them so.
    ids.advert = (
      await createThread(stack.apiUrl, budi, {
        title: titles.advert,
        body: 'Obat kuat asli, harga grosir. Pesan sekarang juga, stok terbatas!',
        areaId,
      })
    ).id;
    await flagContent(stack.apiUrl, siti, 'THREAD', ids.advert, 'SPAM', 'Iklan, bukan diskusi warga');
    await flagContent(stack.apiUrl, ahmad, 'THREAD', ids.advert, 'SPAM');

    ids.road = (
      await createThread(stack.apiUrl, siti, {
        title: titles.road,
        body: 'Lubangnya makin besar setelah hujan. Motor sering jatuh di situ.',
        areaId,
      })
    ).id;
    const budiSays = await addComment(stack.apiUrl, budi, ids.road, 'Betul, kemarin ada pengendara motor yang jatuh di sana.');
    ids.insult = (await addComment(stack.apiUrl, joko, ids.road, texts.insult, budiSays.id)).id;
    // Three reports hide it until a moderator decides.
    for (const reporter of [siti, budi, ahmad]) await flagContent(stack.apiUrl, reporter, 'COMMENT', ids.insult, 'ABUSE');

    ids.patrol = (
      await createProposal(stack.apiUrl, ahmad, {
        title: titles.patrol,
        body: 'Warga RT 02 bergiliran ronda tanpa tempat berteduh. Kami usul dibangun pos ronda kecil di simpang jalan.',
        areaId,
      })
    ).id;
    await flagContent(stack.apiUrl, rina, 'PROPOSAL', ids.patrol, 'OFF_TOPIC', 'Bukan urusan desa');

    // Held by Rembug itself: a phone number in a public comment.
    ids.phone = (await addComment(stack.apiUrl, rina, ids.road, texts.phone)).id;
  }, 180_000);

  /** The queue entry whose heading says this. */
  const entry = (page: Page, heading: string | RegExp): Locator =>
    page.locator('li.queue-item').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });

  /** The queue as Dewi sees it; without JavaScript unless asked. */
  async function openQueue({ javaScriptEnabled = false }: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const page = await session.page({ person: dewi, javaScriptEnabled });
    const response = await page.goto(`${stack.webUrl}/moderation`);
    expect(response?.status()).toBe(200);
    return page;
  }

  async function queueTargets(): Promise<string[]> {
    const { moderationQueue } = await gql<{ moderationQueue: { edges: { node: { targetId: string } }[] } }>(
      stack.apiUrl,
      '{ moderationQueue(first: 100) { edges { node { targetId } } } }',
      {},
      dewi.token,
    );
    return moderationQueue.edges.map((edge) => edge.node.targetId);
  }

  it('sends visitors to sign in, and tells residents plainly that the queue is for moderators', async () => {
    const visitor = await session.page();
    await visitor.goto(`${stack.webUrl}/moderation`);
    expect(new URL(visitor.url()).pathname).toBe('/login');
    expect(new URL(visitor.url()).searchParams.get('next')).toBe('/moderation');

    const resident = await session.page({ person: siti });
    const response = await resident.goto(`${stack.webUrl}/moderation`);
    expect(response?.status()).toBe(403);
    await resident.getByRole('heading', { level: 1, name: 'Antrean moderasi khusus moderator' }).waitFor();
    await resident.getByRole('link', { name: 'Buka catatan moderasi' }).waitFor();
    // Residents have no queue in their menu, but everyone finds the public log.
    expect(await resident.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Moderasi' }).count()).toBe(0);
    await resident.getByRole('contentinfo').getByRole('link', { name: /^Catatan moderasi/ }).waitFor();
    expect(await seriousAccessibilityProblems(resident)).toEqual([]);
  });

  it('shows each report with the words in context, the reasons and notes, and whether the public can see it', async () => {
    const page = await openQueue();
    await page.getByRole('heading', { level: 1, name: 'Antrean moderasi' }).waitFor();
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Moderasi' }).waitFor();
    await page.getByText('4 tulisan menunggu tinjauan.').waitFor();
    expect(await page.locator('li.queue-item h2').allTextContents()).toEqual([
      `Diskusi: ${titles.advert}`,
      'Komentar dari Joko Susilo',
      `Usulan: ${titles.patrol}`,
      'Komentar dari Rina Kartika',
    ]);

    const advert = entry(page, `Diskusi: ${titles.advert}`);
    expect(await advert.getByRole('link', { name: `Diskusi: ${titles.advert}` }).getAttribute('href')).toBe(`/threads/${ids.advert}`);
    await advert.getByText('Ditulis oleh Budi Santoso').waitFor();
    await advert.getByText('Masih tampil untuk semua orang.').waitFor();
    await advert.getByText('Obat kuat asli, harga grosir.').waitFor();
    await advert.getByText('Dilaporkan oleh 2 orang.').waitFor();
    await advert.getByText('Iklan atau pesan sampah: 2').waitFor();
    await advert.getByText('Iklan, bukan diskusi warga').waitFor();
    await advert.locator('time').first().waitFor();
    await advert.getByRole('button', { name: 'Sembunyikan' }).waitFor();
    await advert.getByRole('button', { name: 'Abaikan laporan' }).waitFor();
    await advert.getByRole('button', { name: 'Kunci diskusi' }).waitFor();
    expect(await advert.getByRole('button', { name: 'Tampilkan lagi' }).count()).toBe(0);

    const insult = entry(page, 'Komentar dari Joko Susilo');
    await insult.getByText('Disembunyikan sementara karena dilaporkan beberapa warga. Menunggu keputusan Anda.').waitFor();
    await insult.getByText('Membalas komentar Budi Santoso:').waitFor();
    await insult.getByText('kemarin ada pengendara motor yang jatuh').waitFor();
    await insult.getByText(texts.insult).waitFor();
    await insult.getByText('Menghina, mengancam, atau kasar: 3').waitFor();
    await insult.getByRole('button', { name: 'Tampilkan lagi' }).waitFor();
    await insult.getByRole('group', { name: 'Penulis: Joko Susilo' }).getByRole('button', { name: 'Tangguhkan penulis' }).waitFor();

    const held = entry(page, 'Komentar dari Rina Kartika');
    await held.getByText('Ditahan karena tampaknya memuat nomor HP. Hanya penulis dan moderator yang bisa melihatnya.').waitFor();
    await held.getByText('Belum ada warga yang melaporkan. Rembug sendiri yang menahannya karena data pribadi.').waitFor();
    await held.getByText(texts.phone).waitFor();
    await held.getByRole('button', { name: 'Setujui dan tampilkan' }).waitFor();

    // Suggested reasons come with the page, in the reader's language.
    expect(await page.locator('datalist#moderation-reasons option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toContain(
      'Iklan atau pesan sampah.',
    );
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('hides a reported discussion by keyboard alone, and the public log says why', async () => {
    const page = await openQueue({ javaScriptEnabled: true });
    const decisions: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && decisions.push(request.url()));
    await hydrated(page);
    const reasonField = `field-queue-${ids.advert}-reason`;
    for (let presses = 0; presses < 120; presses++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === reasonField) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(reasonField);
    await page.keyboard.type('Iklan atau pesan sampah.');
    // Enter in the reason field takes no decision: only a decision's own button does.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Sembunyikan');
    await page.keyboard.press('Enter');

    const notice = page.getByText('Tulisan itu sudah disembunyikan. Alasan Anda tampil di tempatnya dan di catatan moderasi.');
    await notice.waitFor();
    expect(new URL(page.url()).searchParams.get('done')).toBe('HIDE');
    // Focus lands on the confirmation, so a screen reader hears it.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('notice'))).toBe(true);
    await page.getByText('3 tulisan menunggu tinjauan.').waitFor();
    expect(await entry(page, `Diskusi: ${titles.advert}`).count()).toBe(0);
    expect(decisions).toHaveLength(1);

    const { thread } = await gql<{ thread: { hidden: boolean; hiddenCause: string; hiddenReason: string } }>(
      stack.apiUrl,
      'query($id: ID!) { thread(id: $id) { hidden hiddenCause hiddenReason } }',
      { id: ids.advert },
    );
    expect(thread).toEqual({ hidden: true, hiddenCause: 'MODERATOR', hiddenReason: 'Iklan atau pesan sampah.' });

    const visitor = await session.page();
    await visitor.goto(`${stack.webUrl}/moderation/log`);
    const newest = visitor.locator('ul.items > li').first();
    await newest.getByRole('heading', { level: 2, name: 'Diskusi disembunyikan' }).waitFor();
    await newest.getByText('Alasan: Iklan atau pesan sampah.').waitFor();
    // The public no longer reads its title, but can still follow the link to where it was.
    expect(await newest.getByRole('link', { name: '(judulnya disembunyikan)' }).getAttribute('href')).toBe(`/threads/${ids.advert}`);
    // Only admins are told which moderator acted.
    expect(await newest.getByText(/Oleh moderator/).count()).toBe(0);
  });

  it('suspends the author of an abusive comment for 7 days without JavaScript; the log says until when', async () => {
    const page = await openQueue();
    const insult = entry(page, 'Komentar dari Joko Susilo');
    await insult.getByLabel('Alasan (tampil untuk umum)').fill('Berulang kali menghina sesama warga.');
    await insult.getByLabel('Lama penangguhan').selectOption({ label: '7 hari' });
    await insult.getByRole('button', { name: 'Tangguhkan penulis' }).click();

    await page.getByText('Penulisnya sudah ditangguhkan. Laporan atas tulisannya masih menunggu keputusan Anda.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/moderation');
    const admin = await login(stack.apiUrl, ADMIN.email, ADMIN.password);
    const { user } = await gql<{ user: { suspension: { until: string; reason: string } } }>(
      stack.apiUrl,
      'query($id: ID!) { user(id: $id) { suspension { until reason } } }',
      { id: joko.id },
      admin.token,
    );
    expect(user.suspension.reason).toBe('Berulang kali menghina sesama warga.');
    const days = (new Date(user.suspension.until).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    const until = formatDate(user.suspension.until, 'id', 'datetime');
    // The comment still waits for a decision, and says its author is suspended.
    await entry(page, 'Komentar dari Joko Susilo').getByText(`Penulis sedang ditangguhkan sampai ${until}.`).waitFor();

    const visitor = await session.page();
    await visitor.goto(`${stack.webUrl}/moderation/log`);
    const newest = visitor.locator('ul.items > li').first();
    await newest.getByRole('heading', { level: 2, name: `Akun ditangguhkan sampai ${until}` }).waitFor();
    await newest.getByText('Alasan: Berulang kali menghina sesama warga.').waitFor();
    await newest.getByText('Tentang: Joko Susilo').waitFor();
  });

  it('dismisses a report that breaks no rule, without JavaScript', async () => {
    const page = await openQueue();
    const patrol = entry(page, `Usulan: ${titles.patrol}`);
    await patrol.getByText('Bukan urusan desa').waitFor();
    await patrol.getByLabel('Alasan (tampil untuk umum)').fill('Sudah diperiksa: tidak melanggar aturan forum.');
    await patrol.getByRole('button', { name: 'Abaikan laporan' }).click();

    await page.getByText('Laporannya sudah diabaikan dan keluar dari antrean.').waitFor();
    expect(await entry(page, `Usulan: ${titles.patrol}`).count()).toBe(0);
    expect(await queueTargets()).not.toContain(ids.patrol);

    const visitor = await session.page();
    await visitor.goto(`${stack.webUrl}/moderation/log`);
    const newest = visitor.locator('ul.items > li').first();
    await newest.getByRole('heading', { level: 2, name: 'Laporan atas usulan diabaikan' }).waitFor();
    expect(await newest.getByRole('link', { name: titles.patrol }).getAttribute('href')).toBe(`/proposals/${ids.patrol}`);
  });

  it('explains in the form what went wrong: a missing reason, and a decision another moderator already took', async () => {
    const page = await openQueue();
    const held = entry(page, 'Komentar dari Rina Kartika');
    await held.getByRole('button', { name: 'Setujui dan tampilkan' }).click();
    const failed = entry(page, 'Komentar dari Rina Kartika');
    await failed.getByRole('alert').getByText('Ada yang perlu diperbaiki sebelum dikirim:').waitFor();
    await failed.getByText('Bagian ini wajib diisi.').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // Someone else decides while this page is open.
    const streetLight = await createThread(stack.apiUrl, yusuf, {
      title: 'Lampu jalan di Kuala Dua mati sejak seminggu',
      body: 'Sudah seminggu gelap, anak-anak pulang mengaji lewat jalan itu.',
      areaId,
    });
    await flagContent(stack.apiUrl, rina, 'THREAD', streetLight.id, 'MISINFORMATION');
    const stale = await openQueue();
    const otherModerator = await registerModerator(stack.apiUrl, 'Hendra Wijaya');
    await gql(
      stack.apiUrl,
      'mutation($input: ModerateInput!) { moderate(input: $input) { id } }',
      { input: { targetType: 'THREAD', targetId: streetLight.id, action: 'DISMISS', reason: 'Informasi ini benar.' } },
      otherModerator.token,
    );
    const item = entry(stale, 'Diskusi: Lampu jalan di Kuala Dua mati sejak seminggu');
    await item.getByLabel('Alasan (tampil untuk umum)').fill('Tidak melanggar aturan forum.');
    await item.getByRole('button', { name: 'Abaikan laporan' }).click();
    await stale
      .getByRole('alert')
      .getByText('Ini sudah berubah sejak halaman dibuka. Muat ulang halaman, lalu coba lagi.')
      .waitFor();
  });

  it('refreshes by itself when residents report something new', async () => {
    const page = await openQueue({ javaScriptEnabled: true });
    let heard = 0;
    page.on('websocket', (socket) =>
      socket.on('framereceived', (frame) => {
        if (String(frame.payload).includes('moderationQueueChanged')) heard++;
      }),
    );
    await hydrated(page);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const title = 'Pungutan liar di pelabuhan Kuala Dua';
    const { id } = await createThread(stack.apiUrl, budi, { title, body: 'Setiap perahu dimintai uang tanpa karcis resmi.', areaId });
    // The server takes a moment to start a subscription after the browser asks: reports from new readers are sent
    // until the page hears one, and the first one heard already changes the queue.
    for (let attempt = 0; attempt < 20 && heard === 0; attempt++) {
      await flagContent(stack.apiUrl, await registerPerson(stack.apiUrl), 'THREAD', id, 'OTHER', 'Menuduh tanpa bukti');
      const deadline = Date.now() + 2_000;
      while (heard === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(heard).toBeGreaterThan(0);
    await entry(page, `Diskusi: ${title}`).getByText('Menuduh tanpa bukti').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it('lets anyone filter the public log by kind of action without JavaScript; admins also see who acted', async () => {
    const visitor = await session.page();
    await visitor.goto(`${stack.webUrl}/moderation/log`);
    await visitor.getByRole('heading', { level: 1, name: 'Catatan moderasi' }).waitFor();
    // The automatic hide of the insulting comment is there, said as such.
    const automatic = visitor.locator('ul.items > li').filter({ hasText: 'Komentar disembunyikan otomatis setelah dilaporkan 3 orang' });
    await automatic.getByText('Otomatis', { exact: true }).waitFor();
    await automatic.getByText('Tentang: Komentar dari Joko Susilo').waitFor();
    expect(await seriousAccessibilityProblems(visitor)).toEqual([]);

    await visitor.getByLabel('Jenis tindakan').selectOption({ label: 'Akun ditangguhkan' });
    await visitor.getByRole('button', { name: 'Tampilkan' }).click();
    expect(new URL(visitor.url()).searchParams.get('action')).toBe('SUSPEND');
    const headings = await visitor.locator('ul.items > li h2').allTextContents();
    expect(headings.length).toBe(1);
    expect(headings[0]).toMatch(/^Akun ditangguhkan sampai /);

    const adminLogin = await login(stack.apiUrl, ADMIN.email, ADMIN.password);
    const admin = await session.page({ person: { token: adminLogin.token } });
    await admin.goto(`${stack.webUrl}/moderation/log?action=SUSPEND`);
    await admin.locator('ul.items > li').first().getByText('Oleh moderator Dewi Lestari').waitFor();
  });

  it('says in plain words what every other kind of action did', async () => {
    const moderate = (input: Record<string, unknown>) =>
      gql(stack.apiUrl, 'mutation($input: ModerateInput!) { moderate(input: $input) { id } }', { input }, dewi.token);
    const kapur = await areaNamed(stack.apiUrl, 'Kapur');
    const { categories } = await gql<{ categories: { id: string; name: string }[] }>(stack.apiUrl, '{ categories { id name } }');
    const roads = categories.find((c) => c.name === 'Jalan dan Jembatan')!;
    const { id: moved } = await createThread(stack.apiUrl, yusuf, { title: 'Jembatan gantung di Kapur goyang', body: 'Talinya sudah aus.', areaId });
    await moderate({ targetType: 'THREAD', targetId: moved, action: 'MOVE', areaId: kapur.id, categoryId: roads.id, reason: 'Jembatannya ada di Desa Kapur.' });
    await moderate({ targetType: 'THREAD', targetId: moved, action: 'LOCK', reason: 'Sudah dijawab di diskusi lain.' });
    await moderate({ targetType: 'THREAD', targetId: moved, action: 'PIN', reason: 'Penting untuk warga Kapur.' });
    const { id: duplicate } = await createProposal(stack.apiUrl, yusuf, { title: 'Pos ronda untuk RT 02 Kuala Dua', body: 'Kami perlu pos ronda.', areaId });
    await moderate({ targetType: 'PROPOSAL', targetId: duplicate, action: 'MERGE', intoProposalId: ids.patrol, reason: 'Usulan yang sama sudah ada.' });
    await moderate({ targetType: 'USER', targetId: joko.id, action: 'UNSUSPEND', reason: 'Sudah meminta maaf kepada warga.' });

    const visitor = await session.page();
    await visitor.goto(`${stack.webUrl}/moderation/log`);
    expect((await visitor.locator('ul.items > li h2').allTextContents()).slice(0, 5)).toEqual([
      'Penangguhan akun dicabut',
      'Usulan digabung ke usulan lain',
      'Diskusi disematkan di atas',
      'Diskusi dikunci',
      'Diskusi dipindahkan ke Kapur · Jalan dan Jembatan',
    ]);
    const merged = visitor.locator('ul.items > li').nth(1);
    expect(await merged.getByRole('link', { name: titles.patrol }).getAttribute('href')).toBe(`/proposals/${ids.patrol}`);
    await merged.getByText('Alasan: Usulan yang sama sudah ada.').waitFor();
  });

  it('saves screenshots of the queue and the log', async () => {
    if (!takingScreenshots) return;
    const held = await addComment(stack.apiUrl, yusuf, ids.road, 'Kirim fotonya ke nomor saya 0813-9876-5432, nanti saya teruskan ke desa.');
    expect(held.id).toBeTruthy();
    await saveScreenshots(await session.page({ person: dewi }), `${stack.webUrl}/moderation`, 'moderation');
    await saveScreenshots(await session.page(), `${stack.webUrl}/moderation/log`, 'moderation-log');
  });
});
