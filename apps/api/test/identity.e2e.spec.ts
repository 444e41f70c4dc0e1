import { codes, registerUser, startTestApp, type TestApp } from './support/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) {
  register(input: $input) { token user { id displayName role email locale createdAt area { name } } }
}`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id email } } }`;
const ME = `{ me { id displayName role email } }`;

describe('identity', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedReference: true });
  });
  afterAll(() => t.close());

  it('registers, reads me, logs out, logs in again', async () => {
    const areas = await t.gql<{ areas: { id: string; name: string }[] }>(`{ areas { id name } }`);
    const kapur = areas.data!.areas.find((a) => a.name === 'Kapur')!;
    const reg = await t.gql<{ register: { token: string; user: Record<string, unknown> } }>(REGISTER, {
      input: { email: '  Siti.Aminah@Example.ID ', password: 'rahasia-sekali-123', displayName: '  Siti   Aminah ', areaId: kapur.id, locale: 'en' },
    });
    expect(reg.errors).toBeUndefined();
    const { token, user } = reg.data!.register;
    expect(token).toMatch(/^rmb_[A-Za-z0-9_-]{43}$/);
    expect(user).toMatchObject({ displayName: 'Siti Aminah', role: 'CITIZEN', email: 'siti.aminah@example.id', locale: 'en', area: { name: 'Kapur' } });
    expect(new Date(user.createdAt as string).toISOString()).toBe(user.createdAt);

    const me = await t.gql<{ me: { id: string; email: string } }>(ME, {}, token);
    expect(me.data!.me).toMatchObject({ id: user.id, email: 'siti.aminah@example.id' });

    const out = await t.gql<{ logout: boolean }>(`mutation { logout }`, {}, token);
    expect(out.data!.logout).toBe(true);
    // The same token no longer identifies anyone.
    expect((await t.gql(ME, {}, token)).data).toEqual({ me: null });
    const mutationWithOldToken = await t.gql(`mutation { setUserRole(userId: "${user.id}", role: ADMIN) { id } }`, {}, token);
    expect(codes(mutationWithOldToken)).toEqual(['UNAUTHENTICATED']);

    const login = await t.gql<{ login: { token: string; user: { id: string } } }>(LOGIN, { email: 'SITI.aminah@example.id', password: 'rahasia-sekali-123' });
    expect(login.data!.login.user.id).toBe(user.id);
    expect(login.data!.login.token).not.toBe(token);
    expect((await t.gql<{ me: { id: string } }>(ME, {}, login.data!.login.token)).data!.me.id).toBe(user.id);
  });

  it('sets an httpOnly SameSite=Lax session cookie that also authenticates, and clears it on logout', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .send({ query: REGISTER, variables: { input: { email: 'cookie@example.id', password: 'rahasia-sekali-123', displayName: 'Pak Cookie' } } });
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const session = setCookie.find((c) => c.startsWith('rembug_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const cookie = session.split(';')[0];
    const me = await t.http().post('/graphql').set('cookie', cookie).send({ query: ME });
    expect(me.body.data.me.email).toBe('cookie@example.id');
    const out = await t.http().post('/graphql').set('cookie', cookie).send({ query: 'mutation { logout }' });
    expect(([] as string[]).concat(out.headers['set-cookie'] ?? []).join()).toMatch(/rembug_session=;/);
    const after = await t.http().post('/graphql').set('cookie', cookie).send({ query: ME });
    expect(after.body.data.me).toBeNull();
  });

  it('refuses a taken email with CONFLICT, whatever its case', async () => {
    await registerUser(t, { email: 'dua-kali@example.id' });
    const again = await t.gql(REGISTER, { input: { email: 'DUA-KALI@example.id', password: 'another-password-1', displayName: 'Orang Lain' } });
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].message).not.toMatch(/Warga|created|user id/i);
    const count = await t.gql<{ login: unknown }>(LOGIN, { email: 'dua-kali@example.id', password: 'another-password-1' });
    expect(codes(count)).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    [{ password: 'pendek' }, 'password'],
    [{ password: 'x'.repeat(300) }, 'password'],
    [{ email: 'bukan-email' }, 'email'],
    [{ email: 'a@b' }, 'email'],
    [{ email: 'spasi di@tengah.id' }, 'email'],
    [{ displayName: ' ' }, 'displayName'],
    [{ displayName: 'x'.repeat(51) }, 'displayName'],
    [{ areaId: 'not-a-uuid' }, 'areaId'],
    [{ areaId: '00000000-0000-4000-8000-000000000000' }, 'areaId'],
    [{ locale: 'fr' }, 'locale'],
  ])('rejects bad registration input %j as BAD_USER_INPUT naming %s, writing nothing', async (override, field) => {
    const email = `bad-${Math.random().toString(36).slice(2)}@example.id`;
    const res = await t.gql(REGISTER, { input: { email, password: 'rahasia-sekali-123', displayName: 'Nama Baik', ...override } });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions!.field).toBe(field);
    expect(res.errors![0].message).toContain(field);
    const login = await t.gql(LOGIN, { email, password: 'rahasia-sekali-123' });
    expect(codes(login)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const { email } = await registerUser(t);
    const wrong = await t.gql(LOGIN, { email, password: 'salah-kata-sandi' });
    const unknown = await t.gql(LOGIN, { email: 'tidak-ada@example.id', password: 'salah-kata-sandi' });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.data).toBeNull();
  });

  it('refuses an expired token', async () => {
    const { token } = await registerUser(t);
    expect((await t.gql<{ me: { id: string } | null }>(ME, {}, token)).data!.me).not.toBeNull();
    await t.app.get((await import('typeorm')).DataSource).query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT user_id FROM sessions ORDER BY created_at DESC LIMIT 1)`,
    );
    expect((await t.gql(ME, {}, token)).data).toEqual({ me: null });
  });

  it('treats garbage tokens as anonymous and stores only token hashes', async () => {
    for (const bad of ['rmb_nope', 'x'.repeat(5000), 'rmb_' + 'A'.repeat(43)]) {
      expect((await t.gql(ME, {}, bad)).data).toEqual({ me: null });
    }
    const { token } = await registerUser(t);
    const db = t.app.get((await import('typeorm')).DataSource);
    const rows = await db.query(`SELECT token_hash FROM sessions WHERE token_hash = $1`, [token]);
    expect(rows).toHaveLength(0);
    const hashes = await db.query(`SELECT count(*)::int AS n FROM sessions WHERE length(token_hash) = 64`);
    expect(hashes[0].n).toBeGreaterThan(0);
  });

  it('stores passwords as argon2id hashes', async () => {
    const { id } = await registerUser(t);
    const db = t.app.get((await import('typeorm')).DataSource);
    const [row] = await db.query(`SELECT password_hash FROM users WHERE id = $1`, [id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('keeps email private: hidden from other users and anonymous visitors', async () => {
    const alice = await registerUser(t);
    const bob = await registerUser(t);
    const q = `query($id: ID!) { user(id: $id) { id displayName email locale } }`;
    const byBob = await t.gql<{ user: { email: string | null; locale: string | null } }>(q, { id: alice.id }, bob.token);
    expect(byBob.data!.user).toMatchObject({ id: alice.id, email: null, locale: null });
    const anon = await t.gql<{ user: { email: string | null } }>(q, { id: alice.id });
    expect(anon.data!.user.email).toBeNull();
    const self = await t.gql<{ user: { email: string } }>(q, { id: alice.id }, alice.token);
    expect(self.data!.user.email).toBe(alice.email);
    const list = await t.gql(`{ users(first: 5) { edges { node { email } } } }`, {}, bob.token);
    expect(codes(list)).toEqual(['FORBIDDEN']);
  });

  it('returns null for an unknown or malformed user id', async () => {
    const q = `query($id: ID!) { user(id: $id) { id } }`;
    expect((await t.gql(q, { id: '00000000-0000-4000-8000-000000000000' })).data).toEqual({ user: null });
    expect((await t.gql(q, { id: 'nonsense' })).data).toEqual({ user: null });
  });
});
