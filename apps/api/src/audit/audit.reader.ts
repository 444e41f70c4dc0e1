import { type AuditEvent, ChainVerifier, type ChainCheckpoint, type JsonValue } from '@rembug/audit-chain';

/**
 * Reading `audit_events` back, shared by the export endpoint, the GraphQL resolver and `npm run audit:verify`, so
 * that all three turn a row into an event the same way. Rows are always read in batches: the log grows without
 * bound and is never loaded whole.
 */

/** Runs one parameterised statement and returns its rows: DataSource.query, or a pg client's query(...).rows. */
export type QueryRows = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** Rows per statement when streaming the whole log. */
export const AUDIT_BATCH_SIZE = 5000;

/** The columns of `audit_events`, named as the export names its fields. */
export const AUDIT_EVENT_COLUMNS = `seq, id, occurred_at AS "occurredAt", actor_id AS "actorId", actor_role AS "actorRole",
  action, target_type AS "targetType", target_id AS "targetId", summary, prev_hash AS "prevHash", hash`;

/**
 * `seq` is a bigint, which `pg` returns as a string so as not to lose precision. The format stops at 2^53 − 1, so
 * any value that is not a whole number in that range is refused rather than rounded into a different seq.
 */
export function toSeq(value: unknown): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : typeof value === 'number' || typeof value === 'bigint' ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`audit_events.seq ${String(value)} is not a whole number below 2^53`);
  return n;
}

/** A row selected with AUDIT_EVENT_COLUMNS as an event in the export's shape (occurredAt as its ISO string). */
export function toAuditEvent(row: Record<string, unknown>): AuditEvent & { occurredAt: string } {
  const occurredAt = row.occurredAt;
  return {
    seq: toSeq(row.seq),
    id: row.id as string,
    // timestamptz arrives as a Date; toISOString is the format's UTC-with-milliseconds spelling.
    occurredAt: occurredAt instanceof Date ? occurredAt.toISOString() : String(occurredAt),
    actorId: (row.actorId as string | null) ?? null,
    actorRole: (row.actorRole as string | null) ?? null,
    action: row.action as string,
    targetType: row.targetType as string,
    targetId: (row.targetId as string | null) ?? null,
    summary: row.summary as JsonValue,
    prevHash: row.prevHash as string,
    hash: row.hash as string,
  };
}

/** One line of the NDJSON export: the event with the field names of docs/audit-chain.md, and a newline. */
export function toExportLine(event: AuditEvent): string {
  return `${JSON.stringify({
    seq: event.seq,
    id: event.id,
    occurredAt: event.occurredAt instanceof Date ? event.occurredAt.toISOString() : event.occurredAt,
    actorId: event.actorId,
    actorRole: event.actorRole,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    summary: event.summary,
    prevHash: event.prevHash,
    hash: event.hash,
  })}\n`;
}

/** The last event: seq, hash and time. Null for an empty log. */
export async function readAuditHead(query: QueryRows): Promise<{ seq: number; hash: string; occurredAt: Date } | null> {
  const [row] = await query(`SELECT seq, hash, occurred_at AS "occurredAt" FROM audit_events ORDER BY seq DESC LIMIT 1`, []);
  return row ? { seq: toSeq(row.seq), hash: row.hash as string, occurredAt: row.occurredAt as Date } : null;
}

export interface StreamOptions {
  /** Start after this seq (0: from the first event). */
  after?: number;
  /** Stop at this seq. Default: the last event when the stream starts, so a busy log still gives a finite stream. */
  upTo?: number;
  batchSize?: number;
}

/**
 * Every event after `after`, in seq order, one batch of rows at a time (keyset on seq, so each batch is an index
 * range scan however deep into the log it is).
 */
export async function* auditEventBatches(query: QueryRows, options: StreamOptions = {}): AsyncGenerator<AuditEvent[]> {
  const batchSize = options.batchSize ?? AUDIT_BATCH_SIZE;
  const upTo = options.upTo ?? (await readAuditHead(query))?.seq ?? 0;
  let after = options.after ?? 0;
  while (after < upTo) {
    const rows = await query(
      `SELECT ${AUDIT_EVENT_COLUMNS} FROM audit_events WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3`,
      [after, upTo, batchSize],
    );
    if (rows.length === 0) return;
    const events = rows.map(toAuditEvent);
    yield events;
    after = events.at(-1)!.seq;
  }
}

export interface ChainReport {
  ok: boolean;
  count: number;
  /** hash of the last event checked (the genesis value for an empty log) when ok */
  headHash: string | null;
  headSeq: number | null;
  brokenAt: number | null;
  reason: string | null;
  detail: string | null;
}

/** Verifies every stored event up to the current head through ChainVerifier, batch by batch. */
export async function verifyStoredChain(
  query: QueryRows,
  options: { checkpoints?: ChainCheckpoint[]; batchSize?: number } = {},
): Promise<ChainReport> {
  const verifier = new ChainVerifier({ checkpoints: options.checkpoints });
  let lastSeq: number | null = null;
  outer: for await (const batch of auditEventBatches(query, { batchSize: options.batchSize })) {
    for (const event of batch) {
      if (!verifier.push(event)) break outer;
      lastSeq = event.seq;
    }
  }
  return report(verifier, lastSeq);
}

/** The verifier's verdict in the shape the CLI and the GraphQL API print. */
export function report(verifier: ChainVerifier, lastSeq: number | null): ChainReport {
  const result = verifier.result();
  if (result.ok) {
    return { ok: true, count: result.count, headHash: result.lastHash, headSeq: lastSeq, brokenAt: null, reason: null, detail: null };
  }
  return { ok: false, count: result.count, headHash: null, headSeq: lastSeq, brokenAt: result.brokenAt, reason: result.reason, detail: result.detail };
}

/** The one-line verdict: `ok: N events, head hash H` or `broken at seq S: reason (detail)`. */
export function describeReport(result: ChainReport): string {
  if (result.ok) return `ok: ${result.count} events, head hash ${result.headHash}`;
  return `broken at seq ${result.brokenAt}: ${result.reason} (${result.detail})`;
}
