import type { CommentRow, Summary } from '@rembug/summary-engine';
import { commentUrl, type ReportContext } from './context.js';

/** A comment the brief quotes or points to, numbered in the order a reader first meets it. */
export interface Citation {
  n: number;
  commentId: string;
  threadId: string;
  /** The comment's whole text (the appendix prints it in full). */
  text: string;
  url: string;
  /** Null when the summary's comment list does not carry the comment (then votes and date are unknown). */
  row: CommentRow | null;
}

export interface Citations {
  list: Citation[];
  get(commentId: string): Citation | undefined;
  /** For each of `summary.themes`, in order: the comments shown as its examples. */
  themeExamples: Citation[][];
}

/** How many comments under each theme the brief shows as examples. */
export const THEME_EXAMPLES = 2;

/**
 * Numbers every comment the brief cites, in the order of its sections, so the Markdown and the PDF give a comment
 * the same number and the appendix lists exactly the comments cited (never the whole discussion).
 */
export function collectCitations(summary: Summary, ctx: ReportContext): Citations {
  const rows = new Map(summary.comments.map((row) => [row.commentId, row]));
  const byId = new Map<string, Citation>();
  const list: Citation[] = [];
  const cite = (commentId: string, threadId: string | undefined, text: string | undefined): void => {
    if (byId.has(commentId)) return;
    const row = rows.get(commentId) ?? null;
    const thread = row?.threadId ?? threadId;
    const body = row?.text ?? text;
    if (thread === undefined || body === undefined) return;
    const citation: Citation = {
      n: list.length + 1,
      commentId,
      threadId: thread,
      text: body,
      url: commentUrl(ctx, thread, commentId),
      row,
    };
    byId.set(commentId, citation);
    list.push(citation);
  };

  for (const statement of summary.consensus) cite(statement.commentId, statement.threadId, statement.text);
  for (const statement of summary.divisive) cite(statement.commentId, statement.threadId, statement.text);
  for (const group of summary.opinionGroups.groups) {
    for (const statement of group.representativeComments) cite(statement.commentId, statement.threadId, statement.text);
  }
  // Only comments the summary carries can serve as a theme's examples: a theme lists ids, not texts.
  const themeExamples = summary.themes.map((theme) =>
    theme.commentIds
      .filter((commentId) => rows.has(commentId))
      .slice(0, THEME_EXAMPLES)
      .map((commentId) => {
        cite(commentId, undefined, undefined);
        return byId.get(commentId) as Citation;
      }),
  );
  // A quote is part of a comment: the appendix holds the comment it came from.
  for (const quote of summary.quotes) cite(quote.commentId, quote.threadId, quote.text);

  return { list, get: (commentId) => byId.get(commentId), themeExamples };
}
