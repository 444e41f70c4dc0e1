/** Which link targets a post may carry, decided on the URL a browser would actually follow. */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the canonical form of `candidate` when a reader may be sent there, otherwise null.
 *
 * The WHATWG parser is the one browsers use, so tabs, newlines, leading control characters and odd
 * casing are resolved exactly as a browser would before the scheme is judged. Relative and
 * protocol-relative URLs have no base here and are refused. Credentials in a web URL are refused
 * too: `https://bank.example@evil.example` exists only to mislead a reader about the destination.
 */
export function safeHref(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && (url.hostname === '' || url.username !== '' || url.password !== '')) return null;
  return url.href;
}

/** True for the links that count as pointing somewhere on the web (mailto: does not). */
export function isWebHref(href: string): boolean {
  return href.startsWith('http://') || href.startsWith('https://');
}
