import type { ProposalStatus } from '../proposals/proposal.record.js';

export enum FollowTarget {
  THREAD = 'THREAD',
  PROPOSAL = 'PROPOSAL',
}

/** One person following one thread or proposal; the three ids are the table's key. */
export interface FollowRecord {
  userId: string;
  targetType: FollowTarget;
  targetId: string;
  createdAt: Date;
}

export const FOLLOW_COLUMNS = `f.user_id AS "userId", f.target_type AS "targetType", f.target_id AS "targetId", f.created_at AS "createdAt"`;

export enum NotificationKind {
  /** someone replied to your comment */
  REPLY = 'REPLY',
  /** a new comment in a thread you follow */
  NEW_COMMENT = 'NEW_COMMENT',
  /** an official answered a proposal you follow */
  OFFICIAL_RESPONSE = 'OFFICIAL_RESPONSE',
  /** a proposal you follow changed status without an answer (support threshold reached, withdrawn) */
  STATUS_CHANGED = 'STATUS_CHANGED',
  /** a proposal was made from a thread you follow */
  PROPOSAL_FROM_THREAD = 'PROPOSAL_FROM_THREAD',
  /** a moderator acted on something you wrote */
  MODERATION = 'MODERATION',
}

export enum NotificationTarget {
  THREAD = 'THREAD',
  PROPOSAL = 'PROPOSAL',
  COMMENT = 'COMMENT',
}

/** Ids and statuses only: never the text of posts or anything personal. */
export interface NotificationData {
  threadId?: string;
  proposalId?: string;
  commentId?: string;
  parentId?: string;
  responseId?: string;
  /** the proposal status after the change */
  status?: ProposalStatus;
  /** the proposal status before the change */
  fromStatus?: ProposalStatus;
  /** what a moderator did (HIDDEN, RESTORED, LOCKED…) */
  action?: string;
}

export interface NotificationRecord {
  id: string;
  userId: string;
  kind: NotificationKind;
  targetType: NotificationTarget;
  targetId: string;
  actorId: string | null;
  data: NotificationData;
  readAt: Date | null;
  createdAt: Date;
}

export const NOTIFICATION_COLUMNS = `n.id, n.user_id AS "userId", n.kind, n.target_type AS "targetType", n.target_id AS "targetId",
  n.actor_id AS "actorId", n.data, n.read_at AS "readAt", n.created_at AS "createdAt"`;

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}

/** Delivery channels an outbox row is written for, for every notification. */
export const CHANNELS = ['email'] as const;
