import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { renderMarkdown } from '@rembug/markdown';
import { maskPersonalData } from '@rembug/personal-data';
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

  /**
   * Earlier versions stay public, so personal data in them is masked for everyone: an author who
   * edits a phone number out must not leave it readable in the history.
   */
  static from(r: CommentRevisionRecord, editor: UserModel): CommentRevisionModel {
    const body = maskPersonalData(r.body);
    return Object.assign(new CommentRevisionModel(), {
      id: r.id,
      version: r.version,
      body,
      bodyHtml: renderMarkdown(body),
      editor,
      createdAt: r.createdAt,
    });
  }
}
