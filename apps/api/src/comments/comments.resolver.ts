import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/context.js';
import { CommentVoteValue } from '../graphql/enums.js';
import { UserModel } from '../users/models/user.model.js';
import { CommentsService } from './comments.service.js';
import { AddCommentInput } from './dto/comment.inputs.js';
import { CommentModel } from './models/comment.model.js';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(private readonly comments: CommentsService) {}

  @Mutation(() => CommentModel, { description: 'Reply to a thread, or to a comment in it.' })
  async addComment(@Args('input') input: AddCommentInput, @Context() ctx: GqlContext): Promise<CommentModel> {
    return CommentModel.from(await this.comments.add(ctx.actor, input));
  }

  @Mutation(() => CommentModel, { description: 'Agree, disagree or pass on a comment; NONE withdraws. One vote per person, changeable.' })
  async voteComment(
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('value', { type: () => CommentVoteValue }) value: CommentVoteValue,
    @Context() ctx: GqlContext,
  ): Promise<CommentModel> {
    const comment = await this.comments.vote(ctx.actor, commentId, value);
    ctx.loaders.myCommentVote.clear(comment.id).prime(comment.id, value);
    return CommentModel.from(comment);
  }

  @ResolveField(() => UserModel)
  async author(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<UserModel> {
    const user = await ctx.loaders.user.load(comment.authorId);
    return UserModel.from(user!, { withPrivate: false });
  }

  @ResolveField(() => CommentModel, { nullable: true })
  async parent(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<CommentModel | null> {
    if (!comment.parentId) return null;
    const parent = await ctx.loaders.comment.load(comment.parentId);
    return parent ? CommentModel.from(parent) : null;
  }

  @ResolveField(() => CommentVoteValue, { description: 'Your vote; NONE when you have not voted or are not signed in.' })
  myVote(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<CommentVoteValue> {
    return ctx.loaders.myCommentVote.load(comment.id);
  }
}
