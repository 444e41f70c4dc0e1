/** A hand-edited or stale `?after=` cursor sends the reader back to the first page rather than to an error page. */
import { redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/server/api';

export function firstPageIfBadCursor(err: unknown, url: URL): void {
  if (!(err instanceof ApiError && err.code === 'BAD_USER_INPUT' && err.field === 'after' && url.searchParams.has('after'))) return;
  const params = new URLSearchParams(url.searchParams);
  params.delete('after');
  const query = params.toString();
  redirect(303, query ? `${url.pathname}?${query}` : url.pathname);
}
