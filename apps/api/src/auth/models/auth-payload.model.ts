import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model.js';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Shown once; keep it secret.' })
  token: string;

  @Field(() => UserModel)
  user: UserModel;
}
