/**
 * The whole civic journey, in real browsers against the real API, as the people involved would live it:
 * a resident signs up and raises a problem, a neighbour watches the discussion live, the discussion becomes a
 * proposal, neighbours push it over its support threshold, the agency's official answers from the desk, and
 * the resident, who kept the proposal page open, sees the status change and the answer arrive without reloading.
 */
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import { areaNamed, categoryNamed, consoleProblems, setAreaThreshold, voteProposal } from './support/content';
import { ADMIN_ENV, registerOfficial, registerPerson } from './support/people';
import { hydrated, liveConnected, useBrowserStack } from './support/session';

describeInBrowser('a problem raised, backed and answered', (executablePath) => {
  /** Everyone is on a phone. */
  const session = useBrowserStack(executablePath, { apiEnv: ADMIN_ENV, contextDefaults: { viewport: { width: 390, height: 844 } } });
  const { stack } = session;

  it('goes from a discussion to an official answer, live for everyone watching', async () => {
    const village = await areaNamed(stack.apiUrl, 'Kapur');
    const roads = await categoryNamed(stack.apiUrl, 'Jalan dan Jembatan');
    // Two supporters are enough in this village, so the test can reach the threshold.
    await setAreaThreshold(stack.apiUrl, village.id, 2);

    // 1. Ibu Ani signs up through the form and starts a discussion.
    const ani = await session.page();
    const aniProblems = consoleProblems(ani);
    await ani.goto(`${stack.webUrl}/register`);
    await hydrated(ani);
    await ani.getByLabel('Nama tampilan').fill('Ibu Ani');
    await ani.getByLabel('Email').fill('ani@warga.example.id');
    await ani.getByLabel('Kata sandi').fill('sungai-kapur-2026');
    await ani.getByLabel(/Desa atau kecamatan/).selectOption({ label: 'Kapur' });
    await ani.getByRole('button', { name: 'Buat akun' }).click();
    await ani.waitForURL(`${stack.webUrl}/`);

    await ani.goto(`${stack.webUrl}/threads/new`);
    await hydrated(ani);
    await ani.getByLabel('Judul', { exact: true }).fill('Jalan ke SD Negeri 12 Kapur berlubang dan tergenang');
    await ani.getByLabel('Di mana masalahnya?').selectOption(village.id);
    await ani.getByLabel(/^Kategori/).selectOption(roads.id);
    await ani
      .getByLabel('Ceritakan masalahnya')
      .fill('Setiap hujan, jalan sepanjang 300 meter menuju sekolah tergenang. Anak-anak terpaksa lewat pematang sawah.');
    await ani.getByRole('button', { name: 'Kirim diskusi' }).click();
    await ani.waitForURL(/\/threads\/(?!new$)[^/]+$/);
    const threadUrl = ani.url();
    await ani.getByRole('heading', { level: 1, name: /Jalan ke SD Negeri 12 Kapur/ }).waitFor();

    // 2. Pak Budi, a neighbour, has the discussion open and sees Ani's comment arrive live.
    const budiAccount = await registerPerson(stack.apiUrl, 'Pak Budi');
    const budi = await session.page({ person: budiAccount });
    await budi.goto(threadUrl);
    await liveConnected(budi);

    await hydrated(ani);
    await ani.getByLabel('Komentar Anda').fill('Saya usul kita minta Dinas PUPR meninggikan jalannya sebelum musim hujan.');
    await ani.getByRole('button', { name: 'Kirim komentar' }).click();
    await ani.getByText('Saya usul kita minta Dinas PUPR').waitFor();

    // Not pushed into the page under Budi's eyes: a polite marker first.
    await budi.getByRole('button', { name: '1 komentar baru: tampilkan' }).click();
    await budi.getByText('Saya usul kita minta Dinas PUPR').waitFor();

    // 3. Ani turns the discussion into a proposal.
    await ani.getByRole('link', { name: 'Jadikan usulan' }).click();
    await ani.waitForURL(/\/proposals\/new\?thread=/);
    await hydrated(ani);
    await ani.getByLabel('Judul usulan').fill('Tinggikan jalan menuju SD Negeri 12 Kapur sebelum musim hujan');
    await ani.getByRole('button', { name: 'Terbitkan usulan' }).click();
    await ani.waitForURL(/\/proposals\/(?!new)[^/?]+$/);
    const proposalUrl = ani.url();
    const proposalId = proposalUrl.split('/').pop()!;
    await ani.getByText('Mengumpulkan dukungan').first().waitFor();
    await liveConnected(ani);

    // 4. Neighbours support it: Budi in his browser, Citra through another app. Ani watches the count and status move.
    await budi.goto(proposalUrl);
    await liveConnected(budi);
    await budi.getByRole('button', { name: 'Dukung usulan ini' }).click();
    await budi.getByText('Anda mendukung usulan ini.').waitFor();
    await ani.getByText('1 mendukung, 0 menolak').waitFor();

    const citra = await registerPerson(stack.apiUrl, 'Citra');
    await voteProposal(stack.apiUrl, citra, proposalId, 'SUPPORT');
    await ani.getByText('Menunggu jawaban dinas').first().waitFor();
    await ani.getByText('2 mendukung, 0 menolak').waitFor();

    // 5. The official of the responsible agency answers from the desk.
    const official = await registerOfficial(stack.apiUrl, roads.defaultAgency!.id);
    const desk = await session.page({ person: official });
    await desk.goto(`${stack.webUrl}/desk`);
    await hydrated(desk);
    expect(await seriousAccessibilityProblems(desk)).toEqual([]);
    const item = desk.getByRole('listitem').filter({ hasText: 'Tinggikan jalan menuju SD Negeri 12 Kapur' });
    await item.getByText(/^Jawab: /).click();
    await item.getByLabel('Jawaban Anda').fill(
      'Jalan ini masuk perbaikan tahun anggaran 2027. Pengukuran dilakukan bulan depan bersama perangkat desa Kapur.',
    );
    await item.getByRole('radio', { name: /Diterima/ }).check();
    await item.getByRole('button', { name: 'Terbitkan jawaban' }).click();
    await desk.getByText('Jawaban Anda sudah terbit dan bisa dibaca semua orang.').waitFor();

    // 6. Ani, who never reloaded, sees the new status and the answer.
    await ani.getByText('Diterima').first().waitFor();
    await ani.getByText('Jalan ini masuk perbaikan tahun anggaran 2027.').waitFor();
    expect(await seriousAccessibilityProblems(ani)).toEqual([]);
    expect(aniProblems).toEqual([]);
  }, 180_000);
});
