/** Where a summarised comment lives: its discussion, scrolled to it (the thread page gives each comment this id). */
export function commentHref({ threadId, commentId }: { threadId: string; commentId: string }): string {
  return `/threads/${encodeURIComponent(threadId)}#comment-${encodeURIComponent(commentId)}`;
}
