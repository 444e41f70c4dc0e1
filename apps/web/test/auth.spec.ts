/** Signing up, in and out through the real forms, with and without JavaScript, and the session cookie's safety. */
import type { Page } from 'playwright-core';
import { seriousAccessibilityProblems } from './support/axe';
import { describeInBrowser } from './support/browser';
import { registerPerson } from './support/people';
import { holdTranslations, hydrated, useBrowserStack } from './support/session';

describeInBrowser('signing up, in and out', (executablePath) => {
  const session = useBrowserStack(executablePath);
  const { stack } = session;

  const signedInNav = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' }).getByRole('button', { name: 'Keluar' });

  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('registers %s, keeps the session in an httpOnly cookie, and signs out', async (_case, javaScriptEnabled) => {
    const page = await session.page({ javaScriptEnabled });
    const context = page.context();
    await page.goto(`${stack.webUrl}/register?next=/accountability`);
    await page.getByLabel('Nama tampilan').fill('Bu Sri');
    await page.getByLabel('Email').fill(`sri.${javaScriptEnabled ? 'js' : 'nojs'}@warga.example.id`);
    await page.getByLabel('Kata sandi').fill('kata-sandi-panjang');
    await page.getByLabel(/Desa atau kecamatan/).selectOption({ label: 'Sungai Raya' });
    await page.getByRole('button', { name: 'Buat akun' }).click();

    await page.waitForURL(`${stack.webUrl}/accountability`);
    await signedInNav(page).waitFor();
    const [sessionCookie] = (await context.cookies()).filter((cookie) => cookie.name === 'rembug_session');
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    // Page scripts cannot read it.
    if (javaScriptEnabled) expect(await page.evaluate(() => document.cookie)).not.toContain('rembug_session');

    await signedInNav(page).click();
    await page.waitForURL(`${stack.webUrl}/`);
    await page.getByRole('link', { name: 'Masuk' }).waitFor();
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('rembug_session');

    // The old token stops working at the API too: putting it back does not sign anyone in.
    await context.addCookies([{ ...sessionCookie }]);
    await page.goto(`${stack.webUrl}/`);
    await page.getByRole('link', { name: 'Masuk' }).waitFor();
  });

  it('explains mistakes next to the fields and keeps what was typed', async () => {
    const page = await session.page({ javaScriptEnabled: false });
    await page.goto(`${stack.webUrl}/register`);
    await page.getByLabel('Nama tampilan').fill('B');
    await page.getByLabel('Email').fill('bukan-email');
    await page.getByLabel('Kata sandi').fill('pendek');
    await page.getByRole('button', { name: 'Buat akun' }).click();

    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('Nama tampilan').inputValue()).toBe('B');
    expect(await page.getByLabel('Nama tampilan').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Terlalu pendek: paling sedikit 2 huruf.').first().waitFor();
    await page.getByText('Tulis alamat email yang lengkap, misalnya nama@contoh.com.').first().waitFor();
    await page.getByText('Terlalu pendek: paling sedikit 10 huruf.').first().waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('keeps what was typed before the page finished loading on a slow link', async () => {
    const page = await session.page();
    // The page's words arrive late, as on a weak village link: the page becomes interactive only after them.
    const release = await holdTranslations(page);
    await page.goto(`${stack.webUrl}/register`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Email').fill('cepat@warga.example.id');
    const messages = page.waitForResponse((response) => response.url().includes('/i18n/'));
    release();
    await messages;
    // Hydrated: the enhanced form's script has run. The typed text is still there.
    await hydrated(page);
    await page.getByLabel('Nama tampilan').fill('Pak Cepat');
    expect(await page.getByLabel('Email').inputValue()).toBe('cepat@warga.example.id');
  });

  it('refuses an email that already has an account, in words', async () => {
    const existing = await registerPerson(stack.apiUrl);
    const page = await session.page();
    await page.goto(`${stack.webUrl}/register`);
    await page.getByLabel('Nama tampilan').fill('Orang Lain');
    await page.getByLabel('Email').fill(existing.email);
    await page.getByLabel('Kata sandi').fill('kata-sandi-lain-lagi');
    await page.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByText('Email ini sudah dipakai. Jika itu milik Anda, silakan masuk.').first().waitFor();
  });

  it('signs in and returns to the page that asked, and says only "wrong email or password"', async () => {
    const person = await registerPerson(stack.apiUrl);
    const page = await session.page();
    await page.goto(`${stack.webUrl}/login?next=${encodeURIComponent('/accountability?period=90')}`);

    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Kata sandi').fill('salah-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).last().click();
    await page.getByText('Email atau kata sandi salah.', { exact: false }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(person.email);

    await page.getByLabel('Kata sandi').fill(person.password);
    await page.getByRole('button', { name: 'Masuk' }).last().click();
    await page.waitForURL(`${stack.webUrl}/accountability?period=90`);
    await signedInNav(page).waitFor();
  });

  it('never sends people to another site after signing in', async () => {
    const person = await registerPerson(stack.apiUrl);
    const page = await session.page({ javaScriptEnabled: false });
    await page.goto(`${stack.webUrl}/login?next=${encodeURIComponent('//evil.example/phish')}`);
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Kata sandi').fill(person.password);
    await page.getByRole('button', { name: 'Masuk' }).last().click();
    await page.waitForURL(`${stack.webUrl}/`);
  });

  it('refuses form posts from another site (CSRF) and changes nothing', async () => {
    const person = await registerPerson(stack.apiUrl);
    const body = new URLSearchParams({ email: person.email, password: person.password });
    const response = await fetch(`${stack.webUrl}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' },
      body,
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie') ?? '').not.toContain('rembug_session');
  });

  it('has no serious accessibility problems on the sign-in, sign-up and sign-out pages', async () => {
    const person = await registerPerson(stack.apiUrl);
    const page = await session.page();
    for (const path of ['/login', '/register']) {
      await page.goto(`${stack.webUrl}${path}`);
      expect({ path, problems: await seriousAccessibilityProblems(page) }).toEqual({ path, problems: [] });
    }
    await page.context().addCookies([{ name: 'rembug_session', value: person.token, url: stack.webUrl }]);
    await page.goto(`${stack.webUrl}/logout`);
    await page.getByRole('heading', { level: 1, name: 'Keluar' }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});
