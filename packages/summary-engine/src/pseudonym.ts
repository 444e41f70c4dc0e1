import { createHmac } from 'node:crypto';

/** "p-" + the first 12 hex digits of HMAC-SHA-256(key, account id): stable per key, unlinkable without it. */
export function pseudonym(key: string, participantId: string): string {
  return `p-${createHmac('sha256', key).update(participantId, 'utf8').digest('hex').slice(0, 12)}`;
}
