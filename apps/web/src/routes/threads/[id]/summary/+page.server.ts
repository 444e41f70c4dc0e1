import { error } from '@sveltejs/kit';
import { ThreadSummaryDocument } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { idOrNull } from '$lib/reference';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { SUMMARY_TIMEOUT_MS } from '$lib/server/summary-files';
import type { PageServerLoad } from './$types';

/** Read on a weak link to take home: plain HTML, no script to download (the language switch and sign-out are forms). */
export const csr = false;

export const load: PageServerLoad = async ({ params, locals }) => {
  const notFound = { message: translate(locals.locale, 'error.notFound.title'), code: 'NOT_FOUND' } as const;
  const threadId = idOrNull(params.id);
  if (!threadId) error(404, notFound);

  let result;
  try {
    result = await graphql(ThreadSummaryDocument, { threadId }, { token: locals.sessionToken, timeoutMs: SUMMARY_TIMEOUT_MS });
  } catch (err) {
    rethrowAsHttpError(err);
  }
  const { thread, threadSummary } = result;
  if (!thread) error(404, notFound);
  return { thread, summary: threadSummary, scriptless: true };
};
