import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can } from '../access/policy.js';
import { isUuid } from '../common/validation.js';
import { ConnectionType, type Connection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { AgencyModel } from '../reference/models/agency.model.js';
import { AreaModel } from '../reference/models/area.model.js';
import { SetUserRoleArgs, UsersArgs } from './dto/set-user-role.args.js';
import { UserModel } from './models/user.model.js';
import { UsersService } from './users.service.js';

const UserConnection = ConnectionType(UserModel, 'User');

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => UserModel, { nullable: true, description: 'A person by id; null when there is none.' })
  async user(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!isUuid(id)) return null;
    const user = await ctx.loaders.user.load(id.toLowerCase());
    return user ? UserModel.from(user, { withPrivate: can(ctx.actor, 'user.readPrivate', { userId: user.id }) }) : null;
  }

  @Query(() => UserConnection, { description: 'Everyone with an account, newest first. Admins only.' })
  async users(@Args() args: UsersArgs, @Context() ctx: GqlContext): Promise<Connection<UserModel>> {
    const page = await this.usersService.list(ctx.actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: UserModel.from(e.node, { withPrivate: true }) })) };
  }

  @Mutation(() => UserModel, { description: 'Give a person a role. Admins only; an OFFICIAL needs an agency.' })
  async setUserRole(@Args() args: SetUserRoleArgs, @Context() ctx: GqlContext): Promise<UserModel> {
    const user = await this.usersService.setRole(ctx.actor, args);
    return UserModel.from(user, { withPrivate: true });
  }

  @ResolveField(() => String, { nullable: true, description: 'Visible only to the person themself and to admins.' })
  email(@Parent() user: UserModel): string | null {
    return user.private?.email ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Preferred language ("id" or "en"); visible like email.' })
  locale(@Parent() user: UserModel): string | null {
    return user.private?.locale ?? null;
  }

  @ResolveField(() => AgencyModel, { nullable: true, description: 'The agency an official answers for.' })
  async agency(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<AgencyModel | null> {
    if (!user.agencyId) return null;
    const agency = await ctx.loaders.agency.load(user.agencyId);
    return agency ? AgencyModel.from(agency) : null;
  }

  @ResolveField(() => AreaModel, { nullable: true, description: 'Where the person lives, if they said.' })
  async area(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<AreaModel | null> {
    if (!user.areaId) return null;
    const area = await ctx.loaders.area.load(user.areaId);
    return area ? AreaModel.from(area) : null;
  }
}
