import { forbidden, unauthenticated } from '../common/domain-error.js';
import { Role } from './role.js';

/** Who is asking. `null` means an anonymous visitor. */
export interface Actor {
  userId: string;
  role: Role;
  agencyId: string | null;
  sessionId: string;
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
}

export type Action = keyof Resources;

type Rule<A extends Action> = (actor: Actor, resource: Resources[A]) => boolean;

const isAdmin = (actor: Actor) => actor.role === Role.ADMIN;

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
  'content.seeHidden': (actor) => actor.role === Role.MODERATOR || actor.role === Role.ADMIN,
};

export function can<A extends Action>(actor: Actor | null, action: A, resource: Resources[A]): boolean {
  if (!actor) return false;
  return rules[action](actor, resource);
}

/** Like `can`, but raises the error a client should see: sign in first, or not allowed. */
export function authorize<A extends Action>(
  actor: Actor | null,
  action: A,
  resource: Resources[A],
): asserts actor is Actor {
  if (!actor) throw unauthenticated();
  if (!rules[action](actor, resource)) throw forbidden();
}

export function requireActor(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw unauthenticated();
}
