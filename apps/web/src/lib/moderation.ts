/** The words of moderation the pages and their form actions share: reasons to report, actions, suspension lengths. */
import type { FlagReason, ModerationActionType } from '$lib/graphql/generated';

/** Why a reader reports something, in the order the report form offers them. */
export const FLAG_REASONS = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'MISINFORMATION', 'OTHER'] as const satisfies readonly FlagReason[];

/** Every moderator action, in the order the log's filter offers them. */
export const MODERATION_ACTIONS = [
  'HIDE',
  'RESTORE',
  'DISMISS',
  'LOCK',
  'UNLOCK',
  'PIN',
  'UNPIN',
  'MOVE',
  'MERGE',
  'SUSPEND',
  'UNSUSPEND',
] as const satisfies readonly ModerationActionType[];

/** The suspension lengths moderators choose from, in days; a week unless they choose otherwise. */
export const SUSPENSION_DAYS = [1, 7, 30] as const;
export const DEFAULT_SUSPENSION_DAYS = 7;

export function isModerationAction(value: unknown): value is ModerationActionType {
  return (MODERATION_ACTIONS as readonly unknown[]).includes(value);
}

export function isFlagReason(value: unknown): value is FlagReason {
  return (FLAG_REASONS as readonly unknown[]).includes(value);
}

export function isSuspensionDays(value: unknown): value is (typeof SUSPENSION_DAYS)[number] {
  return (SUSPENSION_DAYS as readonly unknown[]).includes(value);
}
