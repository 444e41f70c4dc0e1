import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { canSee } from '../access/policy.js';
import type { GqlContext } from '../graphql/context.js';
import { RateLimits } from '../rate-limit/rate-limits.service.js';
import { CommentVoteValue } from '../graphql/enums.js';
import { UserModel } from '../users/models/user.model.js';
import { CommentsService } from './comments.service.js';
import { AddCommentInput, UpdateCommentInput } from './dto/comment.inputs.js';
import { CommentRevisionModel } from './models/comment-revision.model.js';
import { CommentModel } from './models/comment.model.js';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly limits: RateLimits,
  ) {}

  @Mutation(() => CommentModel, { description: 'Reply to a thread, or to a comment in it.' })
  async addComment(@Args('input') input: AddCommentInput, @Context() ctx: GqlContext): Promise<CommentModel> {
    return CommentModel.from(await this.limits.post('comment', ctx.actor, ctx.req, input, () => this.comments.add(ctx.actor, input)));
  }

  @Mutation(() => CommentModel, { description: 'Rewrite your comment. Every version stays readable in `revisions`.' })
  async updateComment(@Args('input') input: UpdateCommentInput, @Context() ctx: GqlContext): Promise<CommentModel> {
    const comment = await this.limits.edit(ctx.actor, ctx.req, input, () => this.comments.update(ctx.actor, input));
    ctx.loaders.comment.clear(comment.id).prime(comment.id, comment);
    ctx.loaders.commentRevisions.clear(comment.id);
    return CommentModel.from(comment);
  }

  @Mutation(() => CommentModel, {
    description: 'Delete a comment (its author, or an admin): its text and history are erased for good; it keeps its place, so replies stay nested and votes stay.',
  })
  async deleteComment(@Args('commentId', { type: () => ID }) commentId: string, @Context() ctx: GqlContext): Promise<CommentModel> {
    const comment = await this.comments.delete(ctx.actor, commentId);
    ctx.loaders.comment.clear(comment.id).prime(comment.id, comment);
    ctx.loaders.commentRevisions.clear(comment.id);
    return CommentModel.from(comment);
  }

  @Mutation(() => CommentModel, { description: 'Agree, disagree or pass on a comment; NONE withdraws. One vote per person, changeable.' })
  async voteComment(
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('value', { type: () => CommentVoteValue }) value: CommentVoteValue,
    @Context() ctx: GqlContext,
  ): Promise<CommentModel> {
    const comment = await this.limits.vote(ctx.actor, ctx.req, () => this.comments.vote(ctx.actor, commentId, value));
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

  @ResolveField(() => [CommentRevisionModel], {
    description: 'Every version of the body, oldest first: the original, then each edit. Empty once the comment is deleted.',
  })
  async revisions(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<CommentRevisionModel[]> {
    if (comment.deleted) return [];
    if (!canSee(ctx.actor, comment)) return [];
    const revisions = await ctx.loaders.commentRevisions.load(comment.id);
    const editors = await Promise.all(revisions.map((r) => ctx.loaders.user.load(r.editorId)));
    return revisions.map((r, i) => CommentRevisionModel.from(r, UserModel.from(editors[i]!, { withPrivate: false })));
  }

  @ResolveField(() => CommentVoteValue, { description: 'Your vote; NONE when you have not voted or are not signed in.' })
  myVote(@Parent() comment: CommentModel, @Context() ctx: GqlContext): Promise<CommentVoteValue> {
    return ctx.loaders.myCommentVote.load(comment.id);
  }
}
