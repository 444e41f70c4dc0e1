import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Proposals with support votes, a status machine kept as history, and official responses on a public clock. */
export class Proposals1764460800000 implements MigrationInterface {
  name = 'Proposals1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE proposal_status AS ENUM
      ('OPEN', 'AWAITING_RESPONSE', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IMPLEMENTED', 'WITHDRAWN')`);
    await q.query(`CREATE TYPE proposal_vote AS ENUM ('SUPPORT', 'OPPOSE')`);
    // The threads TOP sort orders by comments plus votes; index that expression, not votes alone.
    await q.query(`DROP INDEX threads_top_idx`);
    await q.query(`CREATE INDEX threads_top_idx ON threads ((comment_count + vote_count) DESC, id DESC)`);

    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        area_id uuid NOT NULL REFERENCES areas(id) ON DELETE RESTRICT,
        category_id uuid REFERENCES categories(id) ON DELETE SET NULL,
        agency_id uuid REFERENCES agencies(id) ON DELETE RESTRICT,
        thread_id uuid REFERENCES threads(id) ON DELETE SET NULL,
        title varchar(200) NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        body_text text NOT NULL,
        status proposal_status NOT NULL DEFAULT 'OPEN',
        support_count integer NOT NULL DEFAULT 0 CHECK (support_count >= 0),
        oppose_count integer NOT NULL DEFAULT 0 CHECK (oppose_count >= 0),
        -- The threshold in force when the proposal was made: the goal does not move under its supporters.
        support_threshold integer NOT NULL CHECK (support_threshold > 0),
        -- When an answer became due (threshold reached, or an official answered first); the clock runs from here.
        clock_started_at timestamptz(3),
        response_due_at timestamptz(3),
        first_response_at timestamptz(3),
        hidden boolean NOT NULL DEFAULT false,
        hidden_reason text,
        pinned boolean NOT NULL DEFAULT false,
        last_activity_at timestamptz(3) NOT NULL DEFAULT now(),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((clock_started_at IS NULL) = (response_due_at IS NULL)),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('indonesian', title), 'A') ||
          setweight(to_tsvector('simple', title), 'A') ||
          setweight(to_tsvector('indonesian', body_text), 'B') ||
          setweight(to_tsvector('simple', body_text), 'C')
        ) STORED
      )`);
    await q.query(`CREATE INDEX proposals_search_idx ON proposals USING gin (search)`);
    await q.query(`CREATE INDEX proposals_new_idx ON proposals (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX proposals_top_idx ON proposals (support_count DESC, id DESC)`);
    await q.query(`CREATE INDEX proposals_active_idx ON proposals (last_activity_at DESC, id DESC)`);
    await q.query(`CREATE INDEX proposals_area_idx ON proposals (area_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX proposals_status_idx ON proposals (status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX proposals_category_idx ON proposals (category_id) WHERE category_id IS NOT NULL`);
    await q.query(`CREATE INDEX proposals_thread_idx ON proposals (thread_id) WHERE thread_id IS NOT NULL`);
    await q.query(`CREATE INDEX proposals_author_idx ON proposals (author_id, created_at DESC)`);
    // Accountability reads proposals per agency by when their clock started; overdue lists read by deadline.
    await q.query(`CREATE INDEX proposals_agency_clock_idx ON proposals (agency_id, clock_started_at) WHERE clock_started_at IS NOT NULL`);
    await q.query(`CREATE INDEX proposals_due_idx ON proposals (response_due_at) WHERE status = 'AWAITING_RESPONSE'`);

    await q.query(`
      CREATE TABLE proposal_votes (
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        value proposal_vote NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, user_id)
      )`);
    await q.query(`CREATE INDEX proposal_votes_user_idx ON proposal_votes (user_id)`);

    await q.query(`
      CREATE TABLE official_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        agency_id uuid REFERENCES agencies(id) ON DELETE RESTRICT,
        body text NOT NULL,
        body_html text NOT NULL,
        body_text text NOT NULL,
        status proposal_status NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX official_responses_proposal_idx ON official_responses (proposal_id, created_at, id)`);
    await q.query(`CREATE INDEX official_responses_agency_idx ON official_responses (agency_id, created_at)`);

    // Why a status changed is a code (translated by clients) plus, where a person gave one, their own words.
    await q.query(`CREATE TYPE status_change_cause AS ENUM ('CREATED', 'THRESHOLD_REACHED', 'OFFICIAL_RESPONSE', 'WITHDRAWN_BY_AUTHOR')`);
    await q.query(`
      CREATE TABLE proposal_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        from_status proposal_status,
        to_status proposal_status NOT NULL,
        -- null when the change followed from the rules (the support threshold reached)
        actor_id uuid REFERENCES users(id) ON DELETE RESTRICT,
        cause status_change_cause NOT NULL,
        note text,
        response_id uuid REFERENCES official_responses(id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX proposal_status_changes_idx ON proposal_status_changes (proposal_id, created_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE proposal_status_changes`);
    await q.query(`DROP TYPE status_change_cause`);
    await q.query(`DROP TABLE official_responses`);
    await q.query(`DROP TABLE proposal_votes`);
    await q.query(`DROP TABLE proposals`);
    await q.query(`DROP TYPE proposal_vote`);
    await q.query(`DROP TYPE proposal_status`);
    await q.query(`DROP INDEX threads_top_idx`);
    await q.query(`CREATE INDEX threads_top_idx ON threads (vote_count DESC, id DESC)`);
  }
}
