import type { HiddenCause } from '../../moderation/moderation.enums.js';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProposalStatus, StatusChangeCause } from '../../graphql/enums.js';
import type { OfficialResponseRecord, ProposalRecord, StatusChangeRecord } from '../proposal.record.js';

@ObjectType('Proposal', { description: 'A concrete request to government that citizens back with their support.' })
export class ProposalModel {
  @Field(() => ID)
  id: string;

  title: string;

  body: string;

  bodyHtml: string;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => Int)
  supportCount: number;

  @Field(() => Int)
  opposeCount: number;

  @Field(() => Int, { description: 'Supports needed before an official answer falls due; fixed when the proposal was made.' })
  supportThreshold: number;

  @Field(() => Date, { nullable: true, description: 'When an answer became due: the threshold was reached, or an official answered first.' })
  clockStartedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The deadline for an official answer; null until the threshold is reached.' })
  responseDueAt: Date | null;

  @Field(() => Date, { nullable: true })
  firstResponseAt: Date | null;

  @Field({ description: 'Past its deadline without an official response.' })
  overdue: boolean;

  @Field()
  hidden: boolean;

  @Field()
  pinned: boolean;

  @Field()
  lastActivityAt: Date;

  @Field()
  createdAt: Date;

  authorId: string;
  areaId: string;
  categoryId: string | null;
  agencyId: string | null;
  threadId: string | null;
  mergedIntoId: string | null;

  /** why it is hidden and what personal data it holds; shown through the moderation fields, by the access policy */
  hiddenReason: string | null;
  hiddenCause: HiddenCause | null;
  personalData: string[];

  static from(r: ProposalRecord): ProposalModel {
    return Object.assign(new ProposalModel(), {
      id: r.id,
      title: r.title,
      body: r.body,
      bodyHtml: r.bodyHtml,
      status: r.status,
      supportCount: r.supportCount,
      opposeCount: r.opposeCount,
      supportThreshold: r.supportThreshold,
      clockStartedAt: r.clockStartedAt,
      responseDueAt: r.responseDueAt,
      firstResponseAt: r.firstResponseAt,
      overdue: r.overdue,
      hidden: r.hidden,
      hiddenReason: r.hiddenReason,
      hiddenCause: r.hiddenCause,
      personalData: r.personalData,
      pinned: r.pinned,
      lastActivityAt: r.lastActivityAt,
      createdAt: r.createdAt,
      authorId: r.authorId,
      areaId: r.areaId,
      categoryId: r.categoryId,
      agencyId: r.agencyId,
      threadId: r.threadId,
      mergedIntoId: r.mergedIntoId,
    });
  }
}

@ObjectType('OfficialResponse', { description: 'An answer from the agency responsible, in public, on the proposal timeline.' })
export class OfficialResponseModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  bodyHtml: string;

  @Field(() => ProposalStatus, { description: 'The status the proposal took with this response.' })
  status: ProposalStatus;

  @Field()
  createdAt: Date;

  proposalId: string;
  authorId: string;
  agencyId: string | null;

  static from(r: OfficialResponseRecord): OfficialResponseModel {
    return Object.assign(new OfficialResponseModel(), {
      id: r.id,
      body: r.body,
      bodyHtml: r.bodyHtml,
      status: r.status,
      createdAt: r.createdAt,
      proposalId: r.proposalId,
      authorId: r.authorId,
      agencyId: r.agencyId,
    });
  }
}

@ObjectType('ProposalStatusChange', { description: 'One step of a proposal’s life: from, to, by whom, when and why.' })
export class StatusChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ProposalStatus, { nullable: true, description: 'Null for the first entry, when the proposal was made.' })
  from: ProposalStatus | null;

  @Field(() => ProposalStatus)
  to: ProposalStatus;

  @Field(() => StatusChangeCause, { description: 'Why, as a code clients translate.' })
  cause: StatusChangeCause;

  @Field(() => String, { nullable: true, description: 'Why, in the words of whoever made the change, when they gave any.' })
  reason: string | null;

  @Field({ description: 'When it happened.' })
  at: Date;

  actorId: string | null;
  responseId: string | null;

  static from(r: StatusChangeRecord): StatusChangeModel {
    return Object.assign(new StatusChangeModel(), {
      id: r.id,
      from: r.fromStatus,
      to: r.toStatus,
      cause: r.cause,
      reason: r.note,
      at: r.createdAt,
      actorId: r.actorId,
      responseId: r.responseId,
    });
  }
}

@ObjectType('AgencyAccountability', { description: 'How one agency answered the proposals that fell due in a period.' })
export class AgencyAccountabilityModel {
  @Field(() => Int, { description: 'Proposals whose answer fell due in the period (threshold reached, or answered first).' })
  assigned: number;

  @Field(() => Int, { description: 'Of those, answered by an official.' })
  answered: number;

  @Field(() => Int, { description: 'Of those, first answered by the deadline.' })
  answeredOnTime: number;

  @Field(() => Int, { description: 'Of those, past the deadline with no answer now.' })
  overdueNow: number;

  @Field(() => Int, { description: 'Of those, still waiting for a first answer (overdue or not).' })
  awaitingResponse: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from the answer falling due to the first answer; null when none was answered.' })
  medianHoursToFirstResponse: number | null;

  @Field(() => Float, { nullable: true, description: 'answeredOnTime / assigned, 0–1; null when nothing fell due.' })
  onTimeShare: number | null;

  agencyId: string | null;
}
