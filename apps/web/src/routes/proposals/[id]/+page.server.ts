import { error, redirect } from '@sveltejs/kit';
import {
  ProposalFollowDocument,
  ProposalPageDocument,
  ProposalUnfollowDocument,
  ProposalVoteDocument,
  ProposalWithdrawDocument,
  ReferenceDocument,
} from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { graphql, rethrowAsHttpError } from '$lib/server/api';
import { apiFailure, checkLengths, invalid, requireSignIn, text } from '$lib/server/forms';
import { flagAction, moderateAction } from '$lib/server/safety';
import { respondToProposal } from '../respond.server';
import { areaChoices, categoryChoices, excerpt, idOrNull } from '../shared';
import type { Actions, PageServerLoad } from './$types';

/** The API's limit for the reason given when withdrawing. */
const MAX_WITHDRAW_REASON = 500;

export const load: PageServerLoad = async ({ params, locals }) => {
  const id = idOrNull(params.id);
  if (!id) error(404, { message: translate(locals.locale, 'error.notFound.title'), code: 'NOT_FOUND' });
  const { proposal } = await graphql(ProposalPageDocument, { id }, { token: locals.sessionToken }).catch(rethrowAsHttpError);
  if (!proposal) error(404, { message: translate(locals.locale, 'error.notFound.title'), code: 'NOT_FOUND' });
  const moderator = locals.viewer?.role === 'MODERATOR' || locals.viewer?.role === 'ADMIN';
  // Moderators may move the proposal: they need the places it can go.
  const moderation = moderator
    ? await graphql(ReferenceDocument, {}, { token: locals.sessionToken })
        .then(({ areas, categories }) => ({ areas: areaChoices(areas, locals.locale), categories: categoryChoices(categories, locals.locale) }))
        .catch(rethrowAsHttpError)
    : null;
  return { proposal, summary: excerpt(proposal.body), limits: { withdrawReason: MAX_WITHDRAW_REASON }, moderation };
};

/** Back to the part of the page the form was in, without the action in the address. */
const back = (id: string, part: string) => `/proposals/${id}#${part}`;

export const actions: Actions = {
  vote: async ({ request, locals, url, params }) => {
    requireSignIn(locals, url);
    const value = text(await request.formData(), 'value');
    if (value !== 'SUPPORT' && value !== 'OPPOSE' && value !== 'NONE') {
      return invalid(locals.locale, {}, {}, 'vote');
    }
    try {
      await graphql(ProposalVoteDocument, { id: params.id, value }, { token: locals.sessionToken });
    } catch (err) {
      return apiFailure(locals.locale, err, {}, 'vote');
    }
    redirect(303, back(params.id, 'support'));
  },

  follow: async ({ request, locals, url, params }) => {
    requireSignIn(locals, url);
    const follow = text(await request.formData(), 'follow') === 'true';
    try {
      const token = locals.sessionToken;
      if (follow) await graphql(ProposalFollowDocument, { id: params.id }, { token });
      else await graphql(ProposalUnfollowDocument, { id: params.id }, { token });
    } catch (err) {
      return apiFailure(locals.locale, err, {}, 'follow');
    }
    redirect(303, back(params.id, 'follow'));
  },

  withdraw: async ({ request, locals, url, params }) => {
    requireSignIn(locals, url);
    const values = { reason: text(await request.formData(), 'reason') };
    const fields = checkLengths(locals.locale, values, { reason: { max: MAX_WITHDRAW_REASON, required: false } });
    if (Object.keys(fields).length > 0) return invalid(locals.locale, fields, values, 'withdraw');
    try {
      await graphql(ProposalWithdrawDocument, { id: params.id, reason: values.reason || undefined }, { token: locals.sessionToken });
    } catch (err) {
      return apiFailure(locals.locale, err, values, 'withdraw');
    }
    redirect(303, back(params.id, 'history'));
  },

  respond: (event) => respondToProposal(event, (id) => back(id, 'responses')),
  flag: flagAction,
  moderate: (event) => moderateAction(event, (id) => back(id, 'proposal-title')),
};
