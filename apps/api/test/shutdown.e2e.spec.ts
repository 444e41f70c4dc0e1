import http from 'node:http';
import { createTestDatabase } from './support/databases.js';
import { startApiProcess } from './support/processes.js';

interface Pending {
  connected: Promise<void>;
  send(): Promise<{ status: number; body: { data?: unknown; errors?: unknown } }>;
}

/** A registration request on its own connection, connected first and sent later. */
function pendingRegistration(url: URL, i: number): Pending {
  const body = JSON.stringify({
    query: `mutation { register(input: { email: "antre${i}@example.id", password: "rahasia-sekali-123", displayName: "Antre ${i}" }) { user { id } } }`,
  });
  const req = http.request({
    host: url.hostname,
    port: url.port,
    method: 'POST',
    path: '/graphql',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const response = new Promise<{ status: number; body: { data?: unknown; errors?: unknown } }>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
  });
  const connected = new Promise<void>((resolve) => req.once('socket', (s) => s.once('connect', () => resolve())));
  return {
    connected,
    send() {
      req.end(body);
      return response;
    },
  };
}

describe('graceful shutdown', () => {
  it('finishes requests already in flight when SIGTERM arrives, then exits 0', async () => {
    const db = await createTestDatabase();
    const api = await startApiProcess({ DATABASE_URL: db.url, SEED_REFERENCE_FILE: 'none', DEMO_DATA: '0' });
    try {
      const url = new URL(api.url);
      // Registrations are slow on purpose (password hashing), so several are still running when the signal lands.
      const pending = Array.from({ length: 16 }, (_, i) => pendingRegistration(url, i));
      await Promise.all(pending.map((p) => p.connected));
      const requests = pending.map((p) => p.send());
      await Promise.race(requests);
      const exit = api.stop();
      // While draining, health tells load balancers to stop sending traffic here.
      let health = await fetch(`${api.url}/health`);
      // The signal may land a moment after this request; ask again a bounded number of times.
      for (let i = 0; i < 50 && health.status === 200; i++) {
        await new Promise((r) => setTimeout(r, 10));
        health = await fetch(`${api.url}/health`);
      }
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'draining' });
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
