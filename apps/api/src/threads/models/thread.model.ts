import type { HiddenCause } from '../../moderation/moderation.enums.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ThreadRecord } from '../thread.record.js';

@ObjectType('Thread', { description: 'A discussion about a local issue, in one area.' })
export class ThreadModel {
  @Field(() => ID)
  id: string;

  title: string;

  body: string;

  bodyHtml: string;

  tags: string[];

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int, { description: 'Votes cast on the comments of this thread.' })
  voteCount: number;

  @Field(() => Int, { description: 'People who wrote the thread or a comment in it.' })
  participantCount: number;

  @Field()
  locked: boolean;

  @Field()
  pinned: boolean;

  @Field()
  hidden: boolean;

  @Field({ description: 'Deleted by its author or an admin: it keeps its place and its comments, but its text is gone for good.' })
  deleted: boolean;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field()
  lastActivityAt: Date;

  @Field()
  createdAt: Date;

  authorId: string;
  areaId: string;
  categoryId: string | null;

  /** why it is hidden and what personal data it holds; shown through the moderation fields, by the access policy */
  hiddenReason: string | null;
  hiddenCause: HiddenCause | null;
  personalData: string[];

  static from(r: ThreadRecord): ThreadModel {
    const deleted = r.deletedAt !== null;
    return Object.assign(new ThreadModel(), {
      id: r.id,
      title: deleted ? '' : r.title,
      body: deleted ? '' : r.body,
      bodyHtml: deleted ? '' : r.bodyHtml,
      tags: deleted ? [] : r.tags,
      commentCount: r.commentCount,
      voteCount: r.voteCount,
      participantCount: r.participantCount,
      locked: r.locked,
      pinned: r.pinned,
      hidden: r.hidden,
      hiddenReason: r.hiddenReason,
      hiddenCause: r.hiddenCause,
      personalData: r.personalData,
      deleted,
      editedAt: r.editedAt,
      lastActivityAt: r.lastActivityAt,
      createdAt: r.createdAt,
      authorId: r.authorId,
      areaId: r.areaId,
      categoryId: r.categoryId,
    });
  }
}
