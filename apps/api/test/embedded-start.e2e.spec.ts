import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gqlOver, startApiProcess } from './support/processes.js';

/**
 * The zero-configuration start: with no DATABASE_URL the API runs its own
 * PostgreSQL, keeps the data in the data folder, and finds it again after a restart.
 */
describe('the API with no DATABASE_URL', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rembug-embedded-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts the embedded database, keeps data across a restart and shuts down cleanly', async () => {
    const env = {
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      REMBUG_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ADMIN_EMAIL: 'admin@desa.example.id',
      ADMIN_PASSWORD: 'admin-password-2026',
    };
    const first = await startApiProcess(env);
    try {
      expect(first.output()).toMatch(/embedded PostgreSQL/);
      const health = await (await fetch(`${first.url}/health`)).json();
      expect(health).toEqual({ status: 'ok', db: 'up', pubsub: 'in-process' });
      const areas = await gqlOver(first.url, '{ areas { name } }');
      expect(areas.data!.areas.map((a: { name: string }) => a.name)).toContain('Sungai Raya');
      // The embedded default turns the demo community on.
      const demo = await gqlOver(first.url, `mutation { login(email: "siti.aminah@demo.rembug.id", password: "rembug-demo-2026") { user { displayName } } }`);
      expect(demo.data!.login.user.displayName).toBe('Siti Aminah');
      const reg = await gqlOver(first.url, `mutation { register(input: { email: "tetap@example.id", password: "rahasia-sekali-123", displayName: "Tetap Ada" }) { user { id } } }`);
      expect(reg.errors).toBeUndefined();
    } finally {
      expect(await first.stop()).toBe(0);
    }
    // No PostgreSQL is left running on the data folder after a clean stop.
    const left = execFileSync('ps', ['-eo', 'args']).toString().split('\n').filter((l) => l.includes(dataDir));
    expect(left).toEqual([]);

    const second = await startApiProcess(env);
    try {
      const login = await gqlOver(second.url, `mutation { login(email: "tetap@example.id", password: "rahasia-sekali-123") { user { displayName } } }`);
      expect(login.data!.login.user.displayName).toBe('Tetap Ada');
      const admins = await gqlOver(second.url, `mutation { login(email: "admin@desa.example.id", password: "admin-password-2026") { user { role } } }`);
      expect(admins.data!.login.user.role).toBe('ADMIN');
      // Seeds ran once: the areas are not duplicated by the second start.
      const areas = await gqlOver(second.url, '{ areas { name level } }');
      expect(areas.data!.areas.filter((a: { level: string }) => a.level === 'REGENCY')).toHaveLength(1);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
