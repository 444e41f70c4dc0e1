import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can, canSee } from '../access/policy.js';
import { ConnectionType, type Connection } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { RateLimits } from '../rate-limit/rate-limits.service.js';
import { ProposalStatus, ProposalVoteValue } from '../graphql/enums.js';
import { AgencyModel } from '../reference/models/agency.model.js';
import { AreaModel } from '../reference/models/area.model.js';
import { CategoryModel } from '../reference/models/category.model.js';
import { ThreadModel } from '../threads/models/thread.model.js';
import { UserModel } from '../users/models/user.model.js';
import { AccountabilityArgs, CreateProposalInput, ProposalsArgs, RespondToProposalInput } from './dto/proposal.inputs.js';
import { AgencyAccountabilityModel, OfficialResponseModel, ProposalModel, StatusChangeModel } from './models/proposal.model.js';
import type { ProposalRecord } from './proposal.record.js';
import { ProposalsService } from './proposals.service.js';
import { acceptsVotes, canWithdraw, responseTargets } from './status-machine.js';

const ProposalConnection = ConnectionType(ProposalModel, 'Proposal');

async function userModel(ctx: GqlContext, userId: string): Promise<UserModel> {
  return UserModel.from((await ctx.loaders.user.load(userId))!, { withPrivate: false });
}

async function agencyModel(ctx: GqlContext, agencyId: string | null): Promise<AgencyModel | null> {
  if (!agencyId) return null;
  const agency = await ctx.loaders.agency.load(agencyId);
  return agency ? AgencyModel.from(agency) : null;
}

@Resolver(() => ProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly limits: RateLimits,
  ) {}

  @Mutation(() => ProposalModel, { description: 'Propose something concrete, on its own or from a thread.' })
  async createProposal(@Args('input') input: CreateProposalInput, @Context() ctx: GqlContext): Promise<ProposalModel> {
    // Counted with threads: both open a new discussion.
    return ProposalModel.from(await this.limits.post('proposal', ctx.actor, ctx.req, input, () => this.service.create(ctx.actor, input)));
  }

  @Mutation(() => ProposalModel, { description: 'Support or oppose a proposal; NONE withdraws. One vote per person, changeable; not on your own.' })
  async voteProposal(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('value', { type: () => ProposalVoteValue }) value: ProposalVoteValue,
    @Context() ctx: GqlContext,
  ): Promise<ProposalModel> {
    const proposal = await this.limits.vote(ctx.actor, ctx.req, () => this.service.vote(ctx.actor, proposalId, value));
    ctx.loaders.myProposalVote.clear(proposal.id).prime(proposal.id, value);
    return ProposalModel.from(proposal);
  }

  @Mutation(() => OfficialResponseModel, { description: 'Answer a proposal for its agency (officials of that agency, or admins); the proposal takes the given status.' })
  async respondToProposal(@Args('input') input: RespondToProposalInput, @Context() ctx: GqlContext): Promise<OfficialResponseModel> {
    return OfficialResponseModel.from(await this.service.respond(ctx.actor, input));
  }

  @Mutation(() => ProposalModel, { description: 'The author takes a proposal back, before any official has responded.' })
  async withdrawProposal(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('reason', { type: () => String, nullable: true, description: 'Up to 500 characters, shown in the history.' }) reason: string | null,
    @Context() ctx: GqlContext,
  ): Promise<ProposalModel> {
    return ProposalModel.from(await this.service.withdraw(ctx.actor, proposalId, reason));
  }

  @Mutation(() => ProposalModel, { description: 'Route a proposal to the agency that should answer it (moderators and admins).' })
  async assignProposalAgency(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Context() ctx: GqlContext,
  ): Promise<ProposalModel> {
    return ProposalModel.from(await this.service.assignAgency(ctx.actor, proposalId, agencyId));
  }

  @Query(() => ProposalConnection)
  async proposals(@Args() args: ProposalsArgs, @Context() ctx: GqlContext): Promise<Connection<ProposalModel>> {
    const page = await this.service.list(ctx.actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: ProposalModel.from(e.node) })) };
  }

  @Query(() => ProposalModel, { nullable: true })
  async proposal(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<ProposalModel | null> {
    const proposal = await this.service.findById(ctx.actor, id);
    return proposal ? ProposalModel.from(proposal) : null;
  }

  @Query(() => [AgencyAccountabilityModel], {
    description: 'The public performance report: per agency, how the proposals that fell due in the period were answered.',
  })
  async accountability(@Args() args: AccountabilityArgs): Promise<AgencyAccountabilityModel[]> {
    const rows = await this.service.accountability(args.from, args.to);
    return rows.map((r) => Object.assign(new AgencyAccountabilityModel(), r, { onTimeShare: r.assigned ? r.answeredOnTime / r.assigned : null }));
  }

  @ResolveField(() => UserModel)
  author(@Parent() p: ProposalModel, @Context() ctx: GqlContext): Promise<UserModel> {
    return userModel(ctx, p.authorId);
  }

  @ResolveField(() => AreaModel)
  async area(@Parent() p: ProposalModel, @Context() ctx: GqlContext): Promise<AreaModel> {
    return AreaModel.from((await ctx.loaders.area.load(p.areaId))!);
  }

  @ResolveField(() => CategoryModel, { nullable: true })
  async category(@Parent() p: ProposalModel, @Context() ctx: GqlContext): Promise<CategoryModel | null> {
    if (!p.categoryId) return null;
    const category = await ctx.loaders.category.load(p.categoryId);
    return category ? CategoryModel.from(category) : null;
  }

  @ResolveField(() => AgencyModel, { nullable: true, description: 'The agency that answers; null until one is assigned.' })
  agency(@Parent() p: ProposalModel, @Context() ctx: GqlContext): Promise<AgencyModel | null> {
    return agencyModel(ctx, p.agencyId);
  }

  @ResolveField(() => ThreadModel, { nullable: true, description: 'The thread it grew from.' })
  async thread(@Parent() p: ProposalModel, @Context() ctx: GqlContext): Promise<ThreadModel | null> {
    if (!p.threadId) return null;
    const thread = await ctx.loaders.thread.load(p.threadId);
    if (!thread || !canSee(ctx.actor, thread)) return null;
    return ThreadModel.from(thread);
  }

  @ResolveField(() => ProposalVoteValue, { description: 'Your vote; NONE when you have not voted or are not signed in.' })
  myVote(@Parent() p: ProposalModel, @Context() ctx: GqlContext): Promise<ProposalVoteValue> {
    return ctx.loaders.myProposalVote.load(p.id);
  }

  @ResolveField(() => [OfficialResponseModel], { description: 'Official responses, oldest first: the public timeline.' })
  async responses(@Parent() p: ProposalModel, @Context() ctx: GqlContext): Promise<OfficialResponseModel[]> {
    return (await ctx.loaders.proposalResponses.load(p.id)).map(OfficialResponseModel.from);
  }

  @ResolveField(() => [StatusChangeModel], { description: 'Every status the proposal has had, oldest first.' })
  async statusHistory(@Parent() p: ProposalModel, @Context() ctx: GqlContext): Promise<StatusChangeModel[]> {
    return (await ctx.loaders.proposalStatusHistory.load(p.id)).map(StatusChangeModel.from);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may support or oppose it now.' })
  viewerCanVote(@Parent() p: ProposalModel, @Context() ctx: GqlContext): boolean {
    return can(ctx.actor, 'proposal.vote', { authorId: p.authorId }) && acceptsVotes(p.status);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may withdraw it now.' })
  viewerCanWithdraw(@Parent() p: ProposalModel, @Context() ctx: GqlContext): boolean {
    return can(ctx.actor, 'proposal.withdraw', { authorId: p.authorId }) && canWithdraw(p.status);
  }

  @ResolveField(() => [ProposalStatus], { description: 'The statuses you may answer it with now; empty when you may not answer.' })
  viewerResponseStatuses(@Parent() p: ProposalModel, @Context() ctx: GqlContext): readonly ProposalStatus[] {
    return can(ctx.actor, 'proposal.respond', { agencyId: p.agencyId }) ? responseTargets(p.status) : [];
  }
}

@Resolver(() => OfficialResponseModel)
export class OfficialResponseResolver {
  @ResolveField(() => UserModel, { description: 'The official (or admin) who answered.' })
  author(@Parent() r: OfficialResponseModel, @Context() ctx: GqlContext): Promise<UserModel> {
    return userModel(ctx, r.authorId);
  }

  @ResolveField(() => AgencyModel, { nullable: true, description: 'The agency answering.' })
  agency(@Parent() r: OfficialResponseModel, @Context() ctx: GqlContext): Promise<AgencyModel | null> {
    return agencyModel(ctx, r.agencyId);
  }

  @ResolveField(() => ProposalModel)
  async proposal(@Parent() r: OfficialResponseModel, @Context() ctx: GqlContext): Promise<ProposalModel> {
    return ProposalModel.from((await ctx.loaders.proposal.load(r.proposalId))!);
  }
}

@Resolver(() => StatusChangeModel)
export class StatusChangeResolver {
  @ResolveField(() => UserModel, { nullable: true, description: 'Who made the change; null when the rules did (the support threshold reached).' })
  async by(@Parent() s: StatusChangeModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return s.actorId ? userModel(ctx, s.actorId) : null;
  }

  @ResolveField(() => OfficialResponseModel, { nullable: true, description: 'The official response that made the change, if one did.' })
  async response(@Parent() s: StatusChangeModel, @Context() ctx: GqlContext): Promise<OfficialResponseModel | null> {
    if (!s.responseId) return null;
    const response = await ctx.loaders.officialResponse.load(s.responseId);
    return response ? OfficialResponseModel.from(response) : null;
  }
}

@Resolver(() => AgencyAccountabilityModel)
export class AccountabilityResolver {
  @ResolveField(() => AgencyModel, { nullable: true, description: 'Null for proposals no agency was assigned.' })
  agency(@Parent() row: AgencyAccountabilityModel, @Context() ctx: GqlContext): Promise<AgencyModel | null> {
    return agencyModel(ctx, row.agencyId);
  }
}

@Resolver(() => ThreadModel)
export class ThreadProposalsResolver {
  @ResolveField(() => [ProposalModel], { description: 'Proposals made from this thread, oldest first.' })
  async proposals(@Parent() thread: ThreadModel, @Context() ctx: GqlContext): Promise<ProposalModel[]> {
    const rows: ProposalRecord[] = await ctx.loaders.threadProposals.load(thread.id);
    return rows.filter((p) => canSee(ctx.actor, p)).map(ProposalModel.from);
  }
}
