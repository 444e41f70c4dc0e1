import 'reflect-metadata';
import path from 'node:path';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@rembug/embedded-db';
import { createApp } from './bootstrap.js';
import { loadConfig } from './config/config.js';
import { runMigrations } from './database/data-source.js';
import { trackRequests } from './http/drain.js';
import { createRootLogger } from './logging/logger.js';
import { errorDetail } from './common/error-detail.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const log = (message: string) => logger.info(message);
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    // The server's own chatter is for debugging; our summary line below is what operators need.
    embedded = await startEmbeddedDatabase({ dataDir: path.join(config.dataDir, 'postgres'), log: (m) => logger.debug(m) });
    config.databaseUrl = embedded.url;
    config.demoData ??= true;
    log(`Using the embedded PostgreSQL in ${embedded.dataDir} (port ${embedded.port})`);
  }
  config.demoData ??= false;

  const applied = await runMigrations(config.databaseUrl as string);
  if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);

  const app = await createApp(config, logger);
  const drain = trackRequests(app.getHttpServer());
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal} received: finishing requests in flight and shutting down`);
    try {
      await drain({ graceMs: config.shutdownGraceMs });
      await app.close();
      await embedded?.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen(config.apiPort, process.env.API_HOST ?? '0.0.0.0');
  log(`Rembug API ready on http://localhost:${config.apiPort}/graphql`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Rembug API could not start: ${errorDetail(error)}\n`);
  process.exit(1);
});
