import type { Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import { areaNamed, consoleProblems, createProposal, createThread, follow, registerResident, saveScreenshots, voteProposal } from './support/content';
import { ADMIN_ENV, registerPerson, type Person } from './support/people';
import { useBrowserStack } from './support/session';

describeInBrowser('"my profile" in a real browser', (executablePath) => {
  const session = useBrowserStack(executablePath, { apiEnv: ADMIN_ENV, contextDefaults: { javaScriptEnabled: false } });
  const { stack } = session;
  let me: Person;
  const titles = {
    myThread: 'Sampah menumpuk di tepi Sungai Kapuas dekat dermaga',
    myProposal: 'Tempat sampah terpilah di setiap dermaga Desa Kapur',
    supported: 'Perpustakaan keliling untuk sekolah di Arang Limbung',
    opposed: 'Pindahkan pasar pagi ke lapangan bola desa',
    followed: 'Sinyal internet hilang setiap sore di Kuala Dua',
  };

  beforeAll(async () => {
    const [kapur, arangLimbung, kualaDua] = await Promise.all(['Kapur', 'Arang Limbung', 'Kuala Dua'].map((name) => areaNamed(stack.apiUrl, name)));
    me = await registerResident(stack.apiUrl, 'Slamet Hidayat', kapur.id);
    const neighbour = await registerPerson(stack.apiUrl, 'Sri Kurniawan');
    const body = 'Warga sudah membicarakan ini di balai desa dan sepakat membawanya ke sini.';

    await createThread(stack.apiUrl, me, { title: titles.myThread, body, areaId: kapur.id });
    await createProposal(stack.apiUrl, me, { title: titles.myProposal, body, areaId: kapur.id });
    const supported = await createProposal(stack.apiUrl, neighbour, { title: titles.supported, body, areaId: arangLimbung.id });
    const opposed = await createProposal(stack.apiUrl, neighbour, { title: titles.opposed, body, areaId: kapur.id });
    await voteProposal(stack.apiUrl, me, supported.id, 'SUPPORT');
    await voteProposal(stack.apiUrl, me, opposed.id, 'OPPOSE');
    const followed = await createThread(stack.apiUrl, neighbour, { title: titles.followed, body, areaId: kualaDua.id });
    await follow(stack.apiUrl, me, followed.id, 'THREAD');
  }, 120_000);

  const tabs = (page: Page) => page.getByRole('navigation', { name: 'Bagian profil' });
  const section = (page: Page) => page.locator('section[aria-labelledby="tab-heading"]');

  it('asks visitors to sign in first', async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/me?tab=votes`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/me?tab=votes');
  });

  it('shows my details and my discussions, proposals and votes, each section a link of its own', async () => {
    const page = await session.page({ person: me });
    await page.goto(`${stack.webUrl}/me`);
    await page.getByRole('heading', { level: 1, name: 'Profil saya' }).waitFor();
    const details = await page.locator('dl').innerText();
    expect(details).toContain('Slamet Hidayat');
    expect(details).toContain(me.email);
    expect(details).toContain('Warga');
    expect(await page.locator('dl').getByRole('link', { name: 'Kapur' }).getAttribute('href')).toMatch(/^\/areas\//);

    expect(await tabs(page).getByRole('link', { name: 'Diskusi saya (1)' }).getAttribute('aria-current')).toBe('page');
    await section(page).getByRole('link', { name: titles.myThread }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await tabs(page).getByRole('link', { name: 'Usulan saya (1)' }).click();
    await page.waitForURL(/tab=proposals/);
    await section(page).getByRole('link', { name: titles.myProposal }).waitFor();
    expect(await section(page).innerText()).toContain('0 dari 50 dukungan');

    await tabs(page).getByRole('link', { name: 'Usulan yang saya pilih (2)' }).click();
    await page.waitForURL(/tab=votes/);
    const supported = section(page).locator('li', { has: page.getByRole('link', { name: titles.supported }) });
    const opposed = section(page).locator('li', { has: page.getByRole('link', { name: titles.opposed }) });
    expect(await supported.innerText()).toContain('Anda mendukung usulan ini');
    expect(await opposed.innerText()).toContain('Anda menolak usulan ini');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('lists what I follow and stops following without JavaScript', async () => {
    const page = await session.page({ person: me });
    await page.goto(`${stack.webUrl}/me?tab=follows`);
    // My own discussion and proposal are followed automatically, plus the one I chose.
    await tabs(page).getByRole('link', { name: 'Yang saya ikuti (3)' }).waitFor();
    for (const title of [titles.myThread, titles.myProposal, titles.followed]) await section(page).getByRole('link', { name: title }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await section(page).getByRole('button', { name: `Berhenti mengikuti (${titles.followed})` }).click();
    await page.getByText('Anda sudah berhenti mengikutinya').waitFor();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('follows');
    await tabs(page).getByRole('link', { name: 'Yang saya ikuti (2)' }).waitFor();
    expect(await section(page).getByRole('link', { name: titles.followed }).count()).toBe(0);
  });

  it('stops following with JavaScript on too, without errors in the console', async () => {
    const page = await session.page({ person: me, javaScriptEnabled: true });
    const problems = consoleProblems(page);
    await page.goto(`${stack.webUrl}/me?tab=follows`, { waitUntil: 'networkidle' });
    await section(page).getByRole('button', { name: `Berhenti mengikuti (${titles.myProposal})` }).click();
    await page.getByText('Anda sudah berhenti mengikutinya').waitFor();
    await tabs(page).getByRole('link', { name: 'Yang saya ikuti (1)' }).waitFor();
    // Switching sections is a link, handled in the page.
    await tabs(page).getByRole('link', { name: /^Diskusi saya/ }).click();
    await section(page).getByRole('link', { name: titles.myThread }).waitFor();
    expect(problems).toEqual([]);
  });

  it('saves screenshots for the docs when asked', async () => {
    await saveScreenshots(await session.page({ person: me }), `${stack.webUrl}/me?tab=votes`, 'profile');
  });
});
