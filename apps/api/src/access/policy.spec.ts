import { type Action, type Actor, type Resources, authorize, can } from './policy.js';
import { Role } from './role.js';
import { ErrorCode } from '../common/domain-error.js';

const actor = (role: Role, userId = 'u-self'): Actor => ({
  userId,
  role,
  agencyId: role === Role.OFFICIAL ? 'agency-1' : null,
  sessionId: 's',
});

const citizen = actor(Role.CITIZEN);
const moderator = actor(Role.MODERATOR);
const official = actor(Role.OFFICIAL);
const admin = actor(Role.ADMIN);

type Row = { [A in Action]: [A, Resources[A], { anonymous: boolean; citizen: boolean; moderator: boolean; official: boolean; admin: boolean }] }[Action];

const self = { userId: 'u-self' };
const other = { userId: 'u-other' };

// Each row: action, resource, and whether each kind of actor may do it.
const table: Row[] = [
  ['user.readPrivate', self, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['user.readPrivate', other, { anonymous: false, citizen: false, moderator: false, official: false, admin: true }],
  ['user.list', undefined, { anonymous: false, citizen: false, moderator: false, official: false, admin: true }],
  ['user.setRole', { userId: 'u-other', role: Role.MODERATOR }, { anonymous: false, citizen: false, moderator: false, official: false, admin: true }],
  ['user.setRole', { userId: 'u-self', role: Role.ADMIN }, { anonymous: false, citizen: false, moderator: false, official: false, admin: true }],
  ['reference.manage', undefined, { anonymous: false, citizen: false, moderator: false, official: false, admin: true }],
  ['account.update', self, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['account.update', other, { anonymous: false, citizen: false, moderator: false, official: false, admin: false }],
  ['thread.create', undefined, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['comment.create', { threadLocked: false }, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['comment.create', { threadLocked: true }, { anonymous: false, citizen: false, moderator: false, official: false, admin: false }],
  ['comment.vote', undefined, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['content.seeHidden', undefined, { anonymous: false, citizen: false, moderator: true, official: false, admin: true }],
  ['thread.edit', { authorId: 'u-self' }, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['thread.edit', { authorId: 'u-other' }, { anonymous: false, citizen: false, moderator: false, official: false, admin: false }],
  ['thread.delete', { authorId: 'u-other' }, { anonymous: false, citizen: false, moderator: false, official: false, admin: true }],
  ['comment.edit', { authorId: 'u-self', threadLocked: false }, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['comment.edit', { authorId: 'u-self', threadLocked: true }, { anonymous: false, citizen: false, moderator: false, official: false, admin: false }],
  ['comment.edit', { authorId: 'u-other', threadLocked: false }, { anonymous: false, citizen: false, moderator: false, official: false, admin: false }],
  ['comment.delete', { authorId: 'u-self' }, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['comment.delete', { authorId: 'u-other' }, { anonymous: false, citizen: false, moderator: false, official: false, admin: true }],
  ['proposal.create', undefined, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['proposal.vote', { authorId: 'u-other' }, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['proposal.vote', { authorId: 'u-self' }, { anonymous: false, citizen: false, moderator: false, official: false, admin: false }],
  ['proposal.withdraw', { authorId: 'u-self' }, { anonymous: false, citizen: true, moderator: true, official: true, admin: true }],
  ['proposal.withdraw', { authorId: 'u-other' }, { anonymous: false, citizen: false, moderator: false, official: false, admin: false }],
  ['proposal.respond', { agencyId: 'agency-1' }, { anonymous: false, citizen: false, moderator: false, official: true, admin: true }],
  ['proposal.respond', { agencyId: 'agency-2' }, { anonymous: false, citizen: false, moderator: false, official: false, admin: true }],
  ['proposal.respond', { agencyId: null }, { anonymous: false, citizen: false, moderator: false, official: false, admin: true }],
  ['proposal.assignAgency', undefined, { anonymous: false, citizen: false, moderator: true, official: false, admin: true }],
  ['audit.verify', undefined, { anonymous: false, citizen: false, moderator: false, official: false, admin: true }],
];

describe('access policy', () => {
  it.each(table)('%s on %j', (action, resource, expected) => {
    const got = {
      anonymous: can(null, action, resource as never),
      citizen: can(citizen, action, resource as never),
      moderator: can(moderator, action, resource as never),
      official: can(official, action, resource as never),
      admin: can(admin, action, resource as never),
    };
    expect(got).toEqual(expected);
  });

  it('asks anonymous visitors to sign in and tells others they are not allowed', () => {
    expect(() => authorize(null, 'user.list', undefined)).toThrow(expect.objectContaining({ code: ErrorCode.UNAUTHENTICATED }));
    expect(() => authorize(citizen, 'user.list', undefined)).toThrow(expect.objectContaining({ code: ErrorCode.FORBIDDEN }));
    expect(() => authorize(admin, 'user.list', undefined)).not.toThrow();
  });
});
