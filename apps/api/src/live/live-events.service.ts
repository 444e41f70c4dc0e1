import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { PUB_SUB } from '../pubsub/pubsub.module.js';
import { type ThreadActivityEvent, Topics } from './topics.js';

/** How long vote-count events for one target are gathered into one. */
export const COALESCE_MS = 250;

type Publish = () => Promise<void>;

/**
 * Publishes live events, and only for changes that happened: an event queued
 * inside a transaction goes out when it commits and is dropped if it rolls back.
 * A publish that fails (Redis away) is logged and never fails the change itself.
 */
@Injectable()
export class LiveEvents implements EntitySubscriberInterface, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Live');
  private readonly pending = new WeakMap<QueryRunner, Publish[]>();
  private readonly windows = new Map<string, { dirty: boolean; timer: NodeJS.Timeout; load: () => Promise<[string, unknown] | null> }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  onModuleInit(): void {
    this.db.subscribers.push(this);
  }

  onApplicationShutdown(): void {
    for (const w of this.windows.values()) clearTimeout(w.timer);
    this.windows.clear();
  }

  /** Sends `payload` on `topic` once `tx` commits (at once when there is no transaction). */
  publish(tx: EntityManager | null, topic: string, payload: unknown): void {
    this.afterCommit(tx, () => this.send(topic, payload));
  }

  /**
   * Coalesced publishing for bursts (vote counts): the first change in a quiet
   * period goes out at once; further ones within COALESCE_MS become a single
   * event, loaded fresh when the period ends, so it carries the latest counts.
   */
  publishCoalesced(tx: EntityManager | null, key: string, load: () => Promise<[string, unknown] | null>): void {
    this.afterCommit(tx, async () => {
      const open = this.windows.get(key);
      if (open) {
        open.dirty = true;
        open.load = load;
        return;
      }
      this.openWindow(key, load);
      const event = await load();
      if (event) await this.send(...event);
    });
  }

  /** Announces a new thread or proposal to subscribers of its area and of every area that contains it. */
  async publishActivity(tx: EntityManager, event: ThreadActivityEvent): Promise<void> {
    const areas: { id: string }[] = await tx.query(
      `WITH RECURSIVE up AS (SELECT id, parent_id FROM areas WHERE id = $1 UNION ALL SELECT a.id, a.parent_id FROM areas a JOIN up ON a.id = up.parent_id)
       SELECT id FROM up`,
      [event.areaId],
    );
    for (const area of areas) this.publish(tx, Topics.threadActivity(area.id), event);
  }

  private openWindow(key: string, load: () => Promise<[string, unknown] | null>): void {
    const timer = setTimeout(() => void this.closeWindow(key), COALESCE_MS);
    timer.unref();
    this.windows.set(key, { dirty: false, timer, load });
  }

  private async closeWindow(key: string): Promise<void> {
    const window = this.windows.get(key);
    this.windows.delete(key);
    if (!window?.dirty) return;
    // Changes arrived during the period: send the latest state, and keep gathering what follows.
    this.openWindow(key, window.load);
    try {
      const event = await window.load();
      if (event) await this.send(...event);
    } catch (error) {
      this.logger.warn(`could not load a coalesced event (${key}): ${String(error)}`);
    }
  }

  private afterCommit(tx: EntityManager | null, publish: Publish): void {
    const runner = tx?.queryRunner;
    if (!runner?.isTransactionActive) {
      void publish().catch((error) => this.logger.warn(`live event failed: ${String(error)}`));
      return;
    }
    const queue = this.pending.get(runner) ?? [];
    queue.push(publish);
    this.pending.set(runner, queue);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const queue = this.pending.get(event.queryRunner);
    if (!queue) return;
    this.pending.delete(event.queryRunner);
    for (const publish of queue) void publish().catch((error) => this.logger.warn(`live event failed: ${String(error)}`));
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.pending.delete(event.queryRunner);
  }

  private async send(topic: string, payload: unknown): Promise<void> {
    try {
      await this.pubsub.publish(topic, payload);
    } catch (error) {
      this.logger.warn(`could not publish ${topic.split('.')[0]}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
