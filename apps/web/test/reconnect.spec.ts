/**
 * A village link drops, or the API restarts: the open page stays as it was (nothing typed is lost), says
 * politely that it is reconnecting, comes back by itself, and shows what was said in the meantime.
 */
import type { Browser } from 'playwright-core';
import { describeInBrowser, launchChromium } from './support/browser';
import { addComment, areaNamed, createThread } from './support/content';
import { ADMIN_ENV, registerPerson, signInBrowser } from './support/people';
import { holdTranslations, hydrated, liveConnected } from './support/session';
import { createDatabase, startApi, startWeb, type RunningProcess } from './support/stack';

describeInBrowser('live updates across a dropped link', (executablePath) => {
  let browser: Browser;
  let database: { url: string; drop(): Promise<void> };
  let api: RunningProcess | undefined;
  let web: RunningProcess;
  let apiPort: number;

  beforeAll(async () => {
    browser = await launchChromium(executablePath);
    database = await createDatabase();
    api = await startApi({ databaseUrl: database.url, env: ADMIN_ENV });
    apiPort = Number(new URL(api.url).port);
    web = await startWeb({ apiUrl: api.url });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await api?.stop();
    await database?.drop();
  });

  it('keeps the page, reconnects after the API comes back, and catches up', async () => {
    const apiUrl = api!.url;
    const village = await areaNamed(apiUrl, 'Kapur');
    const author = await registerPerson(apiUrl, 'Pak Darto');
    const reader = await registerPerson(apiUrl, 'Bu Eni');
    const thread = await createThread(apiUrl, author, {
      title: 'Lampu jalan di Dusun Parit Baru mati sejak bulan lalu',
      body: 'Sudah tiga minggu gelap. Anak-anak pulang mengaji lewat jalan itu.',
      areaId: village.id,
    });

    const context = await browser.newContext({ locale: 'id-ID' });
    await signInBrowser(context, web.url, reader);
    const page = await context.newPage();
    await page.goto(`${web.url}/threads/${thread.id}`);
    await liveConnected(page);
    const draft = 'Saya sudah lapor ke kantor desa, katanya menunggu';
    await page.getByLabel('Komentar Anda').fill(draft);

    // The API goes away: the page says so, and nothing on it is lost.
    await api!.stop();
    api = undefined;
    await page.getByRole('status').filter({ hasText: 'Sambungan terputus. Menyambung lagi…' }).waitFor();

    // It comes back where it was; something is said before the page has reconnected or just after.
    api = await startApi({ databaseUrl: database.url, env: ADMIN_ENV, port: apiPort });
    await addComment(api.url, author, thread.id, 'Sudah saya sampaikan ke PLN, petugas datang hari Kamis.');
    await liveConnected(page);

    // Whether it arrived live (behind the polite marker) or with the catch-up after reconnecting, it is shown.
    const said = page.getByText('Sudah saya sampaikan ke PLN, petugas datang hari Kamis.');
    const marker = page.getByRole('button', { name: /komentar baru: tampilkan/ });
    await said.or(marker).first().waitFor();
    if (await marker.isVisible()) await marker.click();
    await said.waitFor();

    // And live updates flow again after the reconnection.
    await addComment(api.url, author, thread.id, 'Terima kasih Bu Eni sudah ikut mengawal.');
    await page.getByRole('button', { name: '1 komentar baru: tampilkan' }).click();
    await page.getByText('Terima kasih Bu Eni sudah ikut mengawal.').waitFor();

    expect(await page.getByLabel('Komentar Anda').inputValue()).toBe(draft);
    expect(await page.getByRole('status').filter({ hasText: 'Sambungan terputus' }).count()).toBe(0);
    await context.close();
  }, 120_000);

  it('shows what was said while a slow page was still opening its live link', async () => {
    const apiUrl = api!.url;
    const village = await areaNamed(apiUrl, 'Kapur');
    const author = await registerPerson(apiUrl, 'Pak Fajar');
    const thread = await createThread(apiUrl, author, {
      title: 'Jembatan kayu di Parit Haji Husin mulai lapuk',
      body: 'Papan jembatan sudah ada yang patah. Motor tidak berani lewat.',
      areaId: village.id,
    });

    const context = await browser.newContext({ locale: 'id-ID' });
    const page = await context.newPage();
    // A slow link: the page is shown, but its scripts take a while to come alive.
    const release = await holdTranslations(page);
    await page.goto(`${web.url}/threads/${thread.id}`, { waitUntil: 'domcontentloaded' });

    // Meanwhile someone comments; the page as rendered does not have it.
    await addComment(apiUrl, author, thread.id, 'Sudah difoto dan dikirim ke kantor kecamatan.');
    expect(await page.getByText('Sudah difoto dan dikirim ke kantor kecamatan.').count()).toBe(0);

    release();
    await liveConnected(page);
    await page.getByText('Sudah difoto dan dikirim ke kantor kecamatan.').waitFor();
    await context.close();
  }, 60_000);

  it('keeps a reply box open that was opened before the page came alive', async () => {
    const apiUrl = api!.url;
    const village = await areaNamed(apiUrl, 'Kapur');
    const author = await registerPerson(apiUrl, 'Pak Gani');
    const reader = await registerPerson(apiUrl, 'Bu Hana');
    const thread = await createThread(apiUrl, author, {
      title: 'Sampah menumpuk di tepi Sungai Kapuas dekat dermaga',
      body: 'Sudah dua minggu tidak diangkut.',
      areaId: village.id,
    });
    await addComment(apiUrl, author, thread.id, 'Truk sampah hanya lewat hari Senin.');

    const context = await browser.newContext({ locale: 'id-ID' });
    await signInBrowser(context, web.url, reader);
    const page = await context.newPage();
    const release = await holdTranslations(page);
    await page.goto(`${web.url}/threads/${thread.id}`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Balas Pak Gani').click();
    await page.getByLabel(/Balasan Anda untuk Pak Gani/).fill('Di RT kami juga begitu.');

    release();
    await hydrated(page);
    await page.getByLabel(/Balasan Anda untuk Pak Gani/).waitFor();
    expect(await page.getByLabel(/Balasan Anda untuk Pak Gani/).inputValue()).toBe('Di RT kami juga begitu.');
    await context.close();
  }, 60_000);
});
