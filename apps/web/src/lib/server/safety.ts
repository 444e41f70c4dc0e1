/**
 * The report and moderator-action forms of the content pages (discussions and proposals): one implementation,
 * so both pages check the same things and explain the same refusals.
 */
import { fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { SafetyFlagDocument, SafetyModerateDocument, type ContentType } from '$lib/graphql/generated';
import { isFlagReason, isModerationAction, isSuspensionDays } from '$lib/moderation';
import { translate } from '$lib/i18n';
import { idOrNull } from '$lib/reference';
import { ApiError, graphql } from './api';
import { apiFailure, checkLengths, invalid, requireSignIn, text, type FormProblem } from './forms';

const CONTENT_TYPES: readonly ContentType[] = ['THREAD', 'COMMENT', 'PROPOSAL'];

/** FlagContentInput and ModerateInput in apps/api/schema.gql. */
const NOTE = { max: 500, required: false };
const REASON = { min: 3, max: 300 };

/** The form's name on the page: one report form per thing that can be reported. */
export const flagFormName = (targetId: string) => `flag-${targetId}`;
export const moderateFormName = (targetId: string) => `moderate-${targetId}`;

/**
 * A report that went through: the page says thank you beside the form (with or without JavaScript). Shaped like a
 * form problem without a message, so a page's action data stays one type.
 */
export interface Flagged extends FormProblem {
  form: string;
  flagged: true;
}

export async function flagAction(event: RequestEvent): Promise<Flagged | ActionFailure<FormProblem>> {
  const { request, locals, url } = event;
  requireSignIn(locals, url);
  const form = await request.formData();
  const values = { targetType: text(form, 'targetType'), targetId: text(form, 'targetId'), reason: text(form, 'reason'), note: text(form, 'note') };
  const targetId = idOrNull(values.targetId);
  const targetType = values.targetType as ContentType;
  if (!targetId || !CONTENT_TYPES.includes(targetType)) return invalid(locals.locale, {}, values);
  const name = flagFormName(targetId);
  const fields = checkLengths(locals.locale, { note: values.note }, { note: NOTE });
  const reason = values.reason;
  if (!isFlagReason(reason)) fields.reason = translate(locals.locale, 'safety.flag.chooseReason');
  else if (reason === 'OTHER' && !values.note) fields.note = translate(locals.locale, 'form.required');
  if (Object.keys(fields).length > 0 || !isFlagReason(reason)) return invalid(locals.locale, fields, values, name);
  try {
    await graphql(SafetyFlagDocument, { input: { targetType, targetId, reason, note: values.note || null } }, { token: locals.sessionToken });
  } catch (err) {
    // Reporting twice is not a mistake worth an error: the first report stands.
    if (err instanceof ApiError && err.code === 'CONFLICT') {
      return fail(409, { form: name, message: translate(locals.locale, 'safety.flag.already'), fields: {}, values: {} });
    }
    return apiFailure(locals.locale, err, values, name);
  }
  return { form: name, flagged: true, message: '', fields: {}, values: {} };
}

/**
 * A moderator acts on what the page shows. `back` is where to land afterwards (the page, at the thing acted on).
 * The API decides who may do what; this only checks the form is complete.
 */
export async function moderateAction(event: RequestEvent, back: (targetId: string) => string) {
  const { request, locals, url } = event;
  requireSignIn(locals, url);
  const form = await request.formData();
  const values = {
    targetType: text(form, 'targetType'),
    targetId: text(form, 'targetId'),
    action: text(form, 'action'),
    reason: text(form, 'reason'),
    areaId: text(form, 'areaId'),
    categoryId: text(form, 'categoryId'),
    into: text(form, 'into'),
    days: text(form, 'days'),
  };
  const targetId = idOrNull(values.targetId);
  const targetType = values.targetType as ContentType;
  const action = values.action;
  if (!targetId || !CONTENT_TYPES.includes(targetType)) return invalid(locals.locale, {}, values);
  const name = moderateFormName(targetId);
  const fields = checkLengths(locals.locale, { reason: values.reason }, { reason: REASON });
  if (!isModerationAction(action)) fields.action = translate(locals.locale, 'form.invalid');
  // A proposal is named by its address or its code; the last id in what was pasted is the one.
  const into = action === 'MERGE' ? idOrNull(values.into.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)?.at(-1)) : null;
  if (action === 'MERGE' && !into) fields.into = translate(locals.locale, 'safety.moderate.badProposal');
  const days = Number(values.days);
  if (action === 'SUSPEND' && !isSuspensionDays(days)) fields.days = translate(locals.locale, 'form.invalid');
  if (Object.keys(fields).length > 0 || !isModerationAction(action)) return invalid(locals.locale, fields, values, name);

  const input = {
    targetType,
    targetId,
    action,
    reason: values.reason,
    ...(action === 'MOVE'
      ? {
          ...(idOrNull(values.areaId) ? { areaId: idOrNull(values.areaId) } : {}),
          // "none" takes the category away; empty keeps it as it is.
          ...(values.categoryId === 'none' ? { categoryId: null } : idOrNull(values.categoryId) ? { categoryId: idOrNull(values.categoryId) } : {}),
        }
      : {}),
    ...(action === 'MERGE' ? { intoProposalId: into } : {}),
    ...(action === 'SUSPEND' ? { durationDays: days } : {}),
  };
  try {
    await graphql(SafetyModerateDocument, { input }, { token: locals.sessionToken });
  } catch (err) {
    return apiFailure(locals.locale, err, values, name);
  }
  redirect(303, back(targetId));
}
