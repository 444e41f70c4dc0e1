/**
 * The decisions a moderator can take from the queue, and which of them fit an item as it is now. The API has the
 * last word on every one; offering only what fits keeps the moderator from buttons that can only be refused.
 */
import type { ModerationActionType, ModerationQueueItemFragment, Role } from '$lib/graphql/generated';

export const QUEUE_DECISIONS = ['HIDE', 'RESTORE', 'DISMISS', 'LOCK', 'UNLOCK', 'SUSPEND'] as const satisfies readonly ModerationActionType[];
export type QueueDecision = (typeof QUEUE_DECISIONS)[number];

export { DEFAULT_SUSPENSION_DAYS, SUSPENSION_DAYS } from '$lib/moderation';

/** The name a failed decision comes back under (see $lib/server/safety), so the page shows it in that item's form. */
export const decisionFormName = (targetId: string) => `moderate-${targetId}`;

export function isQueueDecision(value: unknown): value is QueueDecision {
  return (QUEUE_DECISIONS as readonly unknown[]).includes(value);
}

/** The thread, comment or proposal an item is about, whichever it is. */
export type QueueContent = NonNullable<ModerationQueueItemFragment['thread'] | ModerationQueueItemFragment['comment'] | ModerationQueueItemFragment['proposal']>;

export function contentOf(item: ModerationQueueItemFragment): QueueContent | null {
  return item.thread ?? item.comment ?? item.proposal;
}

export interface Moderator {
  id: string;
  role: Role;
}

export interface Offered {
  /** False when only an admin may act on it (an admin wrote it); the item is then shown without a form. */
  canAct: boolean;
  /** The content decisions, in the order the buttons appear. */
  content: QueueDecision[];
  /** Whether the author can be suspended from here (moderators suspend residents and officials only). */
  suspend: boolean;
}

export function offeredDecisions(item: ModerationQueueItemFragment, viewer: Moderator): Offered {
  const isAdmin = viewer.role === 'ADMIN';
  const author = item.author;
  const canAct = isAdmin || author?.role !== 'ADMIN';
  const content = contentOf(item);
  const decisions: QueueDecision[] = [];
  if (canAct && content) {
    if (content.hiddenCause !== 'MODERATOR') decisions.push('HIDE');
    if (content.hidden) decisions.push('RESTORE');
    decisions.push('DISMISS');
    if (item.thread) decisions.push(item.thread.locked ? 'UNLOCK' : 'LOCK');
  }
  const suspend =
    !!author && author.id !== viewer.id && (isAdmin || (viewer.role === 'MODERATOR' && (author.role === 'CITIZEN' || author.role === 'OFFICIAL')));
  return { canAct, content: decisions, suspend };
}

/** Where the queue comes back to after a decision: the same page of it, saying what was done. */
export function queueAfterDecision(after: string | null, decision: unknown): string {
  const params = new URLSearchParams();
  if (after) params.set('after', after);
  if (isQueueDecision(decision)) params.set('done', decision);
  const query = params.toString();
  return query ? `/moderation?${query}` : '/moderation';
}
