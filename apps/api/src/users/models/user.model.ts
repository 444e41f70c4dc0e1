import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../graphql/enums.js';
import type { UserEntity } from '../user.entity.js';

@ObjectType('User', { description: 'A person on Rembug, as others see them.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The name shown to everyone.' })
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field()
  createdAt: Date;

  agencyId: string | null;
  areaId: string | null;

  /**
   * Present only when whoever built this object decided, through the access
   * policy, that the viewer may see it (the account itself, admins). Objects
   * built for `author` fields never carry it, so email cannot leak through them.
   */
  private?: { email: string; locale: string };

  static from(e: UserEntity, options: { withPrivate: boolean }): UserModel {
    return Object.assign(new UserModel(), {
      id: e.id,
      displayName: e.displayName,
      role: e.role,
      createdAt: e.createdAt,
      agencyId: e.agencyId,
      areaId: e.areaId,
      private: options.withPrivate ? { email: e.email, locale: e.locale } : undefined,
    });
  }
}
