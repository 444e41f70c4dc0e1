import { error } from '@sveltejs/kit';
import { DeskPageDocument } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { ApiError, graphql, rethrowAsHttpError } from '$lib/server/api';
import { requireSignIn } from '$lib/server/forms';
import { respondToProposal } from '../proposals/respond.server';
import { idOrNull } from '../proposals/shared';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 20;
/** Overdue answers are listed in full, up to this many: they are the desk's first job. */
const OVERDUE_MAX = 50;
/** Open proposals closest to their threshold: the next ones to land on the desk. */
const SOON = 5;

export const load: PageServerLoad = async ({ locals, url }) => {
  const viewer = requireSignIn(locals, url);
  if (viewer.role !== 'OFFICIAL' && viewer.role !== 'ADMIN') {
    error(403, { message: translate(locals.locale, 'desk.forbidden.title'), code: 'FORBIDDEN' });
  }
  const isAdmin = viewer.role === 'ADMIN';
  // Officials answer for their own agency only; admins may look at any, or all at once.
  const agencyId = isAdmin ? idOrNull(url.searchParams.get('agency')) : (viewer.agency?.id ?? null);
  if (!isAdmin && !agencyId) return { isAdmin, noAgency: true as const };

  try {
    const desk = await graphql(
      DeskPageDocument,
      {
        agencyId,
        first: PAGE_SIZE,
        after: url.searchParams.get('after') || undefined,
        overdueFirst: OVERDUE_MAX,
        soonFirst: SOON,
      },
      { token: locals.sessionToken },
    );
    return {
      isAdmin,
      noAgency: false as const,
      agency: desk.agencies.find((agency) => agency.id === agencyId) ?? null,
      agencies: isAdmin ? desk.agencies : [],
      overdue: desk.overdue,
      waiting: desk.waiting,
      soon: desk.soon,
      regencyId: desk.areas.find((area) => area.level === 'REGENCY')?.id ?? null,
      answered: idOrNull(url.searchParams.get('answered')),
    };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'BAD_USER_INPUT') error(400, { message: err.message, code: err.code });
    rethrowAsHttpError(err);
  }
};

export const actions: Actions = {
  respond: (event) =>
    respondToProposal(event, (id) => {
      const agency = idOrNull(event.url.searchParams.get('agency'));
      return `/desk?answered=${id}${agency ? `&agency=${agency}` : ''}`;
    }),
};
