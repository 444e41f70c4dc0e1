import type { HiddenCause } from '../moderation/moderation.enums.js';

export enum ProposalStatus {
  OPEN = 'OPEN',
  AWAITING_RESPONSE = 'AWAITING_RESPONSE',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  IMPLEMENTED = 'IMPLEMENTED',
  WITHDRAWN = 'WITHDRAWN',
  MERGED = 'MERGED',
}

export enum ProposalVoteValue {
  SUPPORT = 'SUPPORT',
  OPPOSE = 'OPPOSE',
  NONE = 'NONE',
}

export enum ProposalSort {
  NEW = 'NEW',
  TOP = 'TOP',
  ACTIVE = 'ACTIVE',
  DEADLINE = 'DEADLINE',
}

export enum StatusChangeCause {
  CREATED = 'CREATED',
  THRESHOLD_REACHED = 'THRESHOLD_REACHED',
  OFFICIAL_RESPONSE = 'OFFICIAL_RESPONSE',
  WITHDRAWN_BY_AUTHOR = 'WITHDRAWN_BY_AUTHOR',
  MERGED_BY_MODERATOR = 'MERGED_BY_MODERATOR',
}

/** A proposal as stored, in the shape services and resolvers share. */
export interface ProposalRecord {
  id: string;
  authorId: string;
  areaId: string;
  categoryId: string | null;
  agencyId: string | null;
  threadId: string | null;
  title: string;
  body: string;
  bodyHtml: string;
  status: ProposalStatus;
  supportCount: number;
  opposeCount: number;
  supportThreshold: number;
  clockStartedAt: Date | null;
  responseDueAt: Date | null;
  firstResponseAt: Date | null;
  hidden: boolean;
  hiddenReason: string | null;
  hiddenCause: HiddenCause | null;
  /** kinds of personal data found in the current text */
  personalData: string[];
  pinned: boolean;
  /** set when a moderator merged this proposal into a duplicate */
  mergedIntoId: string | null;
  lastActivityAt: Date;
  createdAt: Date;
  /** computed by the query: past the deadline with no official response, as of the database's clock */
  overdue: boolean;
}

export const PROPOSAL_COLUMNS = `p.id, p.author_id AS "authorId", p.area_id AS "areaId", p.category_id AS "categoryId",
  p.agency_id AS "agencyId", p.thread_id AS "threadId", p.title, p.body, p.body_html AS "bodyHtml", p.status,
  p.support_count AS "supportCount", p.oppose_count AS "opposeCount", p.support_threshold AS "supportThreshold",
  p.clock_started_at AS "clockStartedAt", p.response_due_at AS "responseDueAt", p.first_response_at AS "firstResponseAt",
  p.hidden, p.hidden_reason AS "hiddenReason", p.hidden_cause AS "hiddenCause", p.personal_data AS "personalData", p.pinned, p.merged_into_id AS "mergedIntoId", p.last_activity_at AS "lastActivityAt", p.created_at AS "createdAt",
  (p.status = 'AWAITING_RESPONSE' AND p.response_due_at < now()) AS overdue`;

export interface OfficialResponseRecord {
  id: string;
  proposalId: string;
  authorId: string;
  agencyId: string | null;
  body: string;
  bodyHtml: string;
  status: ProposalStatus;
  createdAt: Date;
}

export const RESPONSE_COLUMNS = `r.id, r.proposal_id AS "proposalId", r.author_id AS "authorId", r.agency_id AS "agencyId",
  r.body, r.body_html AS "bodyHtml", r.status, r.created_at AS "createdAt"`;

export interface StatusChangeRecord {
  id: string;
  proposalId: string;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus;
  actorId: string | null;
  cause: StatusChangeCause;
  note: string | null;
  responseId: string | null;
  createdAt: Date;
}

export const STATUS_CHANGE_COLUMNS = `s.id, s.proposal_id AS "proposalId", s.from_status AS "fromStatus", s.to_status AS "toStatus",
  s.actor_id AS "actorId", s.cause, s.note, s.response_id AS "responseId", s.created_at AS "createdAt"`;
