import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { type Actor, authorize, requireActor, canSee, canSeeSql } from '../access/policy.js';
import { AuditService } from '../audit/audit.service.js';
import { LiveEvents } from '../live/live-events.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PersonalDataGuard } from '../moderation/personal-data.guard.js';
import { badInput, notFound } from '../common/domain-error.js';
import { markdownBody, renderBody } from '../common/markdown-fields.js';
import { isUuid, parseInput, plainLine, requireId } from '../common/validation.js';
import type { Connection } from '../graphql/connection.js';
import { type Keyset, ListQuery } from '../graphql/list-query.js';
import { THREAD_COLUMNS, THREAD_REVISION_COLUMNS, type ThreadRecord, type ThreadRevisionRecord } from './thread.record.js';

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

const tags = z
  .array(tag)
  .max(10, 'at most 10 tags.')
  .transform((list) => [...new Set(list)]);

const createSchema = z.object({
  title: plainLine(5, 200),
  body: markdownBody(MAX_THREAD_BODY),
  areaId: id(),
  categoryId: id().nullish(),
  tags: tags.nullish().transform((list) => list ?? []),
});

// Left out or null leaves a field as it is, except categoryId, where null removes the category.
const updateSchema = z.object({
  threadId: id(),
  title: plainLine(5, 200).nullish(),
  body: markdownBody(MAX_THREAD_BODY).nullish(),
  categoryId: id().nullish(),
  tags: tags.nullish(),
});

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface ListThreadsArgs {
  first?: number | null;
  after?: string | null;
  areaId?: string | null;
  categoryId?: string | null;
  tag?: string | null;
  authorId?: string | null;
  search?: string | null;
  sort?: ThreadSort | null;
  pinned?: boolean | null;
}

// Each sort is a keyset: an expression to order by and compare against the cursor.
const SORTS: Record<ThreadSort, Keyset<ThreadRecord>> = {
  [ThreadSort.NEW]: { key: 't.created_at', keyType: 'string', cursorOf: (t) => t.createdAt.toISOString() },
  [ThreadSort.ACTIVE]: { key: 't.last_activity_at', keyType: 'string', cursorOf: (t) => t.lastActivityAt.toISOString() },
  [ThreadSort.TOP]: { key: '(t.comment_count + t.vote_count)', keyType: 'number', cursorOf: (t) => t.commentCount + t.voteCount },
};

@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
    private readonly guard: PersonalDataGuard,
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
      // The original is version 1 of the public history, so every version can be read from one place.
      await tx.query(`INSERT INTO thread_revisions (thread_id, editor_id, version, title, body, created_at) VALUES ($1, $2, 1, $3, $4, $5)`, [
        row.id,
        actor.userId,
        row.title,
        row.body,
        row.createdAt,
      ]);
      await this.audit.record(tx, {
        actor,
        action: 'thread.create',
        targetType: 'THREAD',
        targetId: row.id,
        summary: {
          areaId: data.areaId,
          categoryId: data.categoryId ?? null,
          tagCount: data.tags.length,
        },
      });
      const hold = await this.guard.apply(tx, 'THREAD', row, this.guard.scan(data.title, data.body));
      if (hold.held) return this.reload(tx, row.id);
      await this.notifications.threadCreated(tx, row);
      await this.live.publishActivity(tx, { kind: 'THREAD', areaId: row.areaId, thread: row, proposal: null });
      return row as ThreadRecord;
    });
  }

  /**
   * The author changes the title, body, category or tags. A new title or body
   * becomes the next version in the thread's public history; an edit that
   * changes nothing leaves no trace. The thread row stays locked until the
   * transaction ends, so concurrent edits apply one after another and each
   * gets its own version.
   */
  async update(actor: Actor | null, input: unknown): Promise<ThreadRecord> {
    requireActor(actor);
    const data = parseInput(updateSchema, input, 'input');
    return this.db.transaction(async (tx) => {
      const current = await this.lockVisible(tx, actor, data.threadId);
      authorize(actor, 'thread.edit', { authorId: current.authorId });
      if (current.deletedAt) throw badInput('input.threadId', 'this thread was deleted, so it can no longer be edited.');
      const next = {
        title: data.title ?? current.title,
        body: data.body ?? current.body,
        categoryId: data.categoryId === undefined ? current.categoryId : data.categoryId,
        tags: data.tags ?? current.tags,
      };
      const fields = [
        next.title !== current.title && 'title',
        next.body !== current.body && 'body',
        next.categoryId !== current.categoryId && 'categoryId',
        !sameList(next.tags, current.tags) && 'tags',
      ].filter((f): f is string => f !== false);
      if (fields.length === 0) return current;
      if (fields.includes('categoryId') && next.categoryId) {
        const [category] = await tx.query(`SELECT 1 FROM categories WHERE id = $1`, [next.categoryId]);
        if (!category) throw badInput('input.categoryId', 'no such category.');
      }
      const rendered = renderBody(next.body);
      // clock_timestamp, not now(): an edit that waited for the lock is dated after the one it waited for.
      const [[row]]: [ThreadRecord[], number] = await tx.query(
        `UPDATE threads t SET title = $2, body = $3, body_html = $4, body_text = $5, category_id = $6, tags = $7,
           edited_at = clock_timestamp(), updated_at = clock_timestamp()
         WHERE t.id = $1 RETURNING ${THREAD_COLUMNS}`,
        [current.id, next.title, rendered.body, rendered.bodyHtml, rendered.bodyText, next.categoryId, next.tags],
      );
      let revision: number | null = null;
      if (fields.includes('title') || fields.includes('body')) {
        const [{ last }] = await tx.query(`SELECT max(version)::int AS last FROM thread_revisions WHERE thread_id = $1`, [current.id]);
        let version: number = last ?? 0;
        if (version === 0) {
          // Written before histories were kept: its original becomes version 1 first.
          await tx.query(`INSERT INTO thread_revisions (thread_id, editor_id, version, title, body, created_at) VALUES ($1, $2, 1, $3, $4, $5)`, [
            current.id,
            current.authorId,
            current.title,
            current.body,
            current.createdAt,
          ]);
          version = 1;
        }
        await tx.query(`INSERT INTO thread_revisions (thread_id, editor_id, version, title, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
          current.id,
          actor.userId,
          version + 1,
          row.title,
          row.body,
          row.editedAt,
        ]);
        revision = version + 1;
      }
      await this.audit.record(tx, {
        actor,
        action: 'thread.edit',
        targetType: 'THREAD',
        targetId: current.id,
        summary: { fields, revision },
      });
      if (fields.includes('title') || fields.includes('body')) {
        const hold = await this.guard.apply(tx, 'THREAD', row, this.guard.scan(row.title, row.body));
        if (hold.held || hold.released) return this.reload(tx, current.id);
      }
      return row as ThreadRecord;
    });
  }

  /**
   * Soft delete, by the author or an admin: the thread keeps its place so its
   * comments stay readable, but its title, body, tags and every earlier
   * version are removed from the database for good. Deleting again changes nothing.
   */
  async delete(actor: Actor | null, threadIdInput: unknown): Promise<ThreadRecord> {
    requireActor(actor);
    const threadId = requireId('threadId', threadIdInput);
    return this.db.transaction(async (tx) => {
      const current = await this.lockVisible(tx, actor, threadId);
      authorize(actor, 'thread.delete', { authorId: current.authorId });
      if (current.deletedAt) return current;
      const [[row]]: [ThreadRecord[], number] = await tx.query(
        `UPDATE threads t SET title = '', body = '', body_html = '', body_text = '', tags = '{}',
           deleted_at = clock_timestamp(), updated_at = clock_timestamp()
         WHERE t.id = $1 RETURNING ${THREAD_COLUMNS}`,
        [threadId],
      );
      await tx.query(`DELETE FROM thread_revisions WHERE thread_id = $1`, [threadId]);
      await this.audit.record(tx, { actor, action: 'thread.delete', targetType: 'THREAD', targetId: threadId, summary: {} });
      return row as ThreadRecord;
    });
  }

  private async reload(tx: EntityManager, threadId: string): Promise<ThreadRecord> {
    const [row] = await tx.query(`SELECT ${THREAD_COLUMNS} FROM threads t WHERE t.id = $1`, [threadId]);
    return row as ThreadRecord;
  }

  /** Locks a thread for a change; one the actor may not see is as good as missing. */
  private async lockVisible(tx: EntityManager, actor: Actor, threadId: string): Promise<ThreadRecord> {
    const [row]: ThreadRecord[] = await tx.query(`SELECT ${THREAD_COLUMNS} FROM threads t WHERE t.id = $1 FOR NO KEY UPDATE`, [threadId]);
    if (!row || !canSee(actor, row)) throw notFound('Thread');
    return row;
  }

  /** Every version of each thread, oldest first, for the revisions loader. */
  async revisionsFor(threadIds: readonly string[]): Promise<Map<string, ThreadRevisionRecord[]>> {
    const rows: ThreadRevisionRecord[] = await this.db.query(
      `SELECT ${THREAD_REVISION_COLUMNS} FROM thread_revisions r WHERE r.thread_id = ANY($1::uuid[]) ORDER BY r.thread_id, r.version`,
      [threadIds],
    );
    const byThread = new Map<string, ThreadRevisionRecord[]>();
    for (const row of rows) {
      const list = byThread.get(row.threadId);
      if (list) list.push(row);
      else byThread.set(row.threadId, [row]);
    }
    return byThread;
  }

  /**
   * A thread by id. Hidden and deleted ones keep their place: readers who may not
   * see a hidden thread get it without its text (the visibility fields), with the reason.
   */
  async findById(_actor: Actor | null, threadId: unknown): Promise<ThreadRecord | null> {
    if (!isUuid(threadId)) return null;
    const [row] = await this.db.query(`SELECT ${THREAD_COLUMNS} FROM threads t WHERE t.id = $1`, [threadId]);
    return (row as ThreadRecord | undefined) ?? null;
  }

  async list(actor: Actor | null, args: ListThreadsArgs): Promise<Connection<ThreadRecord>> {
    const q = new ListQuery('t').where('t.deleted_at IS NULL');
    // Hidden threads are listed for moderators and for their author (held for personal data, say), for nobody else.
    q.where(canSeeSql(actor, { hidden: 't.hidden', authorId: 't.author_id' }, (v) => q.param(v)));
    q.inArea(args.areaId)
      .equals('categoryId', args.categoryId, 't.category_id')
      .equals('authorId', args.authorId, 't.author_id')
      .matching(args.search);
    if (args.pinned != null) q.where(args.pinned ? 't.pinned' : 'NOT t.pinned');
    if (args.tag) q.where(`t.tags @> ARRAY[${q.param(args.tag.trim().toLowerCase().replace(/^#/, ''))}]::text[]`);
    return q.page(this.db, { table: 'threads', columns: THREAD_COLUMNS }, SORTS[args.sort ?? ThreadSort.NEW], args);
  }
}
