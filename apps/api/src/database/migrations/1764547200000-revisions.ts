import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Numbers revisions. Each thread and comment keeps every version of its text,
 * the original included, as version 1, 2, 3…; an edit takes the next number
 * while it holds the row lock of its thread or comment, and a unique key makes
 * it impossible for two edits to claim the same place, so none can be lost.
 * Content written before this migration gets its original as version 1.
 */
export class Revisions1764547200000 implements MigrationInterface {
  name = 'Revisions1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thread_revisions ADD COLUMN version integer`);
    await q.query(`
      UPDATE thread_revisions r SET version = n.version
      FROM (SELECT id, row_number() OVER (PARTITION BY thread_id ORDER BY created_at, id)::int AS version FROM thread_revisions) n
      WHERE n.id = r.id`);
    await q.query(`
      INSERT INTO thread_revisions (thread_id, editor_id, title, body, created_at, version)
      SELECT t.id, t.author_id, t.title, t.body, t.created_at, 1 FROM threads t
      WHERE t.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM thread_revisions r WHERE r.thread_id = t.id)`);
    await q.query(`ALTER TABLE thread_revisions ALTER COLUMN version SET NOT NULL`);
    await q.query(`ALTER TABLE thread_revisions ADD CONSTRAINT thread_revisions_version_positive CHECK (version >= 1)`);
    // Its index also serves "every version of a thread, in order", so the old one goes.
    await q.query(`ALTER TABLE thread_revisions ADD CONSTRAINT thread_revisions_version_key UNIQUE (thread_id, version)`);
    await q.query(`DROP INDEX thread_revisions_thread_idx`);

    await q.query(`ALTER TABLE comment_revisions ADD COLUMN version integer`);
    await q.query(`
      UPDATE comment_revisions r SET version = n.version
      FROM (SELECT id, row_number() OVER (PARTITION BY comment_id ORDER BY created_at, id)::int AS version FROM comment_revisions) n
      WHERE n.id = r.id`);
    await q.query(`
      INSERT INTO comment_revisions (comment_id, editor_id, body, created_at, version)
      SELECT c.id, c.author_id, c.body, c.created_at, 1 FROM comments c
      WHERE c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM comment_revisions r WHERE r.comment_id = c.id)`);
    await q.query(`ALTER TABLE comment_revisions ALTER COLUMN version SET NOT NULL`);
    await q.query(`ALTER TABLE comment_revisions ADD CONSTRAINT comment_revisions_version_positive CHECK (version >= 1)`);
    await q.query(`ALTER TABLE comment_revisions ADD CONSTRAINT comment_revisions_version_key UNIQUE (comment_id, version)`);
    await q.query(`DROP INDEX comment_revisions_comment_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX comment_revisions_comment_idx ON comment_revisions (comment_id, created_at)`);
    await q.query(`ALTER TABLE comment_revisions DROP COLUMN version`);
    await q.query(`CREATE INDEX thread_revisions_thread_idx ON thread_revisions (thread_id, created_at)`);
    await q.query(`ALTER TABLE thread_revisions DROP COLUMN version`);
  }
}
