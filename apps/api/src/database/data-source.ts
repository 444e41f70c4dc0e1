import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsTransactionMode: 'each',
    // The pool is sized for a 2-core host; every request holds a connection only briefly. A burst (hundreds of votes
    // on one comment, applied one after another) waits for a connection rather than failing after a few seconds.
    extra: { max: 10, connectionTimeoutMillis: 10_000, application_name: 'rembug-api' },
    ...overrides,
  } as DataSourceOptions;
}

// Any constant works; it only has to be the same for every instance of the API.
const MIGRATION_LOCK = 7_261_843;

/**
 * Applies pending migrations. Several instances may start together, so the
 * work runs under a session-level advisory lock: the others wait, then find nothing to do.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await ds.destroy();
  }
}
