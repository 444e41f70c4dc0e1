import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Role } from '../../graphql/enums.js';

@ArgsType()
export class UsersArgs {
  @Field(() => Int, { nullable: true, description: 'At most 100; default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true, description: 'Matches display name or email.' })
  search?: string | null;
}

@ArgsType()
export class SetUserRoleArgs {
  @Field(() => ID)
  userId: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for OFFICIAL: the agency they answer for.' })
  agencyId?: string | null;
}
