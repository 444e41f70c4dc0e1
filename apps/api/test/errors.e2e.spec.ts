import { startTestApp, type TestApp } from './support/test-app.js';

/** Anything that could tell an attacker how the server is built. */
const LEAK = /at \w+ \(|\/work\/|node_modules|\.ts:\d+|SELECT |INSERT |QueryFailedError|duplicate key|stacktrace/i;

describe('errors reaching clients', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps Apollo codes for unparsable and invalid documents', async () => {
    const parse = await t.http().post('/graphql').send({ query: '{ me { id ' });
    expect(parse.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await t.http().post('/graphql').send({ query: '{ me { passwordHash } }' });
    expect(invalid.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(invalid.body.errors[0].message).toMatch(/passwordHash/);
    const badVariable = await t.http().post('/graphql').send({ query: 'query($id: ID!) { user(id: $id) { id } }', variables: {} });
    expect(badVariable.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    for (const res of [parse, invalid, badVariable]) expect(JSON.stringify(res.body)).not.toMatch(LEAK);
  });

  it('turns an unexpected failure into INTERNAL_SERVER_ERROR without internals', async () => {
    // Break the table behind `me` so the resolver fails in a way no service anticipated.
    const { DataSource } = await import('typeorm');
    const db = t.app.get(DataSource);
    const reg = await t.gql<{ register: { token: string } }>(
      `mutation { register(input: { email: "rusak@example.id", password: "rahasia-sekali-123", displayName: "Rusak" }) { token } }`,
    );
    await db.query(`ALTER TABLE users RENAME COLUMN display_name TO display_name_gone`);
    try {
      const res = await t.http().post('/graphql').set('authorization', `Bearer ${reg.data!.register.token}`).send({ query: '{ me { displayName } }' });
      expect(res.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.body.errors[0].message).toBe('Something went wrong on our side. Please try again later.');
      expect(JSON.stringify(res.body)).not.toMatch(LEAK);
    } finally {
      await db.query(`ALTER TABLE users RENAME COLUMN display_name_gone TO display_name`);
    }
  });

  it('gives every error a code a client can act on', async () => {
    const res = await t.gql(`mutation { login(email: "x@example.id", password: "") { token } }`);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/password/);
  });

  it('does not answer with a stack trace to a non-GraphQL body either', async () => {
    const res = await t.http().post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toMatch(LEAK);
  });

  it('returns a request id on every response', async () => {
    const res = await t.http().post('/graphql').set('x-request-id', 'abc12345-from-gateway').send({ query: '{ me { id } }' });
    expect(res.headers['x-request-id']).toBe('abc12345-from-gateway');
    const fresh = await t.http().get('/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
