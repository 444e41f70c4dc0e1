import { adminQuery } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await adminQuery(`ALTER DATABASE ${t.dbName} ALLOW_CONNECTIONS true`);
    await t.close();
  });

  it('answers 200 with the database and pub/sub status when ready', async () => {
    const res = await t.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up', pubsub: 'in-process' });
  });

  it('answers 503 while the database is unreachable, and recovers after', async () => {
    await adminQuery(`ALTER DATABASE ${t.dbName} ALLOW_CONNECTIONS false`);
    await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [t.dbName]);
    const down = await t.http().get('/health');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'down', db: 'down' });

    // Queries meanwhile fail cleanly, with no internals.
    const q = await t.http().post('/graphql').send({ query: '{ areas { id } }' });
    expect(q.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(q.body)).not.toMatch(/ALLOW_CONNECTIONS|not currently accepting|pg_|\/work\//);

    await adminQuery(`ALTER DATABASE ${t.dbName} ALLOW_CONNECTIONS true`);
    const up = await t.http().get('/health');
    expect(up.status).toBe(200);
  });
});
