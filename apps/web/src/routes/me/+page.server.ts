import { redirect } from '@sveltejs/kit';
import {
  ProfileCountsDocument,
  ProfileFollowsDocument,
  ProfileProposalsDocument,
  ProfileThreadsDocument,
  ProfileVotesDocument,
  UnfollowDocument,
  type FollowTarget,
} from '$lib/graphql/generated';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { apiFailure, invalid, requireSignIn, text } from '$lib/server/forms';
import { translate } from '$lib/i18n';
import { firstPageIfBadCursor } from '$lib/server/paging';
import { tabOf, type Tab } from './tabs';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 10;

export const load: PageServerLoad = async ({ locals, url }) => {
  const viewer = requireSignIn(locals, url);
  const tab = tabOf(url.searchParams.get('tab'));
  const after = url.searchParams.get('after') || null;
  const token = locals.sessionToken;
  const page = { first: PER_PAGE, after };

  try {
    const [counts, list] = await Promise.all([
      graphql(ProfileCountsDocument, { authorId: viewer.id }, { token }),
      loadTab(tab, viewer.id, page, token),
    ]);
    return {
      tab,
      counts: {
        threads: counts.myThreads.totalCount,
        proposals: counts.myProposals.totalCount,
        votes: counts.voted.totalCount,
        follows: counts.follows.totalCount,
      } satisfies Record<Tab, number>,
      list,
      // Said once, on the page the form returned to, not again on later pages.
      unfollowed: url.searchParams.get('unfollowed') === '1' && !after,
    };
  } catch (err) {
    firstPageIfBadCursor(err, url);
    rethrowAsHttpError(err);
  }
};

/** Only the section being looked at is read in full; the others just say how many there are. */
async function loadTab(tab: Tab, authorId: string, page: { first: number; after: string | null }, token: string | undefined) {
  switch (tab) {
    case 'threads': {
      const { threads } = await graphql(ProfileThreadsDocument, { authorId, ...page }, { token });
      return { tab, items: threads.edges.map((e) => e.node), pageInfo: threads.pageInfo } as const;
    }
    case 'proposals': {
      const { proposals } = await graphql(ProfileProposalsDocument, { authorId, ...page }, { token });
      return { tab, items: proposals.edges.map((e) => e.node), pageInfo: proposals.pageInfo } as const;
    }
    case 'votes': {
      const { proposals } = await graphql(ProfileVotesDocument, page, { token });
      return { tab, items: proposals.edges.map((e) => e.node), pageInfo: proposals.pageInfo } as const;
    }
    case 'follows': {
      const { follows } = await graphql(ProfileFollowsDocument, page, { token });
      return { tab, items: follows.edges.map((e) => e.node), pageInfo: follows.pageInfo } as const;
    }
  }
}

const followTargets: readonly FollowTarget[] = ['THREAD', 'PROPOSAL'];

export const actions: Actions = {
  unfollow: async ({ request, locals, url }) => {
    requireSignIn(locals, url);
    const form = await request.formData();
    const targetId = text(form, 'targetId');
    const targetType = text(form, 'targetType') as FollowTarget;
    if (!targetId || !followTargets.includes(targetType)) {
      return invalid(locals.locale, { targetId: translate(locals.locale, 'form.invalid') }, {}, 'unfollow');
    }
    try {
      await graphql(UnfollowDocument, { targetId, targetType }, { token: locals.sessionToken });
    } catch (err) {
      return apiFailure(locals.locale, err, {}, 'unfollow');
    }
    redirect(303, '/me?tab=follows&unfollowed=1');
  },
};
