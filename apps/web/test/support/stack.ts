/**
 * Runs the built API and the built web app as real processes over a fresh PostgreSQL database,
 * so browser tests see what a villager's phone would see. Build both apps first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const apiEntry = `${repoRoot}apps/api/dist/main.js`;
/** The built SvelteKit server behind server.js, which adds the /live WebSocket path. */
export const webEntry = `${repoRoot}apps/web/server.js`;
const webBuild = `${repoRoot}apps/web/build/index.js`;

/** The project's machines run PostgreSQL here; CI may point elsewhere with DATABASE_URL. */
const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Stack {
  apiUrl: string;
  webUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Extra environment for the API, e.g. `{ DEMO_DATA: '1' }`. */
  apiEnv?: Record<string, string>;
  webEnv?: Record<string, string>;
  /** Another API entry point, for web-only experiments; defaults to the built API. */
  apiEntry?: string;
  /** Milliseconds to wait for each process to become ready; the API migrates and seeds first. */
  readyTimeoutMs?: number;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    // Web before API before database: each depends on the next.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  };

  try {
    const database = await createDatabase();
    cleanups.push(database.drop);

    // Known before the API starts, so exported summaries link to this web server.
    const webPort = await freePort();
    const api = await startApi({
      databaseUrl: database.url,
      env: { PUBLIC_WEB_URL: `http://127.0.0.1:${webPort}`, ...options.apiEnv },
      entry: options.apiEntry,
      readyTimeoutMs: options.readyTimeoutMs,
    });
    cleanups.push(api.stop);

    const web = await startWeb({ apiUrl: api.url, env: options.webEnv, readyTimeoutMs: options.readyTimeoutMs, port: webPort });
    cleanups.push(web.stop);

    return { apiUrl: api.url, webUrl: web.url, databaseUrl: database.url, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

export interface RunningProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startApi(options: {
  databaseUrl: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  entry?: string;
  /** A given port, e.g. to restart an API where the web server expects it. */
  port?: number;
}): Promise<RunningProcess> {
  const entry = options.entry ?? apiEntry;
  requireBuilt(entry, 'npm run build -w @rembug/api');
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const server = launch('api', entry, {
    API_PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    DEMO_DATA: '0',
    LOG_LEVEL: 'warn',
    // The web server forwards the visitor's address, and every visitor here is this machine: tests post and vote
    // faster than rate limits allow, so loopback is exempt. A test of the limits passes its own RATE_LIMIT_ALLOWLIST.
    RATE_LIMIT_ALLOWLIST: '127.0.0.1,::1',
    TRUST_PROXY: 'loopback',
    ...options.env,
  });
  await server.until(async () => (await probe(`${url}/health`)) === 200, options.readyTimeoutMs ?? 60_000);
  return { url, stop: server.stop };
}

export async function startWeb(options: {
  apiUrl: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  port?: number;
}): Promise<RunningProcess> {
  requireBuilt(webBuild, 'npm run build -w @rembug/web');
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const server = launch('web', webEntry, {
    PORT: String(port),
    HOST: '127.0.0.1',
    ORIGIN: url,
    API_URL: options.apiUrl,
    ...options.env,
  });
  await server.until(async () => (await probe(url)) !== undefined, options.readyTimeoutMs ?? 20_000);
  return { url, stop: server.stop };
}

/** A database of its own per stack, so test files can run side by side. */
export async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const name = `rembug_web_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a crashed API may still hold connections.
    drop: () => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function requireBuilt(entry: string, command: string): void {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`${command}\` first.`);
}

/** Asks the OS for a port nobody uses; it is released just before the server takes it. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The HTTP status, or undefined while nothing answers. */
async function probe(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return undefined;
  }
}

const OUTPUT_KEPT = 8_000;

function launch(label: string, entry: string, env: Record<string, string>) {
  // Jest's NODE_ENV=test and VM-modules flag would make the servers run unlike they do in production.
  const { NODE_ENV: _env, NODE_OPTIONS: _options, JEST_WORKER_ID: _worker, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept for the error message if the process dies or never gets ready.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-OUTPUT_KEPT));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If the test runner itself dies, do not leave servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const until = async (ready: () => Promise<boolean>, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${label} (${entry}) exited with ${child.exitCode ?? child.signalCode} before it was ready:\n${output}`);
      }
      if (await ready()) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await stop();
    throw new Error(`${label} (${entry}) was not ready after ${timeoutMs} ms:\n${output}`);
  };

  return { until, stop };
}
