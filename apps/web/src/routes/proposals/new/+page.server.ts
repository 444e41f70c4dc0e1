import { redirect } from '@sveltejs/kit';
import { CreateProposalDocument, ProposalChoicesDocument, ProposalSourceThreadDocument } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { apiFailure, checkLengths, invalid, requireSignIn, text } from '$lib/server/forms';
import { agencyName, areaChoices, categoryChoices, idOrNull } from '../shared';
import type { Actions, PageServerLoad } from './$types';

/** The API's limits (CreateProposalInput). */
const TITLE = { min: 5, max: 200 };
const MAX_BODY = 20_000;

export const load: PageServerLoad = async ({ locals, url }) => {
  const viewer = requireSignIn(locals, url);
  const token = locals.sessionToken;
  const threadId = idOrNull(url.searchParams.get('thread'));
  try {
    const [choices, source] = await Promise.all([
      graphql(ProposalChoicesDocument, {}, { token }),
      threadId ? graphql(ProposalSourceThreadDocument, { id: threadId }, { token }) : undefined,
    ]);
    // A deleted discussion has no words left to start from.
    const thread = source?.thread && !source.thread.deleted ? source.thread : null;
    // "Jalan dan Jembatan, dijawab Dinas PUPR": choosing a topic also says who must answer.
    const agencies = new Map(choices.agencies.map((agency) => [agency.id, agency]));
    const answeredBy = new Map(choices.categories.map((category) => [category.id, category.defaultAgency && agencies.get(category.defaultAgency.id)]));
    return {
      areaGroups: areaChoices(choices.areas, locals.locale),
      categoryChoices: categoryChoices(choices.categories, locals.locale).map((choice) => {
        const agency = answeredBy.get(choice.value);
        const label = agency && translate(locals.locale, 'proposals.new.categoryWithAgency', { category: choice.label, agency: agencyName(agency) });
        return label ? { ...choice, label } : choice;
      }),
      thread: thread && { id: thread.id, title: thread.title, proposals: thread.proposals },
      threadMissing: !!url.searchParams.get('thread') && !thread,
      limits: { title: TITLE, body: MAX_BODY },
      initial: {
        title: thread ? [...thread.title].slice(0, TITLE.max).join('') : '',
        body: thread?.body ?? '',
        areaId: thread?.area.id ?? viewer.area?.id ?? '',
        categoryId: thread?.category?.id ?? '',
      },
    };
  } catch (err) {
    rethrowAsHttpError(err);
  }
};

export const actions: Actions = {
  create: async ({ request, locals, url }) => {
    requireSignIn(locals, url);
    const form = await request.formData();
    const values = {
      title: text(form, 'title'),
      body: text(form, 'body'),
      areaId: text(form, 'areaId'),
      categoryId: text(form, 'categoryId'),
      threadId: text(form, 'threadId'),
    };
    const fields = checkLengths(
      locals.locale,
      { title: values.title, body: values.body },
      { title: { ...TITLE }, body: { max: MAX_BODY } },
    );
    const areaId = idOrNull(values.areaId);
    if (!areaId) fields.areaId = translate(locals.locale, 'proposals.new.chooseArea');
    if (Object.keys(fields).length > 0 || !areaId) return invalid(locals.locale, fields, values);

    let id: string;
    try {
      const { createProposal } = await graphql(
        CreateProposalDocument,
        {
          input: {
            title: values.title,
            body: values.body,
            areaId,
            categoryId: idOrNull(values.categoryId),
            threadId: idOrNull(values.threadId),
          },
        },
        { token: locals.sessionToken },
      );
      id = createProposal.id;
    } catch (err) {
      return apiFailure(locals.locale, err, values);
    }
    redirect(303, `/proposals/${id}`);
  },
};
