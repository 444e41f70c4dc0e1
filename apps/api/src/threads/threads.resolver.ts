import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommentsService } from '../comments/comments.service.js';
import { CommentModel } from '../comments/models/comment.model.js';
import { ConnectionType, type Connection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { AreaModel } from '../reference/models/area.model.js';
import { CategoryModel } from '../reference/models/category.model.js';
import { UserModel } from '../users/models/user.model.js';
import { CreateThreadInput, PageArgs, ThreadsArgs } from './dto/thread.inputs.js';
import { ThreadModel } from './models/thread.model.js';
import { ThreadsService } from './threads.service.js';

const ThreadConnection = ConnectionType(ThreadModel, 'Thread');
export const CommentConnection = ConnectionType(CommentModel, 'Comment');

@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly commentsService: CommentsService,
  ) {}

  @Mutation(() => ThreadModel, { description: 'Open a discussion in an area.' })
  async createThread(@Args('input') input: CreateThreadInput, @Context() ctx: GqlContext): Promise<ThreadModel> {
    return ThreadModel.from(await this.threadsService.create(ctx.actor, input));
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

  @ResolveField(() => CommentConnection, { description: 'Oldest first, replies included; nest them by `parent`.' })
  async comments(@Parent() thread: ThreadModel, @Args() args: PageArgs): Promise<Connection<CommentModel>> {
    const page = await this.commentsService.listForThread(thread.id, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: CommentModel.from(e.node) })) };
  }
}
