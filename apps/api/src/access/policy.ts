import { DomainError, ErrorCode, forbidden, unauthenticated } from '../common/domain-error.js';
import { Role } from './role.js';

/** Who is asking. `null` means an anonymous visitor. */
export interface Actor {
  userId: string;
  role: Role;
  agencyId: string | null;
  sessionId: string;
  /** set while the account is suspended: the person may read, not write */
  suspension?: { until: Date; reason: string } | null;
}

/** The resources rules look at; each action names the one it needs. */
export interface Resources {
  'user.readPrivate': { userId: string };
  'user.list': undefined;
  'user.setRole': { userId: string; role: Role };
  'reference.manage': undefined;
  'account.update': { userId: string };
  'thread.create': undefined;
  'comment.create': { threadLocked: boolean };
  'comment.vote': undefined;
  'content.seeHidden': undefined;
  'thread.edit': { authorId: string };
  'thread.delete': { authorId: string };
  'comment.edit': { authorId: string; threadLocked: boolean };
  'comment.delete': { authorId: string };
  'proposal.create': undefined;
  'proposal.vote': { authorId: string };
  'proposal.withdraw': { authorId: string };
  'proposal.respond': { agencyId: string | null };
  'proposal.assignAgency': undefined;
  'audit.verify': undefined;
  'content.flag': { authorId: string };
  'content.moderate': { authorRole: Role };
  'moderation.queue': undefined;
  'moderation.seeModerators': undefined;
  'user.suspend': { userId: string; role: Role };
}

export type Action = keyof Resources;

type Rule<A extends Action> = (actor: Actor, resource: Resources[A]) => boolean;

const isAdmin = (actor: Actor) => actor.role === Role.ADMIN;
const isModerator = (actor: Actor) => actor.role === Role.MODERATOR || actor.role === Role.ADMIN;

/**
 * The single table of who may do what. Every service asks here; nothing else
 * decides permissions, so the rules can be read and tested in one place.
 * Anonymous visitors may do none of these: reading public data needs no rule.
 */
const rules: { [A in Action]: Rule<A> } = {
  // Personal data (email, locale) is for its owner and admins.
  'user.readPrivate': (actor, r) => actor.userId === r.userId || isAdmin(actor),
  'user.list': isAdmin,
  'user.setRole': isAdmin,
  'reference.manage': isAdmin,
  'account.update': (actor, r) => actor.userId === r.userId,
  'thread.create': () => true,
  // A locked thread is closed to everyone; moderators unlock it first.
  'comment.create': (_actor, r) => !r.threadLocked,
  'comment.vote': () => true,
  'content.seeHidden': isModerator,
  // Authors change their own words (a public revision history keeps every version); nobody rewrites anyone else's.
  'thread.edit': (actor, r) => actor.userId === r.authorId,
  'comment.edit': (actor, r) => actor.userId === r.authorId && !r.threadLocked,
  // Deleting removes the text for good, so besides the author only an admin may (a data-protection request).
  'thread.delete': (actor, r) => actor.userId === r.authorId || isAdmin(actor),
  'comment.delete': (actor, r) => actor.userId === r.authorId || isAdmin(actor),
  'proposal.create': () => true,
  // Support counts what others think of a proposal; its author's view is already on record.
  'proposal.vote': (actor, r) => actor.userId !== r.authorId,
  'proposal.withdraw': (actor, r) => actor.userId === r.authorId,
  // Officials answer for their own agency only; admins may answer for any.
  'proposal.respond': (actor, r) => isAdmin(actor) || (actor.role === Role.OFFICIAL && r.agencyId !== null && actor.agencyId === r.agencyId),
  'proposal.assignAgency': isModerator,
  'audit.verify': isAdmin,
  // Flags are for other people's words; an author who regrets a post edits or deletes it.
  'content.flag': (actor, r) => actor.userId !== r.authorId,
  // Moderators keep the debate healthy, but an admin's words are answered to by another admin only.
  'content.moderate': (actor, r) => isAdmin(actor) || (actor.role === Role.MODERATOR && r.authorRole !== Role.ADMIN),
  'moderation.queue': isModerator,
  'moderation.seeModerators': isAdmin,
  // Moderators suspend citizens and officials; staff accounts are an admin's call. Nobody suspends themselves.
  'user.suspend': (actor, r) =>
    actor.userId !== r.userId && (isAdmin(actor) || (actor.role === Role.MODERATOR && (r.role === Role.CITIZEN || r.role === Role.OFFICIAL))),
};

/** What a suspended person may still do: read, and see what is theirs. Everything else writes. */
const READS: ReadonlySet<Action> = new Set<Action>(['user.readPrivate', 'user.list', 'content.seeHidden', 'audit.verify', 'moderation.queue', 'moderation.seeModerators']);

/** The suspension in force for this actor, if any. */
export function activeSuspension(actor: Actor | null): { until: Date; reason: string } | null {
  const s = actor?.suspension;
  return s && s.until.getTime() > Date.now() ? s : null;
}

function suspendedFrom(actor: Actor, action: Action): boolean {
  return !READS.has(action) && activeSuspension(actor) !== null;
}

export function suspendedMessage(s: { until: Date; reason: string }): string {
  return `Your account is suspended until ${s.until.toISOString()} (${s.reason}). You can still read, but not post, vote or flag.`;
}

export function can<A extends Action>(actor: Actor | null, action: A, resource: Resources[A]): boolean {
  if (!actor) return false;
  if (suspendedFrom(actor, action)) return false;
  return rules[action](actor, resource);
}

/** Like `can`, but raises the error a client should see: sign in first, or not allowed. */
export function authorize<A extends Action>(
  actor: Actor | null,
  action: A,
  resource: Resources[A],
): asserts actor is Actor {
  if (!actor) throw unauthenticated();
  if (suspendedFrom(actor, action)) {
    const suspension = activeSuspension(actor)!;
    throw new DomainError(ErrorCode.FORBIDDEN, suspendedMessage(suspension), { suspendedUntil: suspension.until.toISOString() });
  }
  if (!rules[action](actor, resource)) throw forbidden();
}

/** Hidden content is shown only to moderators and to its author; everything else is public. */
export function canSee(actor: Actor | null, item: { hidden: boolean; authorId: string }): boolean {
  return !item.hidden || can(actor, 'content.seeHidden', undefined) || item.authorId === actor?.userId;
}

/**
 * `canSee` as a SQL condition, for a list that must count and page only what the
 * actor may see. `columns` are the SQL expressions of the row's hidden flag and
 * author id; `param` adds a query parameter and returns its placeholder.
 */
export function canSeeSql(actor: Actor | null, columns: { hidden: string; authorId: string }, param: (value: unknown) => string): string {
  if (can(actor, 'content.seeHidden', undefined)) return 'true';
  if (!actor) return `NOT ${columns.hidden}`;
  return `(NOT ${columns.hidden} OR ${columns.authorId} = ${param(actor.userId)})`;
}

export function requireActor(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw unauthenticated();
}
