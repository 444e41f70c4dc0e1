import type { ContentType, FlagReason, FlagResolution, ModerationActionType } from './moderation.enums.js';

export interface FlagRecord {
  id: string;
  targetType: ContentType;
  targetId: string;
  /** null: raised by the personal-data guard */
  reporterId: string | null;
  reason: FlagReason;
  note: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolution: FlagResolution | null;
}

export const FLAG_COLUMNS = `f.id, f.target_type AS "targetType", f.target_id AS "targetId", f.reporter_id AS "reporterId", f.reason, f.note,
  f.created_at AS "createdAt", f.resolved_at AS "resolvedAt", f.resolution`;

/** Small facts about an action, kept with it in the public log. */
export interface ModerationDetails {
  /** hidden by the rules after this many flags, not by a person */
  automatic?: boolean;
  flagCount?: number;
  fromAreaId?: string;
  toAreaId?: string;
  fromCategoryId?: string | null;
  toCategoryId?: string | null;
  mergedIntoId?: string;
  votesMoved?: number;
  votesAlreadyThere?: number;
  suspendedUntil?: string;
  /** for actions on a person's content that were about the person (SUSPEND via a comment) */
  viaType?: ContentType;
  viaId?: string;
  flagsResolved?: number;
}

export interface ModerationActionRecord {
  id: string;
  targetType: ContentType;
  targetId: string;
  action: ModerationActionType;
  reason: string;
  moderatorId: string | null;
  details: ModerationDetails;
  createdAt: Date;
}

export const ACTION_COLUMNS = `a.id, a.target_type AS "targetType", a.target_id AS "targetId", a.action, a.reason,
  a.moderator_id AS "moderatorId", a.details, a.created_at AS "createdAt"`;

export interface QueueItemRecord {
  targetType: ContentType;
  targetId: string;
  authorId: string | null;
  /** flags from people (the personal-data guard's own flag is not counted) */
  flagCount: number;
  reasons: { reason: FlagReason; count: number }[];
  notes: { reason: FlagReason; note: string; createdAt: string }[];
  firstFlaggedAt: Date;
  lastFlaggedAt: Date;
}
