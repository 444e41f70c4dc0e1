/** The session cookie: the API's token, kept where page scripts cannot read it. */
import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'rembug_session';

function options(url: URL) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    // Follows the public address rather than assuming HTTPS, so plain-HTTP installs on a local network work.
    secure: url.protocol === 'https:',
  };
}

export function startSession(cookies: Cookies, url: URL, token: string, expiresAt?: Date): void {
  // The API's sessions last 30 days unless configured otherwise; the cookie never outlives the token by much.
  cookies.set(SESSION_COOKIE, token, { ...options(url), expires: expiresAt ?? new Date(Date.now() + 30 * 86_400_000) });
}

export function clearSession(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, options(url));
}
