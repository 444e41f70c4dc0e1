import { extractLinks } from '@rembug/markdown';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/policy.js';
import { Role } from '../access/role.js';
import { NEW_ACCOUNT } from './rules.js';

const STAFF: ReadonlySet<Role> = new Set([Role.MODERATOR, Role.OFFICIAL, Role.ADMIN]);

/**
 * Whether an account still gets the lower caps and longer waits for newcomers. Like Discourse's first trust level,
 * an account stops being new after its first day, or sooner once other people have shown they value what it writes:
 * `wellReceivedPosts` of its posts each got an AGREE (a comment) or a SUPPORT (a proposal) from someone else.
 * Threads carry no vote of their own, so they cannot show it. Hidden posts do not count. Spammers and throw-away
 * accounts are nearly always brand new and unappreciated; a real villager is held back for one day at most.
 * Staff are never new: an admin makes an official's account and it must work at once.
 */
export async function isNewAccount(db: DataSource, actor: Actor, now: Date): Promise<boolean> {
  if (STAFF.has(actor.role)) return false;
  // The count runs only for an account still young enough to matter (CASE evaluates lazily).
  const [row]: { young: boolean; well_received: number | null }[] = await db.query(
    `SELECT u.created_at > $2::timestamptz - make_interval(hours => $3) AS young,
            CASE WHEN u.created_at > $2::timestamptz - make_interval(hours => $3) THEN
              (SELECT count(*) FROM comments c
                WHERE c.author_id = u.id AND NOT c.hidden AND c.deleted_at IS NULL
                  AND EXISTS (SELECT 1 FROM comment_votes v WHERE v.comment_id = c.id AND v.value = 'AGREE' AND v.user_id <> u.id))
            + (SELECT count(*) FROM proposals p
                WHERE p.author_id = u.id AND NOT p.hidden
                  AND EXISTS (SELECT 1 FROM proposal_votes v WHERE v.proposal_id = p.id AND v.value = 'SUPPORT' AND v.user_id <> u.id))
            END::int AS well_received
       FROM users u WHERE u.id = $1`,
    [actor.userId, now, NEW_ACCOUNT.maxAgeHours],
  );
  if (!row) return false;
  return row.young && (row.well_received ?? 0) < NEW_ACCOUNT.wellReceivedPosts;
}

/** Distinct web links in a post's title and Markdown body, as the rendered post will show them. */
export function linksIn(...texts: unknown[]): number {
  const links = new Set<string>();
  for (const text of texts) if (typeof text === 'string') for (const link of extractLinks(text)) links.add(link);
  return links.size;
}
