/** The official answer, as a form action shared by the proposal page and the official's desk. */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { RespondToProposalDocument } from '$lib/graphql/generated';
import { translate } from '$lib/i18n';
import { graphql } from '$lib/server/api';
import { apiFailure, checkLengths, invalid, requireSignIn, text } from '$lib/server/forms';
import { idOrNull, isProposalStatus, MAX_RESPONSE_BODY, respondFormId } from './shared';

export async function respondToProposal(
  { request, locals, url }: RequestEvent,
  after: (proposalId: string) => string,
) {
  requireSignIn(locals, url);
  const form = await request.formData();
  const proposalId = idOrNull(text(form, 'proposalId'));
  const values = { body: text(form, 'body'), status: text(form, 'status') };
  const formId = respondFormId(proposalId ?? '');

  const fields = checkLengths(locals.locale, { body: values.body }, { body: { max: MAX_RESPONSE_BODY } });
  if (!isProposalStatus(values.status)) fields.status = translate(locals.locale, 'proposals.respond.chooseStatus');
  // A missing id means a tampered form: nothing to point at, so only the summary is shown.
  if (!proposalId || Object.keys(fields).length > 0 || !isProposalStatus(values.status)) {
    return invalid(locals.locale, fields, values, formId);
  }

  try {
    await graphql(
      RespondToProposalDocument,
      { input: { proposalId, body: values.body, status: values.status } },
      { token: locals.sessionToken },
    );
  } catch (err) {
    return apiFailure(locals.locale, err, values, formId);
  }
  redirect(303, after(proposalId));
}
