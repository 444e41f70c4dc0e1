import type pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Records every statement sent through the application's connection pool: each client is wrapped as it is checked
 * out, so queries from resolvers, loaders, transactions and the session lookup in the GraphQL context all count.
 */
export function recordStatements(db: DataSource) {
  // TypeORM's PostgresDriver keeps its pg Pool in `master`.
  const pool = (db.driver as unknown as { master: pg.Pool }).master;
  const statements: string[] = [];
  let recording = false;
  const wrapped = new WeakSet<object>();
  pool.on('acquire', (client: pg.PoolClient) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      if (recording) statements.push(typeof first === 'string' ? first : String((first as { text?: string })?.text));
      return query(...args);
    };
  });
  return {
    async during(work: () => Promise<unknown>): Promise<string[]> {
      statements.length = 0;
      recording = true;
      try {
        await work();
      } finally {
        recording = false;
      }
      return [...statements];
    },
  };
}
