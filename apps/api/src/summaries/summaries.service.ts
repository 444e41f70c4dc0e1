import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Summary } from '@rembug/summary-engine';
import type { ReportContext } from '@rembug/summary-report';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode, badInput, notFound } from '../common/domain-error.js';
import { errorDetail } from '../common/error-detail.js';
import { requireId } from '../common/validation.js';
import { API_ROOT, APP_CONFIG, type AppConfig } from '../config/config.js';
import type { SerialisedTarget, WorkerReply, WorkerRequest } from './summary.worker.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A scope as clients give it; every part optional. */
export interface ScopeFilter {
  areaId?: string | null;
  categoryId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** A summary is reused for this long: a burst of readers (or one reader's several downloads) costs one computation. */
const FRESH_MS = 30_000;
/** Summaries kept at once; the oldest goes first. */
const CACHE_ENTRIES = 50;
/** Summaries waiting for the worker at most; beyond, people are asked to come back (the worker is busy for minutes). */
const QUEUE_LIMIT = 8;
/** The worker's heap; a summary of a million votes needs about a third of it. */
const WORKER_HEAP_MB = 1536;

/** The worker runs compiled JavaScript: beside this file in a build, from dist/ when this file runs as TypeScript (tests). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return path.join(path.dirname(here), 'summary.worker.js');
  return path.join(API_ROOT, 'dist/summaries/summary.worker.js');
}

/**
 * Summaries of a discussion or a scope, computed in a worker thread (seconds of CPU for a big area must not stall
 * the API's live traffic), one at a time, shared between simultaneous requests for the same scope and kept fresh
 * for 30 seconds.
 */
@Injectable()
export class SummariesService implements OnModuleDestroy {
  private readonly logger = new Logger(SummariesService.name);
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private readonly cache = new Map<string, { at: number; summary: Promise<Summary | null> }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** NOT_FOUND for a discussion that does not exist or that the public cannot read (hidden or deleted). */
  async thread(threadId: string): Promise<Summary> {
    const id = requireId('threadId', threadId);
    const summary = await this.summary({ kind: 'thread', threadId: id });
    if (!summary) throw notFound('The discussion');
    return summary;
  }

  async scope(filter: ScopeFilter): Promise<Summary> {
    const target = await this.checkScope(filter);
    const summary = await this.summary(target);
    if (!summary) throw notFound('The area or category');
    return summary;
  }

  /**
   * Checks a scope before it waits for the worker: ids well-formed and existing (the reader would only say "not
   * found" without naming which), a time range that runs forwards.
   */
  private async checkScope(filter: ScopeFilter): Promise<SerialisedTarget & { kind: 'scope' }> {
    const prefix = 'scope';
    const areaId = filter.areaId == null || filter.areaId === '' ? null : requireId(`${prefix}.areaId`, filter.areaId);
    const categoryId = filter.categoryId == null || filter.categoryId === '' ? null : requireId(`${prefix}.categoryId`, filter.categoryId);
    for (const field of ['from', 'to'] as const) {
      const value = filter[field];
      if (value != null && (!(value instanceof Date) || Number.isNaN(value.getTime()))) throw badInput(`${prefix}.${field}`, 'is not a valid date and time.');
    }
    if (filter.from && filter.to && filter.from >= filter.to) throw badInput(`${prefix}.to`, 'must be later than from.');
    if (areaId) {
      const [area] = await this.db.query(`SELECT 1 FROM areas WHERE id = $1`, [areaId]);
      if (!area) throw notFound('The area');
    }
    if (categoryId) {
      const [category] = await this.db.query(`SELECT 1 FROM categories WHERE id = $1`, [categoryId]);
      if (!category) throw notFound('The category');
    }
    return { kind: 'scope', areaId, categoryId, from: filter.from?.toISOString() ?? null, to: filter.to?.toISOString() ?? null };
  }

  private summary(target: SerialisedTarget): Promise<Summary | null> {
    const key = JSON.stringify(target);
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && now - cached.at < FRESH_MS) return cached.summary;
    const summary = this.compute(target);
    this.cache.delete(key);
    this.cache.set(key, { at: now, summary });
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    // A failure is not remembered: the next request tries again.
    summary.catch(() => {
      if (this.cache.get(key)?.summary === summary) this.cache.delete(key);
    });
    return summary;
  }

  /** The PDF brief, drawn in the worker. */
  async pdf(summary: Summary, ctx: ReportContext): Promise<Buffer> {
    const bytes = (await this.ask({ kind: 'pdf', summary, ctx })) as Uint8Array;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private compute(target: SerialisedTarget): Promise<Summary | null> {
    return this.ask({ kind: 'summary', target }) as Promise<Summary | null>;
  }

  private ask(request: DistributiveOmit<WorkerRequest, 'id'>): Promise<unknown> {
    if (this.pending.size >= QUEUE_LIMIT) {
      return Promise.reject(new DomainError(ErrorCode.RATE_LIMITED, 'Many summaries are being prepared right now. Try again in a minute.', { retryAfter: 60 }));
    }
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const file = workerFile();
    if (!existsSync(file)) throw new Error(`the summary worker ${file} is missing: build the API first (npx nx run api:build)`);
    const worker = new Worker(file, {
      workerData: { databaseUrl: this.config.databaseUrl },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) {
        waiting.resolve(reply.result);
      } else {
        this.logger.error(`summary failed: ${reply.message}`);
        waiting.reject(new Error('The summary could not be computed.'));
      }
    });
    const fail = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.logger.error(`summary worker stopped: ${why}`);
      for (const waiting of this.pending.values()) waiting.reject(new Error('The summary could not be computed.'));
      this.pending.clear();
    };
    worker.on('error', (error) => fail(errorDetail(error)));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    // An idle worker does not keep the process alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
