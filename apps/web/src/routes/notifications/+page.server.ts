import { redirect } from '@sveltejs/kit';
import { MarkNotificationsReadDocument, NotificationsPageDocument } from '$lib/graphql/generated';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { translate } from '$lib/i18n';
import { apiFailure, invalid, requireSignIn, text } from '$lib/server/forms';
import { firstPageIfBadCursor } from '$lib/server/paging';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 20;

export const load: PageServerLoad = async ({ locals, url }) => {
  requireSignIn(locals, url);
  try {
    const { notifications, unreadNotificationCount } = await graphql(
      NotificationsPageDocument,
      { first: PER_PAGE, after: url.searchParams.get('after') || null },
      { token: locals.sessionToken },
    );
    return {
      items: notifications.edges.map((e) => e.node),
      total: notifications.totalCount,
      unread: unreadNotificationCount,
      pageInfo: notifications.pageInfo,
    };
  } catch (err) {
    firstPageIfBadCursor(err, url);
    rethrowAsHttpError(err);
  }
};

/** Back to the page of the list the form was on, so a reload does not post again. */
function backToList(form: FormData): string {
  const after = text(form, 'after');
  return after ? `/notifications?after=${encodeURIComponent(after)}` : '/notifications';
}

export const actions: Actions = {
  read: async ({ request, locals, url }) => {
    requireSignIn(locals, url);
    const form = await request.formData();
    const id = text(form, 'id');
    if (!id) return invalid(locals.locale, { id: translate(locals.locale, 'form.required') }, {}, 'read');
    try {
      await graphql(MarkNotificationsReadDocument, { ids: [id] }, { token: locals.sessionToken });
    } catch (err) {
      return apiFailure(locals.locale, err, {}, 'read');
    }
    redirect(303, backToList(form));
  },

  readAll: async ({ request, locals, url }) => {
    requireSignIn(locals, url);
    const form = await request.formData();
    try {
      await graphql(MarkNotificationsReadDocument, {}, { token: locals.sessionToken });
    } catch (err) {
      return apiFailure(locals.locale, err, {}, 'readAll');
    }
    redirect(303, backToList(form));
  },
};
