import { ReferenceDocument, ThreadListDocument, type ThreadSort } from '$lib/graphql/generated';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { firstPageIfBadCursor } from '$lib/server/paging';
import { areaChoices, categoryChoices, idOrNull, threadSorts } from '$lib/reference';
import type { PageServerLoad } from './$types';

/** The API refuses longer searches. */
const MAX_SEARCH = 200;
const PAGE_SIZE = 20;
/** Pinned discussions head the first page; a moderator pins few, and only for a while. */
const PINNED_MAX = 5;

export const load: PageServerLoad = async ({ url, locals }) => {
  const params = url.searchParams;
  const sortParam = params.get('sort') as ThreadSort | null;
  const filters = {
    area: idOrNull(params.get('area')),
    category: idOrNull(params.get('category')),
    q: [...(params.get('q') ?? '').trim()].slice(0, MAX_SEARCH).join(''),
    sort: sortParam && threadSorts.includes(sortParam) ? sortParam : ('NEW' as ThreadSort),
  };
  const after = params.get('after') || null;

  try {
    const list = { areaId: filters.area, categoryId: filters.category, search: filters.q || null, sort: filters.sort };
    const token = { token: locals.sessionToken };
    const [{ threads }, pinned, { areas, categories }] = await Promise.all([
      // Pinned ones are listed once, above the rest, so paging through the others never repeats them.
      graphql(ThreadListDocument, { ...list, after, first: PAGE_SIZE, pinned: false }, token),
      graphql(ThreadListDocument, { ...list, first: PINNED_MAX, pinned: true }, token),
      graphql(ReferenceDocument, {}, token),
    ]);
    return {
      pinned: after ? [] : pinned.threads.edges.map((edge) => edge.node),
      threads: threads.edges.map((edge) => edge.node),
      totalCount: threads.totalCount + pinned.threads.totalCount,
      pageInfo: threads.pageInfo,
      filters,
      filtered: !!(filters.area || filters.category || filters.q),
      areaGroups: areaChoices(areas, locals.locale),
      categoryChoices: categoryChoices(categories, locals.locale),
    };
  } catch (err) {
    // A page link kept from before the sort or filters changed: start again from the first page.
    firstPageIfBadCursor(err, url);
    rethrowAsHttpError(err);
  }
};
