import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, requireActor, canSee, canSeeSql } from '../access/policy.js';
import { badInput, notFound } from '../common/domain-error.js';
import { isUuid, requireId } from '../common/validation.js';
import { type Connection, decodeCursor, encodeCursor, pageSize, toConnection, isTimestampKey } from '../graphql/connection.js';
import { FOLLOW_COLUMNS, type FollowRecord, FollowTarget } from './notification.record.js';

const TABLE: Record<FollowTarget, string> = { THREAD: 'threads', PROPOSAL: 'proposals' };
const NAME: Record<FollowTarget, string> = { THREAD: 'Thread', PROPOSAL: 'Proposal' };

export interface ListFollowsArgs {
  first?: number | null;
  after?: string | null;
  targetType?: FollowTarget | null;
}

const isTarget = (value: unknown): value is FollowTarget => Object.values(FollowTarget).includes(value as FollowTarget);

/** Key of the per-request loaders: `THREAD:<id>` or `PROPOSAL:<id>`. */
export const followKey = (type: FollowTarget, id: string) => `${type}:${id}`;

/**
 * Who follows which thread or proposal. Following is what turns activity into
 * notifications (NotificationsService reads the followers); authors follow what
 * they write and commenters the thread they comment in, automatically.
 */
@Injectable()
export class FollowsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Follows inside the caller's transaction; following twice changes nothing. */
  async add(tx: EntityManager, userId: string, type: FollowTarget, targetId: string): Promise<void> {
    await tx.query(`INSERT INTO follows (user_id, target_type, target_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [userId, type, targetId]);
  }

  /** `follow` / `unfollow`: idempotent; the target must exist and be visible to the person. */
  async set(actor: Actor | null, typeInput: unknown, targetIdInput: unknown, following: boolean): Promise<boolean> {
    requireActor(actor);
    if (!Object.values(FollowTarget).includes(typeInput as FollowTarget)) throw badInput('targetType', 'must be THREAD or PROPOSAL.');
    const type = typeInput as FollowTarget;
    const targetId = requireId('targetId', targetIdInput);
    return this.db.transaction(async (tx) => {
      const [target] = await tx.query(`SELECT author_id, hidden FROM ${TABLE[type]} WHERE id = $1`, [targetId]);
      if (!target || !canSee(actor, { hidden: target.hidden, authorId: target.author_id })) throw notFound(NAME[type]);
      if (following) await this.add(tx, actor.userId, type, targetId);
      else await tx.query(`DELETE FROM follows WHERE user_id = $1 AND target_type = $2 AND target_id = $3`, [actor.userId, type, targetId]);
      return following;
    });
  }

  /**
   * The person's own follows, newest first. Follows of what they may no longer
   * see (`canSee`: hidden by a moderator) are left out of the page and the count
   * alike. Several follows can share a moment (one transaction), so the cursor
   * also holds the target, which with the person is the table's key.
   */
  async list(actor: Actor | null, args: ListFollowsArgs): Promise<Connection<FollowRecord>> {
    requireActor(actor);
    const limit = pageSize(args.first);
    if (args.targetType != null && !isTarget(args.targetType)) throw badInput('targetType', 'must be THREAD or PROPOSAL.');
    const after = decodeCursor(args.after, 3);
    if (after && (!isTimestampKey(after[0]) || !isTarget(after[1]) || !isUuid(after[2]))) {
      throw badInput('after', 'is not a cursor from this list.');
    }
    const params: unknown[] = [actor.userId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const clauses = ['f.user_id = $1', 'coalesce(t.id, p.id) IS NOT NULL'];
    if (args.targetType != null) clauses.push(`f.target_type = ${param(args.targetType)}`);
    clauses.push(canSeeSql(actor, { hidden: 'coalesce(t.hidden, p.hidden)', authorId: 'coalesce(t.author_id, p.author_id)' }, param));
    // target_id carries no foreign key (it points at either table), so each follow joins the one it names.
    const from = `follows f
      LEFT JOIN threads t ON f.target_type = 'THREAD' AND t.id = f.target_id
      LEFT JOIN proposals p ON f.target_type = 'PROPOSAL' AND p.id = f.target_id`;
    const filter = clauses.join(' AND ');
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM ${from} WHERE ${filter}`, params);
    const keyset = after
      ? ` AND (f.created_at, f.target_type, f.target_id) < (${param(after[0])}::timestamptz, ${param(after[1])}::follow_target, ${param(after[2])}::uuid)`
      : '';
    const rows: FollowRecord[] = await this.db.query(
      `SELECT ${FOLLOW_COLUMNS} FROM ${from} WHERE ${filter}${keyset}
       ORDER BY f.created_at DESC, f.target_type DESC, f.target_id DESC LIMIT ${limit + 1}`,
      params,
    );
    return toConnection(rows, limit, (r) => encodeCursor([r.createdAt.toISOString(), r.targetType, r.targetId]), count, after !== null);
  }

  /**
   * Followers of a target who may be told about it: everyone while it is
   * visible, only its author and moderators while it is hidden.
   */
  async followersOf(tx: EntityManager, type: FollowTarget, targetId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await tx.query(
      `SELECT f.user_id FROM follows f JOIN users u ON u.id = f.user_id JOIN ${TABLE[type]} t ON t.id = f.target_id
       WHERE f.target_type = $1 AND f.target_id = $2
         AND (NOT t.hidden OR u.role IN ('MODERATOR', 'ADMIN') OR u.id = t.author_id)`,
      [type, targetId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Which of the keys (`TYPE:id`) the person follows. */
  async followedBy(userId: string, keys: readonly string[]): Promise<Set<string>> {
    const [types, ids] = split(keys);
    const rows: { key: string }[] = await this.db.query(
      `SELECT f.target_type || ':' || f.target_id AS key FROM unnest($2::follow_target[], $3::uuid[]) k(type, id)
       JOIN follows f ON f.user_id = $1 AND f.target_type = k.type AND f.target_id = k.id`,
      [userId, types, ids],
    );
    return new Set(rows.map((r) => r.key));
  }

  /** Followers per key (`TYPE:id`). */
  async counts(keys: readonly string[]): Promise<Map<string, number>> {
    const [types, ids] = split(keys);
    const rows: { key: string; count: number }[] = await this.db.query(
      `SELECT k.type || ':' || k.id AS key, count(f.user_id)::int AS count FROM unnest($1::follow_target[], $2::uuid[]) k(type, id)
       LEFT JOIN follows f ON f.target_type = k.type AND f.target_id = k.id
       GROUP BY k.type, k.id`,
      [types, ids],
    );
    return new Map(rows.map((r) => [r.key, r.count]));
  }
}

function split(keys: readonly string[]): [string[], string[]] {
  const parts = keys.map((k) => k.split(':'));
  return [parts.map((p) => p[0]), parts.map((p) => p[1])];
}
