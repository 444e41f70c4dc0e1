import { ProposalChoicesDocument, ProposalListDocument, type ProposalSort } from '$lib/graphql/generated';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { firstPageIfBadCursor } from '$lib/server/paging';
import { areaChoices, categoryChoices, idOrNull, isProposalStatus } from './shared';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;
const sorts = ['NEW', 'TOP', 'ACTIVE', 'DEADLINE'] as const satisfies readonly ProposalSort[];
/** The API refuses longer searches. */
const MAX_SEARCH = 200;

/** The filters as the GET form sends them; anything unreadable is dropped rather than shown as an error. */
function readFilters(params: URLSearchParams, signedIn: boolean) {
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    search: [...(params.get('q') ?? '').trim()].slice(0, MAX_SEARCH).join(''),
    status: isProposalStatus(status) ? status : null,
    area: idOrNull(params.get('area')),
    category: idOrNull(params.get('category')),
    agency: idOrNull(params.get('agency')),
    overdue: params.get('overdue') === '1',
    mine: signedIn && params.get('mine') === '1',
    voted: signedIn && params.get('voted') === '1',
    sort: sorts.find((known) => known === sort) ?? 'NEW',
  };
}

export const load: PageServerLoad = async ({ url, locals }) => {
  const filters = readFilters(url.searchParams, !!locals.viewer);
  const token = locals.sessionToken;
  try {
    const [{ proposals }, choices] = await Promise.all([
      graphql(
        ProposalListDocument,
        {
          first: PAGE_SIZE,
          after: url.searchParams.get('after') || null,
          statuses: filters.status ? [filters.status] : null,
          areaId: filters.area,
          categoryId: filters.category,
          agencyId: filters.agency,
          authorId: filters.mine ? locals.viewer?.id : null,
          votedByMe: filters.voted || null,
          overdue: filters.overdue || null,
          search: filters.search || null,
          sort: filters.sort,
        },
        { token },
      ),
      graphql(ProposalChoicesDocument, {}, { token }),
    ]);
    return {
      filters,
      proposals,
      areaGroups: areaChoices(choices.areas, locals.locale),
      categoryChoices: categoryChoices(choices.categories, locals.locale),
      agencyChoices: choices.agencies.map((agency) => ({ value: agency.id, label: agency.name })),
    };
  } catch (err) {
    // A page link kept from before the sort or filters changed: start again from the first page.
    firstPageIfBadCursor(err, url);
    rethrowAsHttpError(err);
  }
};
