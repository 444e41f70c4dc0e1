import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

/** Relay paging: `first` items after the opaque cursor `after`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'At most 100; default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** A discussion's comments: a page, or the page that holds one comment (for links to it). */
@ArgsType()
export class CommentPageArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Without `after`: the page that holds this comment (pages of `first`), so a link to a comment lands on it. Ignored when the comment is not in this discussion.',
  })
  around?: string | null;
}

/** What every list of things posted in areas can be filtered by. */
@ArgsType()
export class AreaListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Includes the districts and villages inside the area.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text search of titles and bodies (Bahasa Indonesia and English).' })
  search?: string | null;
}
