import { createHash } from 'node:crypto';
import { AuditFormatError } from './audit-format.error.js';
import { canonicalJsonAt } from './canonical-json.js';
import type { JsonValue } from './canonical-json.js';

/** What the API records for one state-changing mutation, before it is linked into the chain. */
export interface AuditEventInput {
  /** 1, 2, 3… without gaps: a missing number is how a deleted event shows. */
  seq: number;
  id: string;
  /** A Date or an ISO-8601 string; either way it is hashed as UTC with milliseconds. */
  occurredAt: Date | string;
  /** Null for changes made by the system itself, such as a deadline passing. */
  actorId: string | null;
  actorRole: string | null;
  /** `<domain>.<verb>`, e.g. `thread.create`. */
  action: string;
  targetType: string;
  targetId: string | null;
  /** What changed, as small JSON. Never personal data: the log cannot be edited or erased, and exports are public. */
  summary: JsonValue;
}

export interface AuditEvent extends AuditEventInput {
  prevHash: string;
  hash: string;
}

/** First element of every hashed tuple; a new encoding gets a new tag, so old events still verify under the old one. */
export const AUDIT_FORMAT_VERSION = 'rembug-audit-v1';

/** The prevHash of event 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** The exact string whose UTF-8 bytes are hashed: the canonical JSON array of version tag, fields and prevHash. */
export function hashPreimage(event: AuditEventInput, prevHash: string): string {
  return encode(canonicalFields(event), checkHash(prevHash, 'prevHash'));
}

/** Lowercase hex SHA-256 of hashPreimage. Throws AuditFormatError for a field the format cannot carry. */
export function hashEvent(event: AuditEventInput, prevHash: string): string {
  return sha256(hashPreimage(event, prevHash));
}

/**
 * Links `event` after `prev` (null for the very first event). The result holds exactly what was hashed: occurredAt as
 * its canonical string and summary as parsed back from its canonical JSON, so storing it cannot drift from the hash.
 */
export function chainEvent(event: AuditEventInput, prev: AuditEvent | null): AuditEvent & { occurredAt: string } {
  const fields = canonicalFields(event);
  const expectedSeq = prev === null ? 1 : prev.seq + 1;
  // Caught here rather than at the next verification, when the row is already committed and cannot be changed.
  if (fields.seq !== expectedSeq) {
    const after = prev === null ? 'the genesis' : `event ${prev.seq}`;
    throw new AuditFormatError('seq', `expected ${expectedSeq} after ${after}, got ${fields.seq}`);
  }
  const prevHash = prev === null ? GENESIS_HASH : checkHash(prev.hash, 'prev.hash');
  return {
    seq: fields.seq,
    id: fields.id,
    occurredAt: fields.occurredAt,
    actorId: fields.actorId,
    actorRole: fields.actorRole,
    action: fields.action,
    targetType: fields.targetType,
    targetId: fields.targetId,
    summary: JSON.parse(fields.summaryJson) as JsonValue,
    prevHash,
    hash: sha256(encode(fields, prevHash)),
  };
}

/** The fields of an event as they enter the hash, validated. */
export interface CanonicalFields {
  seq: number;
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summaryJson: string;
}

/** Validates a stored or exported event, which may be any JSON at all, and returns it in hashable form. */
export function readAuditEvent(event: unknown): { fields: CanonicalFields; prevHash: string; hash: string } {
  const fields = canonicalFields(event);
  const record = event as Record<string, unknown>;
  return { fields, prevHash: checkHash(record.prevHash, 'prevHash'), hash: checkHash(record.hash, 'hash') };
}

export function hashFields(fields: CanonicalFields, prevHash: string): string {
  return sha256(encode(fields, prevHash));
}

export function isHash(value: unknown): value is string {
  return typeof value === 'string' && hashPattern.test(value);
}

// Lowercase only: the columns are char(64) and compared as text, so `AB…` and `ab…` would be two different hashes.
const hashPattern = /^[0-9a-f]{64}$/;
// The canonical text form PostgreSQL returns for uuid; any other spelling would not survive a round trip.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// At most milliseconds: occurred_at is timestamptz(3), which would round finer digits and break the hash on read-back.
const isoTimestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

function canonicalFields(event: unknown): CanonicalFields {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new AuditFormatError('event', 'not an object');
  }
  const e = event as Record<string, unknown>;
  const seq = e.seq;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
    throw new AuditFormatError('seq', `must be a positive safe integer, got ${shown(seq)}`);
  }
  return {
    seq,
    id: uuid(e.id, 'id', false) as string,
    occurredAt: canonicalTimestamp(e.occurredAt),
    actorId: uuid(e.actorId, 'actorId', true),
    actorRole: text(e.actorRole, 'actorRole', true),
    action: text(e.action, 'action', false) as string,
    targetType: text(e.targetType, 'targetType', false) as string,
    targetId: uuid(e.targetId, 'targetId', true),
    summaryJson: canonicalJsonAt(e.summary, 'summary'),
  };
}

function encode(fields: CanonicalFields, prevHash: string): string {
  const head = [
    AUDIT_FORMAT_VERSION,
    fields.seq,
    fields.id,
    fields.occurredAt,
    fields.actorId,
    fields.actorRole,
    fields.action,
    fields.targetType,
    fields.targetId,
  ];
  return `[${canonicalJsonAt(head, 'event').slice(1, -1)},${fields.summaryJson},${JSON.stringify(prevHash)}]`;
}

function sha256(preimage: string): string {
  return createHash('sha256').update(preimage, 'utf8').digest('hex');
}

function checkHash(value: unknown, path: string): string {
  if (!isHash(value)) throw new AuditFormatError(path, `must be 64 lowercase hex digits, got ${shown(value)}`);
  return value;
}

function uuid(value: unknown, path: string, nullable: boolean): string | null {
  if (value === null && nullable) return null;
  if (typeof value !== 'string' || !uuidPattern.test(value)) {
    throw new AuditFormatError(path, `must be a lowercase UUID${nullable ? ' or null' : ''}, got ${shown(value)}`);
  }
  return value;
}

function text(value: unknown, path: string, nullable: boolean): string | null {
  if (value === null && nullable) return null;
  // Empty strings are refused so that "no value" has one spelling, null, where it is allowed at all.
  if (typeof value !== 'string' || value === '') {
    throw new AuditFormatError(path, `must be a non-empty string${nullable ? ' or null' : ''}, got ${shown(value)}`);
  }
  return value;
}

/** `YYYY-MM-DDTHH:mm:ss.sssZ`, whatever form the instant arrived in. */
function canonicalTimestamp(value: unknown): string {
  let instant: number;
  if (value instanceof Date) instant = value.getTime();
  else if (typeof value === 'string') instant = parseIsoTimestamp(value);
  else throw new AuditFormatError('occurredAt', `must be a Date or an ISO-8601 string, got ${shown(value)}`);
  if (Number.isNaN(instant)) throw new AuditFormatError('occurredAt', 'invalid Date');
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  // Outside these years toISOString switches to six-digit signed years, a second spelling of the format.
  if (year < 0 || year > 9999) throw new AuditFormatError('occurredAt', `year ${year} is outside 0000–9999`);
  return date.toISOString();
}

function parseIsoTimestamp(value: string): number {
  const match = isoTimestampPattern.exec(value);
  if (!match) {
    const example = '2026-01-31T08:15:00.123Z or 2026-01-31T15:15:00.123+07:00';
    throw new AuditFormatError('occurredAt', `must look like ${example}, got ${shown(value)}`);
  }
  const [date, time, fraction, zone] = [match.slice(1, 4), match.slice(4, 7), match[7], match.slice(8)];
  const [year, month, day] = date.map(Number) as [number, number, number];
  const [hour, minute, second] = time.map(Number) as [number, number, number];
  const millisecond = Number((fraction ?? '').padEnd(3, '0'));
  const local = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, millisecond);
  // Date arithmetic rolls 31 April over to 1 May; a timestamp that needed rolling over is a wrong timestamp.
  if (
    local.getUTCFullYear() !== year ||
    local.getUTCMonth() !== month - 1 ||
    local.getUTCDate() !== day ||
    local.getUTCHours() !== hour ||
    local.getUTCMinutes() !== minute ||
    local.getUTCSeconds() !== second
  ) {
    throw new AuditFormatError('occurredAt', `not a real date and time: ${shown(value)}`);
  }
  const [sign, offsetHours, offsetMinutes] = zone as [string | undefined, string | undefined, string | undefined];
  if (sign === undefined) return local.getTime();
  const hours = Number(offsetHours);
  const minutes = Number(offsetMinutes);
  if (hours > 23 || minutes > 59) throw new AuditFormatError('occurredAt', `not a real UTC offset: ${shown(value)}`);
  return local.getTime() - (sign === '+' ? 1 : -1) * (hours * 60 + minutes) * 60_000;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (value instanceof Date) return 'a Date';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
}
