/** A discussion summary's file, passed through from the API. */
import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { idOrNull } from '$lib/reference';
import { isSummaryFile, summaryFile } from '$lib/server/summary-files';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals }) => {
  const id = idOrNull(params.id);
  if (!id || !isSummaryFile(params.file)) error(404, { message: translate(locals.locale, 'summary.download.notFound'), code: 'NOT_FOUND' });
  return summaryFile(`/exports/threads/${id}/${params.file}`, new URLSearchParams(), locals.locale);
};
