import { buildAreaTree } from '$lib/areas';
import { HomeAreasDocument } from '$lib/graphql/generated';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  try {
    const { areas } = await graphql(HomeAreasDocument, {}, { token: locals.sessionToken });
    return { regions: buildAreaTree(areas) };
  } catch (err) {
    rethrowAsHttpError(err);
  }
};
