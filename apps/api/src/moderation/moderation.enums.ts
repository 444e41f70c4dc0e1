import { registerEnumType } from '@nestjs/graphql';

/** What can be flagged or moderated. USER is for suspensions only; flags are for what people wrote. */
export enum ContentType {
  THREAD = 'THREAD',
  COMMENT = 'COMMENT',
  PROPOSAL = 'PROPOSAL',
  USER = 'USER',
}

export enum FlagReason {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  OFF_TOPIC = 'OFF_TOPIC',
  PERSONAL_DATA = 'PERSONAL_DATA',
  MISINFORMATION = 'MISINFORMATION',
  OTHER = 'OTHER',
}

export enum ModerationActionType {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  MOVE = 'MOVE',
  MERGE = 'MERGE',
  SUSPEND = 'SUSPEND',
  UNSUSPEND = 'UNSUSPEND',
  DISMISS = 'DISMISS',
}

export enum HiddenCause {
  MODERATOR = 'MODERATOR',
  FLAGS = 'FLAGS',
  PERSONAL_DATA = 'PERSONAL_DATA',
}

export enum FlagResolution {
  ACTIONED = 'ACTIONED',
  DISMISSED = 'DISMISSED',
  EDITED = 'EDITED',
}

registerEnumType(ContentType, {
  name: 'ContentType',
  description: 'THREAD, COMMENT or PROPOSAL (what people wrote); USER only for SUSPEND and UNSUSPEND.',
});
registerEnumType(FlagReason, {
  name: 'FlagReason',
  description: 'Why a reader flags something: SPAM, ABUSE, OFF_TOPIC, PERSONAL_DATA (someone\'s private details), MISINFORMATION, OTHER (say why in the note).',
});
registerEnumType(ModerationActionType, {
  name: 'ModerationActionType',
  description:
    'HIDE / RESTORE (threads, comments, proposals), LOCK / UNLOCK (threads), PIN / UNPIN (threads, proposals), MOVE to another area or ' +
    'category (threads, proposals), MERGE a duplicate proposal into another (votes move, never counted twice), SUSPEND / UNSUSPEND a ' +
    "person (a USER, or the author of the content given), DISMISS the open flags on something.",
});
registerEnumType(HiddenCause, {
  name: 'HiddenCause',
  description: 'MODERATOR: a moderator hid it; FLAGS: enough readers flagged it and it waits for review; PERSONAL_DATA: it holds personal data and waits for its author or a moderator.',
});
registerEnumType(FlagResolution, { name: 'FlagResolution', description: 'ACTIONED (a moderator acted), DISMISSED, EDITED (the author took the personal data out).' });

/** Actions and the content they apply to. */
export const ACTION_TARGETS: Record<ModerationActionType, readonly ContentType[]> = {
  HIDE: [ContentType.THREAD, ContentType.COMMENT, ContentType.PROPOSAL],
  RESTORE: [ContentType.THREAD, ContentType.COMMENT, ContentType.PROPOSAL],
  LOCK: [ContentType.THREAD],
  UNLOCK: [ContentType.THREAD],
  PIN: [ContentType.THREAD, ContentType.PROPOSAL],
  UNPIN: [ContentType.THREAD, ContentType.PROPOSAL],
  MOVE: [ContentType.THREAD, ContentType.PROPOSAL],
  MERGE: [ContentType.PROPOSAL],
  SUSPEND: [ContentType.USER, ContentType.THREAD, ContentType.COMMENT, ContentType.PROPOSAL],
  UNSUSPEND: [ContentType.USER, ContentType.THREAD, ContentType.COMMENT, ContentType.PROPOSAL],
  DISMISS: [ContentType.THREAD, ContentType.COMMENT, ContentType.PROPOSAL],
};
