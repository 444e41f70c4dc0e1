import { redirect } from '@sveltejs/kit';
import { buildAreaTree } from '$lib/areas';
import { RegisterAreasDocument, RegisterDocument } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { ApiError, graphql, rethrowAsHttpError } from '$lib/server/api';
import { apiFailure, checkLengths, invalid, text } from '$lib/server/forms';
import { sameSiteTarget } from '$lib/server/next';
import { startSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

/** The API's limits (RegisterInput), checked here first so the message comes in the reader's language. */
const rules = {
  displayName: { min: 2, max: 50 },
  email: { max: 254 },
  password: { min: 10, max: 256 },
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const load: PageServerLoad = async ({ locals, url }) => {
  const next = sameSiteTarget(url.searchParams.get('next'), url);
  if (locals.viewer) redirect(303, next);
  try {
    const { areas } = await graphql(RegisterAreasDocument, {});
    return { next, regions: buildAreaTree(areas) };
  } catch (err) {
    rethrowAsHttpError(err);
  }
};

export const actions: Actions = {
  default: async ({ request, cookies, url, locals }) => {
    const { locale } = locals;
    const form = await request.formData();
    const values = {
      displayName: text(form, 'displayName'),
      email: text(form, 'email'),
      areaId: text(form, 'areaId'),
      next: text(form, 'next'),
    };
    // Passwords are taken as typed: spaces at either end are part of them.
    const password = typeof form.get('password') === 'string' ? (form.get('password') as string) : '';
    const fields = checkLengths(locale, { ...values, password }, rules);
    if (!fields.email && !EMAIL.test(values.email)) fields.email = translate(locale, 'auth.field.emailInvalid');
    if (Object.keys(fields).length > 0) return invalid(locale, fields, values);

    try {
      const { register } = await graphql(RegisterDocument, {
        input: { displayName: values.displayName, email: values.email, password, areaId: values.areaId || null, locale },
      });
      startSession(cookies, url, register.token);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') {
        return invalid(locale, { email: translate(locale, 'auth.register.emailTaken') }, values);
      }
      if (err instanceof ApiError && err.code === 'BAD_USER_INPUT' && err.field === 'input.email') {
        return invalid(locale, { email: translate(locale, 'auth.field.emailInvalid') }, values);
      }
      return apiFailure(locale, err, values);
    }
    redirect(303, sameSiteTarget(values.next, url));
  },
};
