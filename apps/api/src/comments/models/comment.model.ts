import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommentRecord } from '../comment.record.js';

@ObjectType('Comment', { description: 'A reply in a thread; replies to replies carry a parent.' })
export class CommentModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Markdown as written; empty once the comment is deleted.' })
  body: string;

  @Field({ description: 'The body rendered to safe HTML.' })
  bodyHtml: string;

  @Field(() => Int, { description: '0 for a reply to the thread, 1 for a reply to that, and so on.' })
  depth: number;

  @Field(() => Int)
  agreeCount: number;

  @Field(() => Int)
  disagreeCount: number;

  @Field(() => Int)
  passCount: number;

  @Field()
  hidden: boolean;

  @Field({ description: 'Deleted by its author or an admin: it keeps its place, replies and votes, but its text is gone for good.' })
  deleted: boolean;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field()
  createdAt: Date;

  threadId: string;
  authorId: string;
  parentId: string | null;

  static from(r: CommentRecord): CommentModel {
    const deleted = r.deletedAt !== null;
    return Object.assign(new CommentModel(), {
      id: r.id,
      body: deleted ? '' : r.body,
      bodyHtml: deleted ? '' : r.bodyHtml,
      depth: r.depth,
      agreeCount: r.agreeCount,
      disagreeCount: r.disagreeCount,
      passCount: r.passCount,
      hidden: r.hidden,
      deleted,
      editedAt: r.editedAt,
      createdAt: r.createdAt,
      threadId: r.threadId,
      authorId: r.authorId,
      parentId: r.parentId,
    });
  }
}
