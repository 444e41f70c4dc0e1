/**
 * Proposals in a real browser: the list and its filters, a proposal made from a discussion through the form,
 * support that crosses the threshold, an official's answer arriving live on a citizen's open page, and every
 * write working with JavaScript switched off.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import { ADMIN, ADMIN_ENV, gql, login, registerPerson, type Person } from './support/people';
import { useBrowserStack } from './support/session';
import { takingScreenshots } from './support/content';

const screenshots = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const MOBILE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

interface Reference {
  areas: { id: string; name: string; level: string }[];
  categories: { id: string; name: string; defaultAgency: { id: string } | null }[];
  agencies: { id: string; name: string; shortName: string | null }[];
}

describeInBrowser('proposals in a real browser', (executablePath) => {
  /** Pages are phones in Indonesian, JavaScript off unless asked; a page error fails the test. */
  const session = useBrowserStack(executablePath, {
    apiEnv: { ...ADMIN_ENV, DEFAULT_SUPPORT_THRESHOLD: '2' },
    contextDefaults: { javaScriptEnabled: false },
    failOnPageErrors: true,
  });
  const { stack } = session;
  let ref: Reference;
  /** Residents of Kubu Raya, and an official of the public works agency (Dinas PUPR). */
  const people: Record<'siti' | 'budi' | 'ahmad' | 'maria' | 'yohanes', Person> = {} as never;
  let official: Person & { agencyId: string };
  const ids: Record<'posyandu' | 'jembatan' | 'airBersih' | 'angkutan' | 'jalan' | 'thread', string> = {} as never;

  const area = (name: string) => ref.areas.find((a) => a.name === name)!.id;
  const category = (name: string) => ref.categories.find((c) => c.name === name)!.id;

  async function propose(author: Person, input: Record<string, unknown>): Promise<string> {
    const { createProposal } = await gql<{ createProposal: { id: string } }>(
      stack.apiUrl,
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
      { input },
      author.token,
    );
    return createProposal.id;
  }

  async function vote(person: Person, proposalId: string, value: 'SUPPORT' | 'OPPOSE' | 'NONE' = 'SUPPORT') {
    await gql(stack.apiUrl, 'mutation($id: ID!, $value: ProposalVote!) { voteProposal(proposalId: $id, value: $value) { id } }', { id: proposalId, value }, person.token);
  }

  beforeAll(async () => {
    ref = await gql<Reference>(stack.apiUrl, '{ areas { id name level } categories { id name defaultAgency { id } } agencies { id name shortName } }');
    // The seeded regency asks 50 supporters of its own, which would hide DEFAULT_SUPPORT_THRESHOLD; two are enough here.
    const admin = await login(stack.apiUrl, ADMIN.email, ADMIN.password);
    await gql(
      stack.apiUrl,
      'mutation($id: ID!) { updateArea(id: $id, input: { supportThreshold: null }) { id } }',
      { id: ref.areas.find((a) => a.level === 'REGENCY')!.id },
      admin.token,
    );
    people.siti = await registerPerson(stack.apiUrl, 'Siti Aminah');
    people.budi = await registerPerson(stack.apiUrl, 'Budi Santoso');
    people.ahmad = await registerPerson(stack.apiUrl, 'Ahmad Fauzi');
    people.maria = await registerPerson(stack.apiUrl, 'Maria Ulfa');
    people.yohanes = await registerPerson(stack.apiUrl, 'Yohanes Alan');
    // An official with a name, as on a real answer (registerOfficial would call them "Petugas …").
    official = { ...(await registerPerson(stack.apiUrl, 'Rahmat Hidayat')), agencyId: ref.agencies.find((a) => a.shortName === 'Dinas PUPR')!.id };
    await gql(
      stack.apiUrl,
      'mutation($userId: ID!, $agencyId: ID) { setUserRole(userId: $userId, role: OFFICIAL, agencyId: $agencyId) { id } }',
      { userId: official.id, agencyId: official.agencyId },
      admin.token,
    );

    ids.posyandu = await propose(people.budi, {
      title: 'Tambah jadwal posyandu di Desa Punggur Kecil',
      body: 'Posyandu di Punggur Kecil hanya buka sebulan sekali, dan antreannya panjang sampai siang. Kami minta jadwalnya dibuat dua kali sebulan, dengan satu bidan tambahan.',
      areaId: area('Punggur Kecil'),
      categoryId: category('Kesehatan'),
    });
    ids.jembatan = await propose(people.ahmad, {
      title: 'Bangun jembatan penyeberangan di parit Sungai Rengas',
      body: 'Anak-anak menyeberangi parit dengan papan kayu yang sudah lapuk. Kami minta jembatan beton kecil dibangun di dekat SD Negeri 21.',
      areaId: area('Sungai Rengas'),
      categoryId: category('Jalan dan Jembatan'),
    });
    ids.airBersih = await propose(people.maria, {
      title: 'Sediakan tandon air bersih untuk SD Negeri 7 Rasau Jaya',
      body: 'Saat kemarau, murid SD Negeri 7 membawa air dari rumah. Kami minta tandon air hujan dan saringan sederhana.',
      areaId: area('Rasau Jaya I'),
      categoryId: category('Air Bersih dan Sanitasi'),
    });
    ids.angkutan = await propose(people.yohanes, {
      title: 'Perbanyak trayek angkutan desa ke Pasar Kuala Dua',
      body: 'Angkutan desa hanya lewat pagi hari. Pedagang sayur yang pulang siang harus menyewa ojek yang mahal.',
      areaId: area('Kuala Dua'),
      categoryId: category('Transportasi'),
    });
    await vote(people.siti, ids.posyandu);
    await vote(people.budi, ids.jembatan);
    await vote(people.siti, ids.airBersih);
    await vote(people.ahmad, ids.airBersih);

    const { createThread } = await gql<{ createThread: { id: string } }>(
      stack.apiUrl,
      'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
      {
        input: {
          title: 'Jalan poros Desa Kapur rusak parah setiap musim hujan',
          body: 'Sudah tiga tahun jalan poros dari simpang Kapur sampai SD Negeri 14 berlubang dan tergenang setiap hujan. Anak-anak sekolah sering jatuh dari motor.\n\nApa yang bisa kita usulkan bersama supaya perbaikannya masuk anggaran tahun depan?',
          areaId: area('Kapur'),
          categoryId: category('Jalan dan Jembatan'),
        },
      },
      people.siti.token,
    );
    ids.thread = createThread.id;
  }, 180_000);

  /**
   * Opens a page with JavaScript on and makes sure its live subscription is in place: the server takes a moment to
   * start a subscription after the browser sends it, so a harmless change is repeated until the page hears one.
   */
  async function openLive(page: Page, path: string, nudge: (attempt: number) => Promise<void>): Promise<void> {
    let heard = 0;
    page.on('websocket', (socket) =>
      socket.on('framereceived', (frame) => {
        if (String(frame.payload).includes('"next"')) heard++;
      }),
    );
    await page.goto(`${stack.webUrl}${path}`);
    for (let attempt = 0; attempt < 20 && heard === 0; attempt++) {
      await nudge(attempt);
      for (let wait = 0; wait < 40 && heard === 0; wait++) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (heard === 0) throw new Error(`${path} never received a live update`);
  }

  async function expectAccessible(page: Page) {
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  }

  const listItem = (page: Page, title: string) => page.locator('ul.items > li').filter({ has: page.getByRole('link', { name: title }) });

  it('lists proposals with their status, support and agency, and filters them with a plain form', async () => {
    const page = await session.page();
    const response = await page.goto(`${stack.webUrl}/proposals`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Usulan warga' }).waitFor();

    const posyandu = listItem(page, 'Tambah jadwal posyandu di Desa Punggur Kecil');
    await expect(posyandu.textContent()).resolves.toContain('1 dari 2 dukungan');
    await expect(posyandu.textContent()).resolves.toContain('Mengumpulkan dukungan');
    await expect(posyandu.textContent()).resolves.toContain('Dijawab Dinkes');
    await expect(posyandu.getByRole('progressbar', { name: '1 dari 2 dukungan' }).count()).resolves.toBe(1);
    const airBersih = listItem(page, 'Sediakan tandon air bersih untuk SD Negeri 7 Rasau Jaya');
    await expect(airBersih.textContent()).resolves.toContain('Menunggu jawaban dinas');
    await expect(airBersih.textContent()).resolves.toContain('Batas jawaban');
    await expectAccessible(page);

    // By topic, through the folded filters.
    await page.getByText('Saring menurut status, wilayah, atau dinas').click();
    await page.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Kesehatan' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    expect(new URL(page.url()).searchParams.get('category')).toBe(category('Kesehatan'));
    await expect(page.locator('ul.items > li h2').allTextContents()).resolves.toEqual(['Tambah jadwal posyandu di Desa Punggur Kecil']);

    // By status, the other filters cleared.
    await page.getByRole('link', { name: 'Hapus saringan' }).click();
    await page.getByText('Saring menurut status, wilayah, atau dinas').click();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Menunggu jawaban dinas' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await expect(page.locator('ul.items > li h2').allTextContents()).resolves.toEqual(['Sediakan tandon air bersih untuk SD Negeri 7 Rasau Jaya']);

    // By words, and by district (its villages included).
    await page.goto(`${stack.webUrl}/proposals?q=jembatan`);
    await expect(page.locator('ul.items > li h2').allTextContents()).resolves.toEqual(['Bangun jembatan penyeberangan di parit Sungai Rengas']);
    await page.goto(`${stack.webUrl}/proposals?area=${area('Sungai Kakap')}`);
    expect((await page.locator('ul.items > li h2').allTextContents()).sort()).toEqual([
      'Bangun jembatan penyeberangan di parit Sungai Rengas',
      'Tambah jadwal posyandu di Desa Punggur Kecil',
    ]);
    await page.goto(`${stack.webUrl}/proposals?overdue=1`);
    await page.getByText('Tidak ada usulan yang cocok').waitFor();
  });

  it('turns a discussion into a proposal through the form', async () => {
    const visitor = await session.page();
    await visitor.goto(`${stack.webUrl}/proposals/new?thread=${ids.thread}`);
    expect(new URL(visitor.url()).pathname).toBe('/login');
    expect(new URL(visitor.url()).searchParams.get('next')).toBe(`/proposals/new?thread=${ids.thread}`);

    const page = await session.page({ person: people.siti, javaScriptEnabled: true });
    await page.goto(`${stack.webUrl}/proposals/new?thread=${ids.thread}`);
    await page.getByRole('heading', { level: 1, name: 'Buat usulan baru' }).waitFor();
    await page.getByRole('heading', { name: 'Apa itu usulan?' }).waitFor();
    const source = page.getByRole('region', { name: 'Dari diskusi' });
    expect(await source.getByRole('link').getAttribute('href')).toBe(`/threads/${ids.thread}`);
    expect(await page.getByLabel('Judul usulan').inputValue()).toBe('Jalan poros Desa Kapur rusak parah setiap musim hujan');
    // The text area is filled in once the page's script has run (TextField renders it empty on the server).
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#field-body')?.value.includes('simpang Kapur'));
    expect(await page.getByLabel('Wilayah').inputValue()).toBe(area('Kapur'));
    expect(await page.getByLabel('Kategori', { exact: true }).inputValue()).toBe(category('Jalan dan Jembatan'));
    await expectAccessible(page);

    // A mistake is explained next to the field, and what was typed stays.
    await page.getByLabel('Judul usulan').fill('Jal');
    await page.getByRole('button', { name: 'Terbitkan usulan' }).click();
    await page.getByRole('alert').getByText('Ada yang perlu diperbaiki sebelum dikirim:').waitFor();
    await page.getByText('Terlalu pendek: paling sedikit 5 huruf.').first().waitFor();
    expect(await page.getByLabel('Penjelasan').inputValue()).toContain('simpang Kapur');

    await page.getByLabel('Judul usulan').fill('Perbaiki jalan poros Desa Kapur sebelum musim hujan');
    await page.getByLabel('Penjelasan').fill(
      'Jalan poros dari simpang Kapur sampai SD Negeri 14 berlubang dan tergenang setiap hujan. Kami minta jalan ini diaspal ulang seluruhnya, bukan ditambal, dan saluran airnya diperbaiki supaya tidak tergenang lagi.\n\nPerbaikan ini perlu masuk anggaran tahun depan, sebelum musim hujan berikutnya.',
    );
    await page.getByRole('button', { name: 'Terbitkan usulan' }).click();
    await page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
    ids.jalan = new URL(page.url()).pathname.split('/').pop()!;

    await page.getByRole('heading', { level: 1, name: 'Perbaiki jalan poros Desa Kapur sebelum musim hujan' }).waitFor();
    expect(await page.getByRole('link', { name: 'Jalan poros Desa Kapur rusak parah setiap musim hujan' }).getAttribute('href')).toBe(`/threads/${ids.thread}`);
    await page.getByText('0 dari 2 dukungan').waitFor();
    await page.getByText('Ini usulan Anda.').waitFor();
    const { proposal } = await gql<{ proposal: { thread: { id: string }; agency: { shortName: string } } }>(
      stack.apiUrl,
      'query($id: ID!) { proposal(id: $id) { thread { id } agency { shortName } } }',
      { id: ids.jalan },
    );
    expect(proposal).toEqual({ thread: { id: ids.thread }, agency: { shortName: 'Dinas PUPR' } });
  });

  it('crosses the threshold with support, and an official answer from the desk reaches an open page live', async () => {
    const path = `/proposals/${ids.jalan}`;
    const watcher = await session.page({ person: people.maria, javaScriptEnabled: true });
    // A supporter through the API: the open page counts them without a reload.
    await openLive(watcher, path, async (attempt) => {
      if (attempt > 0) await vote(people.budi, ids.jalan, 'NONE');
      await vote(people.budi, ids.jalan, 'SUPPORT');
    });
    await watcher.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await watcher.getByText('1 dari 2 dukungan').first().waitFor();
    await expectAccessible(watcher);

    // Another supporter through the browser pushes it over the threshold.
    const supporter = await session.page({ person: people.ahmad, javaScriptEnabled: true });
    await supporter.goto(`${stack.webUrl}${path}`);
    await supporter.getByRole('button', { name: 'Dukung usulan ini' }).click();
    await supporter.getByRole('status').getByText('Anda mendukung usulan ini.').waitFor();
    await supporter.getByRole('button', { name: 'Batalkan dukungan saya' }).waitFor();
    await supporter.getByText('Menunggu jawaban dinas').first().waitFor();

    await watcher.getByText('2 dari 2 dukungan').first().waitFor();
    await watcher.getByRole('status').getByText('Status usulan berubah: Menunggu jawaban dinas.').waitFor();
    await watcher.locator('.status').getByText('Menunggu jawaban dinas').first().waitFor();
    await watcher.getByRole('region', { name: 'Riwayat status' }).getByText('Dukungan mencapai batas').waitFor();
    await watcher.getByText(/^Batas jawaban /).first().waitFor();

    // The official answers from the desk.
    const desk = await session.page({ person: official, javaScriptEnabled: true });
    await desk.goto(`${stack.webUrl}/desk`);
    await desk.getByRole('heading', { level: 1, name: 'Meja dinas: Dinas Pekerjaan Umum dan Penataan Ruang' }).waitFor();
    const waiting = desk.getByRole('region', { name: 'Menunggu jawaban atau sedang ditinjau' });
    await waiting.getByText('Jawab: Perbaiki jalan poros Desa Kapur sebelum musim hujan').click();
    await waiting
      .getByLabel('Jawaban Anda')
      .fill('Terima kasih atas usulannya. Tim Dinas PUPR akan meninjau ruas jalan poros Desa Kapur pada minggu kedua Desember dan menghitung biaya pengaspalan ulang.');
    await waiting.getByLabel('Sedang ditinjau dinas').check();
    await waiting.getByRole('button', { name: 'Terbitkan jawaban' }).click();
    await desk.getByText('Jawaban Anda sudah terbit dan bisa dibaca semua orang.').waitFor();
    expect(new URL(desk.url()).searchParams.get('answered')).toBe(ids.jalan);

    // The citizen's page, never reloaded, shows the answer and the new status.
    const responses = watcher.getByRole('region', { name: 'Jawaban dinas' });
    await responses.getByRole('heading', { name: 'Jawaban Dinas Pekerjaan Umum dan Penataan Ruang' }).waitFor();
    await responses.getByText('menghitung biaya pengaspalan ulang').waitFor();
    await watcher.getByRole('status').getByText('Ada jawaban baru dari dinas. Status usulan berubah: Sedang ditinjau dinas.').waitFor();
    await watcher.getByRole('region', { name: 'Riwayat status' }).getByText('Dinas menjawab').waitFor();
    expect(await watcher.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await watcher.getByText(/^Dinas menjawab pada .*, tepat waktu\.$/).waitFor();
  });

  it('supports, opposes, follows, answers and withdraws with JavaScript off', async () => {
    const page = await session.page({ person: people.maria });
    await page.goto(`${stack.webUrl}/proposals/${ids.angkutan}`);
    await page.getByText('Anda belum memberi suara.').waitFor();

    await page.getByRole('button', { name: 'Dukung usulan ini' }).click();
    expect(new URL(page.url()).hash).toBe('#support');
    await page.getByText('Anda mendukung usulan ini.').waitFor();
    await page.getByText('1 dari 2 dukungan').waitFor();

    await page.getByRole('button', { name: 'Tolak' }).click();
    await page.getByText('Anda menolak usulan ini.').waitFor();
    await page.getByText('0 mendukung, 1 menolak').waitFor();

    await page.getByRole('button', { name: 'Batalkan penolakan saya' }).click();
    await page.getByText('Anda belum memberi suara.').waitFor();
    await page.getByText('0 mendukung, 0 menolak').waitFor();

    await page.getByRole('button', { name: 'Ikuti usulan ini' }).click();
    await page.getByText('Anda mengikuti usulan ini.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Berhenti mengikuti' }).click();
    await page.getByRole('button', { name: 'Ikuti usulan ini' }).waitFor();

    // The official answers on the proposal page itself.
    const desk = await session.page({ person: official });
    await desk.goto(`${stack.webUrl}/proposals/${ids.jalan}`);
    const answer = desk.getByRole('region', { name: 'Jawab atas nama Dinas Pekerjaan Umum dan Penataan Ruang' });
    await answer.getByRole('button', { name: 'Terbitkan jawaban' }).click();
    await desk.getByRole('alert').getByText('Ada yang perlu diperbaiki sebelum dikirim:').waitFor();
    await answer.getByText('Bagian ini wajib diisi.').first().waitFor();
    await expectAccessible(desk);
    await answer
      .getByLabel('Jawaban Anda')
      .fill('Usulan diterima. Pengaspalan ulang jalan poros Desa Kapur sepanjang 2,4 km masuk Rencana Kerja Dinas PUPR 2027, dengan saluran air di kedua sisi.');
    await answer.getByLabel('Diterima').check();
    await answer.getByRole('button', { name: 'Terbitkan jawaban' }).click();
    expect(new URL(desk.url()).hash).toBe('#responses');
    await desk.locator('.status').getByText('Diterima').first().waitFor();
    await expect(desk.getByRole('region', { name: 'Jawaban dinas' }).getByRole('article').count()).resolves.toBe(2);
    await desk.getByText('Dukungan sudah ditutup untuk usulan ini.').waitFor();

    // The author withdraws, after a second, explicit confirmation.
    const author = await session.page({ person: people.yohanes });
    await author.goto(`${stack.webUrl}/proposals/${ids.angkutan}`);
    await author.getByText('Saya ingin menarik usulan ini').click();
    await author.getByLabel('Alasan (boleh dikosongkan)').fill('Dishub sudah menambah trayek sore mulai bulan depan.');
    await author.getByRole('button', { name: 'Ya, tarik usulan ini' }).click();
    await author.locator('.status').getByText('Ditarik pengusul').first().waitFor();
    const history = author.getByRole('region', { name: 'Riwayat status' });
    await history.getByText('Ditarik oleh pengusul').waitFor();
    await history.getByText('Alasan: Dishub sudah menambah trayek sore mulai bulan depan.').waitFor();
    await expect(author.getByRole('button', { name: 'Ya, tarik usulan ini' }).count()).resolves.toBe(0);
  });

  it('describes the page for link previews and search engines', async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/proposals/${ids.jalan}?utm_source=whatsapp`);
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${stack.webUrl}/proposals/${ids.jalan}`);
    expect(await meta('meta[property="og:url"]')).toBe(`${stack.webUrl}/proposals/${ids.jalan}`);
    expect(await meta('meta[property="og:title"]')).toBe('Perbaiki jalan poros Desa Kapur sebelum musim hujan');
    expect(await meta('meta[property="og:description"]')).toMatch(/^Jalan poros dari simpang Kapur/);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary');
    await expectAccessible(page);

    const missing = await page.goto(`${stack.webUrl}/proposals/00000000-0000-4000-8000-000000000000`);
    expect(missing?.status()).toBe(404);
  });

  it('saves screenshots of the list and a proposal', async () => {
    if (!takingScreenshots) return;
    mkdirSync(screenshots, { recursive: true });
    for (const [suffix, options] of [
      ['mobile', MOBILE],
      ['desktop', DESKTOP],
    ] as const) {
      const page = await session.page({ person: people.siti, ...options });
      await page.goto(`${stack.webUrl}/proposals?sort=TOP`);
      await page.screenshot({ path: `${screenshots}proposals-list-${suffix}.png`, fullPage: true });
      await page.goto(`${stack.webUrl}/proposals/${ids.jalan}`);
      await page.screenshot({ path: `${screenshots}proposal-${suffix}.png`, fullPage: true });
    }
  });
});
