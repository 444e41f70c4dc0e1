import { redirect } from '@sveltejs/kit';
import { LoginDocument } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { ApiError, graphql } from '$lib/server/api';
import { apiFailure, checkLengths, invalid, text } from '$lib/server/forms';
import { sameSiteTarget } from '$lib/server/next';
import { startSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.viewer) redirect(303, sameSiteTarget(url.searchParams.get('next'), url));
  return { next: sameSiteTarget(url.searchParams.get('next'), url) };
};

export const actions: Actions = {
  default: async ({ request, cookies, url, locals }) => {
    const form = await request.formData();
    const values = { email: text(form, 'email'), next: text(form, 'next') };
    const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : '';
    const fields = checkLengths(locals.locale, { email: values.email, password }, { email: { max: 254 }, password: { max: 256 } });
    if (Object.keys(fields).length > 0) return invalid(locals.locale, fields, values);

    try {
      const { login } = await graphql(LoginDocument, { email: values.email, password });
      startSession(cookies, url, login.token);
    } catch (err) {
      // Which of the two was wrong is not said: that would tell strangers which emails have accounts.
      if (err instanceof ApiError && (err.code === 'UNAUTHENTICATED' || err.code === 'BAD_USER_INPUT')) {
        return invalid(locals.locale, {}, values, undefined, translate(locals.locale, 'auth.login.failed'));
      }
      return apiFailure(locals.locale, err, values);
    }
    redirect(303, sameSiteTarget(values.next, url));
  },
};
