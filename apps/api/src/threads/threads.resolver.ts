import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canSee } from '../access/policy.js';
import { CommentsService } from '../comments/comments.service.js';
import { CommentModel } from '../comments/models/comment.model.js';
import { ConnectionType, type Connection } from '../graphql/connection.js';
import { CommentPageArgs } from '../graphql/list-args.js';
import type { GqlContext } from '../graphql/context.js';
import { RateLimits } from '../rate-limit/rate-limits.service.js';
import { AreaModel } from '../reference/models/area.model.js';
import { CategoryModel } from '../reference/models/category.model.js';
import { UserModel } from '../users/models/user.model.js';
import { CreateThreadInput, ThreadsArgs, UpdateThreadInput } from './dto/thread.inputs.js';
import { ThreadRevisionModel } from './models/thread-revision.model.js';
import { ThreadModel } from './models/thread.model.js';
import { ThreadsService } from './threads.service.js';

const ThreadConnection = ConnectionType(ThreadModel, 'Thread');
export const CommentConnection = ConnectionType(CommentModel, 'Comment');

@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly commentsService: CommentsService,
    private readonly limits: RateLimits,
  ) {}

  @Mutation(() => ThreadModel, { description: 'Open a discussion in an area.' })
  async createThread(@Args('input') input: CreateThreadInput, @Context() ctx: GqlContext): Promise<ThreadModel> {
    return ThreadModel.from(await this.limits.post('thread', ctx.actor, ctx.req, input, () => this.threadsService.create(ctx.actor, input)));
  }

  @Mutation(() => ThreadModel, {
    description: 'Change your thread: title, body, category or tags. Every version of the title and body stays readable in `revisions`.',
  })
  async updateThread(@Args('input') input: UpdateThreadInput, @Context() ctx: GqlContext): Promise<ThreadModel> {
    const thread = await this.limits.edit(ctx.actor, ctx.req, input, () => this.threadsService.update(ctx.actor, input));
    ctx.loaders.threadRevisions.clear(thread.id);
    return ThreadModel.from(thread);
  }

  @Mutation(() => ThreadModel, {
    description: 'Delete a thread (its author, or an admin): its text and history are erased for good; it keeps its place so its comments stay readable.',
  })
  async deleteThread(@Args('threadId', { type: () => ID }) threadId: string, @Context() ctx: GqlContext): Promise<ThreadModel> {
    const thread = await this.threadsService.delete(ctx.actor, threadId);
    ctx.loaders.threadRevisions.clear(thread.id);
    return ThreadModel.from(thread);
  }

  @Query(() => ThreadConnection)
  async threads(@Args() args: ThreadsArgs, @Context() ctx: GqlContext): Promise<Connection<ThreadModel>> {
    const page = await this.threadsService.list(ctx.actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: ThreadModel.from(e.node) })) };
  }

  @Query(() => ThreadModel, { nullable: true })
  async thread(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<ThreadModel | null> {
    const thread = await this.threadsService.findById(ctx.actor, id);
    return thread ? ThreadModel.from(thread) : null;
  }

  @ResolveField(() => UserModel)
  async author(@Parent() thread: ThreadModel, @Context() ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.user.load(thread.authorId);
    return UserModel.from(user!, { withPrivate: false });
  }

  @ResolveField(() => AreaModel)
  async area(@Parent() thread: ThreadModel, @Context() ctx: GqlContext): Promise<AreaModel> {
    return AreaModel.from((await ctx.loaders.area.load(thread.areaId))!);
  }

  @ResolveField(() => CategoryModel, { nullable: true })
  async category(@Parent() thread: ThreadModel, @Context() ctx: GqlContext): Promise<CategoryModel | null> {
    if (!thread.categoryId) return null;
    const category = await ctx.loaders.category.load(thread.categoryId);
    return category ? CategoryModel.from(category) : null;
  }

  @ResolveField(() => [ThreadRevisionModel], {
    description: 'Every version of the title and body, oldest first: the original, then each edit. Empty once the thread is deleted.',
  })
  async revisions(@Parent() thread: ThreadModel, @Context() ctx: GqlContext): Promise<ThreadRevisionModel[]> {
    if (thread.deleted) return [];
    if (!canSee(ctx.actor, thread)) return [];
    const revisions = await ctx.loaders.threadRevisions.load(thread.id);
    const editors = await Promise.all(revisions.map((r) => ctx.loaders.user.load(r.editorId)));
    return revisions.map((r, i) => ThreadRevisionModel.from(r, UserModel.from(editors[i]!, { withPrivate: false })));
  }

  @ResolveField(() => CommentConnection, { description: 'Oldest first, replies included; nest them by `parent`.' })
  async comments(@Parent() thread: ThreadModel, @Args() args: CommentPageArgs): Promise<Connection<CommentModel>> {
    const page = await this.commentsService.listForThread(thread.id, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: CommentModel.from(e.node) })) };
  }
}
