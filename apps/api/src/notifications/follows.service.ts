import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, requireActor, canSee } from '../access/policy.js';
import { badInput, notFound } from '../common/domain-error.js';
import { requireId } from '../common/validation.js';
import { FollowTarget } from './notification.record.js';

const TABLE: Record<FollowTarget, string> = { THREAD: 'threads', PROPOSAL: 'proposals' };
const NAME: Record<FollowTarget, string> = { THREAD: 'Thread', PROPOSAL: 'Proposal' };

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
