import type { HiddenCause } from '../moderation/moderation.enums.js';

export enum CommentVoteValue {
  AGREE = 'AGREE',
  DISAGREE = 'DISAGREE',
  PASS = 'PASS',
  NONE = 'NONE',
}

export interface CommentRecord {
  id: string;
  threadId: string;
  authorId: string;
  parentId: string | null;
  depth: number;
  body: string;
  bodyHtml: string;
  agreeCount: number;
  disagreeCount: number;
  passCount: number;
  hidden: boolean;
  hiddenReason: string | null;
  hiddenCause: HiddenCause | null;
  /** kinds of personal data found in the current text */
  personalData: string[];
  deletedAt: Date | null;
  editedAt: Date | null;
  createdAt: Date;
}

export const COMMENT_COLUMNS = `c.id, c.thread_id AS "threadId", c.author_id AS "authorId", c.parent_id AS "parentId", c.depth,
  c.body, c.body_html AS "bodyHtml", c.agree_count AS "agreeCount", c.disagree_count AS "disagreeCount",
  c.pass_count AS "passCount", c.hidden, c.hidden_reason AS "hiddenReason", c.hidden_cause AS "hiddenCause", c.personal_data AS "personalData", c.deleted_at AS "deletedAt",
  c.edited_at AS "editedAt", c.created_at AS "createdAt"`;

/** One version of a comment's body; version 1 is the original. */
export interface CommentRevisionRecord {
  id: string;
  commentId: string;
  editorId: string;
  version: number;
  body: string;
  createdAt: Date;
}

export const COMMENT_REVISION_COLUMNS = `r.id, r.comment_id AS "commentId", r.editor_id AS "editorId", r.version, r.body, r.created_at AS "createdAt"`;
