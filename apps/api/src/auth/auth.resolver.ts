import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import type { GqlContext } from '../graphql/context.js';
import { RateLimits } from '../rate-limit/rate-limits.service.js';
import { UserModel } from '../users/models/user.model.js';
import { UsersService } from '../users/users.service.js';
import { AuthService, type SignedIn } from './auth.service.js';
import { RegisterInput } from './dto/register.input.js';
import { AuthPayloadModel } from './models/auth-payload.model.js';
import { SESSION_COOKIE } from './token.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly limits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthPayloadModel, { description: 'Create an account and sign in.' })
  async register(@Args('input') input: RegisterInput, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    return this.signedIn(await this.limits.register(ctx.req, () => this.auth.register(input)), ctx);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Sign in with email and password.' })
  async login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GqlContext): Promise<AuthPayloadModel> {
    return this.signedIn(await this.limits.login(ctx.req, email, () => this.auth.login({ email, password })), ctx);
  }

  @Mutation(() => Boolean, { description: 'Sign out: the token used for this request stops working at once.' })
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.logout(ctx.actor);
    ctx.res?.clearCookie(SESSION_COOKIE, this.cookieOptions());
    return true;
  }

  @Query(() => UserModel, { nullable: true, description: 'The signed-in person, or null for a visitor.' })
  async me(@Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!ctx.actor) return null;
    const user = await this.users.findById(ctx.actor.userId);
    return user ? UserModel.from(user, { withPrivate: true }) : null;
  }

  private signedIn(result: SignedIn, ctx: GqlContext): AuthPayloadModel {
    ctx.res?.cookie(SESSION_COOKIE, result.token, { ...this.cookieOptions(), expires: result.expiresAt });
    return Object.assign(new AuthPayloadModel(), { token: result.token, user: UserModel.from(result.user, { withPrivate: true }) });
  }

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.cookieSecure, path: '/' };
  }
}
