/**
 * Discussions through the real pages: the list and its filters, starting one, and the discussion page read,
 * written and voted on, live between two people, without JavaScript, by keyboard only, and refused cross-site.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Locator, Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import { ADMIN_ENV, gql, registerPerson, type Person } from './support/people';
import { useBrowserStack, type SessionOptions } from './support/session';
import { takingScreenshots } from './support/content';

const screenshots = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const MOBILE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

describeInBrowser('discussions', (executablePath) => {
  // The demo discussions make the list and the screenshots look like a real regency's.
  const session = useBrowserStack(executablePath, { apiEnv: { ...ADMIN_ENV, DEMO_DATA: '1' }, readyTimeoutMs: 180_000 });
  const { stack } = session;

  /** Siti starts discussions, Budi answers her, Rina reads along and follows. */
  let siti: Person;
  let budi: Person;
  let rina: Person;
  const areas = new Map<string, string>();
  const categories = new Map<string, string>();

  beforeAll(async () => {
    [siti, budi, rina] = await Promise.all([
      registerPerson(stack.apiUrl, 'Siti Rahmawati'),
      registerPerson(stack.apiUrl, 'Budi Santoso'),
      registerPerson(stack.apiUrl, 'Rina Kartika'),
    ]);
    const reference = await gql<{ areas: { id: string; name: string }[]; categories: { id: string; name: string }[] }>(
      stack.apiUrl,
      '{ areas { id name } categories { id name } }',
    );
    for (const area of reference.areas) areas.set(area.name, area.id);
    for (const category of reference.categories) categories.set(category.name, category.id);
  }, 240_000);

  async function open(path: string, options: SessionOptions = {}): Promise<Page> {
    const page = await session.page(options);
    const response = await page.goto(`${stack.webUrl}${path}`);
    expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
    return page;
  }

  async function startThread(person: Person, input: { title: string; body: string; area: string; category?: string; tags?: string[] }) {
    const { createThread } = await gql<{ createThread: { id: string } }>(
      stack.apiUrl,
      'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
      {
        input: {
          title: input.title,
          body: input.body,
          areaId: areas.get(input.area),
          categoryId: input.category ? categories.get(input.category) : null,
          tags: input.tags ?? [],
        },
      },
      person.token,
    );
    return createThread.id;
  }

  async function comment(person: Person, threadId: string, body: string, parentId?: string) {
    const { addComment } = await gql<{ addComment: { id: string } }>(
      stack.apiUrl,
      'mutation($input: AddCommentInput!) { addComment(input: $input) { id } }',
      { input: { threadId, body, parentId } },
      person.token,
    );
    return addComment.id;
  }

  async function commentCount(threadId: string): Promise<number> {
    const { thread } = await gql<{ thread: { commentCount: number } }>(stack.apiUrl, 'query($id: ID!) { thread(id: $id) { commentCount } }', {
      id: threadId,
    });
    return thread.commentCount;
  }

  async function sql(text: string, values: unknown[]) {
    const client = new pg.Client({ connectionString: stack.databaseUrl });
    await client.connect();
    try {
      await client.query(text, values);
    } finally {
      await client.end();
    }
  }

  /** Resolves once the page's live connection has asked for this discussion's new comments. */
  function liveSubscribed(page: Page): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the page never subscribed to new comments')), 60_000);
      page.on('websocket', (socket) => {
        socket.on('framesent', ({ payload }) => {
          if (String(payload).includes('"subscribe"') && String(payload).includes('commentAdded')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    });
  }

  const articleOf = (page: Page, text: string): Locator => page.locator('article.comment', { hasText: text });
  const results = (page: Page) => page.getByRole('region', { name: /diskusi/ }).locator('ul.items > li h3');

  async function shoot(page: Page, name: string) {
    if (!takingScreenshots) return;
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}${name}`, fullPage: true });
  }

  it('lists discussions and narrows them by words, area, category and order without JavaScript', async () => {
    const lampu = await startThread(siti, {
      title: 'Lampu jalan di Gang Mawar, Kapur, padam sejak Lebaran',
      body: 'Sudah tiga bulan lampu jalan di Gang Mawar mati. Anak-anak pulang mengaji lewat jalan gelap.',
      area: 'Kapur',
      category: 'Jalan dan Jembatan',
      tags: ['lampu-jalan'],
    });
    await startThread(budi, {
      title: 'Sumur bor warga Rasau Jaya I kering saat kemarau',
      body: 'Setiap Agustus sumur bor di RT 04 kering dan warga harus membeli air galon.',
      area: 'Rasau Jaya I',
      category: 'Air Bersih dan Sanitasi',
    });
    await comment(budi, lampu, 'Di Gang Melati juga sama, Bu.');

    const page = await open('/threads', { javaScriptEnabled: false });
    await page.getByRole('heading', { level: 1, name: 'Diskusi warga' }).waitFor();
    const all = await results(page).allTextContents();
    expect(all).toEqual(expect.arrayContaining(['Lampu jalan di Gang Mawar, Kapur, padam sejak Lebaran', 'Sumur bor warga Rasau Jaya I kering saat kemarau']));
    await page.getByText('Jalan poros Desa Kapur rusak parah setiap musim hujan').waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // Words.
    await page.getByLabel('Cari diskusi').fill('lampu');
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/[?&]q=lampu/);
    expect(await results(page).allTextContents()).toEqual(['Lampu jalan di Gang Mawar, Kapur, padam sejak Lebaran']);
    await page.getByText('1 komentar', { exact: false }).first().waitFor();

    // An area includes its villages: Kapur lies in the district of Sungai Raya.
    await page.getByLabel('Cari diskusi').fill('');
    // Area, category and order are folded away until asked for (and stay open while one is in use).
    await page.getByText('Saring menurut wilayah, kategori, atau urutan').click();
    await page.getByLabel('Wilayah').selectOption({ label: 'Sungai Raya (seluruhnya)' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(new RegExp(`[?&]area=${areas.get('Sungai Raya')}`));
    let titles = await results(page).allTextContents();
    expect(titles).toContain('Lampu jalan di Gang Mawar, Kapur, padam sejak Lebaran');
    expect(titles).not.toContain('Sumur bor warga Rasau Jaya I kering saat kemarau');

    // A category, with the area cleared; the chosen category stays selected on the page.
    await page.getByLabel('Wilayah').selectOption({ label: 'Semua wilayah' });
    await page.getByLabel('Kategori').selectOption({ label: 'Air Bersih dan Sanitasi' });
    await page.getByLabel('Urutkan').selectOption({ label: 'Paling banyak ditanggapi' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/[?&]sort=TOP/);
    titles = await results(page).allTextContents();
    expect(titles).toContain('Sumur bor warga Rasau Jaya I kering saat kemarau');
    expect(titles).not.toContain('Lampu jalan di Gang Mawar, Kapur, padam sejak Lebaran');
    expect(await page.getByLabel('Kategori').inputValue()).toBe(categories.get('Air Bersih dan Sanitasi'));

    // Nothing found: say so, and offer to start the discussion in the category chosen.
    await page.goto(`${stack.webUrl}/threads?q=kerbau+terbang&category=${categories.get('Pertanian')}`);
    await page.getByText('Tidak ada diskusi yang cocok.', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Mulai diskusi tentang ini' }).getAttribute('href')).toBe(
      `/threads/new?category=${categories.get('Pertanian')}`,
    );
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // Ids and orders typed into the address that mean nothing are ignored, not an error page.
    const odd = await open('/threads?area=bukan-id&sort=ACAK&after=rusak', { javaScriptEnabled: false });
    await odd.getByRole('heading', { level: 1, name: 'Diskusi warga' }).waitFor();
  });

  it('saves screenshots of the list at phone and desktop widths', async () => {
    for (const [viewport, name] of [
      [MOBILE, 'threads-list-mobile.png'],
      [DESKTOP, 'threads-list-desktop.png'],
    ] as const) {
      const page = await open('/threads', { viewport, person: rina });
      await shoot(page, name);
    }
  });

  it('starts a discussion through the form, explaining mistakes and keeping what was typed', async () => {
    // Visitors are sent to sign in first, and come back here.
    const visitorPage = await open('/threads', { javaScriptEnabled: false });
    await visitorPage.goto(`${stack.webUrl}/threads/new?area=${areas.get('Kuala Dua')}`);
    expect(new URL(visitorPage.url()).pathname).toBe('/login');
    expect(new URL(visitorPage.url()).searchParams.get('next')).toBe(`/threads/new?area=${areas.get('Kuala Dua')}`);

    const page = await open(`/threads/new?area=${areas.get('Kuala Dua')}`, { person: siti });
    await page.getByRole('heading', { level: 1, name: 'Mulai diskusi baru' }).waitFor();
    await page.getByRole('heading', { name: 'Supaya diskusi Anda ditanggapi' }).waitFor();
    // Coming from an area's list, that area is already chosen.
    expect(await page.getByLabel('Di mana masalahnya?').inputValue()).toBe(areas.get('Kuala Dua'));
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Judul').fill('Posyandu');
    await page.getByLabel('Kategori (boleh dikosongkan)').selectOption({ label: 'Kesehatan' });
    await page.getByLabel('Ceritakan masalahnya').fill('Bidan desa hanya datang sebulan sekali.');
    await page.getByLabel('Kata kunci (boleh dikosongkan)').fill('posyandu, bidan desa!');
    await page.getByRole('button', { name: 'Kirim diskusi' }).click();

    await page.getByRole('alert').waitFor();
    await page.getByText('Setiap kata kunci harus satu kata', { exact: false }).first().waitFor();
    expect(await page.getByLabel('Kata kunci (boleh dikosongkan)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Judul').inputValue()).toBe('Posyandu');
    expect(await page.getByLabel('Ceritakan masalahnya').inputValue()).toBe('Bidan desa hanya datang sebulan sekali.');
    expect(await page.getByLabel('Kategori (boleh dikosongkan)').inputValue()).toBe(categories.get('Kesehatan'));
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Judul').fill('Bidan desa Kuala Dua hanya datang sebulan sekali');
    await page.getByLabel('Ceritakan masalahnya').fill('Ibu hamil harus ke **puskesmas** kecamatan.\n\n- Jaraknya 12 km\n- Ongkos ojek Rp40.000');
    await page.getByLabel('Kata kunci (boleh dikosongkan)').fill('posyandu, #bidan-desa');
    await page.getByRole('button', { name: 'Kirim diskusi' }).click();

    await page.waitForURL(/\/threads\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Bidan desa Kuala Dua hanya datang sebulan sekali' }).waitFor();
    await page.locator('.prose strong', { hasText: 'puskesmas' }).waitFor();
    await page.getByText('#bidan-desa').waitFor();
    await page.getByRole('link', { name: 'Kesehatan' }).waitFor();
    // The author follows their own discussion.
    await page.getByRole('button', { name: 'Berhenti mengikuti' }).waitFor();
  });

  it('shows a comment from someone else live, on request, and one’s own at once, nested replies and votes included', async () => {
    const threadId = await startThread(siti, {
      title: 'Jembatan kayu di Sungai Rengas mulai lapuk',
      body: 'Papan jembatan banyak yang patah. Sepeda motor sudah tidak berani lewat.',
      area: 'Sungai Rengas',
      category: 'Jalan dan Jembatan',
    });
    const path = `/threads/${threadId}`;

    const sitiPage = await session.page({ person: siti });
    const sitiLive = liveSubscribed(sitiPage);
    await sitiPage.goto(`${stack.webUrl}${path}`);

    const budiPage = await session.page({ person: budi });
    const budiLive = liveSubscribed(budiPage);
    await budiPage.goto(`${stack.webUrl}${path}`);
    await Promise.all([sitiLive, budiLive]);

    // Budi comments; with JavaScript the page is not reloaded, and his comment is there at once, focused.
    await budiPage.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await budiPage.getByLabel('Komentar Anda').fill('Kemarin ada anak sekolah yang hampir jatuh ke sungai.');
    await budiPage.getByRole('button', { name: 'Kirim komentar' }).click();
    const budiComment = articleOf(budiPage, 'Kemarin ada anak sekolah');
    await budiComment.waitFor();
    expect(await budiPage.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await expectFocused(budiPage, budiComment);
    await budiPage.getByRole('status').filter({ hasText: 'Komentar Anda sudah terkirim' }).waitFor({ state: 'attached' });
    expect(await budiPage.getByLabel('Komentar Anda').inputValue()).toBe('');

    // Siti is told politely, and the comment does not jump into what she is reading until she asks.
    const marker = sitiPage.getByRole('button', { name: '1 komentar baru: tampilkan' });
    await marker.waitFor();
    expect(await articleOf(sitiPage, 'Kemarin ada anak sekolah').count()).toBe(0);
    await marker.click();
    const seenBySiti = articleOf(sitiPage, 'Kemarin ada anak sekolah');
    await seenBySiti.waitFor();
    await expectFocused(sitiPage, seenBySiti);
    await sitiPage.getByRole('heading', { name: 'Komentar (1)' }).waitFor();

    // Siti agrees; pressing again takes it back; Budi sees the count change live.
    const agree = seenBySiti.getByRole('button', { name: /^Setuju/ });
    await agree.click();
    await waitForPressed(agree, 'true');
    expect((await agree.textContent())?.replace(/\s+/g, ' ').trim()).toBe('✓ Setuju 1');
    await budiComment.getByRole('button', { name: /^Setuju 1$/ }).waitFor();
    await agree.click();
    await waitForPressed(agree, 'false');
    expect((await agree.textContent())?.replace(/\s+/g, ' ').trim()).toBe('Setuju 0');
    await agree.click();
    await waitForPressed(agree, 'true');

    // Siti replies to Budi: nested under his comment, for her at once and for him on request.
    await seenBySiti.getByText('Balas Budi Santoso').click();
    await seenBySiti.getByLabel('Balasan Anda untuk Budi Santoso').fill('Terima kasih, Pak Budi. Saya foto besok pagi.');
    await seenBySiti.getByRole('button', { name: 'Kirim balasan' }).click();
    const nested = sitiPage.locator(`li:has(> article#${await seenBySiti.getAttribute('id')}) > ol.replies article`);
    await nested.filter({ hasText: 'Saya foto besok pagi' }).waitFor();
    await expectFocused(sitiPage, nested.filter({ hasText: 'Saya foto besok pagi' }));

    await budiPage.getByRole('button', { name: '1 komentar baru: tampilkan' }).click();
    await budiPage.locator('ol.replies article', { hasText: 'Saya foto besok pagi' }).waitFor();

    // Rina follows the discussion, and can stop again.
    const rinaPage = await open(path, { person: rina });
    await hydrated(rinaPage);
    await rinaPage.getByText('2 orang mengikuti').waitFor();
    await rinaPage.getByRole('button', { name: 'Ikuti diskusi ini' }).click();
    await rinaPage.getByRole('button', { name: 'Berhenti mengikuti' }).waitFor();
    await rinaPage.getByText('3 orang mengikuti').waitFor();
    await expectFocused(rinaPage, rinaPage.getByRole('button', { name: 'Berhenti mengikuti' }));
    await rinaPage.getByRole('button', { name: 'Berhenti mengikuti' }).click();
    await rinaPage.getByText('2 orang mengikuti').waitFor();
    await rinaPage.getByRole('button', { name: 'Ikuti diskusi ini' }).click();
    await rinaPage.getByText('3 orang mengikuti').waitFor();

    expect(await seriousAccessibilityProblems(sitiPage)).toEqual([]);
  });

  it('reads, comments, replies, votes and follows without JavaScript', async () => {
    const threadId = await startThread(siti, {
      title: 'Jadwal kapal motor ke Padang Tikar tidak menentu',
      body: 'Kapal yang biasanya berangkat jam 7 sering baru jalan jam 10.',
      area: 'Padang Tikar I',
      category: 'Transportasi',
    });
    const first = await comment(budi, threadId, 'Betul, minggu lalu saya menunggu tiga jam di dermaga.');
    const path = `/threads/${threadId}`;
    const page = await open(path, { person: rina, javaScriptEnabled: false });

    await page.getByRole('heading', { level: 1, name: 'Jadwal kapal motor ke Padang Tikar tidak menentu' }).waitFor();
    await articleOf(page, 'menunggu tiga jam').waitFor();

    // A comment: the form posts, the page comes back at the new comment.
    await page.getByLabel('Komentar Anda').fill('Usul saya, jadwalnya ditempel di dermaga.');
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.waitForURL(new RegExp(`${path}#comment-[0-9a-f-]{36}$`));
    await articleOf(page, 'jadwalnya ditempel di dermaga').waitFor();
    expect(await page.getByLabel('Komentar Anda').inputValue()).toBe('');

    // A vote, then taking it back.
    const budis = articleOf(page, 'menunggu tiga jam');
    await budis.getByRole('button', { name: /^Tidak setuju/ }).click();
    await page.waitForURL(new RegExp(`#comment-${first}$`));
    await waitForPressed(budis.getByRole('button', { name: /^Tidak setuju/ }), 'true');
    expect((await budis.getByRole('button', { name: /^Tidak setuju/ }).textContent())?.replace(/\s+/g, ' ').trim()).toBe('✓ Tidak setuju 1');
    await budis.getByRole('button', { name: /^Tidak setuju/ }).click();
    await waitForPressed(budis.getByRole('button', { name: /^Tidak setuju/ }), 'false');
    await budis.getByRole('button', { name: /^Belum yakin/ }).click();
    await waitForPressed(budis.getByRole('button', { name: /^Belum yakin/ }), 'true');

    // A reply: the box under a comment opens without JavaScript.
    await budis.getByText('Balas Budi Santoso').click();
    await budis.getByLabel('Balasan Anda untuk Budi Santoso').fill('Dari dermaga mana, Pak?');
    await budis.getByRole('button', { name: 'Kirim balasan' }).click();
    await page.locator(`li:has(> article#comment-${first}) > ol.replies article`, { hasText: 'Dari dermaga mana' }).waitFor();

    // A reply that cannot be sent opens again with what was typed and says why.
    await budis.getByText('Balas Budi Santoso').click();
    const box = budis.getByLabel('Balasan Anda untuk Budi Santoso');
    await box.evaluate((element) => element.removeAttribute('maxlength'));
    await box.fill('panjang '.repeat(700));
    await budis.getByRole('button', { name: 'Kirim balasan' }).click();
    await page.getByText('Terlalu panjang: paling banyak 5000 huruf.').waitFor();
    expect(await budis.locator('details.reply').getAttribute('open')).not.toBeNull();
    expect((await budis.getByLabel('Balasan Anda untuk Budi Santoso').inputValue()).length).toBeGreaterThan(5000);

    // Commenting made Rina follow the discussion; she can stop, and start again.
    await page.getByRole('button', { name: 'Berhenti mengikuti' }).click();
    await page.getByRole('button', { name: 'Ikuti diskusi ini' }).click();
    await page.getByRole('button', { name: 'Berhenti mengikuti' }).waitFor();

    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // A visitor reads everything, with counts, and is asked to sign in to take part.
    const visitor = await open(path, { javaScriptEnabled: false });
    await articleOf(visitor, 'jadwalnya ditempel di dermaga').waitFor();
    await visitor.getByText('Untuk menulis komentar atau memberi pendapat, Anda perlu masuk dulu.').waitFor();
    expect(await visitor.getByRole('button', { name: /^Setuju/ }).count()).toBe(0);
    await articleOf(visitor, 'menunggu tiga jam').getByText('Belum yakin 1').waitFor();
    expect(await seriousAccessibilityProblems(visitor)).toEqual([]);
  });

  it('posts a comment with the keyboard alone', async () => {
    const threadId = await startThread(budi, {
      title: 'Sampah menumpuk di pasar Arang Limbung',
      body: 'Truk sampah hanya datang seminggu sekali.',
      area: 'Arang Limbung',
      category: 'Lingkungan Hidup',
    });
    const page = await open(`/threads/${threadId}`, { person: siti });
    await hydrated(page);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Langsung ke isi utama');
    await page.keyboard.press('Enter');

    for (let presses = 0; presses < 60; presses++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === 'field-body') break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-body');
    await page.keyboard.type('Saya usul ada jadwal piket kebersihan tiap RT.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Kirim komentar');
    await page.keyboard.press('Enter');

    const posted = articleOf(page, 'jadwal piket kebersihan');
    await posted.waitFor();
    await expectFocused(page, posted);
  });

  it('carries link-preview and canonical tags', async () => {
    const threadId = await startThread(siti, {
      title: 'Sinyal hilang di Teluk Pakedai Hulu setelah hujan',
      body: 'Setiap **hujan deras** sinyal hilang sampai pagi. Pedagang tidak bisa menerima pesanan.',
      area: 'Teluk Pakedai Hulu',
      category: 'Internet dan Layanan Digital',
    });
    const page = await open(`/threads/${threadId}?after=`, { javaScriptEnabled: false });
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    const canonical = `${stack.webUrl}/threads/${threadId}`;
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical);
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:title"]')).toBe('Sinyal hilang di Teluk Pakedai Hulu setelah hujan');
    expect(await meta('meta[property="og:description"]')).toBe(
      'Setiap hujan deras sinyal hilang sampai pagi. Pedagang tidak bisa menerima pesanan.',
    );
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary');
    expect(await meta('meta[name="twitter:title"]')).toBe('Sinyal hilang di Teluk Pakedai Hulu setelah hujan');
    expect(await page.getByLabel('Alamat diskusi ini').inputValue()).toBe(canonical);
    expect(await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href')).toContain(encodeURIComponent(canonical));
    // Signed-in readers are offered to turn it into a proposal.
    const signedIn = await open(`/threads/${threadId}`, { person: budi, javaScriptEnabled: false });
    expect(await signedIn.getByRole('link', { name: 'Jadikan usulan' }).getAttribute('href')).toBe(`/proposals/new?thread=${threadId}`);
    expect(await page.getByRole('link', { name: 'Jadikan usulan' }).count()).toBe(0);
  });

  it('explains closed discussions, hidden and deleted comments, and unknown addresses', async () => {
    const threadId = await startThread(siti, {
      title: 'Pembagian bantuan beras di Kubu tidak merata',
      body: 'Ada keluarga yang dapat dua kali, ada yang tidak dapat sama sekali.',
      area: 'Kubu',
      category: 'Bantuan Sosial',
    });
    const hidden = await comment(budi, threadId, 'Kata-kata kasar yang disembunyikan moderator.');
    const deleted = await comment(budi, threadId, 'Komentar yang kemudian dihapus penulisnya.');
    await gql(stack.apiUrl, 'mutation($id: ID!) { deleteComment(commentId: $id) { id } }', { id: deleted }, budi.token);
    // The moderator's decisions are written straight to the database here; moderation.spec.ts goes through the screens.
    await sql(`UPDATE comments SET hidden = true, hidden_cause = 'MODERATOR', hidden_reason = 'Menghina sesama warga' WHERE id = $1`, [hidden]);
    await sql('UPDATE threads SET locked = true WHERE id = $1', [threadId]);

    const page = await open(`/threads/${threadId}`, { person: rina, javaScriptEnabled: false });
    await page.getByText('Diskusi ini sudah ditutup oleh moderator', { exact: false }).waitFor();
    expect(await page.getByLabel('Komentar Anda').count()).toBe(0);
    expect(await page.getByText('Balas Budi Santoso').count()).toBe(0);
    await page.locator(`#comment-${hidden}`).getByText('Disembunyikan oleh moderator: Menghina sesama warga').waitFor();
    expect(await page.getByText('Kata-kata kasar').count()).toBe(0);
    // Not in the page's data either.
    expect(await page.content()).not.toContain('Kata-kata kasar');
    await page.locator(`#comment-${deleted}`).getByText('Komentar ini sudah dihapus.').waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    const missing = await session.page({ javaScriptEnabled: false });
    for (const path of ['/threads/00000000-0000-4000-8000-000000000000', '/threads/bukan-diskusi']) {
      const response = await missing.goto(`${stack.webUrl}${path}`);
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
      await missing.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).waitFor();
    }
  });

  it('refuses a comment posted from another site', async () => {
    const threadId = await startThread(siti, {
      title: 'Tes kiriman dari situs lain ke diskusi',
      body: 'Kiriman dari situs lain tidak boleh masuk.',
      area: 'Kapur',
    });
    const response = await fetch(`${stack.webUrl}/threads/${threadId}?/comment`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        origin: 'http://evil.example',
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `rembug_session=${budi.token}`,
      },
      body: new URLSearchParams({ body: 'Kiriman palsu dari situs lain' }).toString(),
    });
    expect(response.status).toBe(403);
    expect(await commentCount(threadId)).toBe(0);

    // The same post from the site itself goes through, so the refusal was about the origin.
    const ok = await fetch(`${stack.webUrl}/threads/${threadId}?/comment`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        origin: stack.webUrl,
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `rembug_session=${budi.token}`,
      },
      body: new URLSearchParams({ body: 'Kiriman dari situs sendiri' }).toString(),
    });
    expect(ok.status).toBe(303);
    expect(await commentCount(threadId)).toBe(1);
  });

  it('saves screenshots of a discussion at phone and desktop widths', async () => {
    const { threads } = await gql<{ threads: { edges: { node: { id: string } }[] } }>(
      stack.apiUrl,
      '{ threads(search: "Jalan poros Desa Kapur", first: 1) { edges { node { id } } } }',
    );
    const threadId = threads.edges[0].node.id;
    for (const [viewport, name] of [
      [MOBILE, 'thread-mobile.png'],
      [DESKTOP, 'thread-desktop.png'],
    ] as const) {
      const page = await open(`/threads/${threadId}`, { viewport, person: rina });
      await page.waitForLoadState('networkidle');
      await shoot(page, name);
    }
    const page = await open(`/threads/${threadId}`, { person: rina });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});

/** The discussion page's script has taken over: the copy button only exists once it runs. */
async function hydrated(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Salin alamat' }).waitFor();
}

async function expectFocused(page: Page, locator: Locator): Promise<void> {
  const element = await locator.elementHandle();
  await page.waitForFunction((target) => document.activeElement === target, element);
}

async function waitForPressed(button: Locator, pressed: 'true' | 'false'): Promise<void> {
  await button.and(button.page().locator(`[aria-pressed="${pressed}"]`)).waitFor();
}
