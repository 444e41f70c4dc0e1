import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { ProposalSort, ProposalStatus } from '../../graphql/enums.js';
import { AreaListArgs } from '../../graphql/list-args.js';

@InputType()
export class CreateProposalInput {
  @Field({ description: '5–200 characters.' })
  title: string;

  @Field({ description: 'Markdown, at most 20,000 characters.' })
  body: string;

  @Field(() => ID)
  areaId: string;

  @Field(() => ID, { nullable: true, description: 'The thread the proposal grew from; both link to each other.' })
  threadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Decides which agency answers; defaults to the thread’s category.' })
  categoryId?: string | null;
}

@InputType()
export class RespondToProposalInput {
  @Field(() => ID)
  proposalId: string;

  @Field({ description: 'Markdown, at most 10,000 characters.' })
  body: string;

  @Field(() => ProposalStatus, { description: 'The status the proposal takes; the current one for a progress update.' })
  status: ProposalStatus;
}

@ArgsType()
export class ProposalsArgs extends AreaListArgs {
  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus | null;

  @Field(() => [ProposalStatus], {
    nullable: true,
    description: 'Only proposals in any of these statuses; at least one. Applies together with `status` when both are given.',
  })
  statuses?: ProposalStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only proposals made by this person.' })
  authorId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only proposals you support or oppose now (signed-in only); false or null: no filter.',
  })
  votedByMe?: boolean | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true })
  threadId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue ones; false: none of those.' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only proposals a moderator pinned; false: none of those.' })
  pinned?: boolean | null;

  @Field(() => ProposalSort, { nullable: true, defaultValue: ProposalSort.NEW })
  sort?: ProposalSort | null;
}

@ArgsType()
export class AccountabilityArgs {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start of the period (inclusive); unset means from the beginning.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End of the period (exclusive); unset means up to now.' })
  to?: Date | null;
}
