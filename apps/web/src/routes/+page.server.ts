import { buildAreaTree, type Area } from '$lib/areas';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import type { PageServerLoad } from './$types';

const HOME_AREAS = /* GraphQL */ `
  query HomeAreas {
    areas { id name level parent { id name } }
  }
`;

export const load: PageServerLoad = async ({ locals }) => {
  try {
    const { areas } = await graphql<{ areas: Area[] }>(HOME_AREAS, {}, { token: locals.sessionToken });
    return { regions: buildAreaTree(areas) };
  } catch (err) {
    rethrowAsHttpError(err);
  }
};
