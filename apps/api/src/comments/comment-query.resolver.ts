import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ThreadModel } from '../threads/models/thread.model.js';
import type { GqlContext } from '../graphql/context.js';
import { CommentsService } from './comments.service.js';
import { CommentModel } from './models/comment.model.js';

/** One comment by id (to edit it, or to link to it), and the discussion it is in. Hidden ones come without their text for other readers. */
@Resolver(() => CommentModel)
export class CommentQueryResolver {
  constructor(private readonly comments: CommentsService) {}

  @Query(() => CommentModel, { nullable: true, description: 'A comment by id; null when there is none.' })
  async comment(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<CommentModel | null> {
    const comment = await this.comments.findById(ctx.actor, id);
    return comment ? CommentModel.from(comment) : null;
  }

  @ResolveField(() => ThreadModel, { description: 'The discussion the comment is in.' })
  async thread(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<ThreadModel> {
    const thread = await ctx.loaders.thread.load(comment.threadId);
    return ThreadModel.from(thread!);
  }
}
