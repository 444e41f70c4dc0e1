import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RegisterInput {
  @Field()
  email: string;

  @Field({ description: 'At least 10 characters.' })
  password: string;

  @Field({ description: 'The name others will see (2–50 characters).' })
  displayName: string;

  @Field(() => ID, { nullable: true, description: 'Where you live; helps show what matters nearby.' })
  areaId?: string | null;

  @Field(() => String, { nullable: true, description: '"id" (Bahasa Indonesia, default) or "en".' })
  locale?: string | null;
}
