import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follows and notifications. A notification is written in the same transaction
 * as the change it reports, together with one outbox row per delivery channel
 * (email); the outbox is drained by a worker that may run in several API
 * instances at once (rows are claimed with FOR UPDATE SKIP LOCKED).
 */
export class Notifications1764633600000 implements MigrationInterface {
  name = 'Notifications1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE follow_target AS ENUM ('THREAD', 'PROPOSAL')`);
    await q.query(`CREATE TYPE notification_kind AS ENUM ('REPLY', 'NEW_COMMENT', 'OFFICIAL_RESPONSE', 'STATUS_CHANGED', 'PROPOSAL_FROM_THREAD', 'MODERATION')`);
    await q.query(`CREATE TYPE notification_target AS ENUM ('THREAD', 'PROPOSAL', 'COMMENT')`);
    await q.query(`CREATE TYPE outbox_status AS ENUM ('PENDING', 'SENT', 'FAILED', 'SKIPPED')`);

    // target_id points at a thread or a proposal, so it carries no foreign key; both are soft-deleted only.
    await q.query(`
      CREATE TABLE follows (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        target_type follow_target NOT NULL,
        target_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, target_type, target_id)
      )`);
    await q.query(`CREATE INDEX follows_target_idx ON follows (target_type, target_id)`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind notification_kind NOT NULL,
        target_type notification_target NOT NULL,
        target_id uuid NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        data jsonb NOT NULL DEFAULT '{}',
        read_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (actor_id IS DISTINCT FROM user_id)
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id, created_at DESC, id DESC) WHERE read_at IS NULL`);

    await q.query(`
      CREATE TABLE notification_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        channel text NOT NULL DEFAULT 'email',
        status outbox_status NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (notification_id, channel)
      )`);
    await q.query(`CREATE INDEX notification_outbox_due_idx ON notification_outbox (status, next_attempt_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_outbox`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE follows`);
    await q.query(`DROP TYPE outbox_status`);
    await q.query(`DROP TYPE notification_target`);
    await q.query(`DROP TYPE notification_kind`);
    await q.query(`DROP TYPE follow_target`);
  }
}
