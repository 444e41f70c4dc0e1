// A worker thread that reads and summarises debates off the API's event loop: a big area's summary takes seconds
// of CPU, during which live updates and other requests must keep flowing. It keeps one database connection of its own.
import { parentPort, workerData } from 'node:worker_threads';
import type { Summary } from '@rembug/summary-engine';
import { renderPdf, type ReportContext } from '@rembug/summary-report';
import pg from 'pg';
import { computeSummary } from './summary.compute.js';
import type { SummaryTarget } from './summary.reader.js';
import { errorDetail } from '../common/error-detail.js';

/** Summarise a target, or draw a summary's PDF brief (a second of CPU for a big one, so it is drawn here too). */
export type WorkerRequest = { id: number; kind: 'summary'; target: SerialisedTarget } | { id: number; kind: 'pdf'; summary: Summary; ctx: ReportContext };

export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

/** Dates cross the thread boundary as ISO strings. */
export type SerialisedTarget =
  | { kind: 'thread'; threadId: string }
  | { kind: 'scope'; areaId: string | null; categoryId: string | null; from: string | null; to: string | null };

export function toTarget(target: SerialisedTarget): SummaryTarget {
  if (target.kind === 'thread') return target;
  return { ...target, from: target.from ? new Date(target.from) : null, to: target.to ? new Date(target.to) : null };
}

const { databaseUrl } = workerData as { databaseUrl: string };
let client: pg.Client | undefined;

async function connection(): Promise<pg.Client> {
  if (client) return client;
  const fresh = new pg.Client({ connectionString: databaseUrl, application_name: 'rembug-summaries' });
  // A dropped connection is replaced on the next request instead of failing every later one.
  fresh.on('error', () => {
    if (client === fresh) client = undefined;
  });
  await fresh.connect();
  client = fresh;
  return fresh;
}

// One request at a time: they share the connection and its snapshot transaction.
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    try {
      if (request.kind === 'pdf') {
        const pdf = await renderPdf(request.summary, request.ctx);
        // Handed over, not copied.
        const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
        parentPort!.postMessage({ id: request.id, ok: true, result: bytes } satisfies WorkerReply, [bytes.buffer]);
        return;
      }
      const db = await connection();
      const summary = await computeSummary(async (sql, params) => (await db.query(sql, params)).rows, toTarget(request.target));
      parentPort!.postMessage({ id: request.id, ok: true, result: summary } satisfies WorkerReply);
    } catch (error) {
      const message = errorDetail(error);
      parentPort!.postMessage({ id: request.id, ok: false, message } satisfies WorkerReply);
      if (request.kind === 'pdf') return;
      // A connection that failed mid-transaction is not trusted again.
      const failed = client;
      client = undefined;
      await failed?.end().catch(() => undefined);
    }
  });
});
