import type { Handle } from '@sveltejs/kit';
import { ViewerDocument } from '$lib/graphql/generated';
import { LOCALE_COOKIE, negotiateLocale } from '$lib/i18n/locales';
import { ApiError, graphql } from '$lib/server/api';
import { withRequestContext } from '$lib/server/request-context';
import { clearSession, SESSION_COOKIE } from '$lib/server/session';

export const handle: Handle = ({ event, resolve }) =>
  withRequestContext({ clientAddress: clientAddress(event) }, () => handleRequest({ event, resolve }));

/** The visitor's address as adapter-node reports it (set ADDRESS_HEADER behind a reverse proxy). */
function clientAddress(event: Parameters<Handle>[0]['event']): string | undefined {
  try {
    return event.getClientAddress();
  } catch {
    return undefined;
  }
}

const handleRequest: Handle = async ({ event, resolve }) => {
  const locale = negotiateLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
  event.locals.locale = locale;
  event.locals.sessionToken = event.cookies.get(SESSION_COOKIE) || undefined;
  event.locals.viewer = null;
  event.locals.unreadNotifications = 0;

  if (event.locals.sessionToken) {
    try {
      const { me, unreadNotificationCount } = await graphql(ViewerDocument, {}, { token: event.locals.sessionToken });
      event.locals.viewer = me;
      event.locals.unreadNotifications = unreadNotificationCount;
    } catch (err) {
      // A token the API no longer accepts (signed out elsewhere, expired, revoked): forget it and carry on as a visitor.
      if (!(err instanceof ApiError && err.code === 'UNAUTHENTICATED')) throw err;
      clearSession(event.cookies, event.url);
      event.locals.sessionToken = undefined;
    }
  }

  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%rembug.lang%', locale),
  });
};
