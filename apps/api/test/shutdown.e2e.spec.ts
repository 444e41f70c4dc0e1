import { createTestDatabase } from './support/databases.js';
import { startApiProcess } from './support/processes.js';

describe('graceful shutdown', () => {
  it('finishes requests already in flight when SIGTERM arrives, then exits 0', async () => {
    const db = await createTestDatabase();
    const api = await startApiProcess({ DATABASE_URL: db.url, SEED_REFERENCE_FILE: 'none', DEMO_DATA: '0' });
    try {
      // Registrations are slow on purpose (password hashing), so several are still running when the signal lands.
      const requests = Array.from({ length: 24 }, (_, i) =>
        fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `mutation { register(input: { email: "antre${i}@example.id", password: "rahasia-sekali-123", displayName: "Antre ${i}" }) { user { id } } }`,
          }),
        }).then(async (r) => ({ status: r.status, body: await r.json() })),
      );
      await Promise.race(requests);
      const exit = api.stop();
      const results = await Promise.all(requests);
      for (const r of results) {
        expect(r.status).toBe(200);
        expect(r.body.errors).toBeUndefined();
      }
      expect(await exit).toBe(0);
      await expect(fetch(`${api.url}/health`)).rejects.toThrow();
    } finally {
      await api.stop();
      await db.drop();
    }
  });
});
