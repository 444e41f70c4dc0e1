/**
 * Form actions: reading fields, checking them before the API is asked (so mistakes are explained in the
 * reader's language, next to the field), and turning API errors into a form failure instead of an error page.
 */
import { fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { translate, type Locale, type MessageKey } from '$lib/i18n';
import { formatDate } from '$lib/format';
import { ApiError } from './api';

/** What a failed form sends back to its page: one message for the form, one per field, and what was typed. */
export interface FormProblem {
  /** Which form failed, when a page has several (e.g. a reply box under each comment). */
  form?: string;
  message: string;
  fields: Record<string, string>;
  values: Record<string, string>;
}

/** A trimmed text field; missing fields read as ''. Line endings are normalised so lengths match the API's. */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
}

export interface LengthRule {
  min?: number;
  max: number;
  required?: boolean;
}

/** Checks each field's length; returns a translated message per field that is wrong. */
export function checkLengths(
  locale: Locale,
  values: Record<string, string>,
  rules: Record<string, LengthRule>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [field, rule] of Object.entries(rules)) {
    // Counted as the API counts: by characters, not UTF-16 units.
    const length = [...(values[field] ?? '')].length;
    if (length === 0 && (rule.required ?? true)) problems[field] = translate(locale, 'form.required');
    else if (length > 0 && rule.min !== undefined && length < rule.min) problems[field] = translate(locale, 'form.tooShort', { min: rule.min });
    else if (length > rule.max) problems[field] = translate(locale, 'form.tooLong', { max: rule.max });
  }
  return problems;
}

export function invalid(
  locale: Locale,
  fields: Record<string, string>,
  values: Record<string, string>,
  form?: string,
  message = translate(locale, 'form.errorSummary'),
): ActionFailure<FormProblem> {
  return fail(400, { form, message, fields, values });
}

const statusByCode: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  BAD_USER_INPUT: 400,
};

/**
 * An API error as a form failure. Input errors point at their field (`input.title` → `title`).
 * Anything the API did not mean to say (a bug) is rethrown so it is logged and shown as an error page.
 */
export function apiFailure(
  locale: Locale,
  err: unknown,
  values: Record<string, string> = {},
  form?: string,
): ActionFailure<FormProblem> {
  if (!(err instanceof ApiError) || err.code === 'INTERNAL_SERVER_ERROR' || err.code.startsWith('GRAPHQL_')) throw err;
  const message = apiMessage(locale, err);
  const fields: Record<string, string> = {};
  if (err.code === 'BAD_USER_INPUT' && err.field) {
    fields[err.field.replace(/^input\./, '')] = translate(locale, 'form.invalid');
  }
  return fail(statusByCode[err.code] ?? 400, { form, message, fields, values });
}

/** What to tell a person about an API refusal, in their language: how long to wait, or until when they are suspended. */
export function apiMessage(locale: Locale, err: ApiError): string {
  if (err.code === 'RATE_LIMITED' && err.retryAfter !== undefined) {
    return translate(locale, 'safety.rateLimited', { wait: waitFor(locale, err.retryAfter) });
  }
  const suspendedUntil = err.extensions.suspendedUntil;
  if (err.code === 'FORBIDDEN' && typeof suspendedUntil === 'string') {
    return translate(locale, 'safety.suspendedError', { until: formatDate(suspendedUntil, locale, 'datetime') });
  }
  return translate(locale, `apiError.${err.code}` as MessageKey);
}

/** A wait in the largest whole unit that reads naturally: 45 detik, 2 menit, 3 jam (rounded up, never "0"). */
export function waitFor(locale: Locale, seconds: number): string {
  if (seconds < 60) return translate(locale, 'safety.wait.seconds', { count: Math.max(1, Math.ceil(seconds)) });
  if (seconds < 3600) return translate(locale, 'safety.wait.minutes', { count: Math.ceil(seconds / 60) });
  return translate(locale, 'safety.wait.hours', { count: Math.ceil(seconds / 3600) });
}

/**
 * Pages and actions that need a signed-in person send visitors to sign in, then back here.
 * Form posts come back to the page (GET), not to the action.
 */
export function requireSignIn(locals: App.Locals, url: URL): NonNullable<App.Locals['viewer']> {
  if (locals.viewer) return locals.viewer;
  redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search.replace(/[?&]\/[^&]*/, ''))}`);
}
