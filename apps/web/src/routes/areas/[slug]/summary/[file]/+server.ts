/** An area summary's file, with the page's filters (`?category=&from=&to=`), passed through from the API. */
import { error } from '@sveltejs/kit';
import { placeOfArea } from '$lib/areas';
import { ReferenceDocument } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { isSummaryFile, summaryFile } from '$lib/server/summary-files';
import { readFilters } from '../filters';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals }) => {
  const notFound = { message: translate(locals.locale, 'summary.download.notFound'), code: 'NOT_FOUND' } as const;
  if (!isSummaryFile(params.file)) error(404, notFound);

  let reference;
  try {
    reference = await graphql(ReferenceDocument, {}, { token: locals.sessionToken });
  } catch (err) {
    rethrowAsHttpError(err);
  }
  const place = placeOfArea(reference.areas, params.slug);
  if (!place) error(404, notFound);

  const { scope } = readFilters(url.searchParams, new Set(reference.categories.map((category) => category.id)));
  if (!scope) error(400, { message: translate(locals.locale, 'summary.download.badInput'), code: 'BAD_USER_INPUT' });

  const query = new URLSearchParams({ areaId: place.area.id });
  if (scope.categoryId) query.set('categoryId', scope.categoryId);
  if (scope.from) query.set('from', scope.from.toISOString());
  if (scope.to) query.set('to', scope.to.toISOString());
  return summaryFile(`/exports/${params.file}`, query, locals.locale);
};
