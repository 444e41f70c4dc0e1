import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateAreaInput {
  @Field()
  name: string;

  @Field(() => ID, { nullable: true, description: 'Omit only for the regency itself.' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  supportThreshold?: number | null;
}

@InputType()
export class UpdateAreaInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Null clears it, so the area inherits its parent’s.' })
  supportThreshold?: number | null;
}

@InputType()
export class CreateAgencyInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName?: string | null;
}

@InputType()
export class UpdateAgencyInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  shortName?: string | null;
}

@InputType()
export class CreateCategoryInput {
  @Field({ description: 'Name in Bahasa Indonesia.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency that answers proposals in this category by default.' })
  defaultAgencyId?: string | null;
}

@InputType()
export class UpdateCategoryInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => ID, { nullable: true })
  defaultAgencyId?: string | null;
}
