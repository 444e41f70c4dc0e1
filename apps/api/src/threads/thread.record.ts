import type { HiddenCause } from '../moderation/moderation.enums.js';

/** A thread as stored, in the shape services and resolvers share. */
export interface ThreadRecord {
  id: string;
  authorId: string;
  areaId: string;
  categoryId: string | null;
  title: string;
  body: string;
  bodyHtml: string;
  tags: string[];
  commentCount: number;
  voteCount: number;
  participantCount: number;
  locked: boolean;
  pinned: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  hiddenCause: HiddenCause | null;
  /** kinds of personal data found in the current text */
  personalData: string[];
  deletedAt: Date | null;
  editedAt: Date | null;
  lastActivityAt: Date;
  createdAt: Date;
}

export const THREAD_COLUMNS = `t.id, t.author_id AS "authorId", t.area_id AS "areaId", t.category_id AS "categoryId", t.title, t.body,
  t.body_html AS "bodyHtml", t.tags, t.comment_count AS "commentCount", t.vote_count AS "voteCount",
  t.participant_count AS "participantCount", t.locked, t.pinned, t.hidden, t.hidden_reason AS "hiddenReason", t.hidden_cause AS "hiddenCause", t.personal_data AS "personalData",
  t.deleted_at AS "deletedAt", t.edited_at AS "editedAt", t.last_activity_at AS "lastActivityAt", t.created_at AS "createdAt"`;

/** One version of a thread's title and body; version 1 is the original. */
export interface ThreadRevisionRecord {
  id: string;
  threadId: string;
  editorId: string;
  version: number;
  title: string;
  body: string;
  createdAt: Date;
}

export const THREAD_REVISION_COLUMNS = `r.id, r.thread_id AS "threadId", r.editor_id AS "editorId", r.version, r.title, r.body,
  r.created_at AS "createdAt"`;
