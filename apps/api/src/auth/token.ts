import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'rmb_';

/** 256 random bits; the prefix lets secret scanners recognise a leaked token. */
export function newSessionToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length === PREFIX.length + 43;
}

export const SESSION_COOKIE = 'rembug_session';

/** The token from `Authorization: Bearer …` first, then the web app's cookie. */
export function tokenFromRequest(headers: { authorization?: string | string[]; cookie?: string | string[] }): string | null {
  const auth = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
  if (auth) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (match) return match[1];
  }
  const cookieHeader = Array.isArray(headers.cookie) ? headers.cookie.join('; ') : headers.cookie;
  if (cookieHeader) {
    for (const part of cookieHeader.split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
        return decodeURIComponent(part.slice(eq + 1).trim());
      }
    }
  }
  return null;
}
