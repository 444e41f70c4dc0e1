import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { type Actor, authorize, can } from '../access/policy.js';
import { AuditService } from '../audit/audit.service.js';
import { badInput } from '../common/domain-error.js';
import { markdownBody, renderBody } from '../common/markdown-fields.js';
import { isUuid, parseInput, plainLine } from '../common/validation.js';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../graphql/connection.js';
import { THREAD_COLUMNS, type ThreadRecord } from './thread.record.js';

export enum ThreadSort {
  NEW = 'NEW',
  ACTIVE = 'ACTIVE',
  TOP = 'TOP',
}

export const MAX_THREAD_BODY = 20_000;

const id = (message = 'is not a valid id.') => z.string().refine(isUuid, message);
const tag = z
  .string()
  .transform((s) => s.trim().toLowerCase().replace(/^#/, ''))
  .pipe(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}-]{0,29}$/u, 'tags are single words or hyphenated words of at most 30 characters.'));

const createSchema = z.object({
  title: plainLine(5, 200),
  body: markdownBody(MAX_THREAD_BODY),
  areaId: id(),
  categoryId: id().nullish(),
  tags: z
    .array(tag)
    .max(10, 'at most 10 tags.')
    .nullish()
    .transform((tags) => [...new Set(tags ?? [])]),
});

export interface ListThreadsArgs {
  first?: number | null;
  after?: string | null;
  areaId?: string | null;
  categoryId?: string | null;
  tag?: string | null;
  search?: string | null;
  sort?: ThreadSort | null;
}

// Each sort is a keyset: an expression to order by and compare against the cursor.
const SORTS: Record<ThreadSort, { key: string; keyType: 'string' | 'number'; cursorOf: (t: ThreadRecord) => string | number }> = {
  [ThreadSort.NEW]: { key: 't.created_at', keyType: 'string', cursorOf: (t) => t.createdAt.toISOString() },
  [ThreadSort.ACTIVE]: { key: 't.last_activity_at', keyType: 'string', cursorOf: (t) => t.lastActivityAt.toISOString() },
  [ThreadSort.TOP]: { key: '(t.comment_count + t.vote_count)', keyType: 'number', cursorOf: (t) => t.commentCount + t.voteCount },
};

@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor | null, input: unknown): Promise<ThreadRecord> {
    authorize(actor, 'thread.create', undefined);
    const data = parseInput(createSchema, input, 'input');
    const rendered = renderBody(data.body);
    return this.db.transaction(async (tx) => {
      const [area] = await tx.query(`SELECT 1 FROM areas WHERE id = $1`, [data.areaId]);
      if (!area) throw badInput('input.areaId', 'no such area.');
      if (data.categoryId) {
        const [category] = await tx.query(`SELECT 1 FROM categories WHERE id = $1`, [data.categoryId]);
        if (!category) throw badInput('input.categoryId', 'no such category.');
      }
      const [row] = await tx.query(
        `INSERT INTO threads AS t (author_id, area_id, category_id, title, body, body_html, body_text, tags)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${THREAD_COLUMNS}`,
        [actor.userId, data.areaId, data.categoryId ?? null, data.title, rendered.body, rendered.bodyHtml, rendered.bodyText, data.tags],
      );
      await this.audit.record(tx, {
        actor,
        action: 'thread.create',
        targetType: 'THREAD',
        targetId: row.id,
        summary: { title: data.title, areaId: data.areaId, categoryId: data.categoryId ?? null, tags: data.tags },
      });
      return row as ThreadRecord;
    });
  }

  /** A thread by id; hidden ones only for moderators. Deleted ones keep their place (the text is gone). */
  async findById(actor: Actor | null, threadId: unknown): Promise<ThreadRecord | null> {
    if (!isUuid(threadId)) return null;
    const [row] = await this.db.query(`SELECT ${THREAD_COLUMNS} FROM threads t WHERE t.id = $1`, [threadId]);
    if (!row) return null;
    if (row.hidden && !can(actor, 'content.seeHidden', undefined) && row.authorId !== actor?.userId) return null;
    return row as ThreadRecord;
  }

  async list(actor: Actor | null, args: ListThreadsArgs): Promise<Connection<ThreadRecord>> {
    const limit = pageSize(args.first);
    const sort = SORTS[args.sort ?? ThreadSort.NEW];
    const after = decodeCursor(args.after, 2);
    if (after && (!isUuid(after[1]) || typeof after[0] !== sort.keyType)) {
      throw badInput('after', 'is not a cursor from this list (was the sort changed?).');
    }
    const where: string[] = ['t.deleted_at IS NULL'];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (!can(actor, 'content.seeHidden', undefined)) where.push('NOT t.hidden');
    if (args.areaId != null) {
      if (!isUuid(args.areaId)) throw badInput('areaId', 'is not a valid id.');
      // An area's threads include those of every district or village inside it.
      where.push(`t.area_id IN (WITH RECURSIVE sub AS (
        SELECT id FROM areas WHERE id = ${param(args.areaId)} UNION ALL SELECT a.id FROM areas a JOIN sub ON a.parent_id = sub.id
      ) SELECT id FROM sub)`);
    }
    if (args.categoryId != null) {
      if (!isUuid(args.categoryId)) throw badInput('categoryId', 'is not a valid id.');
      where.push(`t.category_id = ${param(args.categoryId)}`);
    }
    if (args.tag) where.push(`t.tags @> ARRAY[${param(args.tag.trim().toLowerCase().replace(/^#/, ''))}]::text[]`);
    const search = args.search?.trim();
    if (search) {
      if (search.length > 200) throw badInput('search', 'must be at most 200 characters.');
      const q = param(search);
      where.push(`t.search @@ (websearch_to_tsquery('indonesian', ${q}) || websearch_to_tsquery('simple', ${q}))`);
    }
    const filter = where.join(' AND ');
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM threads t WHERE ${filter}`, params);
    const keyset = after
      ? ` AND (${sort.key}, t.id) < (${param(after[0])}${sort.keyType === 'number' ? '::int' : '::timestamptz'}, ${param(after[1])}::uuid)`
      : '';
    const rows: ThreadRecord[] = await this.db.query(
      `SELECT ${THREAD_COLUMNS} FROM threads t WHERE ${filter}${keyset} ORDER BY ${sort.key} DESC, t.id DESC LIMIT ${limit + 1}`,
      params,
    );
    return toConnection(rows, limit, (t) => encodeCursor([sort.cursorOf(t), t.id]), count, after !== null);
  }
}
