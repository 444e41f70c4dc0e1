/** People for browser tests, made through the public API as any client would. */
import { randomBytes } from 'node:crypto';

export const ADMIN = { email: 'admin@kabupaten.example.id', password: 'admin-password-2026' };
/** Pass to startStack({ apiEnv }) so the API creates the admin above on start. */
export const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

export interface Person {
  id: string;
  email: string;
  password: string;
  displayName: string;
  token: string;
}

export async function gql<T = Record<string, unknown>>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`API error: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

export async function login(apiUrl: string, email: string, password: string): Promise<{ token: string; id: string }> {
  const { login } = await gql<{ login: { token: string; user: { id: string } } }>(
    apiUrl,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }',
    { email, password },
  );
  return { token: login.token, id: login.user.id };
}

export async function registerPerson(apiUrl: string, displayName = `Warga ${randomBytes(3).toString('hex')}`): Promise<Person> {
  const email = `${randomBytes(6).toString('hex')}@warga.example.id`;
  const password = 'kata-sandi-panjang';
  await gql(
    apiUrl,
    'mutation($input: RegisterInput!) { register(input: $input) { token } }',
    { input: { email, password, displayName, locale: 'id' } },
  );
  const { token, id } = await login(apiUrl, email, password);
  return { id, email, password, displayName, token };
}

/** A person who answers for an agency (the first one listed, unless named). Needs ADMIN_ENV on the API. */
export async function registerOfficial(apiUrl: string, agencyId?: string): Promise<Person & { agencyId: string }> {
  const person = await registerPerson(apiUrl, `Petugas ${randomBytes(2).toString('hex')}`);
  const admin = await login(apiUrl, ADMIN.email, ADMIN.password);
  const agency =
    agencyId ?? (await gql<{ agencies: { id: string }[] }>(apiUrl, '{ agencies { id } }', {}, admin.token)).agencies[0].id;
  await gql(
    apiUrl,
    'mutation($userId: ID!, $agencyId: ID) { setUserRole(userId: $userId, role: OFFICIAL, agencyId: $agencyId) { id } }',
    { userId: person.id, agencyId: agency },
    admin.token,
  );
  // Roles are read per request, so the same token now acts as the official.
  return { ...person, agencyId: agency };
}

/** Signs a browser context in as a person by giving it their session cookie, as the login form would. */
export async function signInBrowser(
  context: { addCookies(cookies: { name: string; value: string; url: string; httpOnly?: boolean; sameSite?: 'Lax' }[]): Promise<void> },
  webUrl: string,
  person: Pick<Person, 'token'>,
): Promise<void> {
  await context.addCookies([{ name: 'rembug_session', value: person.token, url: webUrl, httpOnly: true, sameSite: 'Lax' }]);
}

/** A person who keeps the forum civil: they see the moderation queue and act on it. Needs ADMIN_ENV on the API. */
export async function registerModerator(apiUrl: string, displayName = `Moderator ${randomBytes(2).toString('hex')}`): Promise<Person> {
  const person = await registerPerson(apiUrl, displayName);
  const admin = await login(apiUrl, ADMIN.email, ADMIN.password);
  await gql(apiUrl, 'mutation($userId: ID!) { setUserRole(userId: $userId, role: MODERATOR) { id } }', { userId: person.id }, admin.token);
  return person;
}
