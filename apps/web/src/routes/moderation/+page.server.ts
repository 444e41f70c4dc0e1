import { error } from '@sveltejs/kit';
import { ModerationQueueDocument } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { requireSignIn } from '$lib/server/forms';
import { firstPageIfBadCursor } from '$lib/server/paging';
import { moderateAction } from '$lib/server/safety';
import { isQueueDecision, queueAfterDecision } from './decisions';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async ({ locals, url }) => {
  const viewer = requireSignIn(locals, url);
  if (viewer.role !== 'MODERATOR' && viewer.role !== 'ADMIN') {
    error(403, { message: translate(locals.locale, 'moderation.forbidden.title'), code: 'FORBIDDEN' });
  }
  try {
    const { moderationQueue } = await graphql(
      ModerationQueueDocument,
      { first: PAGE_SIZE, after: url.searchParams.get('after') || undefined },
      { token: locals.sessionToken },
    );
    const done = url.searchParams.get('done');
    return {
      moderator: { id: viewer.id, role: viewer.role },
      items: moderationQueue.edges.map((edge) => edge.node),
      total: moderationQueue.totalCount,
      pageInfo: moderationQueue.pageInfo,
      done: isQueueDecision(done) ? done : null,
    };
  } catch (err) {
    firstPageIfBadCursor(err, url);
    rethrowAsHttpError(err);
  }
};

export const actions: Actions = {
  // The content pages' moderator form and the queue share one action. The queue reads the form once more, only
  // to say afterwards which decision was taken.
  moderate: async (event) => {
    const decision = (await event.request.clone().formData()).get('action');
    return moderateAction(event, () => queueAfterDecision(event.url.searchParams.get('after'), decision));
  },
};
