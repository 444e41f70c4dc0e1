import { error } from '@sveltejs/kit';
import { placeOfArea } from '$lib/areas';
import { AreaContentDocument, AreaDirectoryDocument } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** The latest few of each; the full, filterable lists are one link away. */
const PER_LIST = 8;

export const load: PageServerLoad = async ({ params, locals }) => {
  const token = locals.sessionToken;
  let place;
  try {
    // Links use the readable slug; the API finds areas by id, so the (small) list of areas is read first.
    const { areas } = await graphql(AreaDirectoryDocument, {}, { token });
    place = placeOfArea(areas, params.slug);
  } catch (err) {
    rethrowAsHttpError(err);
  }
  if (!place) error(404, { message: translate(locals.locale, 'error.notFound.title'), code: 'NOT_FOUND' });

  try {
    const content = await graphql(AreaContentDocument, { areaId: place.area.id, first: PER_LIST }, { token });
    return {
      area: place.area,
      ancestors: place.ancestors,
      children: place.children,
      supportThreshold: content.area?.effectiveSupportThreshold ?? null,
      threads: { items: content.threads.edges.map((e) => e.node), total: content.threads.totalCount },
      proposals: { items: content.proposals.edges.map((e) => e.node), total: content.proposals.totalCount },
    };
  } catch (err) {
    rethrowAsHttpError(err);
  }
};
