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
