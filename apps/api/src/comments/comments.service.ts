import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { type Actor, authorize, can, requireActor, canSee } from '../access/policy.js';
import { AuditService } from '../audit/audit.service.js';
import { LiveEvents } from '../live/live-events.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PersonalDataGuard } from '../moderation/personal-data.guard.js';
import { Topics } from '../live/topics.js';
import { badInput, notFound } from '../common/domain-error.js';
import { markdownBody, renderBody } from '../common/markdown-fields.js';
import { isUuid, parseInput, requireId } from '../common/validation.js';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection, isTimestampKey } from '../graphql/connection.js';
import {
  COMMENT_COLUMNS,
  COMMENT_REVISION_COLUMNS,
  type CommentRecord,
  type CommentRevisionRecord,
  CommentVoteValue,
} from './comment.record.js';

export const MAX_COMMENT_BODY = 5_000;

const addSchema = z.object({
  threadId: z.string().refine(isUuid, 'is not a valid id.'),
  body: markdownBody(MAX_COMMENT_BODY),
  parentId: z.string().refine(isUuid, 'is not a valid id.').nullish(),
});

const updateSchema = z.object({
  commentId: z.string().refine(isUuid, 'is not a valid id.'),
  body: markdownBody(MAX_COMMENT_BODY),
});

const COUNT_COLUMN: Record<Exclude<CommentVoteValue, CommentVoteValue.NONE>, string> = {
  AGREE: 'agree_count',
  DISAGREE: 'disagree_count',
  PASS: 'pass_count',
};

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
    private readonly guard: PersonalDataGuard,
  ) {}

  async add(actor: Actor | null, input: unknown): Promise<CommentRecord> {
    requireActor(actor);
    const data = parseInput(addSchema, input, 'input');
    const rendered = renderBody(data.body);
    return this.db.transaction(async (tx) => {
      // Locking the thread row keeps its counters exact and stops a comment slipping in as it is locked.
      const [thread] = await tx.query(`SELECT id, locked, hidden, deleted_at FROM threads WHERE id = $1 FOR NO KEY UPDATE`, [data.threadId]);
      if (!thread || (thread.hidden && !can(actor, 'content.seeHidden', undefined))) throw notFound('Thread');
      if (thread.deleted_at) throw badInput('input.threadId', 'this thread was deleted.');
      authorize(actor, 'comment.create', { threadLocked: thread.locked });
      let depth = 0;
      if (data.parentId) {
        const [parent] = await tx.query(`SELECT thread_id, depth FROM comments WHERE id = $1`, [data.parentId]);
        if (!parent || parent.thread_id !== data.threadId) throw badInput('input.parentId', 'no such comment in this thread.');
        depth = parent.depth + 1;
      }
      const [row] = await tx.query(
        `INSERT INTO comments AS c (thread_id, author_id, parent_id, depth, body, body_html, body_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COMMENT_COLUMNS}`,
        [data.threadId, actor.userId, data.parentId ?? null, depth, rendered.body, rendered.bodyHtml, rendered.bodyText],
      );
      // The original is version 1 of the public history, so every version can be read from one place.
      await tx.query(`INSERT INTO comment_revisions (comment_id, editor_id, version, body, created_at) VALUES ($1, $2, 1, $3, $4)`, [
        row.id,
        actor.userId,
        row.body,
        row.createdAt,
      ]);
      await tx.query(
        `UPDATE threads SET comment_count = comment_count + 1, last_activity_at = now(),
           participant_count = (SELECT count(DISTINCT author_id) FROM (
             SELECT author_id FROM threads WHERE id = $1 UNION SELECT author_id FROM comments WHERE thread_id = $1
           ) p)
         WHERE id = $1`,
        [data.threadId],
      );
      await this.audit.record(tx, {
        actor,
        action: 'comment.create',
        targetType: 'COMMENT',
        targetId: row.id,
        summary: { threadId: data.threadId, parentId: data.parentId ?? null },
      });
      const hold = await this.guard.apply(tx, 'COMMENT', row, this.guard.scan(data.body));
      // A held comment reaches only its author and moderators (the live filter); nobody is notified of it.
      const added: CommentRecord = hold.held ? await this.reload(tx, row.id) : row;
      if (!hold.held) await this.notifications.commentAdded(tx, row);
      this.live.publish(tx, Topics.commentAdded(row.threadId), { comment: added });
      return added;
    });
  }

  /**
   * The author rewrites a comment; the new body becomes the next version in its
   * public history, and an edit that changes nothing leaves no trace. The
   * comment row stays locked until the transaction ends, so concurrent edits
   * apply one after another and each gets its own version.
   */
  async update(actor: Actor | null, input: unknown): Promise<CommentRecord> {
    requireActor(actor);
    const data = parseInput(updateSchema, input, 'input');
    const rendered = renderBody(data.body);
    return this.db.transaction(async (tx) => {
      const { comment: current, threadLocked } = await this.lockVisible(tx, actor, data.commentId);
      authorize(actor, 'comment.edit', { authorId: current.authorId, threadLocked });
      if (current.deletedAt) throw badInput('input.commentId', 'this comment was deleted, so it can no longer be edited.');
      if (rendered.body === current.body) return current;
      // clock_timestamp, not now(): an edit that waited for the lock is dated after the one it waited for.
      const [[row]]: [CommentRecord[], number] = await tx.query(
        `UPDATE comments c SET body = $2, body_html = $3, body_text = $4, edited_at = clock_timestamp(), updated_at = clock_timestamp()
         WHERE c.id = $1 RETURNING ${COMMENT_COLUMNS}`,
        [current.id, rendered.body, rendered.bodyHtml, rendered.bodyText],
      );
      const [{ last }] = await tx.query(`SELECT max(version)::int AS last FROM comment_revisions WHERE comment_id = $1`, [current.id]);
      let version: number = last ?? 0;
      if (version === 0) {
        // Written before histories were kept: its original becomes version 1 first.
        await tx.query(`INSERT INTO comment_revisions (comment_id, editor_id, version, body, created_at) VALUES ($1, $2, 1, $3, $4)`, [
          current.id,
          current.authorId,
          current.body,
          current.createdAt,
        ]);
        version = 1;
      }
      await tx.query(`INSERT INTO comment_revisions (comment_id, editor_id, version, body, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        current.id,
        actor.userId,
        version + 1,
        row.body,
        row.editedAt,
      ]);
      await this.audit.record(tx, {
        actor,
        action: 'comment.edit',
        targetType: 'COMMENT',
        targetId: current.id,
        summary: { threadId: current.threadId, fields: ['body'], revision: version + 1 },
      });
      const hold = await this.guard.apply(tx, 'COMMENT', row, this.guard.scan(row.body));
      const updated: CommentRecord = hold.held || hold.released ? await this.reload(tx, current.id) : row;
      this.live.publish(tx, Topics.commentUpdated(row.threadId), { comment: updated });
      return updated;
    });
  }

  /**
   * Soft delete, by the author or an admin: the comment keeps its place, so
   * replies stay nested under it and votes stay counted, but its body and every
   * earlier version are removed from the database for good. Deleting again changes nothing.
   */
  async delete(actor: Actor | null, commentIdInput: unknown): Promise<CommentRecord> {
    requireActor(actor);
    const commentId = requireId('commentId', commentIdInput);
    return this.db.transaction(async (tx) => {
      const { comment: current } = await this.lockVisible(tx, actor, commentId);
      authorize(actor, 'comment.delete', { authorId: current.authorId });
      if (current.deletedAt) return current;
      const [[row]]: [CommentRecord[], number] = await tx.query(
        `UPDATE comments c SET body = '', body_html = '', body_text = '', deleted_at = clock_timestamp(), updated_at = clock_timestamp()
         WHERE c.id = $1 RETURNING ${COMMENT_COLUMNS}`,
        [commentId],
      );
      await tx.query(`DELETE FROM comment_revisions WHERE comment_id = $1`, [commentId]);
      await this.audit.record(tx, {
        actor,
        action: 'comment.delete',
        targetType: 'COMMENT',
        targetId: commentId,
        summary: { threadId: current.threadId },
      });
      this.live.publish(tx, Topics.commentUpdated(row.threadId), { comment: row });
      return row as CommentRecord;
    });
  }

  /** Locks a comment for a change; one the actor may not see is as good as missing. */
  private async reload(tx: EntityManager, commentId: string): Promise<CommentRecord> {
    const [row] = await tx.query(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1`, [commentId]);
    return row as CommentRecord;
  }

  private async lockVisible(tx: EntityManager, actor: Actor, commentId: string): Promise<{ comment: CommentRecord; threadLocked: boolean }> {
    const [row]: (CommentRecord & { threadLocked: boolean })[] = await tx.query(
      `SELECT ${COMMENT_COLUMNS}, t.locked AS "threadLocked" FROM comments c JOIN threads t ON t.id = c.thread_id
       WHERE c.id = $1 FOR NO KEY UPDATE OF c`,
      [commentId],
    );
    if (!row || !canSee(actor, row)) throw notFound('Comment');
    const { threadLocked, ...comment } = row;
    return { comment, threadLocked };
  }

  /** Every version of each comment, oldest first, for the revisions loader. */
  async revisionsFor(commentIds: readonly string[]): Promise<Map<string, CommentRevisionRecord[]>> {
    const rows: CommentRevisionRecord[] = await this.db.query(
      `SELECT ${COMMENT_REVISION_COLUMNS} FROM comment_revisions r WHERE r.comment_id = ANY($1::uuid[]) ORDER BY r.comment_id, r.version`,
      [commentIds],
    );
    const byComment = new Map<string, CommentRevisionRecord[]>();
    for (const row of rows) {
      const list = byComment.get(row.commentId);
      if (list) list.push(row);
      else byComment.set(row.commentId, [row]);
    }
    return byComment;
  }

  async findById(actor: Actor | null, commentId: unknown): Promise<CommentRecord | null> {
    if (!isUuid(commentId)) return null;
    const [row] = await this.db.query(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1`, [commentId]);
    return (row as CommentRecord | undefined) ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<CommentRecord[]> {
    return this.db.query(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  /** A thread's comments, oldest first, replies included (clients nest them by `parent`). */
  async listForThread(threadId: string, args: { first?: number | null; after?: string | null; around?: string | null }): Promise<Connection<CommentRecord>> {
    const limit = pageSize(args.first, 50);
    let after = decodeCursor(args.after, 2);
    if (after && (!isTimestampKey(after[0]) || !isUuid(after[1]))) {
      throw badInput('after', 'is not a cursor from this list.');
    }
    if (!after && args.around != null) after = await this.pageStartBefore(threadId, requireId('around', args.around), limit);
    const params: unknown[] = [threadId];
    const keyset = after ? ` AND (c.created_at, c.id) > ($2::timestamptz, $3::uuid)` : '';
    if (after) params.push(after[0], after[1]);
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM comments WHERE thread_id = $1`, [threadId]);
    const rows: CommentRecord[] = await this.db.query(
      `SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.thread_id = $1${keyset} ORDER BY c.created_at, c.id LIMIT ${limit + 1}`,
      params,
    );
    return toConnection(rows, limit, (c) => encodeCursor([c.createdAt.toISOString(), c.id]), count, after !== null);
  }

  /**
   * The key just before the page (of `limit`, oldest first) that holds the comment, or null for the first page or a
   * comment that is not in this discussion.
   */
  private async pageStartBefore(threadId: string, commentId: string, limit: number): Promise<[string, string] | null> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS position FROM comments c, comments target
        WHERE target.id = $2 AND target.thread_id = $1 AND c.thread_id = $1 AND (c.created_at, c.id) < (target.created_at, target.id)`,
      [threadId, commentId],
    );
    const start = Math.floor(row.position / limit) * limit;
    if (start === 0) return null;
    const [before] = await this.db.query(`SELECT created_at, id FROM comments WHERE thread_id = $1 ORDER BY created_at, id OFFSET $2 LIMIT 1`, [threadId, start - 1]);
    return before ? [(before.created_at as Date).toISOString(), before.id as string] : null;
  }

  /**
   * Records, changes or withdraws (NONE) one person's vote. The comment row is
   * locked for the length of the transaction, so concurrent votes on it are
   * applied one after another and the cached counts always equal a recount.
   */
  async vote(actor: Actor | null, commentIdInput: unknown, value: CommentVoteValue): Promise<CommentRecord> {
    authorize(actor, 'comment.vote', undefined);
    const commentId = requireId('commentId', commentIdInput);
    if (!Object.values(CommentVoteValue).includes(value)) throw badInput('value', 'must be AGREE, DISAGREE, PASS or NONE.');
    return this.db.transaction(async (tx) => {
      const [comment] = await tx.query(
        `SELECT c.id, c.thread_id, c.hidden, c.deleted_at, t.locked FROM comments c JOIN threads t ON t.id = c.thread_id WHERE c.id = $1 FOR NO KEY UPDATE OF c`,
        [commentId],
      );
      if (!comment || comment.hidden) throw notFound('Comment');
      if (comment.deleted_at) throw badInput('commentId', 'this comment was deleted.');
      const [previous] = await tx.query(`SELECT value FROM comment_votes WHERE comment_id = $1 AND user_id = $2`, [commentId, actor.userId]);
      const before: CommentVoteValue = previous?.value ?? CommentVoteValue.NONE;
      if (before !== value) {
        if (value === CommentVoteValue.NONE) {
          await tx.query(`DELETE FROM comment_votes WHERE comment_id = $1 AND user_id = $2`, [commentId, actor.userId]);
        } else {
          await tx.query(
            `INSERT INTO comment_votes (comment_id, user_id, value) VALUES ($1, $2, $3)
             ON CONFLICT (comment_id, user_id) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
            [commentId, actor.userId, value],
          );
        }
        const changes: string[] = [];
        if (before !== CommentVoteValue.NONE) changes.push(`${COUNT_COLUMN[before]} = ${COUNT_COLUMN[before]} - 1`);
        if (value !== CommentVoteValue.NONE) changes.push(`${COUNT_COLUMN[value]} = ${COUNT_COLUMN[value]} + 1`);
        await tx.query(`UPDATE comments SET ${changes.join(', ')} WHERE id = $1`, [commentId]);
        const delta = (value === CommentVoteValue.NONE ? 0 : 1) - (before === CommentVoteValue.NONE ? 0 : 1);
        if (delta !== 0) {
          await tx.query(`UPDATE threads SET vote_count = vote_count + $2, last_activity_at = now() WHERE id = $1`, [comment.thread_id, delta]);
        }
        await this.audit.record(tx, {
          actor,
          action: 'comment.vote',
          targetType: 'COMMENT',
          targetId: commentId,
          summary: { from: before, to: value },
        });
        this.live.publishCoalesced(tx, `comment:${commentId}`, async () => {
          const latest = await this.findById(null, commentId);
          return latest ? [Topics.commentUpdated(latest.threadId), { comment: latest }] : null;
        });
      }
      const [row] = await tx.query(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1`, [commentId]);
      return row as CommentRecord;
    });
  }

  async myVotes(userId: string, commentIds: readonly string[]): Promise<Map<string, CommentVoteValue>> {
    const rows: { comment_id: string; value: CommentVoteValue }[] = await this.db.query(
      `SELECT comment_id, value FROM comment_votes WHERE user_id = $1 AND comment_id = ANY($2::uuid[])`,
      [userId, commentIds],
    );
    return new Map(rows.map((r) => [r.comment_id, r.value]));
  }
}
