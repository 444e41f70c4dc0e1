import type { HiddenCause } from '../../moderation/moderation.enums.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommentRecord } from '../comment.record.js';

@ObjectType('Comment', { description: 'A reply in a thread; replies to replies carry a parent.' })
export class CommentModel {
  @Field(() => ID)
  id: string;

  body: string;

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

  /** why it is hidden and what personal data it holds; shown through the moderation fields, by the access policy */
  hiddenReason: string | null;
  hiddenCause: HiddenCause | null;
  personalData: string[];

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
      hiddenReason: r.hiddenReason,
      hiddenCause: r.hiddenCause,
      personalData: r.personalData,
      deleted,
      editedAt: r.editedAt,
      createdAt: r.createdAt,
      threadId: r.threadId,
      authorId: r.authorId,
      parentId: r.parentId,
    });
  }
}
