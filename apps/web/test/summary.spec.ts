import type { Page } from 'playwright-core';
import { placeMarks, MAP_SIZE } from '../src/lib/charts/opinion-map';
import { groupLimits } from '../src/lib/summary/limits';
import { readFilters } from '../src/routes/areas/[slug]/summary/filters';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import {
  addComment,
  areaNamed,
  categoryNamed,
  consoleProblems,
  createProposal,
  createThread,
  listAreas,
  saveScreenshots,
  voteComment,
  voteProposal,
  type AreaRow,
} from './support/content';
import { registerPerson, type Person } from './support/people';
import { hydrated, useBrowserStack } from './support/session';

describe('opinion map layout', () => {
  it('fits everyone inside the frame, one scale for both axes, the second axis pointing up', () => {
    const marks = placeMarks(
      [
        { groupId: 'A', x: -2, y: 0 },
        { groupId: 'B', x: 2, y: 0 },
        { groupId: 'C', x: 2, y: 1 },
      ],
      ['A', 'B', 'C'],
    );
    expect(marks.every((mark) => mark.x >= 0 && mark.x <= MAP_SIZE && mark.y >= 0 && mark.y <= MAP_SIZE)).toBe(true);
    const [a, b, c] = marks;
    expect([a.group, b.group, c.group]).toEqual([0, 1, 2]);
    // Four units across, one unit up: the same scale, so a quarter of the width, and higher on screen.
    // Marks snap to a fine grid, so allow a step of it.
    expect(Math.abs(b.y - c.y - (c.x - a.x) / 4)).toBeLessThanOrEqual(2);
    expect(c.y).toBeLessThan(b.y);
  });

  it('draws people who land on the same spot in the same group once, and people in no group apart', () => {
    const marks = placeMarks(
      [
        { groupId: 'A', x: 1, y: 1 },
        { groupId: 'A', x: 1, y: 1 },
        { groupId: 'B', x: 1, y: 1 },
        { groupId: null, x: 0, y: 0 },
      ],
      ['A', 'B'],
    );
    expect(marks.map((mark) => mark.group)).toEqual([-1, 0, 1]);
  });

  it('draws nothing for nobody, and one person in the middle', () => {
    expect(placeMarks([], ['A'])).toEqual([]);
    expect(placeMarks([{ groupId: 'A', x: 5, y: -3 }], ['A'])).toEqual([{ group: 0, x: MAP_SIZE / 2, y: MAP_SIZE / 2 }]);
  });
});

describe('the limits a summary reports it used', () => {
  it('reads the people and comments needed for groups', () => {
    expect(groupLimits('{"minParticipantsForGroups":15,"minCommentsForGroups":5,"kMin":2}')).toEqual({ people: 15, comments: 5 });
  });

  it('states no number it cannot read', () => {
    expect(groupLimits('not json')).toEqual({});
    expect(groupLimits('{"minParticipantsForGroups":"many"}')).toEqual({ people: undefined, comments: undefined });
  });
});

describe('area summary filters', () => {
  const roads = '0d0f5d1e-5a52-4c39-9d0b-6d2a2f3a9b11';
  const read = (query: string) => readFilters(new URLSearchParams(query), new Set([roads]));

  it('counts whole days in WIB, the last day included', () => {
    const { scope, problems } = read(`category=${roads}&from=2026-11-01&to=2026-11-30`);
    expect(problems).toEqual({});
    expect(scope).toEqual({
      categoryId: roads,
      from: new Date('2026-10-31T17:00:00.000Z'),
      to: new Date('2026-11-30T17:00:00.000Z'),
    });
  });

  it('asks for everything when nothing is chosen', () => {
    expect(read('category=&from=&to=').scope).toEqual({ categoryId: null, from: null, to: null });
  });

  it('explains dates it cannot read, days no calendar has and an end before the start', () => {
    expect(read('from=01/11/2026').problems).toEqual({ from: 'summary.filter.badDate' });
    expect(read('to=2026-02-30').problems).toEqual({ to: 'summary.filter.badDate' });
    expect(read('from=2026-11-02&to=2026-11-01').problems).toEqual({ to: 'summary.filter.badOrder' });
    // One day is a range too.
    expect(read('from=2026-11-01&to=2026-11-01').problems).toEqual({});
    expect(read('from=nope').scope).toBeNull();
  });

  it('refuses a category nobody listed', () => {
    expect(read('category=6f1c0b4e-0000-4000-8000-000000000000').problems).toEqual({ category: 'summary.filter.badCategory' });
  });
});

/** Two camps of residents who agree on the basics and split on what comes first. */
const STATEMENTS = {
  drains: 'Parit di sisi jalan harus dibersihkan sebelum musim hujan.',
  asphalt: 'Jalan harus diaspal ulang seluruhnya, bukan ditambal.',
  roadFirst: 'Anggaran desa tahun ini sebaiknya untuk jalan dulu.',
  drainageFirst: 'Lebih baik perbaiki drainase dulu, aspal baru cepat rusak kalau air tidak mengalir.',
  together: 'Gotong royong warga bisa mengerjakan drainase sambil menunggu dinas.',
  signs: 'Pasang rambu peringatan di lubang terdalam secepatnya.',
} as const;
type Statement = keyof typeof STATEMENTS;
type Vote = 'AGREE' | 'DISAGREE' | 'PASS';
const ROAD_CAMP: Record<Statement, Vote> = { drains: 'AGREE', asphalt: 'AGREE', roadFirst: 'AGREE', drainageFirst: 'DISAGREE', together: 'DISAGREE', signs: 'AGREE' };
const DRAIN_CAMP: Record<Statement, Vote> = { drains: 'AGREE', asphalt: 'DISAGREE', roadFirst: 'DISAGREE', drainageFirst: 'AGREE', together: 'AGREE', signs: 'AGREE' };
/** A few people unsure here and there, as in any real debate. */
const UNSURE: [number, Statement][] = [
  [1, 'signs'],
  [3, 'drainageFirst'],
  [12, 'drains'],
];

/** Today in WIB, as a date field gives it (YYYY-MM-DD). */
function todayInWib(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Pontianak', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

describeInBrowser('summary pages in a real browser', (executablePath) => {
  const session = useBrowserStack(executablePath, {
    apiEnv: { DEMO_DATA: '1' },
    contextDefaults: { javaScriptEnabled: false },
    readyTimeoutMs: 180_000,
  });
  const { stack } = session;
  const title = 'Anggaran jalan dan drainase Desa Kapur tahun depan';
  const quietTitle = 'Lampu jalan di ujung Gang Melati mati';
  let threadId: string;
  let quietThreadId: string;
  let commentIds: Record<Statement, string>;
  let kapur: AreaRow;
  let regency: AreaRow;
  let planning: { id: string };
  let author: Person;

  beforeAll(async () => {
    kapur = await areaNamed(stack.apiUrl, 'Kapur');
    regency = (await listAreas(stack.apiUrl)).find((area) => area.level === 'REGENCY')!;
    planning = await categoryNamed(stack.apiUrl, 'Perencanaan Pembangunan');
    author = await registerPerson(stack.apiUrl, 'Pak Darman');
    ({ id: threadId } = await createThread(stack.apiUrl, author, {
      title,
      body: 'Dana desa terbatas. Mana yang didahulukan: aspal jalan poros atau saluran air?',
      areaId: kapur.id,
      categoryId: planning.id,
    }));
    commentIds = {} as Record<Statement, string>;
    for (const key of Object.keys(STATEMENTS) as Statement[]) {
      commentIds[key] = (await addComment(stack.apiUrl, author, threadId, STATEMENTS[key])).id;
    }
    const voters = await Promise.all(Array.from({ length: 18 }, (_, i) => registerPerson(stack.apiUrl, `Warga Kapur ${i + 1}`)));
    await Promise.all(
      voters.map(async (voter, i) => {
        const camp = i < 10 ? ROAD_CAMP : DRAIN_CAMP;
        for (const key of Object.keys(STATEMENTS) as Statement[]) {
          const unsure = UNSURE.some(([who, what]) => who === i && what === key);
          await voteComment(stack.apiUrl, voter, commentIds[key], unsure ? 'PASS' : camp[key]);
        }
      }),
    );
    const proposal = await createProposal(stack.apiUrl, author, {
      title: 'Saluran air di sepanjang jalan poros Desa Kapur',
      body: 'Perbaiki saluran air dulu, lalu aspal jalan porosnya.',
      areaId: kapur.id,
      categoryId: planning.id,
      threadId,
    });
    await Promise.all(voters.slice(0, 3).map((voter) => voteProposal(stack.apiUrl, voter, proposal.id, 'SUPPORT')));

    // A discussion only just begun: two comments, three votes.
    ({ id: quietThreadId } = await createThread(stack.apiUrl, author, {
      title: quietTitle,
      body: 'Sudah seminggu gelap gulita.',
      areaId: kapur.id,
    }));
    const first = await addComment(stack.apiUrl, author, quietThreadId, 'Sudah dilaporkan ke kepala dusun.');
    await addComment(stack.apiUrl, author, quietThreadId, 'Perlu lampu tenaga surya supaya tidak bergantung listrik.');
    await Promise.all(voters.slice(0, 3).map((voter) => voteComment(stack.apiUrl, voter, first.id, 'AGREE')));
  }, 180_000);

  const section = (page: Page, heading: string) => page.getByRole('region', { name: heading, exact: true });
  const keyNumbers = async (page: Page): Promise<Record<string, string>> =>
    Object.fromEntries(
      await section(page, 'Angka utama')
        .locator('dl > div')
        .evaluateAll((items) => items.map((item) => [item.querySelector('dt')?.textContent ?? '', item.querySelector('dd')?.textContent ?? ''])),
    );

  it('summarises a discussion from its page, without JavaScript and without any script in it', async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/threads/${threadId}`);
    await page.getByRole('link', { name: 'Ringkasan diskusi' }).click();
    await page.waitForURL(`${stack.webUrl}/threads/${threadId}/summary`);
    await page.getByRole('heading', { level: 1, name: `Ringkasan diskusi ${title}` }).waitFor();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('link[rel="preload"], link[rel="modulepreload"]').count()).toBe(0);
    await page.getByText(/^Angka per \d+ \w+ \d{4} pukul/).waitFor();

    expect(await keyNumbers(page)).toEqual({ 'Orang yang ikut': '19', Komentar: '6', 'Suara pada komentar': '108', Usulan: '1' });

    // The map: one mark per spot, in two groups, with its key and the same numbers as a table.
    const map = page.getByRole('img', { name: 'Peta pendapat: 18 orang dalam 2 kelompok' });
    expect(await map.evaluate((svg) => svg.tagName)).toBe('svg');
    const marks = await map.locator('use').evaluateAll((uses) => uses.map((use) => use.getAttribute('href')));
    expect(new Set(marks)).toEqual(new Set(['#opinion-mark-0', '#opinion-mark-1']));
    expect(await map.locator('desc').textContent()).toBe(
      'Kelompok A: 10 orang (56%), tandanya lingkaran biru; Kelompok B: 8 orang (44%), tandanya kotak merah',
    );
    const legend = await page.getByRole('list', { name: 'Keterangan tanda di peta' }).getByRole('listitem').allTextContents();
    expect(legend.map((item) => item.trim())).toEqual(['Kelompok A: 10 orang (56%)', 'Kelompok B: 8 orang (44%)']);
    const table = page.getByRole('table', { name: 'Kelompok pendapat dalam angka' });
    const row = table.getByRole('row', { name: /^Kelompok A/ });
    expect((await row.locator('th').textContent())?.replace(/\s+/g, ' ').trim()).toBe('Kelompok A lingkaran biru');
    expect(await row.locator('td').allTextContents()).toEqual(['10', '56%']);

    // Consensus: what both camps agree on, with everyone's and each group's votes.
    const consensus = section(page, 'Kesepakatan');
    expect(new Set(await consensus.locator('blockquote').allTextContents())).toEqual(new Set([STATEMENTS.drains, STATEMENTS.signs]));
    const drains = consensus.getByRole('listitem').filter({ hasText: STATEMENTS.drains });
    const drainsChart = drains.getByRole('img');
    expect(await drainsChart.locator('text.label').allTextContents()).toEqual(['Semua orang', 'Kelompok A', 'Kelompok B']);
    expect(await drainsChart.locator('desc').textContent()).toContain('Kelompok A: Setuju 100%, Tidak setuju 0%, Belum yakin 0%');

    // Division: where the camps split, one bar agreeing and the other disagreeing.
    const divisive = section(page, 'Perbedaan pendapat');
    expect(new Set(await divisive.locator('blockquote').allTextContents())).toEqual(
      new Set([STATEMENTS.asphalt, STATEMENTS.roadFirst, STATEMENTS.drainageFirst, STATEMENTS.together]),
    );
    const roadFirst = divisive.getByRole('listitem').filter({ hasText: STATEMENTS.roadFirst }).getByRole('img');
    expect(await roadFirst.locator('desc').textContent()).toContain('Kelompok A: Setuju 100%');
    expect(await roadFirst.locator('desc').textContent()).toContain('Kelompok B: Setuju 0%, Tidak setuju 100%');

    // Each group's own voice, verbatim, with how much of it and of the others agreed.
    const groups = section(page, 'Pendapat tiap kelompok');
    const groupA = groups.getByRole('region', { name: 'Kelompok A · 10 orang' });
    const roadQuote = groupA.getByRole('listitem').filter({ has: page.locator('blockquote', { hasText: STATEMENTS.roadFirst }) });
    await roadQuote.getByText('Disetujui 100% orang di kelompok ini dan 0% orang di kelompok lain.').waitFor();
    await groups.getByRole('region', { name: 'Kelompok B · 8 orang' }).locator('blockquote', { hasText: STATEMENTS.together }).waitFor();

    await section(page, 'Tema yang sering muncul').getByRole('listitem').first().waitFor();
    await section(page, 'Kutipan').locator('blockquote').first().waitFor();

    const proposals = section(page, 'Usulan');
    await proposals.getByRole('link', { name: 'Saluran air di sepanjang jalan poros Desa Kapur' }).waitFor();
    await proposals.getByText('Mengumpulkan dukungan').waitFor();
    await proposals.getByText(/^3 dari \d+ dukungan$/).waitFor();

    const method = section(page, 'Cara ringkasan ini dibuat');
    await method.getByText(/Dihitung dengan @rembug\/summary-engine versi \d+\.\d+\.\d+\./).waitFor();
    expect(await method.locator('code').textContent()).toMatch(/^sha256:[0-9a-f]{64}$/);

    // A quote's link leads to the comment itself on the discussion page.
    await roadQuote.getByRole('link', { name: 'Lihat komentar ini di diskusinya' }).click();
    await page.waitForURL(`${stack.webUrl}/threads/${threadId}?comment=${commentIds.roadFirst}#comment-${commentIds.roadFirst}`);
    expect(await page.locator(`#comment-${commentIds.roadFirst}`).textContent()).toContain(STATEMENTS.roadFirst);
  });

  it('has no serious accessibility problems, and the downloads are reachable with the keyboard', async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/threads/${threadId}/summary`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // Near the top, after the site's own links, a link leads straight to the downloads.
    let focused = '';
    for (let i = 0; i < 20 && focused !== 'Langsung ke unduhan'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('Langsung ke unduhan');
    await page.keyboard.press('Enter');
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached).toEqual([
      'Ringkasan siap cetak (PDF)',
      'Ringkasan sebagai teks (Markdown)',
      'Komentar dan suara (CSV)',
      'Usulan (CSV)',
      'Semua data (JSON)',
    ]);
  });

  const files: [string, RegExp, string][] = [
    ['Ringkasan siap cetak (PDF)', /^application\/pdf/, '.pdf'],
    ['Ringkasan sebagai teks (Markdown)', /^text\/markdown/, '.md'],
    ['Komentar dan suara (CSV)', /^text\/csv/, '.csv'],
    ['Usulan (CSV)', /^text\/csv/, '-proposals.csv'],
    ['Semua data (JSON)', /^application\/json/, '.json'],
  ];

  it('downloads every file through the website, in the page’s language', async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/threads/${threadId}/summary`);
    const downloads = section(page, 'Unduh ringkasan');
    for (const [name, type, suffix] of files) {
      const href = await downloads.getByRole('link', { name }).getAttribute('href');
      // The browser's own cookies and language go along, as a click would send them.
      const response = await page.request.get(new URL(href!, stack.webUrl).toString());
      expect({ name, status: response.status() }).toEqual({ name, status: 200 });
      expect(response.headers()['content-type']).toMatch(type);
      expect(response.headers()['content-language']).toBe('id');
      expect(response.headers()['content-disposition']).toMatch(new RegExp(`^attachment; filename="rembug-ringkasan-[a-z0-9-]+\\d{4}-\\d{2}-\\d{2}${suffix.replace('.', '\\.')}"$`));
      const body = await response.body();
      if (suffix === '.pdf') expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      if (suffix === '.json') expect(JSON.parse(body.toString()).scope.threadId).toBe(threadId);
      if (suffix === '.md') {
        expect(body.toString()).toContain(title);
        // Quotes link back to their comments on this website.
        expect(body.toString()).toContain(`${stack.webUrl}/threads/${threadId}?comment=`);
      }
    }

    // Addresses that name nothing are refused plainly, never passed on.
    expect((await page.request.get(`${stack.webUrl}/threads/${threadId}/summary/summary.exe`)).status()).toBe(404);
    expect((await page.request.get(`${stack.webUrl}/threads/00000000-0000-4000-8000-000000000000/summary/summary.md`)).status()).toBe(404);
  });

  it('works the same with JavaScript on, still loading no script, without errors', async () => {
    const page = await session.page({ javaScriptEnabled: true });
    const problems = consoleProblems(page);
    await page.goto(`${stack.webUrl}/threads/${threadId}`, { waitUntil: 'networkidle' });
    await hydrated(page);
    // From a page with scripts, the link loads the summary whole, as the server drew it.
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    const summaryPage = page.waitForResponse((response) => response.request().resourceType() === 'document');
    await page.getByRole('link', { name: 'Ringkasan diskusi' }).click();
    expect((await summaryPage).url()).toBe(`${stack.webUrl}/threads/${threadId}/summary`);
    await page.waitForLoadState('networkidle');
    await page.getByRole('img', { name: 'Peta pendapat: 18 orang dalam 2 kelompok' }).waitFor();
    await section(page, 'Kesepakatan').locator('blockquote', { hasText: STATEMENTS.drains }).waitFor();
    await section(page, 'Pendapat tiap kelompok').getByRole('link', { name: 'Lihat komentar ini di diskusinya' }).first().waitFor();
    expect(scripts).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says plainly why a discussion with too few votes has no opinion groups yet', async () => {
    const page = await session.page();
    const response = await page.goto(`${stack.webUrl}/threads/${quietThreadId}/summary`);
    expect(response?.status()).toBe(200);
    const map = section(page, 'Peta pendapat');
    await map.getByText(/^Kelompok pendapat belum terlihat: baru \d+ orang yang memberi suara pada cukup banyak komentar/).waitFor();
    expect(await map.getByRole('img').count()).toBe(0);
    await section(page, 'Pendapat tiap kelompok').getByText('Belum ada kelompok pendapat.', { exact: false }).waitFor();
    await section(page, 'Perbedaan pendapat').getByText('Perbedaan pendapat antara kelompok baru terlihat setelah kelompok pendapat terbentuk.').waitFor();
    expect((await page.goto(`${stack.webUrl}/threads/00000000-0000-4000-8000-000000000000/summary`))?.status()).toBe(404);
  });

  it('summarises an area, narrowed by category and dates with a plain form', async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/areas/${kapur.slug}`);
    await page.getByRole('link', { name: 'Ringkasan diskusi' }).click();
    await page.waitForURL(`${stack.webUrl}/areas/${kapur.slug}/summary`);
    await page.getByRole('heading', { level: 1, name: 'Ringkasan diskusi Kapur' }).waitFor();
    await page.getByText('Desa Kapur · Semua kategori · Sejak awal sampai sekarang').waitFor();
    expect(await page.locator('script').count()).toBe(0);
    // The regency's name already says what it is: its level word is not said twice.
    const regency = await areaNamed(stack.apiUrl, 'Kabupaten Kubu Raya');
    await page.goto(`${stack.webUrl}/areas/${regency.slug}/summary`);
    await page.getByText('Kabupaten Kubu Raya · Semua kategori · Sejak awal sampai sekarang').waitFor();
    // Exports link an area by its id; that address shows the same summary.
    await page.goto(`${stack.webUrl}/areas/${kapur.id}/summary`);
    await page.getByText('Desa Kapur · Semua kategori · Sejak awal sampai sekarang').waitFor();
    await page.goto(`${stack.webUrl}/areas/${kapur.slug}/summary`);

    const today = todayInWib();
    const form = page.getByRole('form', { name: 'Pilih isi ringkasan' });
    await form.getByLabel('Kategori').selectOption({ label: 'Perencanaan Pembangunan' });
    await form.getByLabel('Dari tanggal').fill(today);
    await form.getByLabel('Sampai tanggal').fill(today);
    await form.getByRole('button', { name: 'Tampilkan ringkasan' }).click();
    await page.waitForURL(/category=.*&from=.*&to=/);
    // A pattern is matched against the text as written, line breaks included.
    await page.getByText(/^Desa Kapur\s+·\s+Kategori Perencanaan Pembangunan\s+·\s+\d+ \w+ \d{4} sampai \d+ \w+ \d{4}$/).waitFor();
    expect(await form.getByLabel('Dari tanggal').inputValue()).toBe(today);
    // Of Kapur's discussions, only the budget one above is about planning.
    expect((await keyNumbers(page)).Komentar).toBe('6');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // The files carry the same choice.
    const json = await section(page, 'Unduh ringkasan').getByRole('link', { name: 'Semua data (JSON)' }).getAttribute('href');
    expect(json).toBe(`/areas/${kapur.slug}/summary/summary.json?category=${planning.id}&from=${today}&to=${today}`);
    const response = await page.request.get(`${stack.webUrl}${json}`);
    expect(response.status()).toBe(200);
    const data = JSON.parse((await response.body()).toString()) as { scope: Record<string, string>; participation: { commentCount: number } };
    // The whole day in WIB: from its midnight to the next.
    const midnight = new Date(`${today}T00:00:00+07:00`);
    expect(data.scope).toMatchObject({
      areaId: kapur.id,
      categoryId: planning.id,
      from: midnight.toISOString(),
      to: new Date(midnight.getTime() + 86_400_000).toISOString(),
    });
    expect(data.participation.commentCount).toBe(6);

    // Before anything was written: an empty summary, not an error.
    await page.goto(`${stack.webUrl}/areas/${kapur.slug}/summary?from=2020-01-01&to=2020-12-31`);
    expect((await keyNumbers(page))['Orang yang ikut']).toBe('0');
  });

  it('explains dates it cannot use next to the field, and makes no summary of them', async () => {
    const page = await session.page();
    const response = await page.goto(`${stack.webUrl}/areas/${kapur.slug}/summary?from=2026-02-30&to=`);
    expect(response?.status()).toBe(200);
    const alert = page.getByRole('alert');
    await alert.getByText('Ringkasan belum bisa dibuat dengan pilihan ini. Perbaiki yang ditandai di bawah.').waitFor();
    const from = page.getByLabel('Dari tanggal');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    await page.locator('#field-from-error', { hasText: 'Tanggal ini tidak bisa dibaca.' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Angka utama' }).count()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.goto(`${stack.webUrl}/areas/${kapur.slug}/summary?from=2026-11-02&to=2026-11-01`);
    await page.locator('#field-to-error', { hasText: 'Tanggal akhir tidak boleh sebelum tanggal awal.' }).waitFor();

    // The same choice asked of a file is refused as a bad request, in words.
    const file = await page.request.get(`${stack.webUrl}/areas/${kapur.slug}/summary/summary.csv?from=2026-02-30`);
    expect(file.status()).toBe(400);
    expect(((await file.json()) as { message: string }).message).toContain('Periksa kategori dan tanggalnya');
    expect((await page.request.get(`${stack.webUrl}/areas/atlantis/summary/summary.csv`)).status()).toBe(404);
    expect((await page.goto(`${stack.webUrl}/areas/atlantis/summary`))?.status()).toBe(404);
  });

  it('speaks English when chosen, files included, and signs out with its plain form', async () => {
    const person = await registerPerson(stack.apiUrl, 'Bu Ratna');
    const page = await session.page({ person });
    await page.goto(`${stack.webUrl}/threads/${threadId}/summary`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Discussion summary ${title}` }).waitFor();
    expect(page.url()).toBe(`${stack.webUrl}/threads/${threadId}/summary`);
    await page.getByRole('img', { name: 'Opinion map: 18 people in 2 groups' }).waitFor();
    await section(page, 'Common ground').locator('blockquote').first().waitFor();
    await section(page, 'Differences of opinion').locator('blockquote').first().waitFor();
    await section(page, 'What each group thinks')
      .getByText('Agreed by 100% of this group and 0% of the other groups.')
      .first()
      .waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    const href = await section(page, 'Download the summary').getByRole('link', { name: 'Brief as text (Markdown)' }).getAttribute('href');
    const file = await page.request.get(`${stack.webUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-language']).toBe('en');
    expect(file.headers()['content-disposition']).toMatch(/filename="rembug-summary-/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${stack.webUrl}/`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
  });

  it('saves screenshots for the docs when asked', async () => {
    await saveScreenshots(await session.page(), `${stack.webUrl}/areas/${regency.slug}/summary`, 'summary');
  });
});
