import { buildAreaTree } from '$lib/areas';
import { HomePageDocument } from '$lib/graphql/generated';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** A few of each: enough to show what is going on, few enough for a small screen and a slow link. */
const PER_SECTION = 4;

export const load: PageServerLoad = async ({ locals }) => {
  try {
    const home = await graphql(HomePageDocument, { first: PER_SECTION }, { token: locals.sessionToken });
    return {
      regions: buildAreaTree(home.areas),
      activeThreads: { items: home.activeThreads.edges.map((e) => e.node), total: home.activeThreads.totalCount },
      nearThreshold: { items: home.nearThreshold.edges.map((e) => e.node), total: home.nearThreshold.totalCount },
      overdue: { items: home.overdue.edges.map((e) => e.node), total: home.overdue.totalCount },
    };
  } catch (err) {
    rethrowAsHttpError(err);
  }
};
