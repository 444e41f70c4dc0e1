import { createHash } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, ArgsType, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, registerEnumType, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { type Actor, requireActor, canSee } from '../access/policy.js';
import { CommentModel } from '../comments/models/comment.model.js';
import { type Connection, ConnectionType } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { PageArgs } from '../graphql/list-args.js';
import { LoadersFactory } from '../graphql/loaders.js';
import { Topics } from '../live/topics.js';
import { ProposalModel } from '../proposals/models/proposal.model.js';
import { ProposalStatus } from '../proposals/proposal.record.js';
import { PUB_SUB } from '../pubsub/pubsub.module.js';
import { ThreadModel } from '../threads/models/thread.model.js';
import { UserModel } from '../users/models/user.model.js';
import { followKey, FollowsService } from './follows.service.js';
import { type FollowRecord, FollowTarget, NotificationKind, type NotificationRecord, NotificationTarget } from './notification.record.js';
import { type NotificationEvent, NotificationsService } from './notifications.service.js';

registerEnumType(FollowTarget, { name: 'FollowTarget', description: 'What can be followed: a thread or a proposal.' });
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'REPLY: a reply to your comment; NEW_COMMENT: a comment in a thread you follow; OFFICIAL_RESPONSE: an official answered a proposal you follow; ' +
    'STATUS_CHANGED: a proposal you follow changed status (support threshold reached, withdrawn); PROPOSAL_FROM_THREAD: a proposal was made from a thread you follow; ' +
    'MODERATION: a moderator acted on something you wrote.',
});
registerEnumType(NotificationTarget, { name: 'NotificationTarget', description: 'What a notification is about.' });

@ObjectType('Notification', { description: 'Something that happened that concerns you. Only you see your notifications.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationTarget, { description: 'A COMMENT for REPLY and NEW_COMMENT, a PROPOSAL for proposal news, what was moderated for MODERATION.' })
  targetType: NotificationTarget;

  @Field(() => ID)
  targetId: string;

  @Field(() => ProposalStatus, { nullable: true, description: 'The proposal status after the change (OFFICIAL_RESPONSE, STATUS_CHANGED).' })
  status: ProposalStatus | null;

  @Field(() => ProposalStatus, { nullable: true, description: 'The proposal status before the change (OFFICIAL_RESPONSE, STATUS_CHANGED).' })
  previousStatus: ProposalStatus | null;

  @Field(() => String, { nullable: true, description: 'What a moderator did (MODERATION), e.g. HIDDEN or RESTORED.' })
  moderationAction: string | null;

  @Field()
  read: boolean;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field()
  createdAt: Date;

  userId: string;
  actorId: string | null;
  threadId: string | null;
  proposalId: string | null;
  commentId: string | null;

  static from(r: NotificationRecord): NotificationModel {
    const d = r.data ?? {};
    // Records that went through Redis arrive with dates as strings.
    const readAt = r.readAt ? new Date(r.readAt) : null;
    return Object.assign(new NotificationModel(), {
      id: r.id,
      kind: r.kind,
      targetType: r.targetType,
      targetId: r.targetId,
      status: d.status ?? null,
      previousStatus: d.fromStatus ?? null,
      moderationAction: d.action ?? null,
      read: readAt !== null,
      readAt,
      createdAt: new Date(r.createdAt),
      userId: r.userId,
      actorId: r.actorId,
      threadId: d.threadId ?? (r.targetType === NotificationTarget.THREAD ? r.targetId : null),
      proposalId: d.proposalId ?? (r.targetType === NotificationTarget.PROPOSAL ? r.targetId : null),
      commentId: d.commentId ?? (r.targetType === NotificationTarget.COMMENT ? r.targetId : null),
    });
  }
}

const NotificationConnection = ConnectionType(NotificationModel, 'Notification');

/**
 * A follow is keyed by the person and its target, and has no id column: its id
 * is a name-based UUID (RFC 9562 version 5 layout) of those three, so it is
 * unique across people and the same every time it is read.
 */
function followId(r: FollowRecord): string {
  const bytes = createHash('sha1').update(`follow:${r.userId}:${r.targetType}:${r.targetId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

@ObjectType('Follow', { description: 'A thread or proposal you follow: its activity becomes your notifications. Exactly one of `thread` and `proposal` is set.' })
export class FollowModel {
  @Field(() => ID, { description: 'The same for as long as you follow the same thread or proposal.' })
  id: string;

  @Field(() => FollowTarget, { description: 'THREAD: `thread` is set; PROPOSAL: `proposal` is set.' })
  targetType: FollowTarget;

  @Field({ description: 'When you started following.' })
  createdAt: Date;

  targetId: string;

  static from(r: FollowRecord): FollowModel {
    return Object.assign(new FollowModel(), { id: followId(r), targetType: r.targetType, createdAt: r.createdAt, targetId: r.targetId });
  }
}

const FollowConnection = ConnectionType(FollowModel, 'Follow');

@ArgsType()
export class FollowsArgs extends PageArgs {
  @Field(() => FollowTarget, { nullable: true, description: 'Only threads, or only proposals; both when left out.' })
  targetType?: FollowTarget | null;
}

const visible = (actor: Actor | null, item: { hidden: boolean; authorId: string }) =>
  canSee(actor, item);

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly follows: FollowsService,
    private readonly loaders: LoadersFactory,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first. Signed-in only.' })
  async notifications(
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean | null,
  ): Promise<Connection<NotificationModel>> {
    const page = await this.service.list(ctx.actor, { first, after, unreadOnly });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: NotificationModel.from(e.node) })) };
  }

  @Query(() => Int, { description: 'How many of your notifications are unread. Signed-in only.' })
  unreadNotificationCount(@Context() ctx: GqlContext): Promise<number> {
    return this.service.unreadCount(ctx.actor);
  }

  @Mutation(() => Int, { description: 'Mark your notifications read: those listed, or all of them when `ids` is left out. Returns how many changed.' })
  markNotificationsRead(@Context() ctx: GqlContext, @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null): Promise<number> {
    return this.service.markRead(ctx.actor, ids);
  }

  @Mutation(() => Boolean, { description: 'Follow a thread or proposal to be notified of its activity. Following twice changes nothing.' })
  follow(
    @Args('targetType', { type: () => FollowTarget }) targetType: FollowTarget,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.follows.set(ctx.actor, targetType, targetId, true).then(() => true);
  }

  @Mutation(() => Boolean, { description: 'Stop following a thread or proposal. Unfollowing twice changes nothing.' })
  unfollow(
    @Args('targetType', { type: () => FollowTarget }) targetType: FollowTarget,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.follows.set(ctx.actor, targetType, targetId, false).then(() => true);
  }

  @Subscription(() => NotificationModel, {
    description: 'Your new notifications, as they happen. Signed-in only.',
    filter: (payload: NotificationEvent, _vars: unknown, ctx: GqlContext) => payload.notification.userId === ctx.actor?.userId,
    resolve(this: NotificationsResolver, payload: NotificationEvent, _args: unknown, ctx: GqlContext) {
      ctx.loaders = this.loaders.create(ctx.actor);
      return NotificationModel.from(payload.notification);
    },
  })
  notificationReceived(@Context() ctx: GqlContext) {
    requireActor(ctx.actor);
    return this.pubsub.asyncIterableIterator(Topics.notification(ctx.actor.userId));
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who acted; null for the system (a support threshold reached).' })
  async actor(@Parent() n: NotificationModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!n.actorId) return null;
    const user = await ctx.loaders.user.load(n.actorId);
    return user ? UserModel.from(user, { withPrivate: false }) : null;
  }

  @ResolveField(() => ThreadModel, { nullable: true, description: 'The thread concerned, if any (and you may still see it).' })
  async thread(@Parent() n: NotificationModel, @Context() ctx: GqlContext): Promise<ThreadModel | null> {
    if (!n.threadId) return null;
    const thread = await ctx.loaders.thread.load(n.threadId);
    return thread && visible(ctx.actor, thread) ? ThreadModel.from(thread) : null;
  }

  @ResolveField(() => ProposalModel, { nullable: true, description: 'The proposal concerned, if any (and you may still see it).' })
  async proposal(@Parent() n: NotificationModel, @Context() ctx: GqlContext): Promise<ProposalModel | null> {
    if (!n.proposalId) return null;
    const proposal = await ctx.loaders.proposal.load(n.proposalId);
    return proposal && visible(ctx.actor, proposal) ? ProposalModel.from(proposal) : null;
  }

  @ResolveField(() => CommentModel, { nullable: true, description: 'The comment concerned, if any (and you may still see it).' })
  async comment(@Parent() n: NotificationModel, @Context() ctx: GqlContext): Promise<CommentModel | null> {
    if (!n.commentId) return null;
    const comment = await ctx.loaders.comment.load(n.commentId);
    return comment && visible(ctx.actor, comment) ? CommentModel.from(comment) : null;
  }
}

@Resolver(() => FollowModel)
export class FollowsResolver {
  constructor(private readonly service: FollowsService) {}

  @Query(() => FollowConnection, {
    description: 'The threads and proposals you follow, the latest followed first; those you may no longer see (hidden by a moderator) are left out. Signed-in only.',
  })
  async follows(@Args() args: FollowsArgs, @Context() ctx: GqlContext): Promise<Connection<FollowModel>> {
    const page = await this.service.list(ctx.actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: FollowModel.from(e.node) })) };
  }

  @ResolveField(() => ThreadModel, { nullable: true, description: 'The thread followed; null for a proposal.' })
  async thread(@Parent() f: FollowModel, @Context() ctx: GqlContext): Promise<ThreadModel | null> {
    if (f.targetType !== FollowTarget.THREAD) return null;
    const thread = await ctx.loaders.thread.load(f.targetId);
    return thread && canSee(ctx.actor, thread) ? ThreadModel.from(thread) : null;
  }

  @ResolveField(() => ProposalModel, { nullable: true, description: 'The proposal followed; null for a thread.' })
  async proposal(@Parent() f: FollowModel, @Context() ctx: GqlContext): Promise<ProposalModel | null> {
    if (f.targetType !== FollowTarget.PROPOSAL) return null;
    const proposal = await ctx.loaders.proposal.load(f.targetId);
    return proposal && canSee(ctx.actor, proposal) ? ProposalModel.from(proposal) : null;
  }
}

@Resolver(() => ThreadModel)
export class ThreadFollowsResolver {
  @ResolveField(() => Boolean, { description: 'Whether you follow this thread (false for visitors).' })
  viewerFollows(@Parent() thread: ThreadModel, @Context() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.viewerFollows.load(followKey(FollowTarget.THREAD, thread.id));
  }

  @ResolveField(() => Int, { description: 'How many people follow this thread.' })
  followerCount(@Parent() thread: ThreadModel, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.followerCount.load(followKey(FollowTarget.THREAD, thread.id));
  }
}

@Resolver(() => ProposalModel)
export class ProposalFollowsResolver {
  @ResolveField(() => Boolean, { description: 'Whether you follow this proposal (false for visitors).' })
  viewerFollows(@Parent() proposal: ProposalModel, @Context() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.viewerFollows.load(followKey(FollowTarget.PROPOSAL, proposal.id));
  }

  @ResolveField(() => Int, { description: 'How many people follow this proposal.' })
  followerCount(@Parent() proposal: ProposalModel, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.followerCount.load(followKey(FollowTarget.PROPOSAL, proposal.id));
  }
}

export const notificationResolvers = [NotificationsResolver, FollowsResolver, ThreadFollowsResolver, ProposalFollowsResolver];
