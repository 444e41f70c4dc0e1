/**
 * The language switch is a plain form POST here, so it works on phones without JavaScript;
 * the choice is kept in a cookie and the visitor lands back on the page they were reading.
 */
import { error, redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE, isLocale } from '$lib/i18n/locales';
import { sameSiteTarget } from '$lib/server/next';
import type { RequestHandler } from './$types';

const ONE_YEAR = 60 * 60 * 24 * 365;

export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const locale = form.get('lang');
  if (!isLocale(locale)) error(400, 'Unknown language');

  cookies.set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: ONE_YEAR,
    httpOnly: true,
    sameSite: 'lax',
    // Follows the public address rather than assuming HTTPS, so plain-HTTP installs on a local network work.
    secure: url.protocol === 'https:',
  });

  redirect(303, sameSiteTarget(form.get('next'), url));
};
