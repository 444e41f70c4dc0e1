import { redirect } from '@sveltejs/kit';
import { ReferenceDocument, ThreadCreateDocument } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { apiFailure, checkLengths, invalid, requireSignIn, text } from '$lib/server/forms';
import { areaChoices, categoryChoices, idOrNull } from '$lib/reference';
import type { Actions, PageServerLoad } from './$types';

/** The API's limits (CreateThreadInput in apps/api/schema.gql). */
const TITLE = { min: 5, max: 200 };
const BODY = { max: 20_000 };
const MAX_TAGS = 10;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,29}$/u;

export const load: PageServerLoad = async ({ locals, url }) => {
  requireSignIn(locals, url);
  try {
    const { areas, categories } = await graphql(ReferenceDocument, {}, { token: locals.sessionToken });
    return {
      areaGroups: areaChoices(areas, locals.locale),
      categoryChoices: categoryChoices(categories, locals.locale),
      // From "start a discussion" on a filtered list, or an area's page.
      preset: { areaId: idOrNull(url.searchParams.get('area')) ?? '', categoryId: idOrNull(url.searchParams.get('category')) ?? '' },
    };
  } catch (err) {
    rethrowAsHttpError(err);
  }
};

/** "banjir, #Jalan-Desa  sekolah" → ['banjir', 'jalan-desa', 'sekolah']; null when one is not a single word. */
function parseTags(typed: string): string[] | null {
  const tags = [...new Set(typed.split(/[\s,;]+/).map((tag) => tag.replace(/^#/, '').toLowerCase()).filter(Boolean))];
  return tags.length <= MAX_TAGS && tags.every((tag) => TAG.test(tag)) ? tags : null;
}

export const actions: Actions = {
  default: async ({ request, locals, url }) => {
    requireSignIn(locals, url);
    const { locale } = locals;
    const form = await request.formData();
    const values = {
      title: text(form, 'title'),
      body: text(form, 'body'),
      areaId: text(form, 'areaId'),
      categoryId: text(form, 'categoryId'),
      tags: text(form, 'tags'),
    };
    const fields = checkLengths(locale, values, { title: TITLE, body: BODY });
    const areaId = idOrNull(values.areaId);
    if (!areaId) fields.areaId = translate(locale, 'threads.new.areaRequired');
    const tags = parseTags(values.tags);
    if (!tags) fields.tags = translate(locale, 'threads.new.tagsInvalid', { max: MAX_TAGS });
    if (Object.keys(fields).length > 0 || !areaId || !tags) return invalid(locale, fields, values);

    let id: string;
    try {
      const { createThread } = await graphql(
        ThreadCreateDocument,
        { input: { title: values.title, body: values.body, areaId, categoryId: idOrNull(values.categoryId), tags } },
        { token: locals.sessionToken },
      );
      id = createThread.id;
    } catch (err) {
      return apiFailure(locale, err, values);
    }
    redirect(303, `/threads/${id}`);
  },
};
