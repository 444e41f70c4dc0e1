import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation: flags from readers, a public log of every moderator action, holds
 * for posts that carry personal data, merged proposals and suspended accounts.
 *
 * Content keeps one `hidden` flag (what every visibility rule reads) plus why it
 * is hidden: a moderator decided (MODERATOR), enough readers flagged it and it
 * waits for review (FLAGS), or it carries personal data and waits for its author
 * or a moderator (PERSONAL_DATA).
 */
export class Moderation1764720000000 implements MigrationInterface {
  name = 'Moderation1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE hidden_cause AS ENUM ('MODERATOR', 'FLAGS', 'PERSONAL_DATA')`);
    for (const table of ['threads', 'comments', 'proposals']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN hidden_cause hidden_cause, ADD COLUMN personal_data text[] NOT NULL DEFAULT '{}'`);
      // Rows hidden before causes were recorded were hidden by a moderator.
      await q.query(`UPDATE ${table} SET hidden_cause = 'MODERATOR' WHERE hidden`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_hidden_cause_check CHECK (hidden = (hidden_cause IS NOT NULL))`);
    }
    // Pinned items are read first in lists of an area.
    await q.query(`CREATE INDEX threads_pinned_idx ON threads (created_at DESC, id DESC) WHERE pinned`);
    await q.query(`CREATE INDEX proposals_pinned_idx ON proposals (created_at DESC, id DESC) WHERE pinned`);

    await q.query(`ALTER TYPE proposal_status ADD VALUE 'MERGED'`);
    await q.query(`ALTER TYPE status_change_cause ADD VALUE 'MERGED_BY_MODERATOR'`);
    await q.query(`ALTER TABLE proposals ADD COLUMN merged_into_id uuid REFERENCES proposals(id) ON DELETE SET NULL,
      ADD CHECK (merged_into_id IS DISTINCT FROM id)`);

    await q.query(`ALTER TABLE users ADD COLUMN suspended_until timestamptz(3), ADD COLUMN suspension_reason text`);

    await q.query(`CREATE TYPE content_type AS ENUM ('THREAD', 'COMMENT', 'PROPOSAL')`);
    await q.query(`CREATE TYPE flag_reason AS ENUM ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'MISINFORMATION', 'OTHER')`);
    await q.query(`CREATE TYPE flag_resolution AS ENUM ('ACTIONED', 'DISMISSED', 'EDITED')`);
    // target_id points at a thread, comment or proposal (all soft-deleted only), so it carries no foreign key.
    // reporter_id NULL is Rembug itself: the personal-data guard.
    await q.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type content_type NOT NULL,
        target_id uuid NOT NULL,
        reporter_id uuid REFERENCES users(id) ON DELETE CASCADE,
        reason flag_reason NOT NULL,
        note varchar(500),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        resolved_at timestamptz(3),
        resolved_by uuid REFERENCES users(id) ON DELETE SET NULL,
        resolution flag_resolution,
        CHECK ((resolved_at IS NULL) = (resolution IS NULL))
      )`);
    // One flag per person per target, ever: a dismissed flag is not raised again by the same person.
    await q.query(`CREATE UNIQUE INDEX flags_one_per_person ON flags (target_type, target_id, reporter_id) WHERE reporter_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX flags_one_open_guard ON flags (target_type, target_id) WHERE reporter_id IS NULL AND resolved_at IS NULL`);
    await q.query(`CREATE INDEX flags_open_idx ON flags (target_type, target_id, created_at) WHERE resolved_at IS NULL`);
    await q.query(`CREATE INDEX flags_reporter_idx ON flags (reporter_id, created_at DESC) WHERE reporter_id IS NOT NULL`);

    await q.query(`CREATE TYPE moderation_target AS ENUM ('THREAD', 'COMMENT', 'PROPOSAL', 'USER')`);
    await q.query(`CREATE TYPE moderation_action AS ENUM
      ('HIDE', 'RESTORE', 'LOCK', 'UNLOCK', 'PIN', 'UNPIN', 'MOVE', 'MERGE', 'SUSPEND', 'UNSUSPEND', 'DISMISS')`);
    // The public log. moderator_id NULL is an automatic action (hidden after enough flags).
    await q.query(`
      CREATE TABLE moderation_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type moderation_target NOT NULL,
        target_id uuid NOT NULL,
        action moderation_action NOT NULL,
        reason varchar(500) NOT NULL,
        moderator_id uuid REFERENCES users(id) ON DELETE SET NULL,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX moderation_actions_time_idx ON moderation_actions (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX moderation_actions_target_idx ON moderation_actions (target_type, target_id, created_at DESC)`);
    // The log is a public record: it may grow, never change.
    await q.query(`
      CREATE FUNCTION moderation_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'moderation_actions is append-only';
      END $$`);
    await q.query(`CREATE TRIGGER moderation_actions_append_only BEFORE UPDATE OR DELETE ON moderation_actions
      FOR EACH ROW EXECUTE FUNCTION moderation_actions_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE moderation_actions`);
    await q.query(`DROP FUNCTION moderation_actions_append_only()`);
    await q.query(`DROP TYPE moderation_action`);
    await q.query(`DROP TYPE moderation_target`);
    await q.query(`DROP TABLE flags`);
    await q.query(`DROP TYPE flag_resolution`);
    await q.query(`DROP TYPE flag_reason`);
    await q.query(`DROP TYPE content_type`);
    await q.query(`ALTER TABLE users DROP COLUMN suspended_until, DROP COLUMN suspension_reason`);
    await q.query(`ALTER TABLE proposals DROP COLUMN merged_into_id`);
    await q.query(`DROP INDEX proposals_pinned_idx`);
    await q.query(`DROP INDEX threads_pinned_idx`);
    for (const table of ['threads', 'comments', 'proposals']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_hidden_cause_check, DROP COLUMN hidden_cause, DROP COLUMN personal_data`);
    }
    await q.query(`DROP TYPE hidden_cause`);
    // PostgreSQL cannot drop an enum value; MERGED and MERGED_BY_MODERATOR stay (unused).
  }
}
