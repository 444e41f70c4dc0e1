import { canonicalJson } from '@rembug/audit-chain';
import type { JsonValue } from '@rembug/audit-chain';
import type { Summary } from './types.js';

/**
 * The summary as canonical JSON (RFC 8785: keys sorted, no whitespace), so the same summary is always the same bytes
 * and can be hashed or compared. Every float in a summary is already rounded to six decimals.
 */
export function serialiseSummary(summary: Summary): string {
  return canonicalJson(summary as unknown as JsonValue);
}
