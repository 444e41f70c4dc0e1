import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  threadId: string;

  @Field({ description: 'Markdown, at most 5,000 characters.' })
  body: string;

  @Field(() => ID, { nullable: true, description: 'The comment this replies to.' })
  parentId?: string | null;
}

@InputType({ description: 'The comment keeps a public history of every version of its body.' })
export class UpdateCommentInput {
  @Field(() => ID)
  commentId: string;

  @Field({ description: 'Markdown, at most 5,000 characters.' })
  body: string;
}
