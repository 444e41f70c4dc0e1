import { DataSource } from 'typeorm';
import { createTestDatabase } from './support/databases.js';
import { codes, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const ADMIN = { ADMIN_EMAIL: 'admin@kabupaten.example.id', ADMIN_PASSWORD: 'admin-password-2026' };
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id role } } }`;
const SET_ROLE = `mutation($userId: ID!, $role: Role!, $agencyId: ID) {
  setUserRole(userId: $userId, role: $role, agencyId: $agencyId) { id role agency { id shortName } email }
}`;

async function loginAdmin(t: TestApp): Promise<{ token: string; id: string }> {
  const res = await t.gql<{ login: { token: string; user: { id: string; role: string } } }>(LOGIN, {
    email: ADMIN.ADMIN_EMAIL,
    password: ADMIN.ADMIN_PASSWORD,
  });
  expect(res.data!.login.user.role).toBe('ADMIN');
  return { token: res.data!.login.token, id: res.data!.login.user.id };
}

describe('roles', () => {
  let t: TestApp;
  let admin: { token: string; id: string };
  let agencyId: string;

  beforeAll(async () => {
    t = await startTestApp({ seedReference: true, env: ADMIN });
    admin = await loginAdmin(t);
    const agencies = await t.gql<{ agencies: { id: string; shortName: string }[] }>(`{ agencies { id shortName } }`);
    agencyId = agencies.data!.agencies.find((a) => a.shortName === 'Dinas PUPR')!.id;
  });
  afterAll(() => t.close());

  it('lets the admin make someone a moderator, and the change applies to their live session', async () => {
    const citizen = await registerUser(t);
    const res = await t.gql<{ setUserRole: { role: string; email: string } }>(SET_ROLE, { userId: citizen.id, role: 'MODERATOR' }, admin.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.setUserRole).toMatchObject({ role: 'MODERATOR', email: citizen.email });
    const me = await t.gql<{ me: { role: string } }>(`{ me { role } }`, {}, citizen.token);
    expect(me.data!.me.role).toBe('MODERATOR');
  });

  it('makes an official of one agency, and requires that agency', async () => {
    const citizen = await registerUser(t);
    const missing = await t.gql(SET_ROLE, { userId: citizen.id, role: 'OFFICIAL' }, admin.token);
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors![0].extensions!.field).toBe('agencyId');
    const stray = await t.gql(SET_ROLE, { userId: citizen.id, role: 'MODERATOR', agencyId }, admin.token);
    expect(codes(stray)).toEqual(['BAD_USER_INPUT']);
    const unknownAgency = await t.gql(SET_ROLE, { userId: citizen.id, role: 'OFFICIAL', agencyId: '00000000-0000-4000-8000-000000000000' }, admin.token);
    expect(codes(unknownAgency)).toEqual(['BAD_USER_INPUT']);

    const ok = await t.gql<{ setUserRole: { role: string; agency: { shortName: string } } }>(SET_ROLE, { userId: citizen.id, role: 'OFFICIAL', agencyId }, admin.token);
    expect(ok.data!.setUserRole).toMatchObject({ role: 'OFFICIAL', agency: { shortName: 'Dinas PUPR' } });
    // Back to citizen: the agency goes with the role.
    const back = await t.gql<{ setUserRole: { role: string; agency: null } }>(SET_ROLE, { userId: citizen.id, role: 'CITIZEN' }, admin.token);
    expect(back.data!.setUserRole).toMatchObject({ role: 'CITIZEN', agency: null });
  });

  it('refuses role grants from everyone but admins', async () => {
    const target = await registerUser(t);
    const citizen = await registerUser(t);
    const moderator = await registerUser(t);
    await t.gql(SET_ROLE, { userId: moderator.id, role: 'MODERATOR' }, admin.token);
    const official = await registerUser(t);
    await t.gql(SET_ROLE, { userId: official.id, role: 'OFFICIAL', agencyId }, admin.token);

    expect(codes(await t.gql(SET_ROLE, { userId: target.id, role: 'ADMIN' }))).toEqual(['UNAUTHENTICATED']);
    for (const who of [citizen, moderator, official]) {
      expect(codes(await t.gql(SET_ROLE, { userId: target.id, role: 'MODERATOR' }, who.token))).toEqual(['FORBIDDEN']);
      expect(codes(await t.gql(SET_ROLE, { userId: who.id, role: 'ADMIN' }, who.token))).toEqual(['FORBIDDEN']);
    }
    const me = await t.gql<{ me: { role: string } }>(`{ me { role } }`, {}, target.token);
    expect(me.data!.me.role).toBe('CITIZEN');
  });

  it('answers NOT_FOUND for an unknown user and BAD_USER_INPUT for a malformed id or role', async () => {
    expect(codes(await t.gql(SET_ROLE, { userId: '00000000-0000-4000-8000-000000000000', role: 'MODERATOR' }, admin.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(SET_ROLE, { userId: 'abc', role: 'MODERATOR' }, admin.token))).toEqual(['BAD_USER_INPUT']);
    const badEnum = await t.gql(SET_ROLE, { userId: admin.id, role: 'KING' }, admin.token);
    expect(codes(badEnum)).toEqual(['BAD_USER_INPUT']);
  });

  it('lists users with email for admins, paginated', async () => {
    const token = admin.token;
    const page1 = await t.gql<{ users: { totalCount: number; edges: { cursor: string; node: { email: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      `query($after: String) { users(first: 2, after: $after) { totalCount edges { cursor node { email } } pageInfo { hasNextPage endCursor } } }`,
      {},
      token,
    );
    const users = page1.data!.users;
    expect(users.edges).toHaveLength(2);
    expect(users.edges[0].node.email).toMatch(/@/);
    expect(users.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.gql<{ users: { edges: { node: { email: string } }[] } }>(
      `query($after: String) { users(first: 2, after: $after) { edges { node { email } } } }`,
      { after: users.pageInfo.endCursor },
      token,
    );
    const seen = new Set(users.edges.map((e) => e.node.email));
    for (const e of page2.data!.users.edges) expect(seen.has(e.node.email)).toBe(false);
    expect(codes(await t.gql(`{ users(first: 500) { totalCount } }`, {}, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await t.gql(`{ users(after: "garbage") { totalCount } }`, {}, token))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the last admin', () => {
  it('cannot be demoted, even when two admins demote each other at once', async () => {
    const t = await startTestApp({ env: ADMIN });
    try {
      const admin = await loginAdmin(t);
      const alone = await t.gql(SET_ROLE, { userId: admin.id, role: 'CITIZEN' }, admin.token);
      expect(codes(alone)).toEqual(['CONFLICT']);
      const second = await registerUser(t);
      await t.gql(SET_ROLE, { userId: second.id, role: 'ADMIN' }, admin.token);
      const results = await Promise.all([
        t.gql(SET_ROLE, { userId: second.id, role: 'CITIZEN' }, admin.token),
        t.gql(SET_ROLE, { userId: admin.id, role: 'CITIZEN' }, second.token),
      ]);
      const [{ n }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN'`);
      expect(n).toBe(1);
      // Exactly one demotion went through; the other was refused (CONFLICT, or FORBIDDEN if its sender had just lost the role).
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});

describe('admin bootstrap', () => {
  it('creates one admin from ADMIN_EMAIL/ADMIN_PASSWORD and changes nothing on later starts', async () => {
    const db = await createTestDatabase();
    try {
      const first = await startTestApp({ database: db, env: ADMIN });
      await loginAdmin(first);
      await first.close();

      // A restart with a different password must not reset the existing admin.
      const second = await startTestApp({ database: db, env: { ...ADMIN, ADMIN_PASSWORD: 'something-else-entirely' } });
      await loginAdmin(second);
      const [{ n }] = await second.app.get(DataSource).query(`SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN'`);
      expect(n).toBe(1);
      await second.close();
    } finally {
      await db.drop();
    }
  });

  it('takes over an account that squatted the admin email, replacing its password and sessions', async () => {
    const db = await createTestDatabase();
    try {
      const before = await startTestApp({ database: db });
      const squatter = await registerUser(before, { email: ADMIN.ADMIN_EMAIL, password: 'squatter-password' });
      await before.close();

      const after = await startTestApp({ database: db, env: ADMIN });
      expect((await after.gql(`{ me { id } }`, {}, squatter.token)).data).toEqual({ me: null });
      expect(codes(await after.gql(LOGIN, { email: ADMIN.ADMIN_EMAIL, password: 'squatter-password' }))).toEqual(['UNAUTHENTICATED']);
      await loginAdmin(after);
      await after.close();
    } finally {
      await db.drop();
    }
  });
});
