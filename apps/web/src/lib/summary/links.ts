/**
 * Where a summarised comment lives: its discussion, on the page of comments that holds it (`?comment=`), scrolled to
 * it (the thread page gives each comment this id).
 */
export function commentHref({ threadId, commentId }: { threadId: string; commentId: string }): string {
  const comment = encodeURIComponent(commentId);
  return `/threads/${encodeURIComponent(threadId)}?comment=${comment}#comment-${comment}`;
}
