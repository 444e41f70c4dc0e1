import { AuditFormatError } from './audit-format.error.js';

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * One fixed serialisation per value: object keys sorted by UTF-16 code unit, no whitespace, numbers and strings
 * exactly as JSON.stringify writes them. This is the serialisation of RFC 8785 (JCS), so verifiers in other languages
 * can use a JCS library. Anything JSON cannot carry is refused rather than dropped or coerced, because a value that
 * silently changes on the way to the database would hash differently when read back.
 */
export function canonicalJson(value: JsonValue): string {
  return canonicalJsonAt(value, '$');
}

/** As canonicalJson, with errors naming the value by `root` (e.g. `summary`) instead of `$`. */
export function canonicalJsonAt(value: unknown, root: string): string {
  const out: string[] = [];
  write(value, root, out, new Set());
  return out.join('');
}

// A lone surrogate has no UTF-8 encoding, and JSON libraries in other languages disagree on what to do with one.
const loneSurrogate = /\p{Surrogate}/u;
const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function write(value: unknown, path: string, out: string[], ancestors: Set<object>): void {
  switch (typeof value) {
    case 'string':
      if (loneSurrogate.test(value)) throw new AuditFormatError(path, 'string contains a lone UTF-16 surrogate');
      out.push(JSON.stringify(value));
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new AuditFormatError(path, `${value} is not a JSON number`);
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'object':
      if (value === null) {
        out.push('null');
        return;
      }
      if (ancestors.has(value)) throw new AuditFormatError(path, 'circular reference');
      ancestors.add(value);
      if (Array.isArray(value)) writeArray(value, path, out, ancestors);
      else writeObject(value, path, out, ancestors);
      ancestors.delete(value);
      return;
    default:
      throw new AuditFormatError(path, `${typeof value} is not a JSON value`);
  }
}

function writeArray(array: readonly unknown[], path: string, out: string[], ancestors: Set<object>): void {
  out.push('[');
  for (let i = 0; i < array.length; i++) {
    if (i > 0) out.push(',');
    // JSON.stringify would write a hole as null; refusing keeps "what was hashed" equal to "what was given".
    if (!(i in array)) throw new AuditFormatError(`${path}[${i}]`, 'sparse array hole');
    write(array[i], `${path}[${i}]`, out, ancestors);
  }
  out.push(']');
}

function writeObject(object: object, path: string, out: string[], ancestors: Set<object>): void {
  const prototype: unknown = Object.getPrototypeOf(object);
  // Tested by shape rather than against Object.prototype, which differs per realm (worker, vm context, test runner).
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null) {
    const kind = (object.constructor as { name?: string } | undefined)?.name ?? 'object';
    const hint = object instanceof Date ? ': convert it to an ISO-8601 string first' : '';
    throw new AuditFormatError(path, `${kind} is not a plain JSON object${hint}`);
  }
  if (Object.getOwnPropertySymbols(object).length > 0) {
    throw new AuditFormatError(path, 'object has symbol keys');
  }
  const record = object as Record<string, unknown>;
  // Default sort compares UTF-16 code units, the order RFC 8785 prescribes.
  const keys = Object.keys(record).sort();
  out.push('{');
  keys.forEach((key, i) => {
    if (i > 0) out.push(',');
    const child = identifier.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
    if (loneSurrogate.test(key)) throw new AuditFormatError(child, 'key contains a lone UTF-16 surrogate');
    out.push(JSON.stringify(key), ':');
    write(record[key], child, out, ancestors);
  });
  out.push('}');
}
