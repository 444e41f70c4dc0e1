import type {
  CommentInput,
  CommentVoteInput,
  ProposalInput,
  SummaryInput,
  SummaryScope,
  VoteValue,
} from '@rembug/summary-engine';

/** Runs one SQL statement and returns its rows; the API passes its DataSource, the CLI a pg client. */
export type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** What to summarise: a discussion, or a slice of the regency. Ids are checked before they get here. */
export type SummaryTarget =
  | { kind: 'thread'; threadId: string }
  | { kind: 'scope'; areaId: string | null; categoryId: string | null; from: Date | null; to: Date | null };

export type ReadPhase = 'comments' | 'votes' | 'proposals';

/** Called as reading goes, so a long export can show how far it got. */
export type ReadProgress = (phase: ReadPhase, done: number, total: number) => void;

/** Votes are fetched in pages of this many rows, so a million votes never sit in one result set. */
const VOTE_PAGE = 50_000;

const VOTE_VALUE: Record<string, VoteValue> = { AGREE: 1, DISAGREE: -1, PASS: 0 };

const iso = (value: unknown): string => (value as Date).toISOString();
const isoOrNull = (value: unknown): string | null => (value ? iso(value) : null);
const str = (value: unknown): string => value as string;
const strOrNull = (value: unknown): string | null => (value == null ? null : (value as string));

/**
 * The threads (or proposals) a target covers, as SQL over `<alias>` with its parameters. Hidden and deleted threads are listed
 * too (the engine counts what it leaves out); their comments reach it without text.
 */
function threadFilter(target: SummaryTarget, alias = 't'): { where: string; params: unknown[] } {
  if (target.kind === 'thread') return { where: `${alias}.id = $1`, params: [target.threadId] };
  const params: unknown[] = [];
  const where: string[] = ['true'];
  if (target.areaId) {
    params.push(target.areaId);
    where.push(`${alias}.area_id IN (WITH RECURSIVE sub AS (
      SELECT id FROM areas WHERE id = $${params.length} UNION ALL SELECT a.id FROM areas a JOIN sub ON a.parent_id = sub.id
    ) SELECT id FROM sub)`);
  }
  if (target.categoryId) {
    params.push(target.categoryId);
    where.push(`${alias}.category_id = $${params.length}`);
  }
  return { where: where.join(' AND '), params };
}

/** `AND <column> >= from AND <column> < to` for a scope's time range, with parameters numbered after `offset`. */
function timeRange(target: SummaryTarget, column: string, offset: number): { sql: string; params: unknown[] } {
  if (target.kind === 'thread') return { sql: '', params: [] };
  const params: unknown[] = [];
  let sql = '';
  if (target.from) {
    params.push(target.from);
    sql += ` AND ${column} >= $${offset + params.length}`;
  }
  if (target.to) {
    params.push(target.to);
    sql += ` AND ${column} < $${offset + params.length}`;
  }
  return { sql, params };
}

/**
 * Reads everything a summary needs. `query` must run inside a transaction (votes are read through a cursor); a
 * repeatable-read one makes everything come from one snapshot.
 * Returns null when a discussion does not exist. Hidden and deleted content arrives flagged and without its words,
 * so no text the public cannot read ever leaves the database for a summary.
 */
export async function readSummaryInput(
  query: Query,
  target: SummaryTarget,
  options: { asOf: Date; onProgress?: ReadProgress } = { asOf: new Date() },
): Promise<SummaryInput | null> {
  const progress = options.onProgress ?? (() => undefined);
  const scope = await describeScope(query, target);
  if (!scope) return null;

  const threads = threadFilter(target);
  const threadRows = await query(
    `SELECT t.id, CASE WHEN t.hidden OR t.deleted_at IS NOT NULL THEN '' ELSE t.title END AS title,
            t.area_id, t.category_id, t.created_at, t.hidden, t.deleted_at IS NOT NULL AS deleted
       FROM threads t WHERE ${threads.where} ORDER BY t.created_at, t.id`,
    threads.params,
  );
  const threadIds = threadRows.map((row) => str(row.id));
  const commentTime = timeRange(target, 'c.created_at', 1);
  const commentRows = await query(
    `SELECT c.id, c.thread_id, c.parent_id, c.author_id, c.created_at,
            c.hidden, c.deleted_at IS NOT NULL AS deleted,
            CASE WHEN c.hidden OR c.deleted_at IS NOT NULL OR t.hidden OR t.deleted_at IS NOT NULL THEN '' ELSE c.body_text END AS body,
            c.agree_count + c.disagree_count + c.pass_count AS votes,
            t.hidden OR t.deleted_at IS NOT NULL AS thread_gone
       FROM comments c JOIN threads t ON t.id = c.thread_id
      WHERE c.thread_id = ANY($1::uuid[])${commentTime.sql}
      ORDER BY c.created_at, c.id`,
    [threadIds, ...commentTime.params],
  );
  const comments: CommentInput[] = commentRows.map((row) => ({
    id: str(row.id),
    threadId: str(row.thread_id),
    parentId: strOrNull(row.parent_id),
    authorId: str(row.author_id),
    body: str(row.body),
    createdAt: iso(row.created_at),
    hidden: row.hidden === true,
    deleted: row.deleted === true,
  }));
  progress('comments', comments.length, comments.length);

  // Votes on what the public can read; the rest would only be dropped by the engine.
  const readable = commentRows.filter((row) => !row.hidden && !row.deleted && !row.thread_gone);
  const readableIds = readable.map((row) => str(row.id));
  const expectedVotes = readable.reduce((sum, row) => sum + Number(row.votes), 0);
  const commentVotes: CommentVoteInput[] = [];
  progress('votes', 0, expectedVotes);
  if (readableIds.length > 0) {
    // One scan through a cursor, fetched in pages: a million votes never sit in one result, and no page repeats the
    // search (keyset pages over ANY(ids) re-planned every page and took minutes). The next page is asked for before
    // this one is unpacked, so the server works while we do. Times arrive as ISO text, flat strings ready to use
    // (a Date per vote, or strings pieced together here, cost more time and memory).
    const voteTime = timeRange(target, 'v.updated_at', 1);
    await query(
      `DECLARE summary_votes NO SCROLL CURSOR FOR
         SELECT v.comment_id, v.user_id, v.value::text AS value,
                to_char(v.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
           FROM comment_votes v WHERE v.comment_id = ANY($1::uuid[])${voteTime.sql}`,
      [readableIds, ...voteTime.params],
    );
    const fetchPage = () => query(`FETCH ${VOTE_PAGE} FROM summary_votes`);
    let page = fetchPage();
    for (;;) {
      const rows = await page;
      const more = rows.length === VOTE_PAGE;
      if (more) page = fetchPage();
      for (const row of rows) {
        commentVotes.push({ participantId: str(row.user_id), commentId: str(row.comment_id), vote: VOTE_VALUE[str(row.value)]!, at: str(row.at) });
      }
      progress('votes', commentVotes.length, Math.max(expectedVotes, commentVotes.length));
      if (!more) break;
    }
    await query(`CLOSE summary_votes`);
  }

  const people = new Set<string>();
  for (const comment of comments) if (!comment.hidden && !comment.deleted) people.add(comment.authorId);
  for (const vote of commentVotes) people.add(vote.participantId);
  const participantRows = people.size
    ? await query(`SELECT id, role, area_id FROM users WHERE id = ANY($1::uuid[]) ORDER BY id`, [[...people]])
    : [];

  const proposals = await readProposals(query, target);
  progress('proposals', proposals.length, proposals.length);
  const areaRows = await query(`SELECT id, name, parent_id FROM areas ORDER BY id`);

  return {
    scope,
    asOf: options.asOf.toISOString(),
    areas: areaRows.map((row) => ({ id: str(row.id), name: str(row.name), parentId: strOrNull(row.parent_id) })),
    threads: threadRows.map((row) => ({
      id: str(row.id),
      title: str(row.title),
      areaId: strOrNull(row.area_id),
      categoryId: strOrNull(row.category_id),
      createdAt: iso(row.created_at),
      hidden: row.hidden === true,
      deleted: row.deleted === true,
    })),
    participants: participantRows.map((row) => ({ id: str(row.id), role: str(row.role), areaId: strOrNull(row.area_id) })),
    comments,
    commentVotes,
    proposals,
  };
}

/** Proposals of the discussion, or of the scope's areas/category made in its time range. */
async function readProposals(query: Query, target: SummaryTarget): Promise<ProposalInput[]> {
  let where: string;
  let params: unknown[];
  if (target.kind === 'thread') {
    where = 'p.thread_id = $1';
    params = [target.threadId];
  } else {
    const filter = threadFilter(target, 'p');
    where = filter.where;
    params = filter.params;
    const time = timeRange(target, 'p.created_at', params.length);
    where += time.sql;
    params = [...params, ...time.params];
  }
  const rows = await query(
    `SELECT p.id, CASE WHEN p.hidden THEN '' ELSE p.title END AS title, p.thread_id, p.area_id, p.status::text AS status,
            p.support_count, p.oppose_count, p.support_threshold, p.created_at, p.response_due_at, p.first_response_at,
            p.hidden, g.name AS agency_name
       FROM proposals p LEFT JOIN agencies g ON g.id = p.agency_id
      WHERE ${where} ORDER BY p.created_at, p.id`,
    params,
  );
  const visible = rows.filter((row) => !row.hidden).map((row) => str(row.id));
  const responseRows = visible.length
    ? await query(
        `SELECT r.id, r.proposal_id, coalesce(g.name, '') AS agency_name, r.status::text AS status, r.body_text, r.created_at
           FROM official_responses r LEFT JOIN agencies g ON g.id = r.agency_id
          WHERE r.proposal_id = ANY($1::uuid[]) ORDER BY r.created_at, r.id`,
        [visible],
      )
    : [];
  const responses = new Map<string, ProposalInput['responses']>();
  for (const row of responseRows) {
    const list = responses.get(str(row.proposal_id)) ?? [];
    list.push({ id: str(row.id), agencyName: str(row.agency_name), status: str(row.status), body: str(row.body_text), createdAt: iso(row.created_at) });
    responses.set(str(row.proposal_id), list);
  }
  return rows.map((row) => ({
    id: str(row.id),
    title: str(row.title),
    threadId: strOrNull(row.thread_id),
    areaId: strOrNull(row.area_id),
    status: str(row.status),
    supportCount: Number(row.support_count),
    opposeCount: Number(row.oppose_count),
    supportThreshold: Number(row.support_threshold),
    createdAt: iso(row.created_at),
    responseDueAt: isoOrNull(row.response_due_at),
    respondedAt: isoOrNull(row.first_response_at),
    agencyName: strOrNull(row.agency_name),
    hidden: row.hidden === true,
    responses: row.hidden ? [] : (responses.get(str(row.id)) ?? []),
  }));
}

/**
 * The scope as the brief names it, or null when the discussion, area or category does not exist. A discussion that
 * is hidden or deleted has nothing public to summarise and counts as not found.
 */
async function describeScope(query: Query, target: SummaryTarget): Promise<SummaryScope | null> {
  if (target.kind === 'thread') {
    const [thread] = await query(`SELECT title FROM threads WHERE id = $1 AND NOT hidden AND deleted_at IS NULL`, [target.threadId]);
    if (!thread) return null;
    return { threadId: target.threadId, areaId: null, categoryId: null, from: null, to: null, title: str(thread.title) };
  }
  const names: string[] = [];
  if (target.areaId) {
    const [area] = await query(`SELECT name FROM areas WHERE id = $1`, [target.areaId]);
    if (!area) return null;
    names.push(str(area.name));
  } else {
    const [regency] = await query(`SELECT name FROM areas WHERE parent_id IS NULL ORDER BY created_at, id LIMIT 1`);
    if (regency) names.push(str(regency.name));
  }
  if (target.categoryId) {
    const [category] = await query(`SELECT name FROM categories WHERE id = $1`, [target.categoryId]);
    if (!category) return null;
    names.push(str(category.name));
  }
  return {
    threadId: null,
    areaId: target.areaId,
    categoryId: target.categoryId,
    from: target.from?.toISOString() ?? null,
    to: target.to?.toISOString() ?? null,
    title: names.join(' · ') || 'Rembug',
  };
}
