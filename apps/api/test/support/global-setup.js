// Plain JavaScript: Jest loads global setup outside its module mapping.
import { randomBytes } from 'node:crypto';

/** Names this run's template database; the first test file to need it migrates it (see databases.ts). */
export default async function globalSetup() {
  if (!process.env.DATABASE_URL) {
    throw new Error('Tests need PostgreSQL: run them with `npm test` (it starts one) or set DATABASE_URL.');
  }
  process.env.REMBUG_TEST_TEMPLATE_DB = `rembug_tpl_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}
