/** Where to send someone after a form: only paths on this site, so links cannot be used to send people elsewhere. */
export function sameSiteTarget(next: unknown, url: URL, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return fallback;
  const target = new URL(next, url.origin);
  return target.origin === url.origin ? `${target.pathname}${target.search}` : fallback;
}
