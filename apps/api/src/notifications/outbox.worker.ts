import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { renderMessage } from './messages.js';
import { type NotificationData, NotificationKind, OutboxStatus } from './notification.record.js';
import { NOTIFICATION_SENDER, type NotificationSender } from './sender.js';

/** Attempts before a message is given up on (marked FAILED). */
export const MAX_ATTEMPTS = 5;
/** Wait before the second attempt; it doubles after each failure (30 s, 1 min, 2 min, 4 min). */
export const RETRY_BASE_MS = 30_000;
/** Rows claimed per transaction. */
export const BATCH_SIZE = 20;

interface DueRow {
  id: string;
  attempts: number;
  notificationId: string;
  userId: string;
  kind: NotificationKind;
  data: NotificationData;
  readAt: Date | null;
  email: string | null;
  title: string | null;
}

export interface DrainResult {
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

/**
 * Delivers the notification outbox. Rows are claimed with FOR UPDATE SKIP
 * LOCKED, so several API instances (or overlapping drains) never send the same
 * row twice; a failure is retried with exponential backoff, at most
 * MAX_ATTEMPTS times. Addresses are read here, at send time, never stored.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer?: NodeJS.Timeout;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(NOTIFICATION_SENDER) private readonly sender: NotificationSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.outboxIntervalMs <= 0) return;
    this.timer = setInterval(() => this.tick(), this.config.outboxIntervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  private tick(): void {
    if (this.running || this.stopped) return;
    this.running = this.drainOnce()
      .catch((error) => this.logger.warn(`outbox drain failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.running = null));
  }

  /** Sends every row that is due now, batch by batch, with `sender` (the configured one unless given). */
  async drainOnce(sender: NotificationSender = this.sender): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, retried: 0, failed: 0, skipped: 0 };
    for (;;) {
      const handled = await this.drainBatch(sender, result);
      if (handled < BATCH_SIZE || this.stopped) return result;
    }
  }

  private async drainBatch(sender: NotificationSender, result: DrainResult): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows: DueRow[] = await tx.query(
        `WITH due AS (
           SELECT o.id FROM notification_outbox o
            WHERE o.status = 'PENDING' AND o.next_attempt_at <= now() AND o.channel = 'email'
            ORDER BY o.next_attempt_at, o.id
            LIMIT ${BATCH_SIZE}
              FOR UPDATE SKIP LOCKED
         )
         SELECT o.id, o.attempts, n.id AS "notificationId", n.user_id AS "userId", n.kind, n.data, n.read_at AS "readAt",
                u.email, coalesce(
                  (SELECT p.title FROM proposals p WHERE p.id = (n.data->>'proposalId')::uuid AND NOT p.hidden),
                  (SELECT t.title FROM threads t WHERE t.id = (n.data->>'threadId')::uuid AND NOT t.hidden AND t.deleted_at IS NULL)
                ) AS title
           FROM due JOIN notification_outbox o ON o.id = due.id
           JOIN notifications n ON n.id = o.notification_id
           LEFT JOIN users u ON u.id = n.user_id`,
      );
      for (const row of rows) {
        // Already seen in the app, or nobody to write to: nothing to send.
        if (row.readAt || !row.email) {
          await tx.query(`UPDATE notification_outbox SET status = 'SKIPPED' WHERE id = $1`, [row.id]);
          result.skipped++;
          continue;
        }
        const message = renderMessage(row.kind, { title: row.title, status: row.data?.status ?? null, action: row.data?.action ?? null });
        try {
          await sender.send({ notificationId: row.notificationId, userId: row.userId, kind: row.kind, to: row.email, ...message });
          await tx.query(`UPDATE notification_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`, [row.id]);
          result.sent++;
        } catch (error) {
          const attempts = row.attempts + 1;
          const status = attempts >= MAX_ATTEMPTS ? OutboxStatus.FAILED : OutboxStatus.PENDING;
          const delayMs = RETRY_BASE_MS * 2 ** (attempts - 1);
          await tx.query(
            `UPDATE notification_outbox SET attempts = $2, status = $3, last_error = $4,
               next_attempt_at = CASE WHEN $3::outbox_status = 'PENDING' THEN now() + make_interval(secs => $5) ELSE next_attempt_at END
             WHERE id = $1`,
            [row.id, attempts, status, (error instanceof Error ? error.message : String(error)).slice(0, 500), delayMs / 1000],
          );
          if (status === OutboxStatus.FAILED) result.failed++;
          else result.retried++;
        }
      }
      return rows.length;
    });
  }
}
