import 'reflect-metadata';
import path from 'node:path';
import { startEmbeddedDatabase } from '@rembug/embedded-db';
import { loadConfig } from '../config/config.js';
import { runMigrations } from './data-source.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database when it is unset. */
const config = loadConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase({ dataDir: path.join(config.dataDir, 'postgres') });
try {
  const applied = await runMigrations(config.databaseUrl ?? embedded!.url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await embedded?.stop();
}
