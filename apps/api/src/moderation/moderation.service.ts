import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { type Actor, authorize, can, canSee, requireActor } from '../access/policy.js';
import { Role } from '../access/role.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { COMMENT_COLUMNS, type CommentRecord } from '../comments/comment.record.js';
import { badInput, conflict, notFound } from '../common/domain-error.js';
import { isUuid, parseInput, plainLine } from '../common/validation.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection, isTimestampKey } from '../graphql/connection.js';
import { LiveEvents } from '../live/live-events.service.js';
import { Topics } from '../live/topics.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PROPOSAL_COLUMNS, type ProposalRecord, ProposalStatus, StatusChangeCause } from '../proposals/proposal.record.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { ACTION_TARGETS, ContentType, FlagReason, HiddenCause, ModerationActionType as A } from './moderation.enums.js';
import {
  ACTION_COLUMNS,
  FLAG_COLUMNS,
  type FlagRecord,
  type ModerationActionRecord,
  type ModerationDetails,
  type QueueItemRecord,
} from './moderation.records.js';

const id = z.string().refine(isUuid, 'is not a valid id.');
const contentTypes = [ContentType.THREAD, ContentType.COMMENT, ContentType.PROPOSAL] as const;

const flagSchema = z
  .object({
    targetType: z.enum(contentTypes, { error: 'must be THREAD, COMMENT or PROPOSAL.' }),
    targetId: id,
    reason: z.enum(FlagReason, { error: `must be one of ${Object.values(FlagReason).join(', ')}.` }),
    note: plainLine(1, 500).nullish(),
  })
  .refine((f) => f.reason !== FlagReason.OTHER || !!f.note, { path: ['note'], message: 'say in a few words what is wrong when the reason is OTHER.' });

const MAX_SUSPENSION_DAYS = 3650;

const moderateSchema = z.object({
  targetType: z.enum(ContentType, { error: 'must be THREAD, COMMENT, PROPOSAL or USER.' }),
  targetId: id,
  action: z.enum(A, { error: `must be one of ${Object.values(A).join(', ')}.` }),
  reason: plainLine(3, 300),
  areaId: id.nullish(),
  categoryId: id.nullish(),
  intoProposalId: id.nullish(),
  until: z.date().nullish(),
  durationDays: z.number().int().min(1, 'must be at least 1.').max(MAX_SUSPENSION_DAYS, `must be at most ${MAX_SUSPENSION_DAYS}.`).nullish(),
});
type ModerateInput = z.output<typeof moderateSchema>;

/** What every action needs to know about the content it acts on. */
interface Target {
  type: ContentType;
  id: string;
  authorId: string;
  authorRole: Role;
  hidden: boolean;
  hiddenCause: HiddenCause | null;
  deleted: boolean;
  locked: boolean;
  pinned: boolean;
  /** the thread of a comment */
  threadId: string | null;
  areaId: string | null;
  categoryId: string | null;
  status: ProposalStatus | null;
}

const TARGET_SQL: Record<(typeof contentTypes)[number], string> = {
  THREAD: `SELECT x.id, x.author_id, u.role AS author_role, x.hidden, x.hidden_cause, x.deleted_at IS NOT NULL AS deleted, x.locked, x.pinned,
             NULL::uuid AS thread_id, x.area_id, x.category_id, NULL AS status
           FROM threads x JOIN users u ON u.id = x.author_id WHERE x.id = $1 FOR NO KEY UPDATE OF x`,
  COMMENT: `SELECT x.id, x.author_id, u.role AS author_role, x.hidden, x.hidden_cause, x.deleted_at IS NOT NULL AS deleted, false AS locked,
             false AS pinned, x.thread_id, NULL::uuid AS area_id, NULL::uuid AS category_id, NULL AS status
           FROM comments x JOIN users u ON u.id = x.author_id WHERE x.id = $1 FOR NO KEY UPDATE OF x`,
  PROPOSAL: `SELECT x.id, x.author_id, u.role AS author_role, x.hidden, x.hidden_cause, false AS deleted, false AS locked, x.pinned,
             x.thread_id, x.area_id, x.category_id, x.status::text AS status
           FROM proposals x JOIN users u ON u.id = x.author_id WHERE x.id = $1 FOR NO KEY UPDATE OF x`,
};

const TABLE: Record<(typeof contentTypes)[number], string> = { THREAD: 'threads', COMMENT: 'comments', PROPOSAL: 'proposals' };

/** What the author is told (the notification's action word). */
const NOTICE: Partial<Record<A, string>> = {
  HIDE: 'HIDDEN',
  RESTORE: 'RESTORED',
  LOCK: 'LOCKED',
  UNLOCK: 'UNLOCKED',
  PIN: 'PINNED',
  MOVE: 'MOVED',
  MERGE: 'MERGED',
};

/**
 * Flags, the moderation queue, moderators' actions and the public log. Every
 * action happens in one transaction with its log entry and its audit-chain event,
 * so the public record and the change can never disagree.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
    private readonly proposals: ProposalsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A reader flags a thread, comment or proposal. One flag per person per target;
   * when enough different people have flagged it, it is hidden until a moderator
   * looks (the hide is logged as automatic). The target row is locked, so
   * simultaneous flags count exactly and hide it exactly once.
   */
  async flag(actor: Actor | null, input: unknown): Promise<FlagRecord> {
    requireActor(actor);
    const data = parseInput(flagSchema, input, 'input');
    return this.db.transaction(async (tx) => {
      const target = await this.lockTarget(tx, data.targetType, data.targetId);
      if (!target || !canSee(actor, target)) throw notFound(label(data.targetType));
      if (target.deleted) throw badInput('input.targetId', 'this was deleted by its author; there is nothing left to flag.');
      authorize(actor, 'content.flag', { authorId: target.authorId });
      const [flag]: FlagRecord[] = await tx.query(
        `INSERT INTO flags AS f (target_type, target_id, reporter_id, reason, note) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (target_type, target_id, reporter_id) WHERE reporter_id IS NOT NULL DO NOTHING RETURNING ${FLAG_COLUMNS}`,
        [data.targetType, data.targetId, actor.userId, data.reason, data.note ?? null],
      );
      if (!flag) throw conflict('You have already flagged this. Moderators will look at it; thank you.');
      await this.audit.record(tx, {
        actor,
        action: 'content.flag',
        targetType: data.targetType,
        targetId: data.targetId,
        summary: { flagId: flag.id, reason: data.reason },
      });
      const [{ count }] = await tx.query(
        `SELECT count(*)::int AS count FROM flags WHERE target_type = $1 AND target_id = $2 AND reporter_id IS NOT NULL AND resolved_at IS NULL`,
        [data.targetType, data.targetId],
      );
      if (count >= this.config.flagHideThreshold && !target.hidden) {
        await tx.query(`UPDATE ${TABLE[data.targetType]} SET hidden = true, hidden_cause = 'FLAGS', hidden_reason = NULL WHERE id = $1`, [target.id]);
        const reason = `Hidden after ${count} people flagged it; a moderator will review it.`;
        const action = await this.log(tx, null, data.targetType, target.id, A.HIDE, reason, { automatic: true, flagCount: count });
        await this.audit.record(tx, {
          actor: null,
          action: 'moderation.hide',
          targetType: data.targetType,
          targetId: target.id,
          summary: { moderationActionId: action.id, automatic: true, flagCount: count },
        });
        await this.notifications.notifyModeration(tx, { userId: target.authorId, targetType: data.targetType, targetId: target.id, action: 'HIDDEN' });
        await this.announce(tx, target);
      }
      this.live.publish(tx, Topics.moderationQueue, { moderationQueueChanged: true });
      return flag;
    });
  }

  /** One moderator action on content or a person; see ModerationActionType for what each does. */
  async moderate(actor: Actor | null, input: unknown): Promise<ModerationActionRecord> {
    requireActor(actor);
    authorize(actor, 'moderation.queue', undefined);
    const data = parseInput(moderateSchema, input, 'input');
    if (!ACTION_TARGETS[data.action].includes(data.targetType)) {
      throw badInput('input.targetType', `${data.action} applies to ${ACTION_TARGETS[data.action].join(', ')}, not ${data.targetType}.`);
    }
    if (data.action === A.SUSPEND || data.action === A.UNSUSPEND) return this.suspension(actor, data);
    const type = data.targetType as (typeof contentTypes)[number];
    return this.db.transaction(async (tx) => {
      const target = await this.lockTarget(tx, type, data.targetId);
      if (!target) throw notFound(label(type));
      authorize(actor, 'content.moderate', { authorRole: target.authorRole });
      let details: ModerationDetails = {};
      switch (data.action) {
        case A.HIDE:
          if (target.hidden && target.hiddenCause === HiddenCause.MODERATOR) throw conflict('A moderator has already hidden this.');
          await tx.query(`UPDATE ${TABLE[type]} SET hidden = true, hidden_cause = 'MODERATOR', hidden_reason = $2 WHERE id = $1`, [target.id, data.reason]);
          details.flagsResolved = await this.resolveFlags(tx, actor, type, target.id, 'ACTIONED');
          break;
        case A.RESTORE:
          if (!target.hidden) throw conflict('This is not hidden.');
          await tx.query(`UPDATE ${TABLE[type]} SET hidden = false, hidden_cause = NULL, hidden_reason = NULL WHERE id = $1`, [target.id]);
          details.flagsResolved = await this.resolveFlags(tx, actor, type, target.id, 'DISMISSED');
          break;
        case A.DISMISS: {
          const resolved = await this.resolveFlags(tx, actor, type, target.id, 'DISMISSED');
          if (resolved === 0) throw conflict('There are no open flags on this.');
          details.flagsResolved = resolved;
          // Flags that hid it, or the personal-data hold, no longer stand.
          if (target.hidden && target.hiddenCause !== HiddenCause.MODERATOR) {
            await tx.query(`UPDATE ${TABLE[type]} SET hidden = false, hidden_cause = NULL, hidden_reason = NULL WHERE id = $1`, [target.id]);
          }
          break;
        }
        case A.LOCK:
        case A.UNLOCK: {
          const lock = data.action === A.LOCK;
          if (target.locked === lock) throw conflict(lock ? 'This thread is already locked.' : 'This thread is not locked.');
          await tx.query(`UPDATE threads SET locked = $2, updated_at = now() WHERE id = $1`, [target.id, lock]);
          break;
        }
        case A.PIN:
        case A.UNPIN: {
          const pin = data.action === A.PIN;
          if (target.pinned === pin) throw conflict(pin ? 'This is already pinned.' : 'This is not pinned.');
          await tx.query(`UPDATE ${TABLE[type]} SET pinned = $2, updated_at = now() WHERE id = $1`, [target.id, pin]);
          break;
        }
        case A.MOVE:
          details = await this.move(tx, type, target, data);
          break;
        case A.MERGE:
          details = await this.merge(tx, actor, target, data);
          break;
      }
      const action = await this.log(tx, actor.userId, type, target.id, data.action, data.reason, details);
      await this.audit.record(tx, {
        actor,
        action: `moderation.${data.action.toLowerCase()}`,
        targetType: type,
        targetId: target.id,
        summary: { moderationActionId: action.id, ...auditFacts(details) },
      });
      const notice = NOTICE[data.action];
      if (notice && target.authorId !== actor.userId) {
        await this.notifications.notifyModeration(tx, { userId: target.authorId, targetType: type, targetId: target.id, action: notice });
      }
      await this.announce(tx, target);
      this.live.publish(tx, Topics.moderationQueue, { moderationQueueChanged: true });
      return action;
    });
  }

  /** Moderation queue: open flags grouped by what they flag, oldest first. */
  async queue(actor: Actor | null, args: { first?: number | null; after?: string | null }): Promise<Connection<QueueItemRecord>> {
    authorize(actor, 'moderation.queue', undefined);
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2);
    if (after && (!isTimestampKey(after[0]) || !isUuid(after[1]))) {
      throw badInput('after', 'is not a cursor from this list.');
    }
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count FROM (SELECT 1 FROM flags WHERE resolved_at IS NULL GROUP BY target_type, target_id) g`,
    );
    const rows: QueueItemRecord[] = await this.db.query(
      `WITH grouped AS (
         SELECT target_type, target_id, count(*) FILTER (WHERE reporter_id IS NOT NULL)::int AS flag_count,
                min(created_at) AS first_at, max(created_at) AS last_at
           FROM flags WHERE resolved_at IS NULL GROUP BY target_type, target_id
       )
       SELECT g.target_type AS "targetType", g.target_id AS "targetId", g.flag_count AS "flagCount",
              COALESCE(t.author_id, c.author_id, p.author_id) AS "authorId",
              g.first_at AS "firstFlaggedAt", g.last_at AS "lastFlaggedAt",
              (SELECT json_agg(json_build_object('reason', r.reason, 'count', r.n) ORDER BY r.n DESC, r.reason)
                 FROM (SELECT reason, count(*)::int AS n FROM flags f
                        WHERE f.target_type = g.target_type AND f.target_id = g.target_id AND f.resolved_at IS NULL GROUP BY reason) r) AS reasons,
              COALESCE((SELECT json_agg(json_build_object('reason', f.reason, 'note', f.note, 'createdAt', f.created_at) ORDER BY f.created_at DESC)
                 FROM flags f WHERE f.target_type = g.target_type AND f.target_id = g.target_id AND f.resolved_at IS NULL
                  AND f.note IS NOT NULL), '[]') AS notes
         FROM grouped g
         LEFT JOIN threads t ON g.target_type = 'THREAD' AND t.id = g.target_id
         LEFT JOIN comments c ON g.target_type = 'COMMENT' AND c.id = g.target_id
         LEFT JOIN proposals p ON g.target_type = 'PROPOSAL' AND p.id = g.target_id
        WHERE $1::timestamptz IS NULL OR (g.first_at, g.target_id) > ($1::timestamptz, $2::uuid)
        ORDER BY g.first_at, g.target_id
        LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return toConnection(rows, limit, (r) => encodeCursor([r.firstFlaggedAt.toISOString(), r.targetId]), count, after !== null);
  }

  /** The public moderation log, newest first; optionally for one target or one kind of action. */
  async logPage(args: {
    first?: number | null;
    after?: string | null;
    targetType?: ContentType | null;
    targetId?: string | null;
    action?: A | null;
  }): Promise<Connection<ModerationActionRecord>> {
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 2);
    if (after && (!isTimestampKey(after[0]) || !isUuid(after[1]))) {
      throw badInput('after', 'is not a cursor from this list.');
    }
    if (args.targetId != null && !isUuid(args.targetId)) throw badInput('targetId', 'is not a valid id.');
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (args.targetType) conditions.push(`a.target_type = $${params.push(args.targetType)}`);
    if (args.targetId) conditions.push(`a.target_id = $${params.push(args.targetId)}`);
    if (args.action) conditions.push(`a.action = $${params.push(args.action)}`);
    const filter = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM moderation_actions a ${filter}`, params);
    const pageParams = [...params];
    const keyset = after
      ? `${filter ? ' AND' : 'WHERE'} (a.created_at, a.id) < ($${pageParams.push(after[0])}::timestamptz, $${pageParams.push(after[1])}::uuid)`
      : '';
    const rows: ModerationActionRecord[] = await this.db.query(
      `SELECT ${ACTION_COLUMNS} FROM moderation_actions a ${filter}${keyset} ORDER BY a.created_at DESC, a.id DESC LIMIT $${pageParams.push(limit + 1)}`,
      pageParams,
    );
    return toConnection(rows, limit, (r) => encodeCursor([r.createdAt.toISOString(), r.id]), count, after !== null);
  }

  /** Open flags on one target (moderators), newest first. */
  async openFlags(actor: Actor | null, targetType: ContentType, targetId: string): Promise<FlagRecord[]> {
    if (!can(actor, 'moderation.queue', undefined)) return [];
    return this.db.query(`SELECT ${FLAG_COLUMNS} FROM flags f WHERE f.target_type = $1 AND f.target_id = $2 AND f.resolved_at IS NULL ORDER BY f.created_at DESC`, [
      targetType,
      targetId,
    ]);
  }

  private async suspension(actor: Actor, data: ModerateInput): Promise<ModerationActionRecord> {
    return this.db.transaction(async (tx) => {
      let userId = data.targetId;
      const via: ModerationDetails = {};
      if (data.targetType !== ContentType.USER) {
        const type = data.targetType as (typeof contentTypes)[number];
        const [row] = await tx.query(`SELECT author_id FROM ${TABLE[type]} WHERE id = $1`, [data.targetId]);
        if (!row) throw notFound(label(type));
        userId = row.author_id;
        Object.assign(via, { viaType: type, viaId: data.targetId });
      }
      const [user]: { id: string; role: Role; suspended_until: Date | null }[] = await tx.query(
        `SELECT id, role, suspended_until FROM users WHERE id = $1 FOR NO KEY UPDATE`,
        [userId],
      );
      if (!user) throw notFound('Person');
      authorize(actor, 'user.suspend', { userId: user.id, role: user.role });
      const [{ now }]: { now: Date }[] = await tx.query(`SELECT now() AS now`);
      const suspended = user.suspended_until !== null && user.suspended_until > now;
      let details: ModerationDetails = { ...via };
      if (data.action === A.SUSPEND) {
        if ((data.until == null) === (data.durationDays == null)) {
          throw badInput('input.until', 'give either until (a date) or durationDays for a suspension.');
        }
        const until = data.until ?? new Date(now.getTime() + data.durationDays! * 86_400_000);
        if (until <= now) throw badInput('input.until', 'must be in the future.');
        if (until.getTime() - now.getTime() > MAX_SUSPENSION_DAYS * 86_400_000) throw badInput('input.until', `must be within ${MAX_SUSPENSION_DAYS} days.`);
        await tx.query(`UPDATE users SET suspended_until = $2, suspension_reason = $3, updated_at = now() WHERE id = $1`, [user.id, until, data.reason]);
        // They keep reading once they sign in again; every session they had ends now.
        await this.auth.revokeAllSessions(user.id, tx);
        details = { ...details, suspendedUntil: until.toISOString() };
      } else {
        if (!suspended) throw conflict('This person is not suspended.');
        await tx.query(`UPDATE users SET suspended_until = NULL, suspension_reason = NULL, updated_at = now() WHERE id = $1`, [user.id]);
      }
      const action = await this.log(tx, actor.userId, ContentType.USER, user.id, data.action, data.reason, details);
      await this.audit.record(tx, {
        actor,
        action: `moderation.${data.action.toLowerCase()}`,
        targetType: ContentType.USER,
        targetId: user.id,
        summary: { moderationActionId: action.id, ...auditFacts(details) },
      });
      return action;
    });
  }

  private async move(tx: EntityManager, type: (typeof contentTypes)[number], target: Target, data: ModerateInput): Promise<ModerationDetails> {
    if (!data.areaId && data.categoryId === undefined) throw badInput('input.areaId', 'say where to move it: an areaId, a categoryId, or both.');
    const toArea = data.areaId ?? target.areaId!;
    const toCategory = data.categoryId === undefined ? target.categoryId : data.categoryId;
    if (data.areaId) {
      const [area] = await tx.query(`SELECT 1 FROM areas WHERE id = $1`, [data.areaId]);
      if (!area) throw badInput('input.areaId', 'no such area.');
    }
    if (toCategory) {
      const [category] = await tx.query(`SELECT 1 FROM categories WHERE id = $1`, [toCategory]);
      if (!category) throw badInput('input.categoryId', 'no such category.');
    }
    if (toArea === target.areaId && toCategory === target.categoryId) throw conflict('It is already there.');
    await tx.query(`UPDATE ${TABLE[type]} SET area_id = $2, category_id = $3, updated_at = now() WHERE id = $1`, [target.id, toArea, toCategory]);
    return { fromAreaId: target.areaId!, toAreaId: toArea, fromCategoryId: target.categoryId, toCategoryId: toCategory };
  }

  /**
   * Merges a duplicate proposal into another. Each supporter or opponent of the
   * duplicate counts once on the other: someone who already voted there keeps the
   * vote they cast there, and the other proposal's author is not counted for their
   * own proposal. Followers follow on. The duplicate becomes MERGED and points to
   * the other; its page stays, its clock stops (the duty to answer moves along).
   */
  private async merge(tx: EntityManager, actor: Actor, source: Target, data: ModerateInput): Promise<ModerationDetails> {
    if (!data.intoProposalId) throw badInput('input.intoProposalId', 'say which proposal to merge this one into.');
    if (data.intoProposalId.toLowerCase() === source.id) throw badInput('input.intoProposalId', 'a proposal cannot be merged into itself.');
    // Lock the other proposal too (the source is locked already); lock order by id is not needed as only moderators merge
    // and a merge locks the source first: two opposite merges would each wait, and one fails on the status check below.
    const [into]: ProposalRecord[] = await tx.query(`SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.id = $1 FOR NO KEY UPDATE`, [data.intoProposalId]);
    if (!into) throw badInput('input.intoProposalId', 'no such proposal.');
    const open = [ProposalStatus.OPEN, ProposalStatus.AWAITING_RESPONSE];
    if (!open.includes(source.status!)) throw badInput('input.targetId', `only an open proposal can be merged; this one is ${source.status}.`);
    const [{ responses }] = await tx.query(`SELECT count(*)::int AS responses FROM official_responses WHERE proposal_id = $1`, [source.id]);
    if (responses > 0) throw badInput('input.targetId', 'an official has answered this proposal, so it keeps its own record.');
    if (into.status === ProposalStatus.MERGED || into.status === ProposalStatus.WITHDRAWN) {
      throw badInput('input.intoProposalId', `that proposal is ${into.status}; merge into one that is still open or answered.`);
    }
    const moved: { n: number }[] = await tx.query(
      `WITH ins AS (
         INSERT INTO proposal_votes (proposal_id, user_id, value, created_at, updated_at)
         SELECT $2, v.user_id, v.value, v.created_at, now() FROM proposal_votes v
          WHERE v.proposal_id = $1 AND v.user_id <> $3
         ON CONFLICT (proposal_id, user_id) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [source.id, into.id, into.authorId],
    );
    const [{ total }] = await tx.query(`SELECT count(*)::int AS total FROM proposal_votes WHERE proposal_id = $1`, [source.id]);
    await tx.query(`DELETE FROM proposal_votes WHERE proposal_id = $1`, [source.id]);
    // Counts are recounted, never adjusted, so they equal the votes exactly.
    const [[counts]] = await tx.query(
      `UPDATE proposals p SET
         support_count = (SELECT count(*) FROM proposal_votes WHERE proposal_id = p.id AND value = 'SUPPORT'),
         oppose_count = (SELECT count(*) FROM proposal_votes WHERE proposal_id = p.id AND value = 'OPPOSE'),
         last_activity_at = now(), updated_at = now()
       WHERE p.id = $1 RETURNING p.support_count AS support`,
      [into.id],
    );
    await tx.query(
      `UPDATE proposals SET status = 'MERGED', merged_into_id = $2, support_count = 0, oppose_count = 0,
         clock_started_at = NULL, response_due_at = NULL, last_activity_at = now(), updated_at = now() WHERE id = $1`,
      [source.id, into.id],
    );
    await this.proposals.recordStatus(tx, source.id, source.status, ProposalStatus.MERGED, actor.userId, StatusChangeCause.MERGED_BY_MODERATOR, data.reason);
    await tx.query(
      `INSERT INTO follows (user_id, target_type, target_id) SELECT user_id, 'PROPOSAL', $2 FROM follows
        WHERE target_type = 'PROPOSAL' AND target_id = $1 ON CONFLICT DO NOTHING`,
      [source.id, into.id],
    );
    // The votes that arrived may carry the other proposal over its threshold, exactly as votes cast there would.
    await this.proposals.reachThresholdIfDue(tx, into, counts.support, actor.userId);
    await this.proposals.published(tx, into.id);
    return { mergedIntoId: into.id, votesMoved: moved[0].n, votesAlreadyThere: total - moved[0].n };
  }

  private async resolveFlags(tx: EntityManager, actor: Actor, type: ContentType, targetId: string, resolution: 'ACTIONED' | 'DISMISSED'): Promise<number> {
    const [, count]: [unknown, number] = await tx.query(
      `UPDATE flags SET resolved_at = clock_timestamp(), resolved_by = $3, resolution = $4 WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL`,
      [type, targetId, actor.userId, resolution],
    );
    return count;
  }

  private async log(
    tx: EntityManager,
    moderatorId: string | null,
    type: ContentType,
    targetId: string,
    action: A,
    reason: string,
    details: ModerationDetails,
  ): Promise<ModerationActionRecord> {
    const [row] = await tx.query(
      `INSERT INTO moderation_actions AS a (target_type, target_id, action, reason, moderator_id, details) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${ACTION_COLUMNS}`,
      [type, targetId, action, reason, moderatorId, JSON.stringify(details)],
    );
    return row as ModerationActionRecord;
  }

  private async lockTarget(tx: EntityManager, type: (typeof contentTypes)[number], targetId: string): Promise<Target | null> {
    const [row] = await tx.query(TARGET_SQL[type], [targetId]);
    if (!row) return null;
    return {
      type,
      id: row.id,
      authorId: row.author_id,
      authorRole: row.author_role,
      hidden: row.hidden,
      hiddenCause: row.hidden_cause,
      deleted: row.deleted,
      locked: row.locked,
      pinned: row.pinned,
      threadId: row.thread_id,
      areaId: row.area_id,
      categoryId: row.category_id,
      status: row.status,
    };
  }

  /** Pages showing the content hear of the change once it commits (without its text, if now hidden). */
  private async announce(tx: EntityManager, target: Target): Promise<void> {
    if (target.type === ContentType.COMMENT) {
      const [comment]: CommentRecord[] = await tx.query(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1`, [target.id]);
      this.live.publish(tx, Topics.commentUpdated(comment.threadId), { comment });
    } else if (target.type === ContentType.PROPOSAL) {
      await this.proposals.published(tx, target.id);
    }
    // Threads have no live channel of their own: readers see a hidden or locked thread as such on their next load.
  }
}

function label(type: ContentType): string {
  return { THREAD: 'Thread', COMMENT: 'Comment', PROPOSAL: 'Proposal', USER: 'Person' }[type];
}

/** Ids and counts only: the audit chain never holds text people wrote. */
function auditFacts(details: ModerationDetails): Record<string, string | number | boolean | null> {
  const facts: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(details)) if (value !== undefined) facts[key] = value as string | number | boolean | null;
  return facts;
}
