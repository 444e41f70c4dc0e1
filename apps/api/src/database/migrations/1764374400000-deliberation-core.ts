import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Threads, nested comments with revisions and votes, and the audit chain. */
export class DeliberationCore1764374400000 implements MigrationInterface {
  name = 'DeliberationCore1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE comment_vote AS ENUM ('AGREE', 'DISAGREE', 'PASS')`);

    await q.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        area_id uuid NOT NULL REFERENCES areas(id) ON DELETE RESTRICT,
        category_id uuid REFERENCES categories(id) ON DELETE SET NULL,
        title varchar(200) NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        body_text text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
        vote_count integer NOT NULL DEFAULT 0 CHECK (vote_count >= 0),
        participant_count integer NOT NULL DEFAULT 1 CHECK (participant_count >= 0),
        locked boolean NOT NULL DEFAULT false,
        pinned boolean NOT NULL DEFAULT false,
        hidden boolean NOT NULL DEFAULT false,
        hidden_reason text,
        deleted_at timestamptz(3),
        edited_at timestamptz(3),
        last_activity_at timestamptz(3) NOT NULL DEFAULT now(),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('indonesian', title), 'A') ||
          setweight(to_tsvector('simple', title), 'A') ||
          setweight(to_tsvector('indonesian', body_text), 'B') ||
          setweight(to_tsvector('simple', body_text), 'C')
        ) STORED
      )`);
    await q.query(`CREATE INDEX threads_search_idx ON threads USING gin (search)`);
    await q.query(`CREATE INDEX threads_tags_idx ON threads USING gin (tags)`);
    await q.query(`CREATE INDEX threads_area_new_idx ON threads (area_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX threads_new_idx ON threads (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX threads_active_idx ON threads (last_activity_at DESC, id DESC)`);
    await q.query(`CREATE INDEX threads_top_idx ON threads (vote_count DESC, id DESC)`);
    await q.query(`CREATE INDEX threads_category_idx ON threads (category_id, created_at DESC)`);
    await q.query(`CREATE INDEX threads_author_idx ON threads (author_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE thread_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        editor_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        title varchar(200) NOT NULL,
        body text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX thread_revisions_thread_idx ON thread_revisions (thread_id, created_at)`);

    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        parent_id uuid REFERENCES comments(id) ON DELETE RESTRICT,
        depth integer NOT NULL DEFAULT 0 CHECK (depth >= 0),
        body text NOT NULL,
        body_html text NOT NULL,
        body_text text NOT NULL,
        agree_count integer NOT NULL DEFAULT 0 CHECK (agree_count >= 0),
        disagree_count integer NOT NULL DEFAULT 0 CHECK (disagree_count >= 0),
        pass_count integer NOT NULL DEFAULT 0 CHECK (pass_count >= 0),
        hidden boolean NOT NULL DEFAULT false,
        hidden_reason text,
        deleted_at timestamptz(3),
        edited_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX comments_thread_idx ON comments (thread_id, created_at, id)`);
    await q.query(`CREATE INDEX comments_parent_idx ON comments (parent_id) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX comments_author_idx ON comments (author_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE comment_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        editor_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        body text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX comment_revisions_comment_idx ON comment_revisions (comment_id, created_at)`);

    // One row per person per comment: the raw material for opinion groups, so rows are kept, not just counts.
    await q.query(`
      CREATE TABLE comment_votes (
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        value comment_vote NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (comment_id, user_id)
      )`);
    await q.query(`CREATE INDEX comment_votes_user_idx ON comment_votes (user_id)`);

    await q.query(`
      CREATE TABLE audit_events (
        seq bigint PRIMARY KEY,
        id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        occurred_at timestamptz(3) NOT NULL,
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        summary jsonb NOT NULL,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX audit_events_target_idx ON audit_events (target_type, target_id, seq)`);
    // The log only grows: the database itself refuses to change or remove an event.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await q.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only`);
    await q.query(`DROP TABLE comment_votes`);
    await q.query(`DROP TABLE comment_revisions`);
    await q.query(`DROP TABLE comments`);
    await q.query(`DROP TABLE thread_revisions`);
    await q.query(`DROP TABLE threads`);
    await q.query(`DROP TYPE comment_vote`);
  }
}
