import pg from 'pg';

export default async function globalTeardown() {
  const name = process.env.REMBUG_TEST_TEMPLATE_DB;
  if (!name || !process.env.DATABASE_URL) return;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
