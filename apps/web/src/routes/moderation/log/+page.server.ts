import { ModerationLogDocument } from '$lib/graphql/generated';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { firstPageIfBadCursor } from '$lib/server/paging';
import { isLogAction } from '../describe';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 20;

/** Public: anyone may read what moderators did and why. Admins also see who did it (the API decides). */
export const load: PageServerLoad = async ({ locals, url }) => {
  const requested = url.searchParams.get('action');
  // An unknown kind in a hand-edited address shows the whole log rather than an error.
  const action = isLogAction(requested) ? requested : null;
  try {
    const { moderationLog } = await graphql(
      ModerationLogDocument,
      { first: PAGE_SIZE, after: url.searchParams.get('after') || undefined, action },
      { token: locals.sessionToken },
    );
    return {
      entries: moderationLog.edges.map((edge) => edge.node),
      total: moderationLog.totalCount,
      pageInfo: moderationLog.pageInfo,
      action,
    };
  } catch (err) {
    firstPageIfBadCursor(err, url);
    rethrowAsHttpError(err);
  }
};
