import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { renderMarkdown } from '@rembug/markdown';
import { UserModel } from '../../users/models/user.model.js';
import type { CommentRevisionRecord } from '../comment.record.js';

@ObjectType('CommentRevision', { description: 'One version of the body of a comment. The first is the original.' })
export class CommentRevisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1 for the original, then 2, 3… in the order the edits were made.' })
  version: number;

  @Field({ description: 'Markdown as written.' })
  body: string;

  @Field({ description: 'The body rendered to safe HTML.' })
  bodyHtml: string;

  @Field(() => UserModel, { description: 'Who wrote this version.' })
  editor: UserModel;

  @Field({ description: 'When this version was written.' })
  createdAt: Date;

  static from(r: CommentRevisionRecord, editor: UserModel): CommentRevisionModel {
    return Object.assign(new CommentRevisionModel(), {
      id: r.id,
      version: r.version,
      body: r.body,
      bodyHtml: renderMarkdown(r.body),
      editor,
      createdAt: r.createdAt,
    });
  }
}
