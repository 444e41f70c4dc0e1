/** Server-side GraphQL calls to the Rembug API, with its errors turned into one typed error. */
import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { TypedDocumentString } from '$lib/graphql/generated';
import { requestContext } from './request-context';

export { SESSION_COOKIE } from './session';

/**
 * The codes the API puts in `extensions.code`, plus `UNAVAILABLE`, which the web app uses
 * when the API did not answer at all (down, unreachable, too slow, or not speaking GraphQL).
 */
export const apiErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAVAILABLE',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** The input field the API found wrong (BAD_USER_INPUT), such as `input.title`. */
  get field(): string | undefined {
    const value = this.extensions.field;
    return typeof value === 'string' ? value : undefined;
  }

  /** Seconds to wait before retrying, when the API rate-limited the call. */
  get retryAfter(): number | undefined {
    const value = this.extensions.retryAfter;
    return typeof value === 'number' ? value : undefined;
  }
}

export type Variables = Record<string, unknown>;

/** A generated operation (see codegen.yml), or a plain query string for tests and scripts. */
export type Document<TData, TVariables> = TypedDocumentString<TData, TVariables> | string;

export interface GraphqlOptions {
  /** The visitor's session token; sent as a bearer token when present. */
  token?: string;
  /** Long enough for a busy database, short enough that a villager is not left staring at a blank page. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

interface GraphqlResponse<TData> {
  data?: TData | null;
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

export async function graphql<TData, TVariables = Variables>(
  document: Document<TData, TVariables>,
  variables: TVariables = {} as TVariables,
  { token, timeoutMs = DEFAULT_TIMEOUT_MS }: GraphqlOptions = {},
): Promise<TData> {
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  let text: string;
  try {
    response = await fetchApi('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (cause) {
    throw unavailable(cause);
  }

  const body = parse<TData>(text);
  if (!body) {
    // A proxy's HTML error page or an empty reply: the API itself never spoke.
    throw new ApiError('UNAVAILABLE', `The API answered HTTP ${response.status} without a GraphQL body`);
  }

  const [first] = body.errors ?? [];
  if (first) {
    const extensions = first.extensions ?? {};
    throw new ApiError(knownCode(extensions.code), first.message ?? 'The API reported an error', extensions);
  }
  if (body.data == null) {
    throw new ApiError('INTERNAL_SERVER_ERROR', `The API answered HTTP ${response.status} with no data`);
  }
  return body.data;
}

const httpStatusByCode: Partial<Record<ApiErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/**
 * For a page `load`: shows the error page with a fitting status instead of a crash.
 * Anything else is rethrown, so SvelteKit logs it as the bug it is.
 */
export function rethrowAsHttpError(err: unknown): never {
  if (err instanceof ApiError) {
    const status = httpStatusByCode[err.code];
    if (status === 503) {
      // The reason names hosts and ports: it is for the operator's log, never for the page.
      // eslint-disable-next-line no-console
      console.warn(`[rembug-web] ${err.message}`);
      error(status, { message: 'Service unavailable', code: err.code });
    }
    // The API promises its own messages are safe to show.
    if (status) error(status, { message: err.message, code: err.code });
  }
  throw err;
}

/**
 * A request to the API at `path` (such as `/graphql` or `/exports/…`), made on the visitor's behalf: the API
 * believes the visitor's address from this server only (its TRUST_PROXY setting). Network failures are thrown as
 * fetch throws them; `unavailable` turns them into an ApiError.
 */
export function fetchApi(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const { clientAddress } = requestContext();
  if (clientAddress) headers.set('x-forwarded-for', clientAddress);
  return fetch(`${apiUrl()}${path}`, { ...init, headers });
}

/** The API did not answer at all: down, unreachable or too slow. */
export function unavailable(cause: unknown): ApiError {
  return new ApiError('UNAVAILABLE', `The API did not answer: ${describe(cause)}`, {}, { cause });
}

function apiUrl(): string {
  return (env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '');
}

function parse<TData>(text: string): GraphqlResponse<TData> | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  const isGraphql = typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);
  return isGraphql ? (body as GraphqlResponse<TData>) : undefined;
}

function knownCode(code: unknown): ApiErrorCode {
  return apiErrorCodes.find((known) => known === code) ?? 'INTERNAL_SERVER_ERROR';
}

/** Read by shape, not `instanceof`: fetch's errors may come from another realm (as under jest). */
function describe(cause: unknown): string {
  const { name, message, cause: inner } = (cause ?? {}) as { name?: unknown; message?: unknown; cause?: { message?: unknown } };
  if (name === 'TimeoutError') return 'timed out';
  const detail = typeof inner?.message === 'string' ? ` (${inner.message})` : '';
  return `${typeof message === 'string' ? message : String(cause)}${detail}`;
}
