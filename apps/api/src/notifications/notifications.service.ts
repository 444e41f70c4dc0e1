import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, requireActor } from '../access/policy.js';
import { badInput } from '../common/domain-error.js';
import { isUuid } from '../common/validation.js';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection, isTimestampKey } from '../graphql/connection.js';
import { LiveEvents } from '../live/live-events.service.js';
import { Topics } from '../live/topics.js';
import type { ProposalStatus } from '../proposals/proposal.record.js';
import { FollowsService } from './follows.service.js';
import {
  CHANNELS,
  FollowTarget,
  NOTIFICATION_COLUMNS,
  type NotificationData,
  NotificationKind,
  type NotificationRecord,
  NotificationTarget,
} from './notification.record.js';

export interface NotificationEvent {
  notification: NotificationRecord;
}

interface Draft {
  kind: NotificationKind;
  targetType: NotificationTarget;
  targetId: string;
  /** who acted; never notified. Null for the system (a threshold reached). */
  actorId: string | null;
  data: NotificationData;
}

/** Most ids `markNotificationsRead` takes at once. */
export const MAX_MARK_READ = 500;

const MODERATION_ACTION = /^[A-Z][A-Z_]{0,39}$/;

/**
 * Writes notifications inside the transaction of the change that causes them,
 * so they exist exactly when the change does: one per person per event, never
 * to the person who acted. Each is pushed live once the transaction commits and
 * queued in the outbox for email.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LiveEvents,
    readonly follows: FollowsService,
  ) {}

  /** Stores one notification for each recipient (duplicates and the actor left out). */
  async notify(tx: EntityManager, recipients: readonly string[], draft: Draft): Promise<NotificationRecord[]> {
    const users = [...new Set(recipients)].filter((id) => id !== draft.actorId);
    if (users.length === 0) return [];
    const rows: NotificationRecord[] = await tx.query(
      `INSERT INTO notifications AS n (user_id, kind, target_type, target_id, actor_id, data)
       SELECT u, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) u RETURNING ${NOTIFICATION_COLUMNS}`,
      [users, draft.kind, draft.targetType, draft.targetId, draft.actorId, JSON.stringify(draft.data)],
    );
    await tx.query(
      `INSERT INTO notification_outbox (notification_id, channel) SELECT n, c FROM unnest($1::uuid[]) n CROSS JOIN unnest($2::text[]) c`,
      [rows.map((r) => r.id), CHANNELS],
    );
    for (const row of rows) this.live.publish(tx, Topics.notification(row.userId), { notification: row } satisfies NotificationEvent);
    return rows;
  }

  /** Authors follow what they write; commenters the thread they comment in. */
  async autoFollow(tx: EntityManager, userId: string, type: FollowTarget, targetId: string): Promise<void> {
    await this.follows.add(tx, userId, type, targetId);
  }

  /** A new thread: its author follows it. */
  async threadCreated(tx: EntityManager, thread: { id: string; authorId: string }): Promise<void> {
    await this.autoFollow(tx, thread.authorId, FollowTarget.THREAD, thread.id);
  }

  /**
   * A new comment: REPLY to the author of the comment it answers, NEW_COMMENT to
   * the thread's other followers. The commenter then follows the thread.
   */
  async commentAdded(tx: EntityManager, comment: { id: string; threadId: string; authorId: string; parentId: string | null }): Promise<void> {
    const data: NotificationData = { threadId: comment.threadId, commentId: comment.id };
    let replied: string | null = null;
    if (comment.parentId) {
      const [parent] = await tx.query(`SELECT author_id, hidden FROM comments WHERE id = $1`, [comment.parentId]);
      if (parent) {
        replied = parent.author_id as string;
        await this.notify(tx, [replied], {
          kind: NotificationKind.REPLY,
          targetType: NotificationTarget.COMMENT,
          targetId: comment.id,
          actorId: comment.authorId,
          data: { ...data, parentId: comment.parentId },
        });
      }
    }
    const followers = await this.follows.followersOf(tx, FollowTarget.THREAD, comment.threadId);
    await this.notify(
      tx,
      followers.filter((id) => id !== replied),
      { kind: NotificationKind.NEW_COMMENT, targetType: NotificationTarget.COMMENT, targetId: comment.id, actorId: comment.authorId, data },
    );
    await this.autoFollow(tx, comment.authorId, FollowTarget.THREAD, comment.threadId);
  }

  /** A new proposal: its author follows it, and the followers of the thread it grew from hear of it. */
  async proposalCreated(tx: EntityManager, proposal: { id: string; authorId: string; threadId: string | null }): Promise<void> {
    await this.autoFollow(tx, proposal.authorId, FollowTarget.PROPOSAL, proposal.id);
    if (!proposal.threadId) return;
    await this.notify(tx, await this.follows.followersOf(tx, FollowTarget.THREAD, proposal.threadId), {
      kind: NotificationKind.PROPOSAL_FROM_THREAD,
      targetType: NotificationTarget.PROPOSAL,
      targetId: proposal.id,
      actorId: proposal.authorId,
      data: { proposalId: proposal.id, threadId: proposal.threadId },
    });
  }

  /** An official answer, to the proposal's followers (the answer carries the new status). */
  async officialResponse(tx: EntityManager, e: { proposalId: string; responseId: string; actorId: string; from: ProposalStatus; status: ProposalStatus }): Promise<void> {
    await this.notify(tx, await this.follows.followersOf(tx, FollowTarget.PROPOSAL, e.proposalId), {
      kind: NotificationKind.OFFICIAL_RESPONSE,
      targetType: NotificationTarget.PROPOSAL,
      targetId: e.proposalId,
      actorId: e.actorId,
      data: { proposalId: e.proposalId, responseId: e.responseId, fromStatus: e.from, status: e.status },
    });
  }

  /**
   * A status change without an answer (support threshold reached, withdrawn).
   * `actorId` is who caused it and is left out; `shownActorId` is the actor the
   * notification names (null for the system, as for a threshold reached).
   */
  async statusChanged(
    tx: EntityManager,
    e: { proposalId: string; actorId: string; shownActorId: string | null; from: ProposalStatus; status: ProposalStatus },
  ): Promise<void> {
    const followers = await this.follows.followersOf(tx, FollowTarget.PROPOSAL, e.proposalId);
    await this.notify(
      tx,
      followers.filter((id) => id !== e.actorId),
      {
        kind: NotificationKind.STATUS_CHANGED,
        targetType: NotificationTarget.PROPOSAL,
        targetId: e.proposalId,
        actorId: e.shownActorId,
        data: { proposalId: e.proposalId, fromStatus: e.from, status: e.status },
      },
    );
  }

  /** For the moderation feature: tells an author what a moderator did to their content. */
  async notifyModeration(
    tx: EntityManager,
    e: { userId: string; targetType: NotificationTarget | `${NotificationTarget}`; targetId: string; action: string; actorId?: string | null },
  ): Promise<NotificationRecord | null> {
    if (!Object.values(NotificationTarget).includes(e.targetType as NotificationTarget)) throw new Error(`unknown notification target ${e.targetType}`);
    if (!MODERATION_ACTION.test(e.action)) throw new Error(`moderation action must be an UPPER_CASE word, got "${e.action}"`);
    const data: NotificationData = { action: e.action };
    if (e.targetType === NotificationTarget.COMMENT) {
      const [comment] = await tx.query(`SELECT thread_id FROM comments WHERE id = $1`, [e.targetId]);
      if (comment) data.threadId = comment.thread_id;
    }
    const [row] = await this.notify(tx, [e.userId], {
      kind: NotificationKind.MODERATION,
      targetType: e.targetType as NotificationTarget,
      targetId: e.targetId,
      actorId: e.actorId ?? null,
      data,
    });
    return row ?? null;
  }

  /** The person's own notifications, newest first. */
  async list(actor: Actor | null, args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }): Promise<Connection<NotificationRecord>> {
    requireActor(actor);
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2);
    if (after && (!isTimestampKey(after[0]) || !isUuid(after[1]))) {
      throw badInput('after', 'is not a cursor from this list.');
    }
    const filter = `n.user_id = $1${args.unreadOnly ? ' AND n.read_at IS NULL' : ''}`;
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM notifications n WHERE ${filter}`, [actor.userId]);
    const params: unknown[] = [actor.userId];
    const keyset = after ? ` AND (n.created_at, n.id) < ($2::timestamptz, $3::uuid)` : '';
    if (after) params.push(after[0], after[1]);
    const rows: NotificationRecord[] = await this.db.query(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n WHERE ${filter}${keyset} ORDER BY n.created_at DESC, n.id DESC LIMIT ${limit + 1}`,
      params,
    );
    return toConnection(rows, limit, (n) => encodeCursor([new Date(n.createdAt).toISOString(), n.id]), count, after !== null);
  }

  async unreadCount(actor: Actor | null): Promise<number> {
    requireActor(actor);
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [actor.userId]);
    return count;
  }

  /** Marks the person's own notifications read (all of them when `ids` is null); returns how many changed. */
  async markRead(actor: Actor | null, ids: readonly unknown[] | null | undefined): Promise<number> {
    requireActor(actor);
    if (ids != null) {
      if (ids.length > MAX_MARK_READ) throw badInput('ids', `at most ${MAX_MARK_READ} at once.`);
      ids.forEach((id, i) => {
        if (!isUuid(id)) throw badInput(`ids.${i}`, 'is not a valid id.');
      });
    }
    const [, changed]: [unknown, number] = await this.db.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [actor.userId, ids == null ? null : ids],
    );
    return changed;
  }
}
