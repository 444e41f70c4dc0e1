import type { CommentRecord } from '../comments/comment.record.js';
import type { ProposalRecord } from '../proposals/proposal.record.js';
import type { ThreadRecord } from '../threads/thread.record.js';

/** Pub/sub channel names. Payloads carry whole records so that every subscriber is served without a query. */
export const Topics = {
  commentAdded: (threadId: string) => `commentAdded.${threadId}`,
  commentUpdated: (threadId: string) => `commentUpdated.${threadId}`,
  proposalUpdated: (proposalId: string) => `proposalUpdated.${proposalId}`,
  threadActivity: (areaId: string) => `threadActivity.${areaId}`,
  notification: (userId: string) => `notificationReceived.${userId}`,
  moderationQueue: 'moderationQueueChanged',
} as const;

export interface CommentEvent {
  comment: CommentRecord;
}

export interface ProposalEvent {
  proposal: ProposalRecord;
}

export interface ThreadActivityEvent {
  kind: 'THREAD' | 'PROPOSAL';
  areaId: string;
  thread: ThreadRecord | null;
  proposal: ProposalRecord | null;
}
