import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/context.js';
import { CommentsService } from './comments.service.js';
import { CommentModel } from './models/comment.model.js';

/** One comment by id, e.g. to edit it or to link to it; hidden ones come without their text for other readers. */
@Resolver(() => CommentModel)
export class CommentQueryResolver {
  constructor(private readonly comments: CommentsService) {}

  @Query(() => CommentModel, { nullable: true, description: 'A comment by id; null when there is none.' })
  async comment(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<CommentModel | null> {
    const comment = await this.comments.findById(ctx.actor, id);
    return comment ? CommentModel.from(comment) : null;
  }
}
