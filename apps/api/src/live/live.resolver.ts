import { Inject } from '@nestjs/common';
import { Args, Context, Field, ID, ObjectType, registerEnumType, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { type Actor, authorize, canSee } from '../access/policy.js';
import { CommentModel } from '../comments/models/comment.model.js';
import { badInput } from '../common/domain-error.js';
import { isUuid } from '../common/validation.js';
import type { GqlContext } from '../graphql/context.js';
import { LoadersFactory } from '../graphql/loaders.js';
import { ProposalModel } from '../proposals/models/proposal.model.js';
import { PUB_SUB } from '../pubsub/pubsub.module.js';
import { ThreadModel } from '../threads/models/thread.model.js';
import { type CommentEvent, type ProposalEvent, type ThreadActivityEvent, Topics } from './topics.js';

export enum ActivityKind {
  THREAD = 'THREAD',
  PROPOSAL = 'PROPOSAL',
}
registerEnumType(ActivityKind, { name: 'ActivityKind', description: 'What is new in an area: a thread or a proposal.' });

@ObjectType('AreaActivity', { description: 'A new thread or proposal in an area or anywhere inside it.' })
export class AreaActivityModel {
  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field(() => ID, { description: 'The area it was posted in (the subscribed area or one inside it).' })
  areaId: string;

  @Field(() => ThreadModel, { nullable: true })
  thread: ThreadModel | null;

  @Field(() => ProposalModel, { nullable: true })
  proposal: ProposalModel | null;
}

/** Hidden content reaches only moderators and its author; everyone else never receives it. */
function visibleTo(actor: Actor | null, item: { hidden: boolean; authorId: string }): boolean {
  return canSee(actor, item);
}

function requireIdArg(name: string, value: unknown): string {
  if (!isUuid(value)) throw badInput(name, 'is not a valid id.');
  return value.toLowerCase();
}

@Resolver()
export class LiveResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    private readonly loaders: LoadersFactory,
  ) {}

  /**
   * Each event is resolved with fresh loaders, so per-person fields (myVote) are
   * never stale; they are built only if the subscriber's selection needs one,
   * which keeps a large audience cheap to serve.
   */
  private fresh(ctx: GqlContext): void {
    let loaders: GqlContext['loaders'] | undefined;
    Object.defineProperty(ctx, 'loaders', {
      configurable: true,
      enumerable: true,
      get: () => (loaders ??= this.loaders.create(ctx.actor)),
      set: (value: GqlContext['loaders']) => (loaders = value),
    });
  }

  @Subscription(() => CommentModel, {
    description: 'New comments in a thread, replies included.',
    filter: (payload: CommentEvent, _vars: unknown, ctx: GqlContext) => visibleTo(ctx.actor, payload.comment),
    resolve(this: LiveResolver, payload: CommentEvent, _args: unknown, ctx: GqlContext) {
      this.fresh(ctx);
      return CommentModel.from(payload.comment);
    },
  })
  commentAdded(@Args('threadId', { type: () => ID }) threadId: string) {
    return this.pubsub.asyncIterableIterator(Topics.commentAdded(requireIdArg('threadId', threadId)));
  }

  @Subscription(() => CommentModel, {
    description: 'Comments in a thread that changed: edited, deleted, hidden or restored, or their vote counts (at most about 4 a second per comment).',
    // Every change reaches every subscriber, a comment just hidden included, so their pages drop its text: the
    // visibility fields (moderation/visibility.resolver.ts) leave the words out for readers who may not see them.
    resolve(this: LiveResolver, payload: CommentEvent, _args: unknown, ctx: GqlContext) {
      this.fresh(ctx);
      return CommentModel.from(payload.comment);
    },
  })
  commentUpdated(@Args('threadId', { type: () => ID }) threadId: string) {
    return this.pubsub.asyncIterableIterator(Topics.commentUpdated(requireIdArg('threadId', threadId)));
  }

  @Subscription(() => ProposalModel, {
    description: 'A proposal changed: votes (at most about 4 events a second, with the latest counts), status, responses, routing.',
    // Like commentUpdated: every change reaches every subscriber; the visibility fields leave out hidden text.
    resolve(this: LiveResolver, payload: ProposalEvent, _args: unknown, ctx: GqlContext) {
      this.fresh(ctx);
      return ProposalModel.from(payload.proposal);
    },
  })
  proposalUpdated(@Args('proposalId', { type: () => ID }) proposalId: string) {
    return this.pubsub.asyncIterableIterator(Topics.proposalUpdated(requireIdArg('proposalId', proposalId)));
  }

  @Subscription(() => AreaActivityModel, {
    description: 'New threads and proposals in an area, including the districts and villages inside it.',
    filter: (payload: ThreadActivityEvent, _vars: unknown, ctx: GqlContext) => {
      const item = payload.thread ?? payload.proposal;
      return item !== null && visibleTo(ctx.actor, item);
    },
    resolve(this: LiveResolver, payload: ThreadActivityEvent, _args: unknown, ctx: GqlContext): AreaActivityModel {
      this.fresh(ctx);
      return Object.assign(new AreaActivityModel(), {
        kind: payload.kind as ActivityKind,
        areaId: payload.areaId,
        thread: payload.thread ? ThreadModel.from(payload.thread) : null,
        proposal: payload.proposal ? ProposalModel.from(payload.proposal) : null,
      });
    },
  })
  threadActivity(@Args('areaId', { type: () => ID }) areaId: string) {
    return this.pubsub.asyncIterableIterator(Topics.threadActivity(requireIdArg('areaId', areaId)));
  }

  @Subscription(() => Boolean, {
    description: 'Moderators only: true whenever the moderation queue changes (a new flag, a decision); reload the queue.',
    resolve: () => true,
  })
  moderationQueueChanged(@Context() ctx: GqlContext) {
    authorize(ctx.actor, 'content.seeHidden', undefined);
    return this.pubsub.asyncIterableIterator(Topics.moderationQueue);
  }
}
