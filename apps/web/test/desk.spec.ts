/**
 * The official's desk in a real browser: who may open it, what it lists and in which order, answering from it
 * without JavaScript, and refreshing by itself when a proposal of the agency reaches its threshold.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Locator } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import { ADMIN, ADMIN_ENV, gql, login, registerOfficial, registerPerson, type Person } from './support/people';
import { useBrowserStack } from './support/session';
import { takingScreenshots } from './support/content';

const screenshots = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const PUPR = 'Dinas Pekerjaan Umum dan Penataan Ruang';

interface Reference {
  areas: { id: string; name: string; level: string }[];
  categories: { id: string; name: string }[];
  agencies: { id: string; name: string; shortName: string | null }[];
}

describeInBrowser("the official's desk in a real browser", (executablePath) => {
  /** Pages are phones in Indonesian, JavaScript off unless asked; a page error fails the test. */
  const session = useBrowserStack(executablePath, {
    apiEnv: { ...ADMIN_ENV, DEFAULT_SUPPORT_THRESHOLD: '2' },
    contextDefaults: { javaScriptEnabled: false },
    failOnPageErrors: true,
  });
  const { stack } = session;
  let ref: Reference;
  let admin: Person;
  let official: Person;
  const residents: Person[] = [];
  const titles = {
    late: 'Tinggikan badan jalan Desa Kuala Dua yang terendam saat air pasang',
    bridge: 'Ganti jembatan kayu di Parit Haji Ali, Desa Sungai Rengas',
    drainage: 'Perbaiki saluran air di Jalan Raya Arang Limbung',
    soon: 'Aspal jalan lingkungan RT 03 Desa Jeruju Besar',
    clinic: 'Buka puskesmas pembantu di Desa Olak Olak Kubu',
  };
  const ids = {} as Record<keyof typeof titles, string>;

  const area = (name: string) => ref.areas.find((a) => a.name === name)!.id;
  const category = (name: string) => ref.categories.find((c) => c.name === name)!.id;

  async function propose(author: Person, title: string, body: string, areaName: string, categoryName: string, supporters: number) {
    const { createProposal } = await gql<{ createProposal: { id: string } }>(
      stack.apiUrl,
      'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
      { input: { title, body, areaId: area(areaName), categoryId: category(categoryName) } },
      author.token,
    );
    for (const supporter of residents.filter((person) => person !== author).slice(0, supporters)) await support(supporter, createProposal.id);
    return createProposal.id;
  }

  async function support(person: Person, proposalId: string) {
    await gql(stack.apiUrl, 'mutation($id: ID!) { voteProposal(proposalId: $id, value: SUPPORT) { id } }', { id: proposalId }, person.token);
  }

  beforeAll(async () => {
    ref = await gql<Reference>(stack.apiUrl, '{ areas { id name level } categories { id name } agencies { id name shortName } }');
    const adminLogin = await login(stack.apiUrl, ADMIN.email, ADMIN.password);
    admin = { ...ADMIN, ...adminLogin, displayName: 'Admin' };
    // The seeded regency asks 50 supporters of its own, which would hide DEFAULT_SUPPORT_THRESHOLD; two are enough here.
    await gql(
      stack.apiUrl,
      'mutation($id: ID!) { updateArea(id: $id, input: { supportThreshold: null }) { id } }',
      { id: ref.areas.find((a) => a.level === 'REGENCY')!.id },
      admin.token,
    );
    for (const name of ['Siti Aminah', 'Budi Santoso', 'Ahmad Fauzi', 'Maria Ulfa']) residents.push(await registerPerson(stack.apiUrl, name));
    official = await registerOfficial(stack.apiUrl, ref.agencies.find((a) => a.name === PUPR)!.id);
    const [siti, budi, ahmad] = residents;

    ids.late = await propose(
      siti,
      titles.late,
      'Setiap air pasang, jalan di depan pasar Kuala Dua terendam setinggi lutut. Kami minta badan jalan ditinggikan dan gorong-gorongnya diperbesar.',
      'Kuala Dua',
      'Jalan dan Jembatan',
      2,
    );
    ids.bridge = await propose(
      budi,
      titles.bridge,
      'Jembatan kayu di Parit Haji Ali sudah miring dan beberapa papannya patah. Anak sekolah dan motor pengangkut sawit melewatinya setiap hari.',
      'Sungai Rengas',
      'Jalan dan Jembatan',
      2,
    );
    ids.drainage = await propose(
      ahmad,
      titles.drainage,
      'Saluran air di sepanjang Jalan Raya Arang Limbung tersumbat lumpur dan sampah, sehingga jalan tergenang setelah hujan deras.',
      'Arang Limbung',
      'Jalan dan Jembatan',
      2,
    );
    ids.soon = await propose(
      siti,
      titles.soon,
      'Jalan lingkungan RT 03 masih tanah liat dan licin saat hujan. Kami minta diaspal atau dicor sepanjang 400 meter.',
      'Jeruju Besar',
      'Jalan dan Jembatan',
      1,
    );
    ids.clinic = await propose(
      budi,
      titles.clinic,
      'Warga Olak Olak Kubu harus menyeberang sungai untuk berobat. Kami minta puskesmas pembantu dibuka di desa.',
      'Olak Olak Kubu',
      'Kesehatan',
      2,
    );
    await gql(
      stack.apiUrl,
      'mutation($input: RespondToProposalInput!) { respondToProposal(input: $input) { id } }',
      {
        input: {
          proposalId: ids.drainage,
          status: 'UNDER_REVIEW',
          body: 'Tim Dinas PUPR akan memeriksa saluran air di Jalan Raya Arang Limbung minggu ini dan mengukur panjang yang perlu dikeruk.',
        },
      },
      official.token,
    );
    // A deadline that passed: the clock is moved back in the database, as if two weeks and more had gone by.
    const db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      await db.query(
        `UPDATE proposals SET clock_started_at = now() - interval '17 days', response_due_at = now() - interval '3 days' WHERE id = $1`,
        [ids.late],
      );
    } finally {
      await db.end();
    }
  }, 180_000);

  /** Waits for something the test itself observes (frames on the live socket), checking every few milliseconds. */
  async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('The condition was not met in time');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  const headings = (region: Locator) => region.locator('li h3').allTextContents();
  const item = (region: Locator, title: string) => region.locator('li').filter({ has: region.page().getByRole('heading', { name: title }) });

  it('sends visitors to sign in, and tells residents plainly that the desk is for officials', async () => {
    const visitor = await session.page();
    await visitor.goto(`${stack.webUrl}/desk`);
    expect(new URL(visitor.url()).pathname).toBe('/login');
    expect(new URL(visitor.url()).searchParams.get('next')).toBe('/desk');

    const resident = await session.page({ person: residents[0] });
    const response = await resident.goto(`${stack.webUrl}/desk`);
    expect(response?.status()).toBe(403);
    await resident.getByRole('heading', { level: 1, name: 'Meja dinas khusus petugas dinas' }).waitFor();
    await resident.getByRole('link', { name: 'Lihat usulan warga' }).waitFor();
    expect(await seriousAccessibilityProblems(resident)).toEqual([]);
  });

  it("lists the agency's proposals that wait for an answer, late ones first and marked", async () => {
    const page = await session.page({ person: official });
    const response = await page.goto(`${stack.webUrl}/desk`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: `Meja dinas: ${PUPR}` }).waitFor();
    await page.getByText('1 terlambat dijawab, 2 menunggu jawaban atau sedang ditinjau.').waitFor();

    const late = page.getByRole('region', { name: 'Terlambat: sudah lewat batas waktu' });
    expect(await headings(late)).toEqual([titles.late]);
    await item(late, titles.late).getByText('Terlambat', { exact: true }).waitFor();
    await item(late, titles.late).getByText(/^Lewat batas sejak /).waitFor();
    await item(late, titles.late).getByText('2 dari 2 dukungan').waitFor();

    const waiting = page.getByRole('region', { name: 'Menunggu jawaban atau sedang ditinjau' });
    expect(await headings(waiting)).toEqual([titles.bridge, titles.drainage]);
    await item(waiting, titles.bridge).getByText(/^Batas jawaban /).waitFor();
    await item(waiting, titles.drainage).getByText('Sedang ditinjau dinas').first().waitFor();

    const soon = page.getByRole('region', { name: 'Segera masuk meja' });
    expect(await headings(soon)).toEqual([titles.soon]);
    await item(soon, titles.soon).getByText('1 dari 2 dukungan').waitFor();

    // Another agency's proposal is not on this desk.
    expect(await page.getByText(titles.clinic).count()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('answers from the desk without JavaScript, explaining a mistake in the form it was made in', async () => {
    const page = await session.page({ person: official });
    await page.goto(`${stack.webUrl}/desk`);
    const waiting = page.getByRole('region', { name: 'Menunggu jawaban atau sedang ditinjau' });
    const bridge = item(waiting, titles.bridge);
    await bridge.getByText(`Jawab: ${titles.bridge}`).click();
    await bridge.getByRole('button', { name: 'Terbitkan jawaban' }).click();

    const failed = item(page.getByRole('region', { name: 'Menunggu jawaban atau sedang ditinjau' }), titles.bridge);
    await failed.getByRole('alert').getByText('Ada yang perlu diperbaiki sebelum dikirim:').waitFor();
    await failed.getByText('Bagian ini wajib diisi.').first().waitFor();
    await failed.getByText('Pilih status usulan setelah jawaban ini.').first().waitFor();
    // Only this proposal's form says so, and it is open.
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await failed.locator('details').getAttribute('open')).not.toBeNull();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await failed
      .getByLabel('Jawaban Anda')
      .fill('Usulan diterima. Jembatan kayu di Parit Haji Ali akan diganti jembatan beton selebar 3 meter pada triwulan pertama 2027.');
    await failed.getByLabel('Diterima').check();
    await failed.getByRole('button', { name: 'Terbitkan jawaban' }).click();

    expect(new URL(page.url()).pathname).toBe('/desk');
    expect(new URL(page.url()).searchParams.get('answered')).toBe(ids.bridge);
    await page.getByText('Jawaban Anda sudah terbit dan bisa dibaca semua orang.').waitFor();
    expect(await page.getByRole('heading', { name: titles.bridge }).count()).toBe(0);

    const { proposal } = await gql<{ proposal: { status: string; responses: { body: string }[] } }>(
      stack.apiUrl,
      'query($id: ID!) { proposal(id: $id) { status responses { body } } }',
      { id: ids.bridge },
    );
    expect(proposal.status).toBe('ACCEPTED');
    expect(proposal.responses.map((r) => r.body)).toEqual([expect.stringContaining('jembatan beton selebar 3 meter')]);
  });

  it('refreshes by itself when a proposal of the agency reaches its threshold', async () => {
    const page = await session.page({ person: official, javaScriptEnabled: true });
    let heard = 0;
    page.on('websocket', (socket) =>
      socket.on('framereceived', (frame) => {
        if (String(frame.payload).includes('"next"')) heard++;
      }),
    );
    await page.goto(`${stack.webUrl}/desk`);
    const waiting = page.getByRole('region', { name: 'Menunggu jawaban atau sedang ditinjau' });
    expect(await headings(waiting)).toEqual([titles.drainage]);
    // The server takes a moment to start a subscription after the browser sends it: a vote on a listed proposal,
    // repeated until the page hears one, shows they are in place before the change that matters.
    for (let attempt = 0; attempt < 20 && heard === 0; attempt++) {
      await gql(
        stack.apiUrl,
        'mutation($id: ID!, $value: ProposalVote!) { voteProposal(proposalId: $id, value: $value) { id } }',
        { id: ids.drainage, value: attempt % 2 === 0 ? 'SUPPORT' : 'NONE' },
        residents[3].token,
      );
      await until(() => heard > 0, 2_000).catch(() => {});
    }
    expect(heard).toBeGreaterThan(0);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await support(residents[3], ids.soon);

    await waiting.getByRole('heading', { name: titles.soon }).waitFor();
    await page.getByText('1 terlambat dijawab, 2 menunggu jawaban atau sedang ditinjau.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page.getByRole('region', { name: 'Segera masuk meja' }).getByText('Belum ada usulan terbuka untuk dinas ini.').waitFor();
  });

  it('lets an admin look at every agency, or one', async () => {
    const page = await session.page({ person: admin });
    await page.goto(`${stack.webUrl}/desk`);
    await page.getByRole('heading', { level: 1, name: 'Meja dinas: usulan yang menunggu jawaban' }).waitFor();
    await page.getByRole('heading', { name: titles.clinic }).waitFor();
    await page.getByLabel('Tampilkan usulan untuk dinas').selectOption({ label: 'Dinas Kesehatan' });
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meja dinas: Dinas Kesehatan' }).waitFor();
    const waiting = page.getByRole('region', { name: 'Menunggu jawaban atau sedang ditinjau' });
    expect(await headings(waiting)).toEqual([titles.clinic]);
  });

  it('saves screenshots of the desk', async () => {
    if (!takingScreenshots) return;
    mkdirSync(screenshots, { recursive: true });
    await propose(
      residents[2],
      'Pasang lampu penerangan di jembatan Desa Kapur',
      'Jembatan di ujung Desa Kapur gelap total pada malam hari. Kami minta dipasang lampu tenaga surya di kedua ujungnya.',
      'Kapur',
      'Jalan dan Jembatan',
      1,
    );
    for (const [suffix, viewport] of [
      ['mobile', { width: 390, height: 844 }],
      ['desktop', { width: 1280, height: 800 }],
    ] as const) {
      const page = await session.page({ person: official, viewport, isMobile: suffix === 'mobile' });
      await page.goto(`${stack.webUrl}/desk`);
      // One answer form unfolded, as an official would see it while writing.
      await page.getByText(`Jawab: ${titles.late}`).click();
      const late = page.getByRole('region', { name: 'Terlambat: sudah lewat batas waktu' });
      await late
        .getByLabel('Jawaban Anda')
        .fill('Mohon maaf atas keterlambatan jawaban ini. Tim Dinas PUPR sudah mengukur ruas jalan di depan pasar Kuala Dua; peninggian badan jalan sepanjang 300 meter kami ajukan dalam anggaran perubahan 2027.');
      await late.getByLabel('Sedang ditinjau dinas').check();
      await page.screenshot({ path: `${screenshots}desk-${suffix}.png`, fullPage: true });
    }
  });
});
