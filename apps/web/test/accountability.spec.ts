import { shareWidth, stackSegments } from '../src/lib/charts/geometry';
import { periodRange } from '../src/routes/accountability/period';
import { buildReport, type ApiRow } from '../src/routes/accountability/report';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import {
  areaNamed,
  consoleProblems,
  categoryNamed,
  createProposal,
  moveDeadlineIntoPast,
  respond,
  saveScreenshots,
  setAreaThreshold,
  voteProposal,
} from './support/content';
import { ADMIN_ENV, registerOfficial, registerPerson } from './support/people';
import { useBrowserStack } from './support/session';

describe('report periods, in West Kalimantan time', () => {
  // 2026-03-10 20:30 UTC is already 11 March (03:30) in Pontianak.
  const now = new Date('2026-03-10T20:30:00Z');

  it('counts the last 30 days from local midnight 29 days before today', () => {
    expect(periodRange('30d', now).from?.toISOString()).toBe('2026-02-09T17:00:00.000Z');
  });

  it('counts 90 days across month ends', () => {
    expect(periodRange('90d', now).from?.toISOString()).toBe('2025-12-11T17:00:00.000Z');
  });

  it('starts "this year" at local midnight on 1 January', () => {
    expect(periodRange('year', now).from?.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    // Just after New Year's midnight in Pontianak it is still the old year in UTC.
    expect(periodRange('year', new Date('2025-12-31T17:30:00Z')).from?.toISOString()).toBe('2025-12-31T17:00:00.000Z');
  });

  it('has no start for "all"', () => {
    expect(periodRange('all', now)).toEqual({ period: 'all', from: null, to: null });
  });

  it('follows another zone when given one', () => {
    expect(periodRange('year', now, 'Asia/Jayapura').from?.toISOString()).toBe('2025-12-31T15:00:00.000Z');
  });
});

describe('the report', () => {
  const row = (name: string, numbers: Partial<ApiRow>): ApiRow => ({
    agency: { id: name, name: `Dinas ${name}`, shortName: name },
    assigned: 0,
    answered: 0,
    answeredOnTime: 0,
    awaitingResponse: 0,
    overdueNow: 0,
    medianHoursToFirstResponse: null,
    onTimeShare: null,
    ...numbers,
  });

  it('splits each agency into on time, late, waiting in time and overdue, which add up to what fell due', () => {
    const report = buildReport([
      row('A', { assigned: 5, answered: 3, answeredOnTime: 2, awaitingResponse: 2, overdueNow: 1, onTimeShare: 0.4 }),
    ]);
    const [a] = report.due;
    expect([a.answeredOnTime, a.answeredLate, a.waitingInTime, a.overdueNow]).toEqual([2, 1, 1, 1]);
    expect(a.answeredOnTime + a.answeredLate + a.waitingInTime + a.overdueNow).toBe(a.assigned);
  });

  it('lists agencies with something due by on-time share, the rest by name, and totals the first', () => {
    const report = buildReport([
      row('Zeta', {}),
      row('B', { assigned: 2, answered: 1, answeredOnTime: 1, awaitingResponse: 1, onTimeShare: 0.5 }),
      row('C', { assigned: 1, answered: 1, answeredOnTime: 1, onTimeShare: 1 }),
      row('Alfa', {}),
      { ...row('none', { assigned: 1, awaitingResponse: 1, overdueNow: 1, onTimeShare: 0 }), agency: null },
    ]);
    expect(report.due.map((r) => r.agency?.shortName ?? null)).toEqual(['C', 'B', null]);
    expect(report.nothingDue.map((r) => r.agency?.shortName)).toEqual(['Alfa', 'Zeta']);
    expect(report.totals).toEqual({ assigned: 4, answered: 2, answeredOnTime: 2, awaitingResponse: 2, overdueNow: 1 });
  });
});

describe('chart geometry', () => {
  it('stacks parts in percent, skipping empty ones, ending exactly at 100', () => {
    expect(stackSegments([1, 0, 1, 1])).toEqual([
      { index: 0, value: 1, start: 0, size: 33.33 },
      { index: 2, value: 1, start: 33.33, size: 33.34 },
      { index: 3, value: 1, start: 66.67, size: 33.33 },
    ]);
    expect(stackSegments([0, 0])).toEqual([]);
    expect(stackSegments([0, 4])).toEqual([{ index: 1, value: 4, start: 0, size: 100 }]);
  });

  it('draws shares from 0 to 100 percent, and none for an unknown share', () => {
    expect([shareWidth(0.5), shareWidth(1.2), shareWidth(-1), shareWidth(null)]).toEqual([50, 100, 0, 0]);
  });
});

describeInBrowser('agency track record page in a real browser', (executablePath) => {
  const session = useBrowserStack(executablePath, { apiEnv: ADMIN_ENV, contextDefaults: { javaScriptEnabled: false } });
  const { stack } = session;
  let pupr: { name: string; shortName: string | null };

  beforeAll(async () => {
    // In Kapur (Sungai Raya), two residents' support is enough for an answer to fall due.
    const kapur = await areaNamed(stack.apiUrl, 'Kapur');
    await setAreaThreshold(stack.apiUrl, kapur.id, 2);
    const roads = await categoryNamed(stack.apiUrl, 'Jalan dan Jembatan');
    pupr = roads.defaultAgency!;
    const official = await registerOfficial(stack.apiUrl, roads.defaultAgency!.id);
    const [author, first, second] = await Promise.all([registerPerson(stack.apiUrl), registerPerson(stack.apiUrl), registerPerson(stack.apiUrl)]);

    const propose = async (title: string, categoryId = roads.id) => {
      const proposal = await createProposal(stack.apiUrl, author, {
        title,
        body: 'Warga Desa Kapur sudah membicarakannya di balai desa dan sepakat mengusulkannya.',
        areaId: kapur.id,
        categoryId,
      });
      await voteProposal(stack.apiUrl, first, proposal.id, 'SUPPORT');
      await voteProposal(stack.apiUrl, second, proposal.id, 'SUPPORT');
      return proposal;
    };
    const answered = await propose('Perbaikan jembatan kayu di Parit Haji Muksin');
    await respond(stack.apiUrl, official, answered.id, 'UNDER_REVIEW', 'Tim kami akan meninjau jembatan ini minggu depan.');
    await propose('Pengaspalan jalan poros Desa Kapur sepanjang 2 km');
    const late = await propose('Lampu penerangan di jalan menuju SD Negeri 12 Kapur');
    await moveDeadlineIntoPast(stack.databaseUrl, late.id);

    // Another agency answered, but only after its deadline had passed.
    const health = await categoryNamed(stack.apiUrl, 'Kesehatan');
    const nurse = await registerOfficial(stack.apiUrl, health.defaultAgency!.id);
    const clinic = await propose('Bidan desa berjaga di Posyandu Kapur setiap Sabtu', health.id);
    await moveDeadlineIntoPast(stack.databaseUrl, clinic.id, 3);
    await respond(stack.apiUrl, nurse, clinic.id, 'ACCEPTED', 'Mulai bulan depan bidan desa berjaga setiap Sabtu pagi.');
  }, 180_000);

  it('shows each agency’s numbers in a table and as labelled SVG charts, without JavaScript', async () => {
    const page = await session.page();
    const response = await page.goto(`${stack.webUrl}/accountability`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Rekam jejak dinas dalam menjawab usulan warga' }).waitFor();

    const table = page.getByRole('table', { name: 'Jawaban setiap dinas dalam periode ini' });
    const headers = await table.locator('thead th').allTextContents();
    const row = table.getByRole('row', { name: new RegExp(`^${pupr.shortName}`) });
    const cells = await row.locator('th, td').allTextContents();
    const byHeader = Object.fromEntries(headers.map((header, i) => [header.trim(), cells[i]?.trim()]));
    expect(byHeader).toMatchObject({
      'Wajib dijawab': '3',
      'Sudah dijawab': '1',
      'Tepat waktu': '1',
      'Menunggu jawaban': '2',
      'Lewat batas sekarang': '1',
      'Persen tepat waktu': '33%',
    });
    // Answered at once: less than an hour after the answer fell due.
    expect(byHeader['Lama menjawab (nilai tengah)']).toBe('kurang dari 1 jam');
    // Answered 17 days after the answer fell due (the clock was started 14 + 3 days ago), so late.
    const dinkes = await table.getByRole('row', { name: /^Dinkes/ }).locator('td').allTextContents();
    expect(dinkes).toEqual(['1', '1', '0', '0', '0', '17 hari', '0%']);
    // Agencies with nothing due still appear, with zeros.
    expect(await table.getByRole('row', { name: /^Dishub/ }).locator('td').allTextContents()).toEqual(['0', '0', '0', '0', '0', '—', '—']);

    const onTime = page.getByRole('img', { name: 'Berapa persen dijawab tepat waktu' });
    expect(await onTime.evaluate((svg) => svg.tagName)).toBe('svg');
    expect(await onTime.locator('desc').textContent()).toContain(`${pupr.shortName}: 33% (1 dari 3)`);
    // One bar per agency with something answered on time: a third of the track for Dinas PUPR, none for Dinkes.
    expect(await onTime.locator('rect.fill').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('width')))).toEqual(['33.33%']);
    expect(await onTime.locator('text.label').allTextContents()).toEqual([pupr.shortName, 'Dinkes']);

    const parts = page.getByRole('img', { name: 'Apa yang terjadi pada setiap usulan' });
    expect(await parts.locator('desc').textContent()).toContain(
      `${pupr.shortName}: Dijawab tepat waktu 1, Dijawab terlambat 0, Menunggu, belum lewat batas 1, Lewat batas, belum dijawab 1`,
    );
    expect(await parts.locator('desc').textContent()).toContain('Dinkes: Dijawab tepat waktu 0, Dijawab terlambat 1,');
    // Three parts for Dinas PUPR, one (late) for Dinkes.
    expect(await parts.locator('rect.part').count()).toBe(4);
    await page.getByRole('list', { name: 'Keterangan warna dan corak' }).getByText('Lewat batas, belum dijawab').waitFor();

    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('filters by period with a plain form', async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/accountability`);
    expect(await page.getByRole('radio', { name: '90 hari terakhir' }).isChecked()).toBe(true);

    await page.getByRole('radio', { name: 'Sejak awal' }).check();
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/period=all/);
    await page.getByText('Semua usulan yang pernah jatuh tempo').waitFor();
    expect(await page.getByRole('radio', { name: 'Sejak awal' }).isChecked()).toBe(true);

    // Everything here fell due within the last 30 days.
    await page.goto(`${stack.webUrl}/accountability?period=30d`);
    await page.getByText(/Dalam periode ini, 4 usulan wajib dijawab/).waitFor();
  });

  it('works the same with JavaScript on, without errors in the console', async () => {
    const page = await session.page({ javaScriptEnabled: true });
    const problems = consoleProblems(page);
    await page.goto(`${stack.webUrl}/accountability`, { waitUntil: 'networkidle' });
    await page.getByRole('radio', { name: 'Tahun ini' }).check();
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.waitForURL(/period=year/);
    await page.getByText(/Usulan yang jatuh tempo sejak 1 Januari/).waitFor();
    expect(await page.getByRole('radio', { name: 'Tahun ini' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('speaks English when chosen', async () => {
    const page = await session.page();
    await page.goto(`${stack.webUrl}/accountability`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: "How government offices answer residents' proposals" }).waitFor();
    await page.getByRole('table', { name: "Each office's answers in this period" }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('saves screenshots for the docs when asked', async () => {
    await saveScreenshots(await session.page(), `${stack.webUrl}/accountability`, 'accountability');
  });
});
