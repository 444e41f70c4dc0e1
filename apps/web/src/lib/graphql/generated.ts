/* eslint-disable */
// Generated from apps/api/schema.gql and src/**/*.graphql by `npm run codegen -w @rembug/web`; do not edit.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What is new in an area: a thread or a proposal. */
export type ActivityKind =
  | 'PROPOSAL'
  | 'THREAD';

export type AddCommentInput = {
  /** Markdown, at most 5,000 characters. */
  body: string;
  /** The comment this replies to. */
  parentId?: string | null | undefined;
  threadId: string;
};

/** Regency (kabupaten), district (kecamatan) or village (desa). */
export type AreaLevel =
  | 'DISTRICT'
  | 'REGENCY'
  | 'VILLAGE';

/** Agree, disagree, pass, or NONE to withdraw. */
export type CommentVote =
  | 'AGREE'
  | 'DISAGREE'
  | 'NONE'
  | 'PASS';

/** THREAD, COMMENT or PROPOSAL (what people wrote); USER only for SUSPEND and UNSUSPEND. */
export type ContentType =
  | 'COMMENT'
  | 'PROPOSAL'
  | 'THREAD'
  | 'USER';

export type CreateProposalInput = {
  areaId: string;
  /** Markdown, at most 20,000 characters. */
  body: string;
  /** Decides which agency answers; defaults to the thread’s category. */
  categoryId?: string | null | undefined;
  /** The thread the proposal grew from; both link to each other. */
  threadId?: string | null | undefined;
  /** 5–200 characters. */
  title: string;
};

export type CreateThreadInput = {
  areaId: string;
  /** Markdown, at most 20,000 characters. */
  body: string;
  categoryId?: string | null | undefined;
  /** Up to 10 single-word tags. */
  tags?: Array<string> | null | undefined;
  /** 5–200 characters. */
  title: string;
};

export type FlagContentInput = {
  /** What is wrong, in a few words (at most 500 characters); needed for OTHER. Only moderators read it. */
  note?: string | null | undefined;
  reason: FlagReason;
  targetId: string;
  /** THREAD, COMMENT or PROPOSAL. */
  targetType: ContentType;
};

/** Why a reader flags something: SPAM, ABUSE, OFF_TOPIC, PERSONAL_DATA (someone's private details), MISINFORMATION, OTHER (say why in the note). */
export type FlagReason =
  | 'ABUSE'
  | 'MISINFORMATION'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'PERSONAL_DATA'
  | 'SPAM';

/** What can be followed: a thread or a proposal. */
export type FollowTarget =
  | 'PROPOSAL'
  | 'THREAD';

/** MODERATOR: a moderator hid it; FLAGS: enough readers flagged it and it waits for review; PERSONAL_DATA: it holds personal data and waits for its author or a moderator. */
export type HiddenCause =
  | 'FLAGS'
  | 'MODERATOR'
  | 'PERSONAL_DATA';

export type ModerateInput = {
  action: ModerationActionType;
  /** MOVE: the area to move it to. */
  areaId?: string | null | undefined;
  /** MOVE: the category to move it to (null removes its category). */
  categoryId?: string | null | undefined;
  /** SUSPEND: for how many days (give this or until). */
  durationDays?: number | null | undefined;
  /** MERGE: the proposal that takes this one's votes. */
  intoProposalId?: string | null | undefined;
  /** Why, in plain words (3–300 characters). Public: it is shown in the moderation log and, for HIDE, in place of the content. */
  reason: string;
  targetId: string;
  targetType: ContentType;
  /** SUSPEND: until when (give this or durationDays). */
  until?: string | null | undefined;
};

/** HIDE / RESTORE (threads, comments, proposals), LOCK / UNLOCK (threads), PIN / UNPIN (threads, proposals), MOVE to another area or category (threads, proposals), MERGE a duplicate proposal into another (votes move, never counted twice), SUSPEND / UNSUSPEND a person (a USER, or the author of the content given), DISMISS the open flags on something. */
export type ModerationActionType =
  | 'DISMISS'
  | 'HIDE'
  | 'LOCK'
  | 'MERGE'
  | 'MOVE'
  | 'PIN'
  | 'RESTORE'
  | 'SUSPEND'
  | 'UNLOCK'
  | 'UNPIN'
  | 'UNSUSPEND';

/** REPLY: a reply to your comment; NEW_COMMENT: a comment in a thread you follow; OFFICIAL_RESPONSE: an official answered a proposal you follow; STATUS_CHANGED: a proposal you follow changed status (support threshold reached, withdrawn); PROPOSAL_FROM_THREAD: a proposal was made from a thread you follow; MODERATION: a moderator acted on something you wrote. */
export type NotificationKind =
  | 'MODERATION'
  | 'NEW_COMMENT'
  | 'OFFICIAL_RESPONSE'
  | 'PROPOSAL_FROM_THREAD'
  | 'REPLY'
  | 'STATUS_CHANGED';

/** What a notification is about. */
export type NotificationTarget =
  | 'COMMENT'
  | 'PROPOSAL'
  | 'THREAD';

/** FORMED: opinion groups were found. Otherwise why not: TOO_FEW_PARTICIPANTS or TOO_FEW_COMMENTS with enough votes, or NO_CLEAR_GROUPS (people do not split into distinct groups). */
export type OpinionGroupsStatus =
  | 'FORMED'
  | 'NO_CLEAR_GROUPS'
  | 'TOO_FEW_COMMENTS'
  | 'TOO_FEW_PARTICIPANTS';

/** NEW: newest first; TOP: most support first; ACTIVE: latest activity first. */
export type ProposalSort =
  | 'ACTIVE'
  /** Earliest deadline for an official answer first, so the most overdue lead; proposals without a deadline last. */
  | 'DEADLINE'
  | 'NEW'
  | 'TOP';

/** OPEN → AWAITING_RESPONSE (support threshold reached) → UNDER_REVIEW → ACCEPTED | REJECTED → IMPLEMENTED; WITHDRAWN by the author before any response; MERGED by a moderator into a duplicate (its votes moved there). */
export type ProposalStatus =
  | 'ACCEPTED'
  | 'AWAITING_RESPONSE'
  | 'IMPLEMENTED'
  | 'MERGED'
  | 'OPEN'
  | 'REJECTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

/** Support, oppose, or NONE to withdraw. */
export type ProposalVote =
  | 'NONE'
  | 'OPPOSE'
  | 'SUPPORT';

export type RegisterInput = {
  /** Where you live; helps show what matters nearby. */
  areaId?: string | null | undefined;
  /** The name others will see (2–50 characters). */
  displayName: string;
  email: string;
  /** "id" (Bahasa Indonesia, default) or "en". */
  locale?: string | null | undefined;
  /** At least 10 characters. */
  password: string;
};

export type RespondToProposalInput = {
  /** Markdown, at most 10,000 characters. */
  body: string;
  proposalId: string;
  /** The status the proposal takes; the current one for a progress update. */
  status: ProposalStatus;
};

/** NOT_DUE: no answer due yet; AWAITING: due and not late; OVERDUE: late and unanswered; ANSWERED_ON_TIME or ANSWERED_LATE. */
export type ResponseClock =
  | 'ANSWERED_LATE'
  | 'ANSWERED_ON_TIME'
  | 'AWAITING'
  | 'NOT_DUE'
  | 'OVERDUE';

/** What a person may do on Rembug. */
export type Role =
  | 'ADMIN'
  | 'CITIZEN'
  | 'MODERATOR'
  | 'OFFICIAL';

/** Whether a group stands out by agreeing or by disagreeing. */
export type StatementDirection =
  | 'AGREE'
  | 'DISAGREE';

/** CREATED, THRESHOLD_REACHED (enough support), OFFICIAL_RESPONSE, WITHDRAWN_BY_AUTHOR, MERGED_BY_MODERATOR. */
export type StatusChangeCause =
  | 'CREATED'
  | 'MERGED_BY_MODERATOR'
  | 'OFFICIAL_RESPONSE'
  | 'THRESHOLD_REACHED'
  | 'WITHDRAWN_BY_AUTHOR';

/** A slice of the regency to summarise; every part is optional (none: the whole regency). */
export type SummaryScopeInput = {
  /** The area, with every district and village inside it. */
  areaId?: string | null | undefined;
  categoryId?: string | null | undefined;
  /** Comments written (and votes cast) from this instant… */
  from?: string | null | undefined;
  /** …until before this instant. */
  to?: string | null | undefined;
};

/** NEW: newest first; ACTIVE: latest activity first; TOP: most comments and votes first. */
export type ThreadSort =
  | 'ACTIVE'
  | 'NEW'
  | 'TOP';

/** The comment keeps a public history of every version of its body. */
export type UpdateCommentInput = {
  /** Markdown, at most 5,000 characters. */
  body: string;
  commentId: string;
};

/** Only the fields given change; the thread keeps a public history of every version of its title and body. */
export type UpdateThreadInput = {
  /** Markdown, at most 20,000 characters. */
  body?: string | null | undefined;
  /** Leave out to keep the category; null removes it. */
  categoryId?: string | null | undefined;
  /** Up to 10 single-word tags; replaces the current ones. [] removes them all. */
  tags?: Array<string> | null | undefined;
  threadId: string;
  /** 5–200 characters. */
  title?: string | null | undefined;
};

export type AccountabilityQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AccountabilityQuery = { accountability: Array<{ assigned: number, answered: number, answeredOnTime: number, awaitingResponse: number, overdueNow: number, medianHoursToFirstResponse: number | null, onTimeShare: number | null, agency: { id: string, name: string, shortName: string | null } | null }> };

export type AreaDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type AreaDirectoryQuery = { areas: Array<{ id: string, name: string, slug: string, level: AreaLevel, parent: { id: string } | null }> };

export type AreaContentQueryVariables = Exact<{
  areaId: string;
  first: number;
}>;


export type AreaContentQuery = { area: { id: string, effectiveSupportThreshold: number } | null, threads: { totalCount: number, edges: Array<{ node: { id: string, title: string, commentCount: number, lastActivityAt: string, area: { name: string, slug: string }, category: { name: string, nameEn: string | null } | null } }> }, proposals: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, supportCount: number, supportThreshold: number, overdue: boolean, responseDueAt: string | null, lastActivityAt: string, area: { name: string, slug: string } } }> } };

export type AreaActivitySubscriptionVariables = Exact<{
  areaId: string;
}>;


export type AreaActivitySubscription = { threadActivity: { areaId: string, kind: ActivityKind } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { token: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RegisterAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterAreasQuery = { areas: Array<{ id: string, name: string, slug: string, level: AreaLevel, parent: { id: string } | null }> };

export type DeskItemFragment = { id: string, title: string, status: ProposalStatus, supportCount: number, opposeCount: number, supportThreshold: number, clockStartedAt: string | null, responseDueAt: string | null, firstResponseAt: string | null, overdue: boolean, viewerResponseStatuses: Array<ProposalStatus>, area: { id: string, name: string }, category: { id: string, name: string, nameEn: string | null } | null, agency: { id: string, name: string, shortName: string | null } | null };

export type DeskPageQueryVariables = Exact<{
  agencyId?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  overdueFirst: number;
  soonFirst: number;
}>;


export type DeskPageQuery = { overdue: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, supportCount: number, opposeCount: number, supportThreshold: number, clockStartedAt: string | null, responseDueAt: string | null, firstResponseAt: string | null, overdue: boolean, viewerResponseStatuses: Array<ProposalStatus>, area: { id: string, name: string }, category: { id: string, name: string, nameEn: string | null } | null, agency: { id: string, name: string, shortName: string | null } | null } }> }, waiting: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, supportCount: number, opposeCount: number, supportThreshold: number, clockStartedAt: string | null, responseDueAt: string | null, firstResponseAt: string | null, overdue: boolean, viewerResponseStatuses: Array<ProposalStatus>, area: { id: string, name: string }, category: { id: string, name: string, nameEn: string | null } | null, agency: { id: string, name: string, shortName: string | null } | null } }> }, soon: { totalCount: number, edges: Array<{ node: { id: string, title: string, supportCount: number, supportThreshold: number, area: { id: string, name: string } } }> }, areas: Array<{ id: string, level: AreaLevel }>, agencies: Array<{ id: string, name: string, shortName: string | null }> };

export type DeskProposalChangedSubscriptionVariables = Exact<{
  id: string;
}>;


export type DeskProposalChangedSubscription = { proposalUpdated: { id: string, status: ProposalStatus } };

export type DeskAreaActivitySubscriptionVariables = Exact<{
  areaId: string;
}>;


export type DeskAreaActivitySubscription = { threadActivity: { kind: ActivityKind, proposal: { id: string, agency: { id: string } | null } | null } };

export type HomePageQueryVariables = Exact<{
  first: number;
}>;


export type HomePageQuery = { areas: Array<{ id: string, name: string, slug: string, level: AreaLevel, parent: { id: string } | null }>, activeThreads: { totalCount: number, edges: Array<{ node: { id: string, title: string, commentCount: number, lastActivityAt: string, area: { name: string, slug: string } } }> }, nearThreshold: { totalCount: number, edges: Array<{ node: { id: string, title: string, supportCount: number, supportThreshold: number, area: { name: string, slug: string } } }> }, overdue: { totalCount: number, edges: Array<{ node: { id: string, title: string, responseDueAt: string | null, area: { name: string, slug: string }, agency: { name: string, shortName: string | null } | null } }> } };

export type ModerationQueueItemFragment = { id: string, targetType: ContentType, targetId: string, flagCount: number, firstFlaggedAt: string, reasons: Array<{ reason: FlagReason, count: number }>, notes: Array<{ reason: FlagReason, note: string, createdAt: string }>, author: { id: string, displayName: string, role: Role, suspension: { until: string } | null } | null, thread: { id: string, title: string, bodyHtml: string, hidden: boolean, hiddenCause: HiddenCause | null, personalDataFound: Array<string>, locked: boolean } | null, comment: { id: string, bodyHtml: string, hidden: boolean, hiddenCause: HiddenCause | null, personalDataFound: Array<string>, deleted: boolean, thread: { id: string, title: string }, parent: { id: string, body: string, author: { displayName: string } } | null } | null, proposal: { id: string, title: string, bodyHtml: string, hidden: boolean, hiddenCause: HiddenCause | null, personalDataFound: Array<string> } | null };

export type ModerationQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ModerationQueueQuery = { moderationQueue: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, targetType: ContentType, targetId: string, flagCount: number, firstFlaggedAt: string, reasons: Array<{ reason: FlagReason, count: number }>, notes: Array<{ reason: FlagReason, note: string, createdAt: string }>, author: { id: string, displayName: string, role: Role, suspension: { until: string } | null } | null, thread: { id: string, title: string, bodyHtml: string, hidden: boolean, hiddenCause: HiddenCause | null, personalDataFound: Array<string>, locked: boolean } | null, comment: { id: string, bodyHtml: string, hidden: boolean, hiddenCause: HiddenCause | null, personalDataFound: Array<string>, deleted: boolean, thread: { id: string, title: string }, parent: { id: string, body: string, author: { displayName: string } } | null } | null, proposal: { id: string, title: string, bodyHtml: string, hidden: boolean, hiddenCause: HiddenCause | null, personalDataFound: Array<string> } | null } }> } };

export type ModerationQueueChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ModerationQueueChangedSubscription = { moderationQueueChanged: boolean };

export type ModerationLogEntryFragment = { id: string, action: ModerationActionType, targetType: ContentType, targetId: string, reason: string, automatic: boolean, flagCount: number | null, suspendedUntil: string | null, votesMoved: number | null, createdAt: string, moderator: { id: string, displayName: string } | null, thread: { id: string, title: string } | null, comment: { id: string, author: { displayName: string }, thread: { id: string } } | null, proposal: { id: string, title: string } | null, user: { id: string, displayName: string } | null, mergedInto: { id: string, title: string } | null, movedToArea: { id: string, name: string } | null, movedToCategory: { id: string, name: string, nameEn: string | null } | null };

export type ModerationLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  action?: ModerationActionType | null | undefined;
}>;


export type ModerationLogQuery = { moderationLog: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, action: ModerationActionType, targetType: ContentType, targetId: string, reason: string, automatic: boolean, flagCount: number | null, suspendedUntil: string | null, votesMoved: number | null, createdAt: string, moderator: { id: string, displayName: string } | null, thread: { id: string, title: string } | null, comment: { id: string, author: { displayName: string }, thread: { id: string } } | null, proposal: { id: string, title: string } | null, user: { id: string, displayName: string } | null, mergedInto: { id: string, title: string } | null, movedToArea: { id: string, name: string } | null, movedToCategory: { id: string, name: string, nameEn: string | null } | null } }> } };

export type NotificationItemFragment = { id: string, kind: NotificationKind, read: boolean, createdAt: string, status: ProposalStatus | null, moderationAction: string | null, targetType: NotificationTarget, actor: { displayName: string } | null, thread: { id: string, title: string } | null, proposal: { id: string, title: string } | null, comment: { id: string } | null };

export type NotificationsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type NotificationsPageQuery = { unreadNotificationCount: number, notifications: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: NotificationKind, read: boolean, createdAt: string, status: ProposalStatus | null, moderationAction: string | null, targetType: NotificationTarget, actor: { displayName: string } | null, thread: { id: string, title: string } | null, proposal: { id: string, title: string } | null, comment: { id: string } | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { notificationReceived: { id: string, kind: NotificationKind, read: boolean, createdAt: string, status: ProposalStatus | null, moderationAction: string | null, targetType: NotificationTarget, actor: { displayName: string } | null, thread: { id: string, title: string } | null, proposal: { id: string, title: string } | null, comment: { id: string } | null } };

export type ProfileCountsQueryVariables = Exact<{
  authorId: string;
}>;


export type ProfileCountsQuery = { myThreads: { totalCount: number }, myProposals: { totalCount: number }, voted: { totalCount: number }, follows: { totalCount: number } };

export type ProfileThreadsQueryVariables = Exact<{
  authorId: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProfileThreadsQuery = { threads: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, commentCount: number, createdAt: string, area: { name: string, slug: string } } }> } };

export type ProfileProposalsQueryVariables = Exact<{
  authorId: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProfileProposalsQuery = { proposals: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, supportCount: number, supportThreshold: number, createdAt: string, area: { name: string, slug: string } } }> } };

export type ProfileVotesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ProfileVotesQuery = { proposals: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, myVote: ProposalVote, supportCount: number, supportThreshold: number, area: { name: string, slug: string } } }> } };

export type ProfileFollowsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ProfileFollowsQuery = { follows: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, targetType: FollowTarget, createdAt: string, thread: { id: string, title: string } | null, proposal: { id: string, title: string, status: ProposalStatus } | null } }> } };

export type UnfollowMutationVariables = Exact<{
  targetId: string;
  targetType: FollowTarget;
}>;


export type UnfollowMutation = { unfollow: boolean };

export type ProposalListItemFragment = { id: string, title: string, status: ProposalStatus, supportCount: number, supportThreshold: number, responseDueAt: string | null, firstResponseAt: string | null, overdue: boolean, createdAt: string, area: { id: string, name: string }, agency: { id: string, name: string, shortName: string | null } | null };

export type ProposalListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  statuses?: Array<ProposalStatus> | ProposalStatus | null | undefined;
  areaId?: string | null | undefined;
  categoryId?: string | null | undefined;
  agencyId?: string | null | undefined;
  authorId?: string | null | undefined;
  votedByMe?: boolean | null | undefined;
  overdue?: boolean | null | undefined;
  search?: string | null | undefined;
  sort?: ProposalSort | null | undefined;
}>;


export type ProposalListQuery = { proposals: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, supportCount: number, supportThreshold: number, responseDueAt: string | null, firstResponseAt: string | null, overdue: boolean, createdAt: string, area: { id: string, name: string }, agency: { id: string, name: string, shortName: string | null } | null } }> } };

export type ProposalChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalChoicesQuery = { areas: Array<{ id: string, name: string, slug: string, level: AreaLevel, parent: { id: string } | null }>, categories: Array<{ id: string, name: string, nameEn: string | null, slug: string, defaultAgency: { id: string } | null }>, agencies: Array<{ id: string, name: string, shortName: string | null }> };

export type ProposalSourceThreadQueryVariables = Exact<{
  id: string;
}>;


export type ProposalSourceThreadQuery = { thread: { id: string, title: string, body: string, deleted: boolean, area: { id: string }, category: { id: string } | null, proposals: Array<{ id: string, title: string, status: ProposalStatus }> } | null };

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type CreateProposalMutation = { createProposal: { id: string } };

export type ProposalDetailFragment = { id: string, title: string, status: ProposalStatus, body: string, bodyHtml: string, createdAt: string, hidden: boolean, hiddenCause: HiddenCause | null, hiddenReason: string | null, personalDataFound: Array<string>, pinned: boolean, supportCount: number, opposeCount: number, supportThreshold: number, followerCount: number, clockStartedAt: string | null, responseDueAt: string | null, firstResponseAt: string | null, overdue: boolean, myVote: ProposalVote, viewerCanVote: boolean, viewerCanWithdraw: boolean, viewerFollows: boolean, viewerResponseStatuses: Array<ProposalStatus>, mergedInto: { id: string, title: string } | null, author: { id: string, displayName: string }, area: { id: string, name: string }, category: { id: string, name: string, nameEn: string | null } | null, agency: { id: string, name: string, shortName: string | null } | null, thread: { id: string, title: string } | null, statusHistory: Array<{ id: string, from: ProposalStatus | null, to: ProposalStatus, cause: StatusChangeCause, reason: string | null, at: string, by: { id: string, displayName: string } | null, response: { id: string } | null }>, responses: Array<{ id: string, bodyHtml: string, status: ProposalStatus, createdAt: string, author: { id: string, displayName: string }, agency: { id: string, name: string, shortName: string | null } | null }> };

export type ProposalPageQueryVariables = Exact<{
  id: string;
}>;


export type ProposalPageQuery = { proposal: { id: string, title: string, status: ProposalStatus, body: string, bodyHtml: string, createdAt: string, hidden: boolean, hiddenCause: HiddenCause | null, hiddenReason: string | null, personalDataFound: Array<string>, pinned: boolean, supportCount: number, opposeCount: number, supportThreshold: number, followerCount: number, clockStartedAt: string | null, responseDueAt: string | null, firstResponseAt: string | null, overdue: boolean, myVote: ProposalVote, viewerCanVote: boolean, viewerCanWithdraw: boolean, viewerFollows: boolean, viewerResponseStatuses: Array<ProposalStatus>, mergedInto: { id: string, title: string } | null, author: { id: string, displayName: string }, area: { id: string, name: string }, category: { id: string, name: string, nameEn: string | null } | null, agency: { id: string, name: string, shortName: string | null } | null, thread: { id: string, title: string } | null, statusHistory: Array<{ id: string, from: ProposalStatus | null, to: ProposalStatus, cause: StatusChangeCause, reason: string | null, at: string, by: { id: string, displayName: string } | null, response: { id: string } | null }>, responses: Array<{ id: string, bodyHtml: string, status: ProposalStatus, createdAt: string, author: { id: string, displayName: string }, agency: { id: string, name: string, shortName: string | null } | null }> } | null };

export type ProposalLiveSubscriptionVariables = Exact<{
  id: string;
}>;


export type ProposalLiveSubscription = { proposalUpdated: { id: string, title: string, status: ProposalStatus, body: string, bodyHtml: string, createdAt: string, hidden: boolean, hiddenCause: HiddenCause | null, hiddenReason: string | null, personalDataFound: Array<string>, pinned: boolean, supportCount: number, opposeCount: number, supportThreshold: number, followerCount: number, clockStartedAt: string | null, responseDueAt: string | null, firstResponseAt: string | null, overdue: boolean, myVote: ProposalVote, viewerCanVote: boolean, viewerCanWithdraw: boolean, viewerFollows: boolean, viewerResponseStatuses: Array<ProposalStatus>, mergedInto: { id: string, title: string } | null, author: { id: string, displayName: string }, area: { id: string, name: string }, category: { id: string, name: string, nameEn: string | null } | null, agency: { id: string, name: string, shortName: string | null } | null, thread: { id: string, title: string } | null, statusHistory: Array<{ id: string, from: ProposalStatus | null, to: ProposalStatus, cause: StatusChangeCause, reason: string | null, at: string, by: { id: string, displayName: string } | null, response: { id: string } | null }>, responses: Array<{ id: string, bodyHtml: string, status: ProposalStatus, createdAt: string, author: { id: string, displayName: string }, agency: { id: string, name: string, shortName: string | null } | null }> } };

export type ProposalVoteMutationVariables = Exact<{
  id: string;
  value: ProposalVote;
}>;


export type ProposalVoteMutation = { voteProposal: { id: string, myVote: ProposalVote, supportCount: number, opposeCount: number, status: ProposalStatus } };

export type ProposalWithdrawMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type ProposalWithdrawMutation = { withdrawProposal: { id: string, status: ProposalStatus } };

export type ProposalFollowMutationVariables = Exact<{
  id: string;
}>;


export type ProposalFollowMutation = { follow: boolean };

export type ProposalUnfollowMutationVariables = Exact<{
  id: string;
}>;


export type ProposalUnfollowMutation = { unfollow: boolean };

export type RespondToProposalMutationVariables = Exact<{
  input: RespondToProposalInput;
}>;


export type RespondToProposalMutation = { respondToProposal: { id: string, status: ProposalStatus, proposal: { id: string } } };

export type ProposalCatchUpQueryVariables = Exact<{
  id: string;
}>;


export type ProposalCatchUpQuery = { proposal: { id: string, title: string, status: ProposalStatus, body: string, bodyHtml: string, createdAt: string, hidden: boolean, hiddenCause: HiddenCause | null, hiddenReason: string | null, personalDataFound: Array<string>, pinned: boolean, supportCount: number, opposeCount: number, supportThreshold: number, followerCount: number, clockStartedAt: string | null, responseDueAt: string | null, firstResponseAt: string | null, overdue: boolean, myVote: ProposalVote, viewerCanVote: boolean, viewerCanWithdraw: boolean, viewerFollows: boolean, viewerResponseStatuses: Array<ProposalStatus>, mergedInto: { id: string, title: string } | null, author: { id: string, displayName: string }, area: { id: string, name: string }, category: { id: string, name: string, nameEn: string | null } | null, agency: { id: string, name: string, shortName: string | null } | null, thread: { id: string, title: string } | null, statusHistory: Array<{ id: string, from: ProposalStatus | null, to: ProposalStatus, cause: StatusChangeCause, reason: string | null, at: string, by: { id: string, displayName: string } | null, response: { id: string } | null }>, responses: Array<{ id: string, bodyHtml: string, status: ProposalStatus, createdAt: string, author: { id: string, displayName: string }, agency: { id: string, name: string, shortName: string | null } | null }> } | null };

export type SafetyFlagMutationVariables = Exact<{
  input: FlagContentInput;
}>;


export type SafetyFlagMutation = { flagContent: { id: string } };

export type SafetyModerateMutationVariables = Exact<{
  input: ModerateInput;
}>;


export type SafetyModerateMutation = { moderate: { id: string, action: ModerationActionType } };

export type SummaryStatementPartsFragment = { commentId: string, threadId: string, text: string, votes: number, agreeShare: number, disagreeShare: number, groups: Array<{ groupId: string, votes: number, agreeShare: number, disagreeShare: number }> };

export type SummaryPartsFragment = { asOf: string, participantCount: number, commentCount: number, voteCount: number, proposalCount: number, opinionMap: { status: OpinionGroupsStatus, participantsInMap: number, commentsInMap: number, points: Array<{ groupId: string | null, x: number, y: number }> }, groups: Array<{ id: string, size: number, representativeComments: Array<{ commentId: string, threadId: string, text: string, direction: StatementDirection, agreeShare: number, disagreeShare: number, outsideShare: number, votes: number }> }>, consensus: Array<{ commentId: string, threadId: string, text: string, votes: number, agreeShare: number, disagreeShare: number, groups: Array<{ groupId: string, votes: number, agreeShare: number, disagreeShare: number }> }>, divisive: Array<{ commentId: string, threadId: string, text: string, votes: number, agreeShare: number, disagreeShare: number, groups: Array<{ groupId: string, votes: number, agreeShare: number, disagreeShare: number }> }>, themes: Array<{ phrase: string, commentIds: Array<string> }>, quotes: Array<{ commentId: string, threadId: string, text: string }>, proposals: Array<{ proposalId: string, title: string, status: ProposalStatus, supportCount: number, opposeCount: number, supportThreshold: number, thresholdReached: boolean, clock: ResponseClock, agencyName: string | null, responseDueAt: string | null, respondedAt: string | null }>, provenance: { engineName: string, engineVersion: string, inputHash: string, schemaVersion: number, parameters: string, inputCounts: { excludedComments: number, excludedProposals: number } } };

export type ThreadSummaryQueryVariables = Exact<{
  threadId: string;
}>;


export type ThreadSummaryQuery = { thread: { id: string, title: string, area: { name: string, slug: string } } | null, threadSummary: { asOf: string, participantCount: number, commentCount: number, voteCount: number, proposalCount: number, opinionMap: { status: OpinionGroupsStatus, participantsInMap: number, commentsInMap: number, points: Array<{ groupId: string | null, x: number, y: number }> }, groups: Array<{ id: string, size: number, representativeComments: Array<{ commentId: string, threadId: string, text: string, direction: StatementDirection, agreeShare: number, disagreeShare: number, outsideShare: number, votes: number }> }>, consensus: Array<{ commentId: string, threadId: string, text: string, votes: number, agreeShare: number, disagreeShare: number, groups: Array<{ groupId: string, votes: number, agreeShare: number, disagreeShare: number }> }>, divisive: Array<{ commentId: string, threadId: string, text: string, votes: number, agreeShare: number, disagreeShare: number, groups: Array<{ groupId: string, votes: number, agreeShare: number, disagreeShare: number }> }>, themes: Array<{ phrase: string, commentIds: Array<string> }>, quotes: Array<{ commentId: string, threadId: string, text: string }>, proposals: Array<{ proposalId: string, title: string, status: ProposalStatus, supportCount: number, opposeCount: number, supportThreshold: number, thresholdReached: boolean, clock: ResponseClock, agencyName: string | null, responseDueAt: string | null, respondedAt: string | null }>, provenance: { engineName: string, engineVersion: string, inputHash: string, schemaVersion: number, parameters: string, inputCounts: { excludedComments: number, excludedProposals: number } } } };

export type AreaSummaryQueryVariables = Exact<{
  scope: SummaryScopeInput;
}>;


export type AreaSummaryQuery = { summary: { asOf: string, participantCount: number, commentCount: number, voteCount: number, proposalCount: number, opinionMap: { status: OpinionGroupsStatus, participantsInMap: number, commentsInMap: number, points: Array<{ groupId: string | null, x: number, y: number }> }, groups: Array<{ id: string, size: number, representativeComments: Array<{ commentId: string, threadId: string, text: string, direction: StatementDirection, agreeShare: number, disagreeShare: number, outsideShare: number, votes: number }> }>, consensus: Array<{ commentId: string, threadId: string, text: string, votes: number, agreeShare: number, disagreeShare: number, groups: Array<{ groupId: string, votes: number, agreeShare: number, disagreeShare: number }> }>, divisive: Array<{ commentId: string, threadId: string, text: string, votes: number, agreeShare: number, disagreeShare: number, groups: Array<{ groupId: string, votes: number, agreeShare: number, disagreeShare: number }> }>, themes: Array<{ phrase: string, commentIds: Array<string> }>, quotes: Array<{ commentId: string, threadId: string, text: string }>, proposals: Array<{ proposalId: string, title: string, status: ProposalStatus, supportCount: number, opposeCount: number, supportThreshold: number, thresholdReached: boolean, clock: ResponseClock, agencyName: string | null, responseDueAt: string | null, respondedAt: string | null }>, provenance: { engineName: string, engineVersion: string, inputHash: string, schemaVersion: number, parameters: string, inputCounts: { excludedComments: number, excludedProposals: number } } } };

export type ThreadListQueryVariables = Exact<{
  areaId?: string | null | undefined;
  categoryId?: string | null | undefined;
  search?: string | null | undefined;
  sort?: ThreadSort | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
  pinned?: boolean | null | undefined;
}>;


export type ThreadListQuery = { threads: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, deleted: boolean, pinned: boolean, locked: boolean, commentCount: number, lastActivityAt: string, area: { id: string, name: string }, category: { id: string, name: string, nameEn: string | null } | null } }> } };

export type ThreadCreateMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type ThreadCreateMutation = { createThread: { id: string } };

export type ThreadCommentFragment = { id: string, bodyHtml: string, createdAt: string, editedAt: string | null, deleted: boolean, hidden: boolean, hiddenCause: HiddenCause | null, hiddenReason: string | null, personalDataFound: Array<string>, agreeCount: number, disagreeCount: number, passCount: number, myVote: CommentVote, author: { id: string, displayName: string }, parent: { id: string, author: { displayName: string } } | null };

export type ThreadPageQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
  around?: string | null | undefined;
}>;


export type ThreadPageQuery = { thread: { id: string, title: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, deleted: boolean, hidden: boolean, hiddenCause: HiddenCause | null, hiddenReason: string | null, personalDataFound: Array<string>, locked: boolean, pinned: boolean, tags: Array<string>, commentCount: number, participantCount: number, followerCount: number, viewerFollows: boolean, author: { id: string, displayName: string }, area: { id: string, name: string }, category: { id: string, name: string, nameEn: string | null } | null, proposals: Array<{ id: string, title: string, status: ProposalStatus, supportCount: number, supportThreshold: number }>, comments: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, bodyHtml: string, createdAt: string, editedAt: string | null, deleted: boolean, hidden: boolean, hiddenCause: HiddenCause | null, hiddenReason: string | null, personalDataFound: Array<string>, agreeCount: number, disagreeCount: number, passCount: number, myVote: CommentVote, author: { id: string, displayName: string }, parent: { id: string, author: { displayName: string } } | null } }> } } | null };

export type ThreadAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type ThreadAddCommentMutation = { addComment: { id: string } };

export type ThreadVoteCommentMutationVariables = Exact<{
  commentId: string;
  value: CommentVote;
}>;


export type ThreadVoteCommentMutation = { voteComment: { id: string } };

export type ThreadFollowMutationVariables = Exact<{
  threadId: string;
}>;


export type ThreadFollowMutation = { follow: boolean };

export type ThreadUnfollowMutationVariables = Exact<{
  threadId: string;
}>;


export type ThreadUnfollowMutation = { unfollow: boolean };

export type ThreadCommentAddedSubscriptionVariables = Exact<{
  threadId: string;
}>;


export type ThreadCommentAddedSubscription = { commentAdded: { id: string, bodyHtml: string, createdAt: string, editedAt: string | null, deleted: boolean, hidden: boolean, hiddenCause: HiddenCause | null, hiddenReason: string | null, personalDataFound: Array<string>, agreeCount: number, disagreeCount: number, passCount: number, myVote: CommentVote, author: { id: string, displayName: string }, parent: { id: string, author: { displayName: string } } | null } };

export type ThreadCommentUpdatedSubscriptionVariables = Exact<{
  threadId: string;
}>;


export type ThreadCommentUpdatedSubscription = { commentUpdated: { id: string, bodyHtml: string, editedAt: string | null, deleted: boolean, hidden: boolean, hiddenCause: HiddenCause | null, hiddenReason: string | null, personalDataFound: Array<string>, agreeCount: number, disagreeCount: number, passCount: number } };

export type ThreadCatchUpQueryVariables = Exact<{
  id: string;
}>;


export type ThreadCatchUpQuery = { thread: { id: string, commentCount: number } | null };

export type ThreadCommentForEditQueryVariables = Exact<{
  id: string;
}>;


export type ThreadCommentForEditQuery = { comment: { id: string, body: string, deleted: boolean, author: { id: string } } | null };

export type ThreadUpdateCommentMutationVariables = Exact<{
  input: UpdateCommentInput;
}>;


export type ThreadUpdateCommentMutation = { updateComment: { id: string } };

export type ThreadUpdateMutationVariables = Exact<{
  input: UpdateThreadInput;
}>;


export type ThreadUpdateMutation = { updateThread: { id: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { unreadNotificationCount: number, me: { id: string, displayName: string, role: Role, email: string | null, locale: string | null, agency: { id: string, name: string, shortName: string | null } | null, area: { id: string, name: string, slug: string } | null, suspension: { until: string, reason: string } | null } | null };

export type ReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceQuery = { areas: Array<{ id: string, name: string, slug: string, level: AreaLevel, parent: { id: string } | null }>, categories: Array<{ id: string, name: string, nameEn: string | null, slug: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DeskItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment DeskItem on Proposal {
  id
  title
  status
  supportCount
  opposeCount
  supportThreshold
  clockStartedAt
  responseDueAt
  firstResponseAt
  overdue
  area {
    id
    name
  }
  category {
    id
    name
    nameEn
  }
  agency {
    id
    name
    shortName
  }
  viewerResponseStatuses
}
    `, {"fragmentName":"DeskItem"}) as unknown as TypedDocumentString<DeskItemFragment, unknown>;
export const ModerationQueueItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ModerationQueueItem on ModerationQueueItem {
  id
  targetType
  targetId
  flagCount
  firstFlaggedAt
  reasons {
    reason
    count
  }
  notes {
    reason
    note
    createdAt
  }
  author {
    id
    displayName
    role
    suspension {
      until
    }
  }
  thread {
    id
    title
    bodyHtml
    hidden
    hiddenCause
    personalDataFound
    locked
  }
  comment {
    id
    bodyHtml
    hidden
    hiddenCause
    personalDataFound
    deleted
    thread {
      id
      title
    }
    parent {
      id
      body
      author {
        displayName
      }
    }
  }
  proposal {
    id
    title
    bodyHtml
    hidden
    hiddenCause
    personalDataFound
  }
}
    `, {"fragmentName":"ModerationQueueItem"}) as unknown as TypedDocumentString<ModerationQueueItemFragment, unknown>;
export const ModerationLogEntryFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ModerationLogEntry on ModerationAction {
  id
  action
  targetType
  targetId
  reason
  automatic
  flagCount
  suspendedUntil
  votesMoved
  createdAt
  moderator {
    id
    displayName
  }
  thread {
    id
    title
  }
  comment {
    id
    author {
      displayName
    }
    thread {
      id
    }
  }
  proposal {
    id
    title
  }
  user {
    id
    displayName
  }
  mergedInto {
    id
    title
  }
  movedToArea {
    id
    name
  }
  movedToCategory {
    id
    name
    nameEn
  }
}
    `, {"fragmentName":"ModerationLogEntry"}) as unknown as TypedDocumentString<ModerationLogEntryFragment, unknown>;
export const NotificationItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment NotificationItem on Notification {
  id
  kind
  read
  createdAt
  status
  moderationAction
  targetType
  actor {
    displayName
  }
  thread {
    id
    title
  }
  proposal {
    id
    title
  }
  comment {
    id
  }
}
    `, {"fragmentName":"NotificationItem"}) as unknown as TypedDocumentString<NotificationItemFragment, unknown>;
export const ProposalListItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ProposalListItem on Proposal {
  id
  title
  status
  supportCount
  supportThreshold
  responseDueAt
  firstResponseAt
  overdue
  createdAt
  area {
    id
    name
  }
  agency {
    id
    name
    shortName
  }
}
    `, {"fragmentName":"ProposalListItem"}) as unknown as TypedDocumentString<ProposalListItemFragment, unknown>;
export const ProposalDetailFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ProposalDetail on Proposal {
  id
  title
  status
  body
  bodyHtml
  createdAt
  hidden
  hiddenCause
  hiddenReason
  personalDataFound
  pinned
  mergedInto {
    id
    title
  }
  supportCount
  opposeCount
  supportThreshold
  followerCount
  clockStartedAt
  responseDueAt
  firstResponseAt
  overdue
  myVote
  viewerCanVote
  viewerCanWithdraw
  viewerFollows
  viewerResponseStatuses
  author {
    id
    displayName
  }
  area {
    id
    name
  }
  category {
    id
    name
    nameEn
  }
  agency {
    id
    name
    shortName
  }
  thread {
    id
    title
  }
  statusHistory {
    id
    from
    to
    cause
    reason
    at
    by {
      id
      displayName
    }
    response {
      id
    }
  }
  responses {
    id
    bodyHtml
    status
    createdAt
    author {
      id
      displayName
    }
    agency {
      id
      name
      shortName
    }
  }
}
    `, {"fragmentName":"ProposalDetail"}) as unknown as TypedDocumentString<ProposalDetailFragment, unknown>;
export const SummaryStatementPartsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SummaryStatementParts on SummaryStatement {
  commentId
  threadId
  text
  votes
  agreeShare
  disagreeShare
  groups {
    groupId
    votes
    agreeShare
    disagreeShare
  }
}
    `, {"fragmentName":"SummaryStatementParts"}) as unknown as TypedDocumentString<SummaryStatementPartsFragment, unknown>;
export const SummaryPartsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SummaryParts on Summary {
  asOf
  participantCount
  commentCount
  voteCount
  proposalCount
  opinionMap {
    status
    participantsInMap
    commentsInMap
    points {
      groupId
      x
      y
    }
  }
  groups {
    id
    size
    representativeComments {
      commentId
      threadId
      text
      direction
      agreeShare
      disagreeShare
      outsideShare
      votes
    }
  }
  consensus {
    ...SummaryStatementParts
  }
  divisive {
    ...SummaryStatementParts
  }
  themes {
    phrase
    commentIds
  }
  quotes {
    commentId
    threadId
    text
  }
  proposals {
    proposalId
    title
    status
    supportCount
    opposeCount
    supportThreshold
    thresholdReached
    clock
    agencyName
    responseDueAt
    respondedAt
  }
  provenance {
    engineName
    engineVersion
    inputHash
    schemaVersion
    parameters
    inputCounts {
      excludedComments
      excludedProposals
    }
  }
}
    fragment SummaryStatementParts on SummaryStatement {
  commentId
  threadId
  text
  votes
  agreeShare
  disagreeShare
  groups {
    groupId
    votes
    agreeShare
    disagreeShare
  }
}`, {"fragmentName":"SummaryParts"}) as unknown as TypedDocumentString<SummaryPartsFragment, unknown>;
export const ThreadCommentFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ThreadComment on Comment {
  id
  bodyHtml
  createdAt
  editedAt
  deleted
  hidden
  hiddenCause
  hiddenReason
  personalDataFound
  agreeCount
  disagreeCount
  passCount
  myVote
  author {
    id
    displayName
  }
  parent {
    id
    author {
      displayName
    }
  }
}
    `, {"fragmentName":"ThreadComment"}) as unknown as TypedDocumentString<ThreadCommentFragment, unknown>;
export const AccountabilityDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Accountability($from: DateTime, $to: DateTime) {
  accountability(from: $from, to: $to) {
    agency {
      id
      name
      shortName
    }
    assigned
    answered
    answeredOnTime
    awaitingResponse
    overdueNow
    medianHoursToFirstResponse
    onTimeShare
  }
}
    `) as unknown as TypedDocumentString<AccountabilityQuery, AccountabilityQueryVariables>;
export const AreaDirectoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AreaDirectory {
  areas {
    id
    name
    slug
    level
    parent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AreaDirectoryQuery, AreaDirectoryQueryVariables>;
export const AreaContentDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AreaContent($areaId: ID!, $first: Int!) {
  area(id: $areaId) {
    id
    effectiveSupportThreshold
  }
  threads(areaId: $areaId, sort: ACTIVE, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        commentCount
        lastActivityAt
        area {
          name
          slug
        }
        category {
          name
          nameEn
        }
      }
    }
  }
  proposals(areaId: $areaId, sort: ACTIVE, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        status
        supportCount
        supportThreshold
        overdue
        responseDueAt
        lastActivityAt
        area {
          name
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AreaContentQuery, AreaContentQueryVariables>;
export const AreaActivityDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription AreaActivity($areaId: ID!) {
  threadActivity(areaId: $areaId) {
    areaId
    kind
  }
}
    `) as unknown as TypedDocumentString<AreaActivitySubscription, AreaActivitySubscriptionVariables>;
export const LoginDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LogoutDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const RegisterAreasDocument = /*#__PURE__*/ new TypedDocumentString(`
    query RegisterAreas {
  areas {
    id
    name
    slug
    level
    parent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterAreasQuery, RegisterAreasQueryVariables>;
export const DeskPageDocument = /*#__PURE__*/ new TypedDocumentString(`
    query DeskPage($agencyId: ID, $first: Int!, $after: String, $overdueFirst: Int!, $soonFirst: Int!) {
  overdue: proposals(
    agencyId: $agencyId
    statuses: [AWAITING_RESPONSE]
    overdue: true
    sort: DEADLINE
    first: $overdueFirst
  ) {
    totalCount
    edges {
      node {
        ...DeskItem
      }
    }
  }
  waiting: proposals(
    agencyId: $agencyId
    statuses: [AWAITING_RESPONSE, UNDER_REVIEW]
    overdue: false
    sort: DEADLINE
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...DeskItem
      }
    }
  }
  soon: proposals(
    agencyId: $agencyId
    statuses: [OPEN]
    sort: TOP
    first: $soonFirst
  ) {
    totalCount
    edges {
      node {
        id
        title
        supportCount
        supportThreshold
        area {
          id
          name
        }
      }
    }
  }
  areas {
    id
    level
  }
  agencies {
    id
    name
    shortName
  }
}
    fragment DeskItem on Proposal {
  id
  title
  status
  supportCount
  opposeCount
  supportThreshold
  clockStartedAt
  responseDueAt
  firstResponseAt
  overdue
  area {
    id
    name
  }
  category {
    id
    name
    nameEn
  }
  agency {
    id
    name
    shortName
  }
  viewerResponseStatuses
}`) as unknown as TypedDocumentString<DeskPageQuery, DeskPageQueryVariables>;
export const DeskProposalChangedDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription DeskProposalChanged($id: ID!) {
  proposalUpdated(proposalId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeskProposalChangedSubscription, DeskProposalChangedSubscriptionVariables>;
export const DeskAreaActivityDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription DeskAreaActivity($areaId: ID!) {
  threadActivity(areaId: $areaId) {
    kind
    proposal {
      id
      agency {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskAreaActivitySubscription, DeskAreaActivitySubscriptionVariables>;
export const HomePageDocument = /*#__PURE__*/ new TypedDocumentString(`
    query HomePage($first: Int!) {
  areas {
    id
    name
    slug
    level
    parent {
      id
    }
  }
  activeThreads: threads(sort: ACTIVE, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        commentCount
        lastActivityAt
        area {
          name
          slug
        }
      }
    }
  }
  nearThreshold: proposals(status: OPEN, sort: TOP, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        supportCount
        supportThreshold
        area {
          name
          slug
        }
      }
    }
  }
  overdue: proposals(overdue: true, sort: DEADLINE, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        responseDueAt
        area {
          name
          slug
        }
        agency {
          name
          shortName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const ModerationQueueDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ModerationQueue($first: Int!, $after: String) {
  moderationQueue(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ModerationQueueItem
      }
    }
  }
}
    fragment ModerationQueueItem on ModerationQueueItem {
  id
  targetType
  targetId
  flagCount
  firstFlaggedAt
  reasons {
    reason
    count
  }
  notes {
    reason
    note
    createdAt
  }
  author {
    id
    displayName
    role
    suspension {
      until
    }
  }
  thread {
    id
    title
    bodyHtml
    hidden
    hiddenCause
    personalDataFound
    locked
  }
  comment {
    id
    bodyHtml
    hidden
    hiddenCause
    personalDataFound
    deleted
    thread {
      id
      title
    }
    parent {
      id
      body
      author {
        displayName
      }
    }
  }
  proposal {
    id
    title
    bodyHtml
    hidden
    hiddenCause
    personalDataFound
  }
}`) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerationQueueChangedDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription ModerationQueueChanged {
  moderationQueueChanged
}
    `) as unknown as TypedDocumentString<ModerationQueueChangedSubscription, ModerationQueueChangedSubscriptionVariables>;
export const ModerationLogDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ModerationLog($first: Int!, $after: String, $action: ModerationActionType) {
  moderationLog(first: $first, after: $after, action: $action) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ModerationLogEntry
      }
    }
  }
}
    fragment ModerationLogEntry on ModerationAction {
  id
  action
  targetType
  targetId
  reason
  automatic
  flagCount
  suspendedUntil
  votesMoved
  createdAt
  moderator {
    id
    displayName
  }
  thread {
    id
    title
  }
  comment {
    id
    author {
      displayName
    }
    thread {
      id
    }
  }
  proposal {
    id
    title
  }
  user {
    id
    displayName
  }
  mergedInto {
    id
    title
  }
  movedToArea {
    id
    name
  }
  movedToCategory {
    id
    name
    nameEn
  }
}`) as unknown as TypedDocumentString<ModerationLogQuery, ModerationLogQueryVariables>;
export const NotificationsPageDocument = /*#__PURE__*/ new TypedDocumentString(`
    query NotificationsPage($first: Int!, $after: String) {
  notifications(first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...NotificationItem
      }
    }
  }
  unreadNotificationCount
}
    fragment NotificationItem on Notification {
  id
  kind
  read
  createdAt
  status
  moderationAction
  targetType
  actor {
    displayName
  }
  thread {
    id
    title
  }
  proposal {
    id
    title
  }
  comment {
    id
  }
}`) as unknown as TypedDocumentString<NotificationsPageQuery, NotificationsPageQueryVariables>;
export const MarkNotificationsReadDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationReceivedDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription NotificationReceived {
  notificationReceived {
    ...NotificationItem
  }
}
    fragment NotificationItem on Notification {
  id
  kind
  read
  createdAt
  status
  moderationAction
  targetType
  actor {
    displayName
  }
  thread {
    id
    title
  }
  proposal {
    id
    title
  }
  comment {
    id
  }
}`) as unknown as TypedDocumentString<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const ProfileCountsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ProfileCounts($authorId: ID!) {
  myThreads: threads(authorId: $authorId, first: 1) {
    totalCount
  }
  myProposals: proposals(authorId: $authorId, first: 1) {
    totalCount
  }
  voted: proposals(votedByMe: true, first: 1) {
    totalCount
  }
  follows(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ProfileCountsQuery, ProfileCountsQueryVariables>;
export const ProfileThreadsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ProfileThreads($authorId: ID!, $first: Int!, $after: String) {
  threads(authorId: $authorId, sort: NEW, first: $first, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        title
        commentCount
        createdAt
        area {
          name
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileThreadsQuery, ProfileThreadsQueryVariables>;
export const ProfileProposalsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ProfileProposals($authorId: ID!, $first: Int!, $after: String) {
  proposals(authorId: $authorId, sort: NEW, first: $first, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        title
        status
        supportCount
        supportThreshold
        createdAt
        area {
          name
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileProposalsQuery, ProfileProposalsQueryVariables>;
export const ProfileVotesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ProfileVotes($first: Int!, $after: String) {
  proposals(votedByMe: true, sort: ACTIVE, first: $first, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        title
        status
        myVote
        supportCount
        supportThreshold
        area {
          name
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileVotesQuery, ProfileVotesQueryVariables>;
export const ProfileFollowsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ProfileFollows($first: Int!, $after: String) {
  follows(first: $first, after: $after) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        targetType
        createdAt
        thread {
          id
          title
        }
        proposal {
          id
          title
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileFollowsQuery, ProfileFollowsQueryVariables>;
export const UnfollowDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation Unfollow($targetId: ID!, $targetType: FollowTarget!) {
  unfollow(targetId: $targetId, targetType: $targetType)
}
    `) as unknown as TypedDocumentString<UnfollowMutation, UnfollowMutationVariables>;
export const ProposalListDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ProposalList($first: Int!, $after: String, $statuses: [ProposalStatus!], $areaId: ID, $categoryId: ID, $agencyId: ID, $authorId: ID, $votedByMe: Boolean, $overdue: Boolean, $search: String, $sort: ProposalSort) {
  proposals(
    first: $first
    after: $after
    statuses: $statuses
    areaId: $areaId
    categoryId: $categoryId
    agencyId: $agencyId
    authorId: $authorId
    votedByMe: $votedByMe
    overdue: $overdue
    search: $search
    sort: $sort
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ProposalListItem
      }
    }
  }
}
    fragment ProposalListItem on Proposal {
  id
  title
  status
  supportCount
  supportThreshold
  responseDueAt
  firstResponseAt
  overdue
  createdAt
  area {
    id
    name
  }
  agency {
    id
    name
    shortName
  }
}`) as unknown as TypedDocumentString<ProposalListQuery, ProposalListQueryVariables>;
export const ProposalChoicesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ProposalChoices {
  areas {
    id
    name
    slug
    level
    parent {
      id
    }
  }
  categories {
    id
    name
    nameEn
    slug
    defaultAgency {
      id
    }
  }
  agencies {
    id
    name
    shortName
  }
}
    `) as unknown as TypedDocumentString<ProposalChoicesQuery, ProposalChoicesQueryVariables>;
export const ProposalSourceThreadDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ProposalSourceThread($id: ID!) {
  thread(id: $id) {
    id
    title
    body
    deleted
    area {
      id
    }
    category {
      id
    }
    proposals {
      id
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalSourceThreadQuery, ProposalSourceThreadQueryVariables>;
export const CreateProposalDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateProposal($input: CreateProposalInput!) {
  createProposal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProposalMutation, CreateProposalMutationVariables>;
export const ProposalPageDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalDetail
  }
}
    fragment ProposalDetail on Proposal {
  id
  title
  status
  body
  bodyHtml
  createdAt
  hidden
  hiddenCause
  hiddenReason
  personalDataFound
  pinned
  mergedInto {
    id
    title
  }
  supportCount
  opposeCount
  supportThreshold
  followerCount
  clockStartedAt
  responseDueAt
  firstResponseAt
  overdue
  myVote
  viewerCanVote
  viewerCanWithdraw
  viewerFollows
  viewerResponseStatuses
  author {
    id
    displayName
  }
  area {
    id
    name
  }
  category {
    id
    name
    nameEn
  }
  agency {
    id
    name
    shortName
  }
  thread {
    id
    title
  }
  statusHistory {
    id
    from
    to
    cause
    reason
    at
    by {
      id
      displayName
    }
    response {
      id
    }
  }
  responses {
    id
    bodyHtml
    status
    createdAt
    author {
      id
      displayName
    }
    agency {
      id
      name
      shortName
    }
  }
}`) as unknown as TypedDocumentString<ProposalPageQuery, ProposalPageQueryVariables>;
export const ProposalLiveDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription ProposalLive($id: ID!) {
  proposalUpdated(proposalId: $id) {
    ...ProposalDetail
  }
}
    fragment ProposalDetail on Proposal {
  id
  title
  status
  body
  bodyHtml
  createdAt
  hidden
  hiddenCause
  hiddenReason
  personalDataFound
  pinned
  mergedInto {
    id
    title
  }
  supportCount
  opposeCount
  supportThreshold
  followerCount
  clockStartedAt
  responseDueAt
  firstResponseAt
  overdue
  myVote
  viewerCanVote
  viewerCanWithdraw
  viewerFollows
  viewerResponseStatuses
  author {
    id
    displayName
  }
  area {
    id
    name
  }
  category {
    id
    name
    nameEn
  }
  agency {
    id
    name
    shortName
  }
  thread {
    id
    title
  }
  statusHistory {
    id
    from
    to
    cause
    reason
    at
    by {
      id
      displayName
    }
    response {
      id
    }
  }
  responses {
    id
    bodyHtml
    status
    createdAt
    author {
      id
      displayName
    }
    agency {
      id
      name
      shortName
    }
  }
}`) as unknown as TypedDocumentString<ProposalLiveSubscription, ProposalLiveSubscriptionVariables>;
export const ProposalVoteDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ProposalVote($id: ID!, $value: ProposalVote!) {
  voteProposal(proposalId: $id, value: $value) {
    id
    myVote
    supportCount
    opposeCount
    status
  }
}
    `) as unknown as TypedDocumentString<ProposalVoteMutation, ProposalVoteMutationVariables>;
export const ProposalWithdrawDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ProposalWithdraw($id: ID!, $reason: String) {
  withdrawProposal(proposalId: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ProposalWithdrawMutation, ProposalWithdrawMutationVariables>;
export const ProposalFollowDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ProposalFollow($id: ID!) {
  follow(targetId: $id, targetType: PROPOSAL)
}
    `) as unknown as TypedDocumentString<ProposalFollowMutation, ProposalFollowMutationVariables>;
export const ProposalUnfollowDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ProposalUnfollow($id: ID!) {
  unfollow(targetId: $id, targetType: PROPOSAL)
}
    `) as unknown as TypedDocumentString<ProposalUnfollowMutation, ProposalUnfollowMutationVariables>;
export const RespondToProposalDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RespondToProposal($input: RespondToProposalInput!) {
  respondToProposal(input: $input) {
    id
    status
    proposal {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RespondToProposalMutation, RespondToProposalMutationVariables>;
export const ProposalCatchUpDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ProposalCatchUp($id: ID!) {
  proposal(id: $id) {
    ...ProposalDetail
  }
}
    fragment ProposalDetail on Proposal {
  id
  title
  status
  body
  bodyHtml
  createdAt
  hidden
  hiddenCause
  hiddenReason
  personalDataFound
  pinned
  mergedInto {
    id
    title
  }
  supportCount
  opposeCount
  supportThreshold
  followerCount
  clockStartedAt
  responseDueAt
  firstResponseAt
  overdue
  myVote
  viewerCanVote
  viewerCanWithdraw
  viewerFollows
  viewerResponseStatuses
  author {
    id
    displayName
  }
  area {
    id
    name
  }
  category {
    id
    name
    nameEn
  }
  agency {
    id
    name
    shortName
  }
  thread {
    id
    title
  }
  statusHistory {
    id
    from
    to
    cause
    reason
    at
    by {
      id
      displayName
    }
    response {
      id
    }
  }
  responses {
    id
    bodyHtml
    status
    createdAt
    author {
      id
      displayName
    }
    agency {
      id
      name
      shortName
    }
  }
}`) as unknown as TypedDocumentString<ProposalCatchUpQuery, ProposalCatchUpQueryVariables>;
export const SafetyFlagDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SafetyFlag($input: FlagContentInput!) {
  flagContent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SafetyFlagMutation, SafetyFlagMutationVariables>;
export const SafetyModerateDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SafetyModerate($input: ModerateInput!) {
  moderate(input: $input) {
    id
    action
  }
}
    `) as unknown as TypedDocumentString<SafetyModerateMutation, SafetyModerateMutationVariables>;
export const ThreadSummaryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ThreadSummary($threadId: ID!) {
  thread(id: $threadId) {
    id
    title
    area {
      name
      slug
    }
  }
  threadSummary(threadId: $threadId) {
    ...SummaryParts
  }
}
    fragment SummaryStatementParts on SummaryStatement {
  commentId
  threadId
  text
  votes
  agreeShare
  disagreeShare
  groups {
    groupId
    votes
    agreeShare
    disagreeShare
  }
}
fragment SummaryParts on Summary {
  asOf
  participantCount
  commentCount
  voteCount
  proposalCount
  opinionMap {
    status
    participantsInMap
    commentsInMap
    points {
      groupId
      x
      y
    }
  }
  groups {
    id
    size
    representativeComments {
      commentId
      threadId
      text
      direction
      agreeShare
      disagreeShare
      outsideShare
      votes
    }
  }
  consensus {
    ...SummaryStatementParts
  }
  divisive {
    ...SummaryStatementParts
  }
  themes {
    phrase
    commentIds
  }
  quotes {
    commentId
    threadId
    text
  }
  proposals {
    proposalId
    title
    status
    supportCount
    opposeCount
    supportThreshold
    thresholdReached
    clock
    agencyName
    responseDueAt
    respondedAt
  }
  provenance {
    engineName
    engineVersion
    inputHash
    schemaVersion
    parameters
    inputCounts {
      excludedComments
      excludedProposals
    }
  }
}`) as unknown as TypedDocumentString<ThreadSummaryQuery, ThreadSummaryQueryVariables>;
export const AreaSummaryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AreaSummary($scope: SummaryScopeInput!) {
  summary(scope: $scope) {
    ...SummaryParts
  }
}
    fragment SummaryStatementParts on SummaryStatement {
  commentId
  threadId
  text
  votes
  agreeShare
  disagreeShare
  groups {
    groupId
    votes
    agreeShare
    disagreeShare
  }
}
fragment SummaryParts on Summary {
  asOf
  participantCount
  commentCount
  voteCount
  proposalCount
  opinionMap {
    status
    participantsInMap
    commentsInMap
    points {
      groupId
      x
      y
    }
  }
  groups {
    id
    size
    representativeComments {
      commentId
      threadId
      text
      direction
      agreeShare
      disagreeShare
      outsideShare
      votes
    }
  }
  consensus {
    ...SummaryStatementParts
  }
  divisive {
    ...SummaryStatementParts
  }
  themes {
    phrase
    commentIds
  }
  quotes {
    commentId
    threadId
    text
  }
  proposals {
    proposalId
    title
    status
    supportCount
    opposeCount
    supportThreshold
    thresholdReached
    clock
    agencyName
    responseDueAt
    respondedAt
  }
  provenance {
    engineName
    engineVersion
    inputHash
    schemaVersion
    parameters
    inputCounts {
      excludedComments
      excludedProposals
    }
  }
}`) as unknown as TypedDocumentString<AreaSummaryQuery, AreaSummaryQueryVariables>;
export const ThreadListDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ThreadList($areaId: ID, $categoryId: ID, $search: String, $sort: ThreadSort, $after: String, $first: Int, $pinned: Boolean) {
  threads(
    areaId: $areaId
    categoryId: $categoryId
    search: $search
    sort: $sort
    after: $after
    first: $first
    pinned: $pinned
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        title
        deleted
        pinned
        locked
        commentCount
        lastActivityAt
        area {
          id
          name
        }
        category {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadListQuery, ThreadListQueryVariables>;
export const ThreadCreateDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ThreadCreate($input: CreateThreadInput!) {
  createThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ThreadCreateMutation, ThreadCreateMutationVariables>;
export const ThreadPageDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ThreadPage($id: ID!, $after: String, $around: ID) {
  thread(id: $id) {
    id
    title
    body
    bodyHtml
    createdAt
    editedAt
    deleted
    hidden
    hiddenCause
    hiddenReason
    personalDataFound
    locked
    pinned
    tags
    commentCount
    participantCount
    followerCount
    viewerFollows
    author {
      id
      displayName
    }
    area {
      id
      name
    }
    category {
      id
      name
      nameEn
    }
    proposals {
      id
      title
      status
      supportCount
      supportThreshold
    }
    comments(first: 100, after: $after, around: $around) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...ThreadComment
        }
      }
    }
  }
}
    fragment ThreadComment on Comment {
  id
  bodyHtml
  createdAt
  editedAt
  deleted
  hidden
  hiddenCause
  hiddenReason
  personalDataFound
  agreeCount
  disagreeCount
  passCount
  myVote
  author {
    id
    displayName
  }
  parent {
    id
    author {
      displayName
    }
  }
}`) as unknown as TypedDocumentString<ThreadPageQuery, ThreadPageQueryVariables>;
export const ThreadAddCommentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ThreadAddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ThreadAddCommentMutation, ThreadAddCommentMutationVariables>;
export const ThreadVoteCommentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ThreadVoteComment($commentId: ID!, $value: CommentVote!) {
  voteComment(commentId: $commentId, value: $value) {
    id
  }
}
    `) as unknown as TypedDocumentString<ThreadVoteCommentMutation, ThreadVoteCommentMutationVariables>;
export const ThreadFollowDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ThreadFollow($threadId: ID!) {
  follow(targetId: $threadId, targetType: THREAD)
}
    `) as unknown as TypedDocumentString<ThreadFollowMutation, ThreadFollowMutationVariables>;
export const ThreadUnfollowDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ThreadUnfollow($threadId: ID!) {
  unfollow(targetId: $threadId, targetType: THREAD)
}
    `) as unknown as TypedDocumentString<ThreadUnfollowMutation, ThreadUnfollowMutationVariables>;
export const ThreadCommentAddedDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription ThreadCommentAdded($threadId: ID!) {
  commentAdded(threadId: $threadId) {
    ...ThreadComment
  }
}
    fragment ThreadComment on Comment {
  id
  bodyHtml
  createdAt
  editedAt
  deleted
  hidden
  hiddenCause
  hiddenReason
  personalDataFound
  agreeCount
  disagreeCount
  passCount
  myVote
  author {
    id
    displayName
  }
  parent {
    id
    author {
      displayName
    }
  }
}`) as unknown as TypedDocumentString<ThreadCommentAddedSubscription, ThreadCommentAddedSubscriptionVariables>;
export const ThreadCommentUpdatedDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription ThreadCommentUpdated($threadId: ID!) {
  commentUpdated(threadId: $threadId) {
    id
    bodyHtml
    editedAt
    deleted
    hidden
    hiddenCause
    hiddenReason
    personalDataFound
    agreeCount
    disagreeCount
    passCount
  }
}
    `) as unknown as TypedDocumentString<ThreadCommentUpdatedSubscription, ThreadCommentUpdatedSubscriptionVariables>;
export const ThreadCatchUpDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ThreadCatchUp($id: ID!) {
  thread(id: $id) {
    id
    commentCount
  }
}
    `) as unknown as TypedDocumentString<ThreadCatchUpQuery, ThreadCatchUpQueryVariables>;
export const ThreadCommentForEditDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ThreadCommentForEdit($id: ID!) {
  comment(id: $id) {
    id
    body
    deleted
    author {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadCommentForEditQuery, ThreadCommentForEditQueryVariables>;
export const ThreadUpdateCommentDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ThreadUpdateComment($input: UpdateCommentInput!) {
  updateComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ThreadUpdateCommentMutation, ThreadUpdateCommentMutationVariables>;
export const ThreadUpdateDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ThreadUpdate($input: UpdateThreadInput!) {
  updateThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ThreadUpdateMutation, ThreadUpdateMutationVariables>;
export const ViewerDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    locale
    agency {
      id
      name
      shortName
    }
    area {
      id
      name
      slug
    }
    suspension {
      until
      reason
    }
  }
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ReferenceDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Reference {
  areas {
    id
    name
    slug
    level
    parent {
      id
    }
  }
  categories {
    id
    name
    nameEn
    slug
  }
}
    `) as unknown as TypedDocumentString<ReferenceQuery, ReferenceQueryVariables>;