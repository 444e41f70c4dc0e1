import type { Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import {
  addComment,
  areaNamed,
  categoryNamed,
  consoleProblems,
  createProposal,
  createThread,
  moveDeadlineIntoPast,
  registerResident,
  saveScreenshots,
  setAreaThreshold,
  takingScreenshots,
  voteProposal,
  type AreaRow,
} from './support/content';
import { ADMIN_ENV, registerPerson } from './support/people';
import { useBrowserStack } from './support/session';

describeInBrowser('home page in a real browser', (executablePath) => {
  /** Each page is a fresh visitor: no cookies, JavaScript off (as on many cheap phones), an Indonesian phone. */
  const session = useBrowserStack(executablePath, {
    // Screenshots for the docs show the demo community's discussions too.
    apiEnv: { ...ADMIN_ENV, ...(takingScreenshots ? { DEMO_DATA: '1' } : {}) },
    readyTimeoutMs: 180_000,
    contextDefaults: { javaScriptEnabled: false },
  });
  const { stack } = session;

  const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

  it('renders the districts with their villages on the server, in Indonesian', async () => {
    const page = await session.page();
    const response = await page.goto(stack.webUrl);

    expect(response?.status()).toBe(200);
    expect(await htmlLang(page)).toBe('id');
    await page.getByRole('heading', { level: 1, name: 'Rembug warga, kini daring' }).waitFor();

    const areas = page.getByRole('region', { name: 'Pilih wilayah: kecamatan dan desa di Kabupaten Kubu Raya' });
    const districts = areas.locator(':scope > ul > li');
    const districtNames = await districts.locator(':scope > details > summary, :scope > .district-name').allTextContents();
    expect(districtNames).toHaveLength(9);
    expect(districtNames).toEqual(expect.arrayContaining(['Sungai Raya', 'Sungai Kakap', 'Rasau Jaya']));
    expect(await districts.locator('ul > li').count()).toBeGreaterThan(0);

    // Every district and village leads to its own page.
    const sungaiRaya = areas.locator('details', { has: page.getByText('Sungai Raya', { exact: true }) });
    await sungaiRaya.locator('summary').click();
    const kapur = sungaiRaya.getByRole('link', { name: 'Kapur', exact: true });
    expect(await kapur.getAttribute('href')).toMatch(/^\/areas\/[a-z0-9-]+$/);
    await kapur.click();
    await page.getByRole('heading', { level: 1, name: 'Desa Kapur' }).waitFor();
  });

  it('switches to English without JavaScript and remembers the choice', async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/halaman-yang-tidak-ada?dari=tes`);
    expect(await htmlLang(page)).toBe('id');

    await page.getByRole('button', { name: 'English' }).click();

    // Back on the same page, now in English.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/halaman-yang-tidak-ada?dari=tes');
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

    // Still English on the next page.
    await page.getByRole('link', { name: 'Back to the home page' }).click();
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Village deliberation, now online' }).waitFor();
    await page.getByRole('region', { name: 'Choose an area: districts and villages in Kabupaten Kubu Raya' }).waitFor();

    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    expect(await htmlLang(page)).toBe('id');
  });

  it('keeps English from the home page on the next page, until switched back', async () => {
    const page = await session.page();
    await page.goto(stack.webUrl);
    await page.getByRole('button', { name: 'English' }).click();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { level: 2, name: 'Lively discussions' }).waitFor();

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Agency track record' }).click();
    await page.getByRole('heading', { level: 1, name: "How government offices answer residents' proposals" }).waitFor();
    expect(await htmlLang(page)).toBe('en');

    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    expect(new URL(page.url()).pathname).toBe('/accountability');
    await page.getByRole('heading', { level: 1, name: 'Rekam jejak dinas dalam menjawab usulan warga' }).waitFor();
    await page.goto(stack.webUrl);
    await page.getByRole('heading', { level: 2, name: 'Diskusi yang sedang ramai' }).waitFor();
  });

  it("follows the phone's language until the visitor chooses", async () => {
    expect(await htmlLang(await openHome(await session.page({ locale: 'en-US' })))).toBe('en');
    expect(await htmlLang(await openHome(await session.page({ locale: 'de-DE' })))).toBe('id');
  });

  it('works the same with JavaScript on, without errors in the console', async () => {
    const page = await session.page({ javaScriptEnabled: true });
    const problems = consoleProblems(page);

    await page.goto(stack.webUrl, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Village deliberation, now online' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(problems).toEqual([]);
  });

  describe('with discussions and proposals', () => {
    let kualaDua: AreaRow;
    const titles = {
      thread: 'Jembatan gantung di Kuala Dua perlu diperiksa',
      near: 'Ganti papan lantai jembatan gantung Kuala Dua',
      overdue: 'Sumur bor untuk air bersih di RT 05 Kuala Dua',
    };

    beforeAll(async () => {
      kualaDua = await areaNamed(stack.apiUrl, 'Kuala Dua');
      // Three residents' support makes an answer due here.
      await setAreaThreshold(stack.apiUrl, kualaDua.id, 3);
      const water = await categoryNamed(stack.apiUrl, 'Air Bersih dan Sanitasi');
      const [author, ...supporters] = await Promise.all([0, 1, 2, 3].map((i) => registerPerson(stack.apiUrl, `Warga Kuala Dua ${i + 1}`)));
      const body = 'Sudah dibicarakan di pertemuan RT dan warga sepakat membawanya ke sini.';

      const thread = await createThread(stack.apiUrl, author, { title: titles.thread, body, areaId: kualaDua.id });
      await addComment(stack.apiUrl, supporters[0], thread.id, 'Setuju, anak-anak lewat jembatan itu setiap pagi.');
      const near = await createProposal(stack.apiUrl, author, { title: titles.near, body, areaId: kualaDua.id, threadId: thread.id });
      await voteProposal(stack.apiUrl, supporters[0], near.id, 'SUPPORT');
      await voteProposal(stack.apiUrl, supporters[1], near.id, 'SUPPORT');
      const overdue = await createProposal(stack.apiUrl, author, { title: titles.overdue, body, areaId: kualaDua.id, categoryId: water.id });
      for (const supporter of supporters) await voteProposal(stack.apiUrl, supporter, overdue.id, 'SUPPORT');
      await moveDeadlineIntoPast(stack.databaseUrl, overdue.id);
    });

    it('shows lively discussions, proposals near their threshold and late answers, each with a link to the full list', async () => {
      const page = await session.page();
      await page.goto(stack.webUrl);

      const active = page.getByRole('region', { name: 'Diskusi yang sedang ramai' });
      expect(await active.getByRole('link', { name: titles.thread }).getAttribute('href')).toMatch(/^\/threads\/[0-9a-f-]+$/);
      expect(await active.innerText()).toContain('1 tanggapan');
      expect(await active.getByRole('link', { name: /^Lihat semua diskusi/ }).getAttribute('href')).toBe('/threads?sort=ACTIVE');

      const near = page.getByRole('region', { name: 'Usulan yang hampir cukup dukungan' });
      const nearItem = near.locator('li', { has: page.getByRole('link', { name: titles.near }) });
      expect(await nearItem.innerText()).toContain('2 dari 3 dukungan');
      expect(await near.getByRole('link', { name: /^Lihat semua usulan/ }).getAttribute('href')).toBe('/proposals?status=OPEN&sort=TOP');
      // An answer is already due for the other one: it is no longer gathering support.
      expect(await near.getByRole('link', { name: titles.overdue }).count()).toBe(0);

      const late = page.getByRole('region', { name: 'Jawaban dinas yang terlambat' });
      const lateItem = late.locator('li', { has: page.getByRole('link', { name: titles.overdue }) });
      expect(await lateItem.innerText()).toContain('Lewat batas sejak');
      expect(await lateItem.innerText()).toContain('Dinas: Disperkimtan');
      expect(await late.getByRole('link', { name: /^Lihat semua jawaban yang terlambat/ }).getAttribute('href')).toBe('/proposals?overdue=1');

      expect(await seriousAccessibilityProblems(page)).toEqual([]);
    });

    it('puts the signed-in person\'s own area first', async () => {
      const resident = await registerResident(stack.apiUrl, 'Nia Handayani', kualaDua.id);
      const page = await session.page({ person: resident });
      await page.goto(stack.webUrl);

      const yours = page.getByRole('region', { name: 'Wilayah Anda' });
      expect(await yours.getByRole('link', { name: 'Lihat diskusi dan usulan di Kuala Dua' }).getAttribute('href')).toBe(`/areas/${kualaDua.slug}`);
      // Before the area list and the other sections.
      const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
      expect(headings[0]).toBe('Wilayah Anda');
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
    });

    it('saves screenshots for the docs when asked', async () => {
      await saveScreenshots(await session.page(), stack.webUrl, 'home');
    });
  });

  async function openHome(page: Page): Promise<Page> {
    await page.goto(stack.webUrl);
    return page;
  }
});
