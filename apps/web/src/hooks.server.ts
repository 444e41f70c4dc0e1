import type { Handle } from '@sveltejs/kit';
import { LOCALE_COOKIE, negotiateLocale } from '$lib/i18n/locales';
import { SESSION_COOKIE } from '$lib/server/api';

export const handle: Handle = async ({ event, resolve }) => {
  const locale = negotiateLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
  event.locals.locale = locale;
  event.locals.sessionToken = event.cookies.get(SESSION_COOKIE) || undefined;

  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%rembug.lang%', locale),
  });
};
