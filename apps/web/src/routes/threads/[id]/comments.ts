/** A thread's comments, which the API lists oldest first, arranged into the conversation they form. */
import type { ThreadCommentFragment, ThreadCommentUpdatedSubscription } from '$lib/graphql/generated';

export type CommentData = ThreadCommentFragment;
export type CommentChange = ThreadCommentUpdatedSubscription['commentUpdated'];

export interface CommentNode {
  comment: CommentData;
  children: CommentNode[];
  /** Whose comment this answers, when that is not shown right above it (nested too deep, or on an earlier page). */
  replyTo?: string;
}

/**
 * Replies are indented up to this many levels; on a phone, deeper indents leave no room to read.
 * Deeper replies are listed under the last indented one, saying whom they answer.
 */
export const MAX_LEVELS = 4;

export function nest(comments: readonly CommentData[]): CommentNode[] {
  const roots: CommentNode[] = [];
  const placed = new Map<string, { node: CommentNode; level: number; siblings: CommentNode[] }>();
  for (const comment of comments) {
    const node: CommentNode = { comment, children: [] };
    const parent = comment.parent ? placed.get(comment.parent.id) : undefined;
    let level = 0;
    let siblings = roots;
    if (parent && parent.level + 1 < MAX_LEVELS) {
      level = parent.level + 1;
      siblings = parent.node.children;
    } else if (parent) {
      ({ level, siblings } = parent);
      node.replyTo = comment.parent!.author.displayName;
    } else if (comment.parent) {
      node.replyTo = comment.parent.author.displayName;
    }
    siblings.push(node);
    placed.set(comment.id, { node, level, siblings });
  }
  return roots;
}

/**
 * The comments to show: those loaded with the page, then those that arrived live, each with its latest
 * counts and state, in the order they were written; `held` ones (new, not yet asked for) are left out.
 */
export function merge(
  loaded: readonly CommentData[],
  arrived: readonly CommentData[],
  changes: Readonly<Record<string, CommentChange>>,
  held: ReadonlySet<string>,
): CommentData[] {
  const byId = new Map<string, CommentData>();
  for (const comment of [...loaded, ...arrived]) {
    if (!byId.has(comment.id) && !held.has(comment.id)) byId.set(comment.id, comment);
  }
  return [...byId.values()]
    .map((comment) => (changes[comment.id] ? { ...comment, ...changes[comment.id] } : comment))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}
