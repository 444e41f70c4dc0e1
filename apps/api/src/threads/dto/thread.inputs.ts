import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ThreadSort } from '../../graphql/enums.js';

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
export class ThreadsArgs {
  @Field(() => Int, { nullable: true, description: 'At most 100; default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => ID, { nullable: true, description: 'Includes the districts and villages inside the area.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text search of titles and bodies (Bahasa Indonesia and English).' })
  search?: string | null;

  @Field(() => ThreadSort, { nullable: true, defaultValue: ThreadSort.NEW })
  sort?: ThreadSort | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
