import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ThreadSort } from '../../graphql/enums.js';
import { AreaListArgs, PageArgs } from '../../graphql/list-args.js';

@InputType()
export class CreateThreadInput {
  @Field({ description: '5–200 characters.' })
  title: string;

  @Field({ description: 'Markdown, at most 20,000 characters.' })
  body: string;

  @Field(() => ID)
  areaId: string;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Up to 10 single-word tags.' })
  tags?: string[] | null;
}

@InputType({ description: 'Only the fields given change; the thread keeps a public history of every version of its title and body.' })
export class UpdateThreadInput {
  @Field(() => ID)
  threadId: string;

  @Field(() => String, { nullable: true, description: '5–200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown, at most 20,000 characters.' })
  body?: string | null;

  @Field(() => ID, { nullable: true, description: 'Leave out to keep the category; null removes it.' })
  categoryId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Up to 10 single-word tags; replaces the current ones. [] removes them all.' })
  tags?: string[] | null;
}

@ArgsType()
export class ThreadsArgs extends AreaListArgs {
  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only threads started by this person.' })
  authorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only threads a moderator pinned (read them first); false: none of those.' })
  pinned?: boolean | null;

  @Field(() => ThreadSort, { nullable: true, defaultValue: ThreadSort.NEW })
  sort?: ThreadSort | null;
}

export { PageArgs };
