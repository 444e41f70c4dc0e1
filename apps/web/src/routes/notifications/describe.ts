/** A notification in plain words, and where it leads: shared by the list and the live announcement. */
import type { NotificationItemFragment } from '$lib/graphql/generated';
import type { MessageKey } from '$lib/i18n/catalogs';
import type { MessageParams } from '$lib/i18n/format';

type Translate = (key: MessageKey, params?: MessageParams) => string;

const moderationKeys: Record<string, MessageKey> = {
  HIDDEN: 'notifications.kind.MODERATION.HIDDEN',
  RESTORED: 'notifications.kind.MODERATION.RESTORED',
  LOCKED: 'notifications.kind.MODERATION.LOCKED',
  UNLOCKED: 'notifications.kind.MODERATION.UNLOCKED',
  PINNED: 'notifications.kind.MODERATION.PINNED',
  MOVED: 'notifications.kind.MODERATION.MOVED',
  MERGED: 'notifications.kind.MODERATION.MERGED',
};

/** "Rina replied to your comment." — the title is shown beside it, as a link. */
export function notificationSentence(n: NotificationItemFragment, t: Translate): string {
  const actor = n.actor?.displayName ?? t('notifications.someone');
  const status = n.status ? t(`status.${n.status}`) : '';
  switch (n.kind) {
    case 'MODERATION':
      return t(moderationKeys[n.moderationAction ?? ''] ?? 'notifications.kind.MODERATION');
    case 'OFFICIAL_RESPONSE':
    case 'STATUS_CHANGED':
      return t(`notifications.kind.${n.kind}`, { status });
    default:
      return t(`notifications.kind.${n.kind}`, { actor });
  }
}

/** What the notification is about, as the reader knows it: the proposal's or the thread's title. */
export function notificationTitle(n: NotificationItemFragment): string | null {
  return n.proposal?.title ?? n.thread?.title ?? null;
}

/** The page to open: the comment in its thread, else the proposal, else the thread; null when it is gone. */
export function notificationHref(n: NotificationItemFragment): string | null {
  if (n.comment && n.thread) return `/threads/${n.thread.id}#comment-${n.comment.id}`;
  if (n.proposal) return `/proposals/${n.proposal.id}`;
  if (n.thread) return `/threads/${n.thread.id}`;
  return null;
}
