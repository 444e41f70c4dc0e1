import { error } from '@sveltejs/kit';
import { placeOfArea } from '$lib/areas';
import { AreaSummaryDocument, ReferenceDocument } from '$lib/graphql/generated';
import { translate, type MessageKey } from '$lib/i18n';
import { categoryChoices, categoryName } from '$lib/reference';
import { ApiError, graphql, rethrowAsHttpError } from '$lib/server/api';
import { SUMMARY_TIMEOUT_MS } from '$lib/server/summary-files';
import { filterQuery, readFilters } from './filters';
import type { PageServerLoad } from './$types';

/** Read on a weak link to take home: plain HTML, no script to download (the filters, language switch and sign-out are forms). */
export const csr = false;

export const load: PageServerLoad = async ({ params, url, locals }) => {
  const { locale, sessionToken: token } = locals;
  let reference;
  try {
    // Links use the readable slug; the API finds areas by id, so the (small) list of areas is read first.
    reference = await graphql(ReferenceDocument, {}, { token });
  } catch (err) {
    rethrowAsHttpError(err);
  }
  const place = placeOfArea(reference.areas, params.slug);
  if (!place) error(404, { message: translate(locale, 'error.notFound.title'), code: 'NOT_FOUND' });

  const filters = readFilters(url.searchParams, new Set(reference.categories.map((category) => category.id)));
  const category = reference.categories.find((candidate) => candidate.id === filters.scope?.categoryId);
  const page = {
    area: place.area,
    categories: categoryChoices(reference.categories, locale),
    categoryName: category ? categoryName(category, locale) : null,
    filters: filters.values,
    /** The filters in use, for the download links. */
    query: filterQuery(filters.values),
    problems: translated(filters.problems),
    from: filters.scope?.from?.toISOString() ?? null,
    /** The last moment of the last day asked for (the scope ends at the midnight after it). */
    until: filters.scope?.to ? new Date(filters.scope.to.getTime() - 1).toISOString() : null,
    summary: null,
    scriptless: true,
  };
  if (!filters.scope) return page;

  const { categoryId, from, to } = filters.scope;
  try {
    const { summary } = await graphql(
      AreaSummaryDocument,
      { scope: { areaId: place.area.id, categoryId, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null } },
      { token, timeoutMs: SUMMARY_TIMEOUT_MS },
    );
    return { ...page, summary };
  } catch (err) {
    // The fields were checked above; anything the API still refuses is told at the form, not as a crash.
    if (err instanceof ApiError && err.code === 'BAD_USER_INPUT') return { ...page, problems: { form: translate(locale, 'summary.filter.refused') } };
    rethrowAsHttpError(err);
  }

  function translated(problems: Partial<Record<string, MessageKey>>): Record<string, string> {
    return Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, translate(locale, key!)]));
  }
};
