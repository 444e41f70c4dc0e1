import type { Type } from '@nestjs/common';
import { Args, ArgsType, Context, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can } from '../access/policy.js';
import { CommentModel } from '../comments/models/comment.model.js';
import { ConnectionType, type Connection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { ProposalModel } from '../proposals/models/proposal.model.js';
import { AreaModel } from '../reference/models/area.model.js';
import { CategoryModel } from '../reference/models/category.model.js';
import { ThreadModel } from '../threads/models/thread.model.js';
import { UserModel } from '../users/models/user.model.js';
import { ContentType, FlagReason, FlagResolution, ModerationActionType } from './moderation.enums.js';
import type { FlagRecord, ModerationActionRecord, QueueItemRecord } from './moderation.records.js';
import { RateLimits } from '../rate-limit/rate-limits.service.js';
import { ModerationService } from './moderation.service.js';

@InputType()
export class FlagContentInput {
  @Field(() => ContentType, { description: 'THREAD, COMMENT or PROPOSAL.' })
  targetType: ContentType;

  @Field(() => ID)
  targetId: string;

  @Field(() => FlagReason)
  reason: FlagReason;

  @Field(() => String, { nullable: true, description: 'What is wrong, in a few words (at most 500 characters); needed for OTHER. Only moderators read it.' })
  note?: string | null;
}

@InputType()
export class ModerateInput {
  @Field(() => ContentType)
  targetType: ContentType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ModerationActionType)
  action: ModerationActionType;

  @Field({ description: 'Why, in plain words (3–300 characters). Public: it is shown in the moderation log and, for HIDE, in place of the content.' })
  reason: string;

  @Field(() => ID, { nullable: true, description: 'MOVE: the area to move it to.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'MOVE: the category to move it to (null removes its category).' })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'MERGE: the proposal that takes this one\'s votes.' })
  intoProposalId?: string | null;

  @Field(() => Date, { nullable: true, description: 'SUSPEND: until when (give this or durationDays).' })
  until?: Date | null;

  @Field(() => Int, { nullable: true, description: 'SUSPEND: for how many days (give this or until).' })
  durationDays?: number | null;
}

@ObjectType('Flag', { description: 'A reader\'s report that something breaks the rules. Only moderators see who flagged what.' })
export class FlagModel {
  @Field(() => ID)
  id: string;

  @Field(() => ContentType)
  targetType: ContentType;

  @Field(() => ID)
  targetId: string;

  @Field(() => FlagReason)
  reason: FlagReason;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => FlagResolution, { nullable: true })
  resolution: FlagResolution | null;

  @Field({ description: 'Raised by Rembug itself: the text looks like it holds personal data.' })
  automatic: boolean;

  static from(r: FlagRecord): FlagModel {
    return Object.assign(new FlagModel(), { ...r, automatic: r.reporterId === null });
  }
}

@ObjectType('FlagReasonCount')
export class FlagReasonCountModel {
  @Field(() => FlagReason)
  reason: FlagReason;

  @Field(() => Int)
  count: number;
}

@ObjectType('FlagNote', { description: 'What a reader wrote with a flag.' })
export class FlagNoteModel {
  @Field(() => FlagReason)
  reason: FlagReason;

  @Field()
  note: string;

  @Field()
  createdAt: Date;
}

@ObjectType('ModerationQueueItem', { description: 'Everything open about one thread, comment or proposal: its flags, and the content in context.' })
export class ModerationQueueItemModel {
  @Field(() => ID, { description: 'TYPE:id of the target.' })
  id: string;

  @Field(() => ContentType)
  targetType: ContentType;

  @Field(() => ID)
  targetId: string;

  @Field(() => Int, { description: 'Distinct people who flagged it (the personal-data guard not counted).' })
  flagCount: number;

  @Field(() => [FlagReasonCountModel], { description: 'Open flags by reason, most frequent first (PERSONAL_DATA includes the guard\'s own).' })
  reasons: FlagReasonCountModel[];

  @Field(() => [FlagNoteModel], { description: 'Readers\' notes, newest first.' })
  notes: FlagNoteModel[];

  @Field({ description: 'When the oldest open flag was raised: how long it has waited.' })
  firstFlaggedAt: Date;

  @Field()
  lastFlaggedAt: Date;

  authorId: string | null;

  static from(r: QueueItemRecord): ModerationQueueItemModel {
    return Object.assign(new ModerationQueueItemModel(), {
      ...r,
      id: `${r.targetType}:${r.targetId}`,
      notes: r.notes.map((n) => ({ ...n, createdAt: new Date(n.createdAt) })),
    });
  }
}

@ObjectType('ModerationAction', { description: 'One entry of the public moderation log.' })
export class ModerationActionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ContentType)
  targetType: ContentType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ModerationActionType)
  action: ModerationActionType;

  @Field({ description: 'The reason given, in public.' })
  reason: string;

  @Field({ description: 'Done by the rules (hidden after enough flags), not by a person.' })
  automatic: boolean;

  @Field(() => Int, { nullable: true, description: 'For an automatic HIDE: how many people had flagged it.' })
  flagCount: number | null;

  @Field(() => Date, { nullable: true, description: 'SUSPEND: until when.' })
  suspendedUntil: Date | null;

  @Field(() => Int, { nullable: true, description: 'MERGE: votes moved to the other proposal (people who had voted on both keep their vote there).' })
  votesMoved: number | null;

  @Field()
  createdAt: Date;

  moderatorId: string | null;
  mergedIntoId: string | null;
  toAreaId: string | null;
  toCategoryId: string | null;
  moved: boolean;

  static from(r: ModerationActionRecord): ModerationActionModel {
    const d = r.details ?? {};
    return Object.assign(new ModerationActionModel(), {
      id: r.id,
      targetType: r.targetType,
      targetId: r.targetId,
      action: r.action,
      reason: r.reason,
      automatic: d.automatic === true,
      flagCount: d.flagCount ?? null,
      suspendedUntil: d.suspendedUntil ? new Date(d.suspendedUntil) : null,
      votesMoved: d.votesMoved ?? null,
      createdAt: r.createdAt,
      moderatorId: r.moderatorId,
      mergedIntoId: d.mergedIntoId ?? null,
      toAreaId: d.toAreaId ?? null,
      toCategoryId: d.toCategoryId ?? null,
      moved: r.action === ModerationActionType.MOVE,
    });
  }
}

const QueueConnection = ConnectionType(ModerationQueueItemModel, 'ModerationQueueItem');
const LogConnection = ConnectionType(ModerationActionModel, 'ModerationAction');

@ArgsType()
class QueueArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
class LogArgs extends QueueArgs {
  @Field(() => ContentType, { nullable: true })
  targetType?: ContentType | null;

  @Field(() => ID, { nullable: true, description: 'Only the actions on this thread, comment, proposal or person.' })
  targetId?: string | null;

  @Field(() => ModerationActionType, { nullable: true })
  action?: ModerationActionType | null;
}

/**
 * The thread, comment or proposal a queue item or log entry is about, as the asking person may see it (the text of
 * hidden content stays blank for readers who may not read it): shared by both through inheritance.
 */
function TargetContentResolver<T extends { targetType: ContentType; targetId: string }>(of: Type<T>) {
  @Resolver(() => of, { isAbstract: true })
  abstract class TargetContent {
    @ResolveField(() => ThreadModel, { nullable: true, description: 'The thread, when the target is one.' })
    async thread(@Parent() item: T, @Context() ctx: GqlContext): Promise<ThreadModel | null> {
      const row = item.targetType === ContentType.THREAD ? await ctx.loaders.thread.load(item.targetId) : null;
      return row ? ThreadModel.from(row) : null;
    }

    @ResolveField(() => CommentModel, { nullable: true, description: 'The comment, when the target is one; its `thread` and `parent` give the context.' })
    async comment(@Parent() item: T, @Context() ctx: GqlContext): Promise<CommentModel | null> {
      const row = item.targetType === ContentType.COMMENT ? await ctx.loaders.comment.load(item.targetId) : null;
      return row ? CommentModel.from(row) : null;
    }

    @ResolveField(() => ProposalModel, { nullable: true, description: 'The proposal, when the target is one.' })
    async proposal(@Parent() item: T, @Context() ctx: GqlContext): Promise<ProposalModel | null> {
      const row = item.targetType === ContentType.PROPOSAL ? await ctx.loaders.proposal.load(item.targetId) : null;
      return row ? ProposalModel.from(row) : null;
    }
  }
  return TargetContent;
}

@Resolver(() => ModerationQueueItemModel)
export class ModerationQueueResolver extends TargetContentResolver(ModerationQueueItemModel) {
  constructor(
    private readonly moderation: ModerationService,
    private readonly limits: RateLimits,
  ) {
    super();
  }

  @Mutation(() => FlagModel, {
    description:
      'Flag a thread, comment or proposal that breaks the rules. One flag per person per item; after enough different people flag it, it is hidden until a moderator reviews it.',
  })
  async flagContent(@Args('input') input: FlagContentInput, @Context() ctx: GqlContext): Promise<FlagModel> {
    // Flagging is limited like posting (a flood of flags is abuse too); a flag refused for another reason does not count.
    const held = await this.limits.consumeFlag(ctx.actor, ctx.req);
    try {
      return FlagModel.from(await this.moderation.flag(ctx.actor, input));
    } catch (error) {
      await held.release();
      throw error;
    }
  }

  @Mutation(() => ModerationActionModel, { description: 'MODERATOR or ADMIN: act on content or a person. Every action is logged in public (moderationLog).' })
  async moderate(@Args('input') input: ModerateInput, @Context() ctx: GqlContext): Promise<ModerationActionModel> {
    const action = ModerationActionModel.from(await this.moderation.moderate(ctx.actor, input));
    ctx.loaders.thread.clear(action.targetId);
    ctx.loaders.comment.clear(action.targetId);
    ctx.loaders.proposal.clear(action.targetId);
    ctx.loaders.user.clear(action.targetId);
    if (action.mergedIntoId) ctx.loaders.proposal.clear(action.mergedIntoId);
    return action;
  }

  @Query(() => QueueConnection, { description: 'MODERATOR or ADMIN: open flags grouped by what they flag, oldest first.' })
  async moderationQueue(@Args() args: QueueArgs, @Context() ctx: GqlContext): Promise<Connection<ModerationQueueItemModel>> {
    const page = await this.moderation.queue(ctx.actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: ModerationQueueItemModel.from(e.node) })) };
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who wrote it.' })
  async author(@Parent() item: ModerationQueueItemModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    const user = item.authorId ? await ctx.loaders.user.load(item.authorId) : null;
    return user ? UserModel.from(user, { withPrivate: false }) : null;
  }

  @ResolveField(() => [FlagModel], { description: 'The open flags themselves, newest first.' })
  async flags(@Parent() item: ModerationQueueItemModel, @Context() ctx: GqlContext): Promise<FlagModel[]> {
    return (await this.moderation.openFlags(ctx.actor, item.targetType, item.targetId)).map(FlagModel.from);
  }
}

@Resolver(() => ModerationActionModel)
export class ModerationLogResolver extends TargetContentResolver(ModerationActionModel) {
  constructor(private readonly moderation: ModerationService) {
    super();
  }

  @Query(() => LogConnection, { description: 'The public moderation log: every moderator action with its reason, newest first. Anyone may read it.' })
  async moderationLog(@Args() args: LogArgs): Promise<Connection<ModerationActionModel>> {
    const page = await this.moderation.logPage(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: ModerationActionModel.from(e.node) })) };
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who acted: shown to admins only (null for everyone else, and for automatic actions).' })
  async moderator(@Parent() a: ModerationActionModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!a.moderatorId || !can(ctx.actor, 'moderation.seeModerators', undefined)) return null;
    const user = await ctx.loaders.user.load(a.moderatorId);
    return user ? UserModel.from(user, { withPrivate: false }) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The person, for SUSPEND and UNSUSPEND.' })
  async user(@Parent() a: ModerationActionModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    const user = a.targetType === ContentType.USER ? await ctx.loaders.user.load(a.targetId) : null;
    return user ? UserModel.from(user, { withPrivate: false }) : null;
  }

  @ResolveField(() => ProposalModel, { nullable: true, description: 'MERGE: the proposal that took the votes.' })
  async mergedInto(@Parent() a: ModerationActionModel, @Context() ctx: GqlContext): Promise<ProposalModel | null> {
    if (!a.mergedIntoId) return null;
    const p = await ctx.loaders.proposal.load(a.mergedIntoId);
    return p ? ProposalModel.from(p) : null;
  }

  @ResolveField(() => AreaModel, { nullable: true, description: 'MOVE: the area it was moved to.' })
  async movedToArea(@Parent() a: ModerationActionModel, @Context() ctx: GqlContext): Promise<AreaModel | null> {
    if (!a.toAreaId) return null;
    const area = await ctx.loaders.area.load(a.toAreaId);
    return area ? AreaModel.from(area) : null;
  }

  @ResolveField(() => CategoryModel, { nullable: true, description: 'MOVE: the category it was moved to.' })
  async movedToCategory(@Parent() a: ModerationActionModel, @Context() ctx: GqlContext): Promise<CategoryModel | null> {
    if (!a.toCategoryId) return null;
    const category = await ctx.loaders.category.load(a.toCategoryId);
    return category ? CategoryModel.from(category) : null;
  }
}

export const moderationResolvers = [ModerationQueueResolver, ModerationLogResolver];
