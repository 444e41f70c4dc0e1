import { placeOfArea, type Area } from '../src/lib/areas';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import {
  addComment,
  areaNamed,
  consoleProblems,
  createProposal,
  createThread,
  listAreas,
  saveScreenshots,
  takingScreenshots,
  voteProposal,
  type AreaRow,
} from './support/content';
import { ADMIN_ENV, registerPerson, type Person } from './support/people';
import { useBrowserStack } from './support/session';

describe('placeOfArea', () => {
  const area = (id: string, name: string, level: Area['level'], parent?: string) => ({ id, name, slug: id, level, parent: parent ? { id: parent } : null });
  const areas = [
    area('kubu-raya', 'Kabupaten Kubu Raya', 'REGENCY'),
    area('sungai-raya', 'Sungai Raya', 'DISTRICT', 'kubu-raya'),
    area('kuala-dua', 'Kuala Dua', 'VILLAGE', 'sungai-raya'),
    area('arang-limbung', 'Arang Limbung', 'VILLAGE', 'sungai-raya'),
  ];

  it('finds an area by slug with the areas above it, regency first, and those inside it by name', () => {
    const place = placeOfArea(areas, 'sungai-raya')!;
    expect(place.area.name).toBe('Sungai Raya');
    expect(place.ancestors.map((a) => a.name)).toEqual(['Kabupaten Kubu Raya']);
    expect(place.children.map((a) => a.name)).toEqual(['Arang Limbung', 'Kuala Dua']);
    expect(placeOfArea(areas, 'kuala-dua')!.ancestors.map((a) => a.slug)).toEqual(['kubu-raya', 'sungai-raya']);
  });

  it('also finds an area by its id, as exported summaries link it', () => {
    const byId = [{ ...areas[1]!, id: '6f1c0b6e-7d3a-4a55-9a77-0d8f2e1c9b21' }];
    expect(placeOfArea(byId, '6f1c0b6e-7d3a-4a55-9a77-0d8f2e1c9b21')!.area.name).toBe('Sungai Raya');
  });

  it('knows no unknown slug', () => {
    expect(placeOfArea(areas, 'atlantis')).toBeUndefined();
  });

  it('stops at a loop in bad data', () => {
    const loop = [area('a', 'A', 'DISTRICT', 'b'), area('b', 'B', 'DISTRICT', 'a')];
    expect(placeOfArea(loop, 'a')!.ancestors.length).toBeLessThanOrEqual(2);
  });
});

describeInBrowser('area pages in a real browser', (executablePath) => {
  const session = useBrowserStack(executablePath, { apiEnv: ADMIN_ENV, contextDefaults: { javaScriptEnabled: false } });
  const { stack } = session;
  let resident: Person;
  let kapur: AreaRow;
  let sungaiRaya: AreaRow;
  let regency: AreaRow;
  const threadTitle = 'Jalan poros Desa Kapur rusak parah setiap musim hujan';
  const proposalTitle = 'Perbaikan drainase jalan poros Desa Kapur (2 km)';
  const elsewhere = 'Air bersih di Rasau Jaya sering mati saat kemarau';

  beforeAll(async () => {
    const areas = await listAreas(stack.apiUrl);
    kapur = await areaNamed(stack.apiUrl, 'Kapur');
    sungaiRaya = areas.find((a) => a.id === kapur.parent?.id)!;
    regency = areas.find((a) => a.level === 'REGENCY')!;
    resident = await registerPerson(stack.apiUrl, 'Siti Aminah');
    const body = 'Setiap hujan deras, jalan berlubang dan tergenang. Anak-anak sulit berangkat sekolah.';
    const thread = await createThread(stack.apiUrl, resident, { title: threadTitle, body, areaId: kapur.id });
    await createProposal(stack.apiUrl, resident, { title: proposalTitle, body, areaId: kapur.id, threadId: thread.id });
    await createThread(stack.apiUrl, resident, { title: elsewhere, body, areaId: (await areaNamed(stack.apiUrl, 'Rasau Jaya Umum')).id });
  }, 120_000);

  it("shows a village's discussions and proposals, where it lies, and how to start one, without JavaScript", async () => {
    const page = await session.page();
    const response = await page.goto(`${stack.webUrl}/areas/${kapur.slug}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Desa Kapur' }).waitFor();

    const breadcrumb = page.getByRole('navigation', { name: 'Letak wilayah' });
    expect(await breadcrumb.getByRole('link').allTextContents()).toEqual(['Beranda', regency.name, sungaiRaya.name, 'Kapur']);
    expect(await breadcrumb.getByRole('link', { name: sungaiRaya.name }).getAttribute('href')).toBe(`/areas/${sungaiRaya.slug}`);

    await page.getByRole('heading', { level: 2, name: 'Diskusi (1)' }).waitFor();
    await page.getByRole('link', { name: threadTitle }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Usulan (1)' }).waitFor();
    await page.getByRole('link', { name: proposalTitle }).waitFor();
    expect(await page.getByText('0 dari 50 dukungan').count()).toBe(1);
    expect(await page.getByRole('link', { name: elsewhere }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Mulai diskusi di sini' }).getAttribute('href')).toBe(`/threads/new?area=${kapur.id}`);

    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it("includes its villages' content on a district's page, and lists the villages", async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/areas/${sungaiRaya.slug}`);
    await page.getByRole('heading', { level: 1, name: `Kecamatan ${sungaiRaya.name}` }).waitFor();
    await page.getByRole('link', { name: threadTitle }).waitFor();
    await page.getByRole('link', { name: proposalTitle }).waitFor();
    const villages = page.getByRole('region', { name: `Desa di ${sungaiRaya.name}` });
    expect(await villages.getByRole('link', { name: 'Kapur', exact: true }).getAttribute('href')).toBe(`/areas/${kapur.slug}`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('answers 404 for an area that does not exist', async () => {
    const page = await session.page();
    const response = await page.goto(`${stack.webUrl}/areas/desa-yang-tidak-ada`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).waitFor();
  });

  it('tells a reader with JavaScript about new discussions and reloads the lists on request', async () => {
    const page = await session.page({ javaScriptEnabled: true });
    const problems = consoleProblems(page);
    const subscribed = page.waitForEvent('websocket').then((socket) =>
      socket.waitForEvent('framesent', { predicate: (frame) => String(frame.payload).includes('threadActivity') }),
    );
    await page.goto(`${stack.webUrl}/areas/${sungaiRaya.slug}`);
    await subscribed;

    const fresh = 'Jembatan gantung di Kuala Dua perlu diperiksa';
    await createThread(stack.apiUrl, resident, {
      title: fresh,
      body: 'Tali jembatan terlihat aus dan papan lantainya banyak yang lepas.',
      areaId: (await areaNamed(stack.apiUrl, 'Kuala Dua')).id,
    });
    const notice = page.getByRole('status').filter({ hasText: 'Ada diskusi atau usulan baru di wilayah ini.' });
    await notice.waitFor();
    expect(await page.getByRole('link', { name: fresh }).count()).toBe(0);

    await notice.getByRole('button', { name: 'Muat ulang daftar' }).click();
    await page.getByRole('link', { name: fresh }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Diskusi (2)' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Daftar sudah diperbarui.' }).waitFor({ state: 'attached' });
    expect(problems).toEqual([]);
  });

  it('saves screenshots for the docs when asked', async () => {
    if (!takingScreenshots) return;
    const arangLimbung = await areaNamed(stack.apiUrl, 'Arang Limbung');
    const neighbours = await Promise.all(['Budi Santoso', 'Rudi Lestari', 'Wati Pratama'].map((name) => registerPerson(stack.apiUrl, name)));
    const library = await createThread(stack.apiUrl, neighbours[0], {
      title: 'Perpustakaan keliling untuk sekolah di Arang Limbung',
      body: 'Buku bacaan di SD kami sedikit sekali. Bagaimana kalau ada mobil perpustakaan keliling sebulan sekali?',
      areaId: arangLimbung.id,
    });
    await addComment(stack.apiUrl, neighbours[1], library.id, 'Setuju. Anak saya senang membaca tapi bukunya itu-itu saja.');
    await addComment(stack.apiUrl, neighbours[2], library.id, 'Bisa juga mampir ke balai desa pada hari Minggu.');
    const proposal = await createProposal(stack.apiUrl, neighbours[0], {
      title: 'Mobil perpustakaan keliling sebulan sekali ke SD Arang Limbung',
      body: 'Dinas Pendidikan menjadwalkan mobil perpustakaan keliling ke setiap SD di Arang Limbung.',
      areaId: arangLimbung.id,
      threadId: library.id,
    });
    for (const supporter of [...neighbours.slice(1), resident]) await voteProposal(stack.apiUrl, supporter, proposal.id, 'SUPPORT');
    await saveScreenshots(await session.page(), `${stack.webUrl}/areas/${sungaiRaya.slug}`, 'area');
  });
});
