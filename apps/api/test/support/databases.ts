import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runMigrations } from '../../src/database/data-source.js';

/** The server tests run against: DATABASE_URL, as `npm test` provides it. */
export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('Tests need PostgreSQL: run them with `npm test` (it starts one) or set DATABASE_URL.');
  }
  return url;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export const TEMPLATE_ENV = 'REMBUG_TEST_TEMPLATE_DB';

/** A fresh database cloned from the migrated template: every test file gets its own. */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const template = await ensureTemplate();
  const name = uniqueName('rembug_t');
  // Clones from one template can collide when they start at the same instant; a short retry covers it.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 100 + attempt * 50));
    }
  }
  const url = withDatabase(serverUrl(), name);
  return { url, name, drop: () => dropDatabase(name) };
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

// Any constant: it only serialises test workers of one run while the template is built.
const TEMPLATE_LOCK = 7_261_845;

/** Migrates this run's template once, whichever test file asks first. */
async function ensureTemplate(): Promise<string> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error('The template database name is missing: jest globalSetup did not run.');
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${template}`);
      try {
        await runMigrations(withDatabase(serverUrl(), template));
      } catch (error) {
        await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
        throw error;
      }
    }
    return template;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => undefined);
    await client.end();
  }
}
