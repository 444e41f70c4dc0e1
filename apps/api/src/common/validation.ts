import { z } from 'zod';
import { badInput } from './domain-error.js';

/**
 * Parses input with a schema; the first problem becomes BAD_USER_INPUT naming
 * the field, so a client knows exactly what to fix.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'input';
  throw badInput(field, issue.message);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** An id the client sent: malformed is their mistake, so BAD_USER_INPUT. */
export function requireId(field: string, value: unknown): string {
  if (!isUuid(value)) throw badInput(field, 'is not a valid id.');
  return value.toLowerCase();
}

// Strips control characters other than newline and tab, which never belong in text people read.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A short single-line text: trimmed, control and bidi-override characters removed, inner space folded. */
export const plainLine = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.replace(CONTROL, '').replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(min, min === 1 ? 'must not be empty.' : `must be at least ${min} characters.`)
        .max(max, `must be at most ${max} characters.`),
    );

export const email = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z
      .string()
      .max(254, 'must be at most 254 characters.')
      .regex(/^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]{2,}$/, 'is not a valid email address.'),
  );
