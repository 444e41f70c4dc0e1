import { Context, Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, can, canSee } from '../access/policy.js';
import { CommentModel } from '../comments/models/comment.model.js';
import type { GqlContext } from '../graphql/context.js';
import { ProposalModel } from '../proposals/models/proposal.model.js';
import { ThreadModel } from '../threads/models/thread.model.js';
import { UserModel } from '../users/models/user.model.js';
import { HiddenCause } from './moderation.enums.js';

interface Moderated {
  hidden: boolean;
  hiddenCause: HiddenCause | null;
  hiddenReason: string | null;
  personalData: string[];
  authorId: string;
}

/**
 * Hidden content keeps its place, but only moderators and its author read its
 * words; everyone else reads why it is hidden instead. Every way content leaves
 * the API (queries, lists, live events) passes through these fields.
 */
const readable = (actor: Actor | null, item: Moderated) => canSee(actor, item);

/** What the public is told: a moderator's reason is public; the other causes speak for themselves. */
function publicReason(item: Moderated): string | null {
  return item.hidden && item.hiddenCause === HiddenCause.MODERATOR ? item.hiddenReason : null;
}

/** The personal data found is for the author (to fix it) and moderators (to judge it). */
function personalDataFor(actor: Actor | null, item: Moderated): string[] {
  return item.personalData.length > 0 && (item.authorId === actor?.userId || can(actor, 'content.seeHidden', undefined)) ? item.personalData : [];
}

const REASON = 'Why it is hidden, when a moderator hid it (public). Null otherwise.';
const CAUSE = 'Why it is hidden: MODERATOR, FLAGS (waiting for review) or PERSONAL_DATA (held until the data is removed or approved); null when shown.';
const FOUND =
  'Kinds of personal data found in the text (e.g. NIK, PHONE, EMAIL) — shown to its author and moderators only, empty for everyone else.';

@Resolver(() => ThreadModel)
export class ThreadVisibilityResolver {
  @ResolveField(() => String, { description: 'Empty once the thread is deleted, and for readers who may not see it while it is hidden.' })
  title(@Parent() t: ThreadModel, @Context() ctx: GqlContext): string {
    return readable(ctx.actor, t) ? t.title : '';
  }

  @ResolveField(() => String, { description: 'Markdown as written; empty once deleted, and while hidden for readers who may not see it.' })
  body(@Parent() t: ThreadModel, @Context() ctx: GqlContext): string {
    return readable(ctx.actor, t) ? t.body : '';
  }

  @ResolveField(() => String, { description: 'The body rendered to safe HTML; empty like body.' })
  bodyHtml(@Parent() t: ThreadModel, @Context() ctx: GqlContext): string {
    return readable(ctx.actor, t) ? t.bodyHtml : '';
  }

  @ResolveField(() => [String], { description: 'Empty once deleted, and while hidden for readers who may not see it.' })
  tags(@Parent() t: ThreadModel, @Context() ctx: GqlContext): string[] {
    return readable(ctx.actor, t) ? t.tags : [];
  }

  @ResolveField(() => String, { nullable: true, description: REASON })
  hiddenReason(@Parent() t: ThreadModel): string | null {
    return publicReason(t);
  }

  @ResolveField(() => HiddenCause, { nullable: true, description: CAUSE })
  hiddenCause(@Parent() t: ThreadModel): HiddenCause | null {
    return t.hidden ? t.hiddenCause : null;
  }

  @ResolveField(() => [String], { description: FOUND })
  personalDataFound(@Parent() t: ThreadModel, @Context() ctx: GqlContext): string[] {
    return personalDataFor(ctx.actor, t);
  }
}

@Resolver(() => CommentModel)
export class CommentVisibilityResolver {
  @ResolveField(() => String, { description: 'Markdown as written; empty once deleted, and while hidden for readers who may not see it.' })
  body(@Parent() c: CommentModel, @Context() ctx: GqlContext): string {
    return readable(ctx.actor, c) ? c.body : '';
  }

  @ResolveField(() => String, { description: 'The body rendered to safe HTML; empty like body.' })
  bodyHtml(@Parent() c: CommentModel, @Context() ctx: GqlContext): string {
    return readable(ctx.actor, c) ? c.bodyHtml : '';
  }

  @ResolveField(() => String, { nullable: true, description: REASON })
  hiddenReason(@Parent() c: CommentModel): string | null {
    return publicReason(c);
  }

  @ResolveField(() => HiddenCause, { nullable: true, description: CAUSE })
  hiddenCause(@Parent() c: CommentModel): HiddenCause | null {
    return c.hidden ? c.hiddenCause : null;
  }

  @ResolveField(() => [String], { description: FOUND })
  personalDataFound(@Parent() c: CommentModel, @Context() ctx: GqlContext): string[] {
    return personalDataFor(ctx.actor, c);
  }
}

@Resolver(() => ProposalModel)
export class ProposalVisibilityResolver {
  @ResolveField(() => String, { description: 'Empty while hidden, for readers who may not see it.' })
  title(@Parent() p: ProposalModel, @Context() ctx: GqlContext): string {
    return readable(ctx.actor, p) ? p.title : '';
  }

  @ResolveField(() => String, { description: 'Markdown as written; empty while hidden for readers who may not see it.' })
  body(@Parent() p: ProposalModel, @Context() ctx: GqlContext): string {
    return readable(ctx.actor, p) ? p.body : '';
  }

  @ResolveField(() => String, { description: 'The body rendered to safe HTML; empty like body.' })
  bodyHtml(@Parent() p: ProposalModel, @Context() ctx: GqlContext): string {
    return readable(ctx.actor, p) ? p.bodyHtml : '';
  }

  @ResolveField(() => String, { nullable: true, description: REASON })
  hiddenReason(@Parent() p: ProposalModel): string | null {
    return publicReason(p);
  }

  @ResolveField(() => HiddenCause, { nullable: true, description: CAUSE })
  hiddenCause(@Parent() p: ProposalModel): HiddenCause | null {
    return p.hidden ? p.hiddenCause : null;
  }

  @ResolveField(() => [String], { description: FOUND })
  personalDataFound(@Parent() p: ProposalModel, @Context() ctx: GqlContext): string[] {
    return personalDataFor(ctx.actor, p);
  }

  @ResolveField(() => ProposalModel, { nullable: true, description: 'The proposal this one was merged into (status MERGED); its supporters now count there.' })
  async mergedInto(@Parent() p: ProposalModel, @Context() ctx: GqlContext): Promise<ProposalModel | null> {
    if (!p.mergedIntoId) return null;
    const target = await ctx.loaders.proposal.load(p.mergedIntoId);
    return target ? ProposalModel.from(target) : null;
  }
}

@ObjectType('Suspension', { description: 'An account that may read but not write until a date.' })
export class SuspensionModel {
  @Field()
  until: Date;

  @Field({ description: 'The reason the moderator gave.' })
  reason: string;
}

@Resolver(() => UserModel)
export class UserSuspensionResolver {
  @ResolveField(() => SuspensionModel, {
    nullable: true,
    description: 'The suspension in force, if any; readable by the person, moderators and admins (the moderation log is public too).',
  })
  async suspension(@Parent() u: UserModel, @Context() ctx: GqlContext): Promise<SuspensionModel | null> {
    if (ctx.actor?.userId !== u.id && !can(ctx.actor, 'content.seeHidden', undefined)) return null;
    const user = await ctx.loaders.user.load(u.id);
    if (!user?.suspendedUntil || user.suspendedUntil.getTime() <= Date.now()) return null;
    return Object.assign(new SuspensionModel(), { until: user.suspendedUntil, reason: user.suspensionReason ?? '' });
  }
}

export const visibilityResolvers = [ThreadVisibilityResolver, CommentVisibilityResolver, ProposalVisibilityResolver, UserSuspensionResolver];
