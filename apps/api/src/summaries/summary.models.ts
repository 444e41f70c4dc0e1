import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Summary } from '@rembug/summary-engine';
import { ProposalStatus } from '../graphql/enums.js';

export enum OpinionGroupsStatus {
  FORMED = 'FORMED',
  TOO_FEW_PARTICIPANTS = 'TOO_FEW_PARTICIPANTS',
  TOO_FEW_COMMENTS = 'TOO_FEW_COMMENTS',
  NO_CLEAR_GROUPS = 'NO_CLEAR_GROUPS',
}
registerEnumType(OpinionGroupsStatus, {
  name: 'OpinionGroupsStatus',
  description:
    'FORMED: opinion groups were found. Otherwise why not: TOO_FEW_PARTICIPANTS or TOO_FEW_COMMENTS with enough votes, or NO_CLEAR_GROUPS (people do not split into distinct groups).',
});

export enum StatementDirection {
  AGREE = 'AGREE',
  DISAGREE = 'DISAGREE',
}
registerEnumType(StatementDirection, { name: 'StatementDirection', description: 'Whether a group stands out by agreeing or by disagreeing.' });

export enum ResponseClock {
  NOT_DUE = 'NOT_DUE',
  AWAITING = 'AWAITING',
  OVERDUE = 'OVERDUE',
  ANSWERED_ON_TIME = 'ANSWERED_ON_TIME',
  ANSWERED_LATE = 'ANSWERED_LATE',
}
registerEnumType(ResponseClock, {
  name: 'ResponseClock',
  description: 'NOT_DUE: no answer due yet; AWAITING: due and not late; OVERDUE: late and unanswered; ANSWERED_ON_TIME or ANSWERED_LATE.',
});

@InputType('SummaryScopeInput', { description: 'A slice of the regency to summarise; every part is optional (none: the whole regency).' })
export class SummaryScopeInput {
  @Field(() => ID, { nullable: true, description: 'The area, with every district and village inside it.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Comments written (and votes cast) from this instant…' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: '…until before this instant.' })
  to?: Date | null;
}

@ObjectType('SummaryScope')
export class SummaryScopeModel {
  @Field(() => ID, { nullable: true })
  threadId: string | null;

  @Field(() => ID, { nullable: true })
  areaId: string | null;

  @Field(() => ID, { nullable: true })
  categoryId: string | null;

  @Field(() => Date, { nullable: true })
  from: Date | null;

  @Field(() => Date, { nullable: true })
  to: Date | null;

  @Field({ description: 'The discussion\'s title, or the area and category names.' })
  title: string;
}

@ObjectType('GroupShare', { description: 'How one opinion group voted on a comment.' })
export class GroupShareModel {
  @Field()
  groupId: string;

  @Field(() => Int)
  votes: number;

  @Field(() => Float)
  agreeShare: number;

  @Field(() => Float)
  disagreeShare: number;
}

/** The comment a statement is, in its own words. */
@ObjectType({ isAbstract: true })
abstract class CommentWordsModel {
  @Field(() => ID)
  commentId: string;

  @Field(() => ID)
  threadId: string;

  @Field({ description: 'The comment\'s words, verbatim, with personal data masked.' })
  text: string;
}

@ObjectType('SummaryStatement', { description: 'A comment as a statement people voted on: a point of consensus or of division.' })
export class SummaryStatementModel extends CommentWordsModel {
  @Field(() => Int)
  votes: number;

  @Field(() => Int)
  agree: number;

  @Field(() => Int)
  disagree: number;

  @Field(() => Int)
  pass: number;

  @Field(() => Float, { description: 'Share of everyone who voted on it.' })
  agreeShare: number;

  @Field(() => Float)
  disagreeShare: number;

  @Field(() => Float, { description: 'How strongly it is consensus (or divisive); higher first.' })
  score: number;

  @Field(() => [GroupShareModel])
  groups: GroupShareModel[];
}

@ObjectType('RepresentativeComment', { description: 'A comment that sets one group apart: it agreed (or disagreed) far more than everyone else.' })
export class RepresentativeCommentModel extends CommentWordsModel {
  @Field(() => StatementDirection)
  direction: StatementDirection;

  @Field(() => Int, { description: 'Votes within the group.' })
  votes: number;

  @Field(() => Float, { description: 'Within the group.' })
  agreeShare: number;

  @Field(() => Float, { description: 'Within the group.' })
  disagreeShare: number;

  @Field(() => Float, { description: 'The same share (agree or disagree, per direction) outside the group.' })
  outsideShare: number;

  @Field(() => Float, { description: 'Two-proportion z statistic, inside against outside.' })
  z: number;
}

@ObjectType('MapCoordinate')
export class MapCoordinateModel {
  @Field(() => Float)
  x: number;

  @Field(() => Float)
  y: number;
}

@ObjectType('OpinionGroup', { description: 'People who voted alike (Pol.is\'s method: PCA of the vote matrix, then k-means).' })
export class OpinionGroupModel {
  @Field(() => ID, { description: 'A, B, C… largest first.' })
  id: string;

  @Field(() => Int)
  size: number;

  @Field(() => MapCoordinateModel)
  centroid: MapCoordinateModel;

  @Field(() => [RepresentativeCommentModel])
  representativeComments: RepresentativeCommentModel[];
}

@ObjectType('OpinionMapPoint', { description: 'One participant on the opinion map, under a pseudonym.' })
export class OpinionMapPointModel {
  @Field()
  participant: string;

  @Field(() => Float)
  x: number;

  @Field(() => Float)
  y: number;

  @Field(() => String, { nullable: true })
  groupId: string | null;
}

@ObjectType('OpinionMap')
export class OpinionMapModel {
  @Field(() => OpinionGroupsStatus)
  status: OpinionGroupsStatus;

  @Field(() => Int, { description: 'People with enough votes to be placed on the map.' })
  participantsInMap: number;

  @Field(() => Int)
  commentsInMap: number;

  @Field(() => Int, { nullable: true })
  k: number | null;

  @Field(() => Float, { nullable: true, description: 'How distinct the groups are (−1 to 1).' })
  silhouette: number | null;

  @Field(() => [Float], { nullable: true, description: 'Share of the votes\' variance each map axis explains.' })
  explainedVariance: number[] | null;

  @Field(() => [OpinionMapPointModel])
  points: OpinionMapPointModel[];
}

@ObjectType('ParticipationCount')
export class ParticipationCountModel {
  @Field(() => Int)
  participants: number;

  @Field(() => Int)
  comments: number;

  @Field(() => Int)
  votes: number;
}

@ObjectType('AreaParticipation')
export class AreaParticipationModel extends ParticipationCountModel {
  @Field(() => ID, { nullable: true })
  areaId: string | null;

  @Field(() => String, { nullable: true })
  areaName: string | null;
}

@ObjectType('DayParticipation')
export class DayParticipationModel extends ParticipationCountModel {
  @Field({ description: 'YYYY-MM-DD in the community\'s time zone.' })
  date: string;
}

@ObjectType('RoleParticipation')
export class RoleParticipationModel extends ParticipationCountModel {
  @Field()
  role: string;
}

@ObjectType('Participation')
export class ParticipationModel {
  @Field(() => [AreaParticipationModel])
  byArea: AreaParticipationModel[];

  @Field(() => [DayParticipationModel])
  byDay: DayParticipationModel[];

  @Field(() => [RoleParticipationModel])
  byRole: RoleParticipationModel[];
}

@ObjectType('SummaryTheme', { description: 'A key phrase people used, with the comments that carry it.' })
export class SummaryThemeModel {
  @Field()
  phrase: string;

  @Field(() => Float)
  score: number;

  @Field(() => [ID])
  commentIds: string[];
}

@ObjectType('SummaryQuote', { description: 'A sentence exactly as a person wrote it (personal data masked), chosen to represent the debate.' })
export class SummaryQuoteModel {
  @Field(() => ID)
  commentId: string;

  @Field(() => ID)
  threadId: string;

  @Field()
  text: string;

  @Field(() => Float)
  score: number;
}

@ObjectType('SummaryResponse')
export class SummaryResponseModel {
  @Field(() => ID)
  id: string;

  @Field()
  agencyName: string;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field({ description: 'The official statement, with personal data masked.' })
  text: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('SummaryProposal')
export class SummaryProposalModel {
  @Field(() => Int, { description: '1 = most support.' })
  rank: number;

  @Field(() => ID)
  proposalId: string;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true })
  threadId: string | null;

  @Field(() => ProposalStatus)
  status: ProposalStatus;

  @Field(() => Int)
  supportCount: number;

  @Field(() => Int)
  opposeCount: number;

  @Field(() => Int)
  supportThreshold: number;

  @Field()
  thresholdReached: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  responseDueAt: Date | null;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field(() => ResponseClock)
  clock: ResponseClock;

  @Field(() => String, { nullable: true })
  agencyName: string | null;

  @Field(() => [SummaryResponseModel])
  responses: SummaryResponseModel[];
}

@ObjectType('SummaryInputCounts', { description: 'What the summary was computed from.' })
export class SummaryInputCountsModel {
  @Field(() => Int)
  participants: number;

  @Field(() => Int)
  comments: number;

  @Field(() => Int)
  commentVotes: number;

  @Field(() => Int)
  proposals: number;

  @Field(() => Int)
  officialResponses: number;

  @Field(() => Int, { description: 'Hidden or deleted comments left out.' })
  excludedComments: number;

  @Field(() => Int, { description: 'Hidden proposals left out.' })
  excludedProposals: number;
}

@ObjectType('SummaryProvenance', { description: 'Enough to reproduce and check a summary: engine, parameters, input counts and a hash of the input.' })
export class SummaryProvenanceModel {
  @Field()
  engineName: string;

  @Field()
  engineVersion: string;

  @Field(() => Int)
  schemaVersion: number;

  @Field({ description: '"sha256:<hex>" of the canonical input (without asOf).' })
  inputHash: string;

  @Field({ description: 'The parameters as canonical JSON.' })
  parameters: string;

  @Field(() => SummaryInputCountsModel)
  inputCounts: SummaryInputCountsModel;
}

@ObjectType('SummaryDownloads', { description: 'Paths (on the API) of the same summary as files; add ?lang=en for English.' })
export class SummaryDownloadsModel {
  @Field()
  markdown: string;

  @Field()
  json: string;

  @Field({ description: 'Comments with vote counts and per-group agreement.' })
  csv: string;

  @Field({ description: 'Proposals with support, status and answers.' })
  proposalsCsv: string;

  @Field({ description: 'The printable policy brief (A4).' })
  pdf: string;
}

@ObjectType('Summary', {
  description:
    'What people said in a discussion or a slice of the regency: participation, opinion groups, consensus, division, themes, verbatim quotes and proposals. Hidden and deleted content never enters it; participants appear only under pseudonyms.',
})
export class SummaryModel {
  @Field(() => SummaryScopeModel)
  scope: SummaryScopeModel;

  @Field(() => Date, { description: 'When the data was read.' })
  asOf: Date;

  @Field(() => Int, { description: 'People who wrote or voted on a comment.' })
  participantCount: number;

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int, { description: 'Votes on comments (agree, disagree, pass).' })
  voteCount: number;

  @Field(() => Int)
  proposalCount: number;

  @Field(() => ParticipationModel)
  participation: ParticipationModel;

  @Field(() => OpinionMapModel)
  opinionMap: OpinionMapModel;

  @Field(() => [OpinionGroupModel], { description: 'Empty when there are too few votes to form groups (opinionMap.status says why).' })
  groups: OpinionGroupModel[];

  @Field(() => [SummaryStatementModel], { description: 'Agreed across every group.' })
  consensus: SummaryStatementModel[];

  @Field(() => [SummaryStatementModel], { description: 'Where groups disagree with each other.' })
  divisive: SummaryStatementModel[];

  @Field(() => [SummaryThemeModel])
  themes: SummaryThemeModel[];

  @Field(() => [SummaryQuoteModel])
  quotes: SummaryQuoteModel[];

  @Field(() => [SummaryProposalModel], { description: 'Most support first.' })
  proposals: SummaryProposalModel[];

  @Field(() => SummaryProvenanceModel)
  provenance: SummaryProvenanceModel;

  @Field(() => SummaryDownloadsModel)
  downloads: SummaryDownloadsModel;

  /** `download(file)` gives the API path of one export file of this summary, e.g. summary.pdf. */
  static from(summary: Summary, download: (file: string) => string): SummaryModel {
    const scope = summary.scope;
    const groups = summary.opinionGroups;
    const date = (value: string | null) => (value ? new Date(value) : null);
    return {
      scope: { ...scope, from: date(scope.from), to: date(scope.to) },
      asOf: new Date(summary.asOf),
      participantCount: summary.participation.participantCount,
      commentCount: summary.participation.commentCount,
      voteCount: summary.participation.voteCount,
      proposalCount: summary.participation.proposalCount,
      participation: summary.participation,
      opinionMap: {
        status: groups.status as OpinionGroupsStatus,
        participantsInMap: groups.participantsInMap,
        commentsInMap: groups.commentsInMap,
        k: groups.k,
        silhouette: groups.silhouette,
        explainedVariance: groups.explainedVariance,
        points: groups.points,
      },
      groups: groups.groups.map((group) => ({
        ...group,
        representativeComments: group.representativeComments.map((c) => ({ ...c, direction: c.direction as StatementDirection })),
      })),
      consensus: summary.consensus,
      divisive: summary.divisive,
      themes: summary.themes,
      quotes: summary.quotes,
      proposals: summary.proposals.map((p) => ({
        rank: p.rank,
        proposalId: p.id,
        title: p.title,
        threadId: p.threadId,
        status: p.status as ProposalStatus,
        supportCount: p.supportCount,
        opposeCount: p.opposeCount,
        supportThreshold: p.supportThreshold,
        thresholdReached: p.thresholdReached,
        createdAt: new Date(p.createdAt),
        responseDueAt: date(p.responseDueAt),
        respondedAt: date(p.respondedAt),
        clock: p.clock as ResponseClock,
        agencyName: p.agencyName,
        responses: p.responses.map((r) => ({ id: r.id, agencyName: r.agencyName, status: r.status as ProposalStatus, text: r.body, createdAt: new Date(r.createdAt) })),
      })),
      provenance: {
        engineName: summary.provenance.engine.name,
        engineVersion: summary.provenance.engine.version,
        schemaVersion: summary.provenance.schemaVersion,
        inputHash: summary.provenance.inputHash,
        parameters: JSON.stringify(summary.provenance.parameters),
        inputCounts: summary.provenance.inputCounts,
      },
      downloads: {
        markdown: download('summary.md'),
        json: download('summary.json'),
        csv: download('summary.csv'),
        proposalsCsv: download('summary-proposals.csv'),
        pdf: download('summary.pdf'),
      },
    };
  }
}
