import { redirect } from '@sveltejs/kit';
import { LogoutDocument } from '$lib/graphql/generated';
import { ApiError, graphql } from '$lib/server/api';
import { clearSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (!locals.viewer) redirect(303, '/');
};

export const actions: Actions = {
  // A POST, never a link: a page elsewhere must not be able to sign people out (or prefetch it by accident).
  default: async ({ cookies, url, locals }) => {
    if (locals.sessionToken) {
      try {
        await graphql(LogoutDocument, {}, { token: locals.sessionToken });
      } catch (err) {
        // Already signed out elsewhere: the cookie goes all the same.
        if (!(err instanceof ApiError && err.code === 'UNAUTHENTICATED')) {
          clearSession(cookies, url);
          throw err;
        }
      }
    }
    clearSession(cookies, url);
    redirect(303, '/');
  },
};
