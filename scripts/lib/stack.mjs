/**
 * The built API and web server as real processes over a fresh PostgreSQL database, for scripts. The same
 * environment as apps/web/test/support/stack.ts (which jest tests use; it is TypeScript, so scripts cannot
 * import it), except that the web server is apps/web/server.js when it exists, as in production.
 *
 * Everything started is registered on a Cleanup first, so a Ctrl+C half-way through still stops the servers and
 * drops the database.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const apiEntry = `${repoRoot}apps/api/dist/main.js`;
/** server.js wraps the SvelteKit build with the WebSocket proxy; without it, the bare build. */
const webEntries = [`${repoRoot}apps/web/server.js`, `${repoRoot}apps/web/build/index.js`];
const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const OUTPUT_KEPT = 8_000;

/**
 * Tasks run newest first, each once, whatever happens to the others. run() may be called again: it then runs
 * whatever was added since (say, a browser that finished starting after Ctrl+C), after the earlier run is done.
 */
export class Cleanup {
  /** @type {{ label: string, task: () => Promise<unknown> }[]} */
  #tasks = [];
  /** @type {Promise<void>} */
  #done = Promise.resolve();

  /** @param {string} label @param {() => Promise<unknown>} task */
  add(label, task) {
    this.#tasks.push({ label, task });
  }

  run() {
    this.#done = this.#done.then(async () => {
      for (const { label, task } of this.#tasks.splice(0).reverse()) {
        await task().catch((error) => console.error(`Cleanup: could not ${label}: ${error?.message ?? error}`));
      }
    });
    return this.#done;
  }
}

/**
 * @param {{ cleanup: Cleanup, apiEnv?: Record<string, string>, webEnv?: Record<string, string>, apiReadyTimeoutMs?: number }} options
 * @returns {Promise<{ apiUrl: string, webUrl: string, databaseUrl: string, webEntry: string }>}
 */
export async function startStack({ cleanup, apiEnv = {}, webEnv = {}, apiReadyTimeoutMs = 180_000 }) {
  const webEntry = webEntries.find((entry) => existsSync(entry));
  for (const [entry, what] of [[apiEntry, '@rembug/api'], [webEntry, '@rembug/web']]) {
    if (!entry || !existsSync(entry)) throw new Error(`${what} is not built: run \`npx nx run-many -t build\` first.`);
  }

  const databaseUrl = await createDatabase(cleanup);

  const apiPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const api = launch('API', apiEntry, cleanup, {
    API_PORT: String(apiPort),
    DATABASE_URL: databaseUrl,
    DEMO_DATA: '0',
    LOG_LEVEL: 'warn',
    // As in apps/web/test/support/stack.ts: the web server forwards the visitor's address (this machine), and scripts
    // act faster than rate limits allow.
    RATE_LIMIT_ALLOWLIST: '127.0.0.1,::1',
    TRUST_PROXY: 'loopback',
    ...apiEnv,
  });
  // The API migrates (and loads demo data) before it answers.
  await api.until(async () => (await probe(`${apiUrl}/health`)) === 200, apiReadyTimeoutMs);

  const webPort = await freePort();
  const webUrl = `http://127.0.0.1:${webPort}`;
  const web = launch('web server', /** @type {string} */ (webEntry), cleanup, {
    PORT: String(webPort),
    HOST: '127.0.0.1',
    ORIGIN: webUrl,
    API_URL: apiUrl,
    ...webEnv,
  });
  await web.until(async () => (await probe(webUrl)) !== undefined, 30_000);

  return { apiUrl, webUrl, databaseUrl, webEntry: /** @type {string} */ (webEntry) };
}

/** A database with a random name on the server at DATABASE_URL; dropped WITH (FORCE) on cleanup. */
async function createDatabase(/** @type {Cleanup} */ cleanup) {
  const adminUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const name = `rembug_lighthouse_${randomBytes(6).toString('hex')}`;
  // Registered first: a Ctrl+C during CREATE DATABASE must not leave it behind.
  cleanup.add(`drop database ${name}`, () => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * @template T
 * @param {string} url
 * @param {(client: pg.Client) => Promise<T>} work
 */
export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** @returns {Promise<number>} a port nobody uses; released just before the server takes it */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** Runs one statement on its own connection (CREATE / DROP DATABASE cannot run in a pool's transaction). */
export async function adminQuery(/** @type {string} */ url, /** @type {string} */ sql) {
  await withClient(url, (client) => client.query(sql));
}

/** @returns {Promise<number | undefined>} the HTTP status, or undefined while nothing answers */
export async function probe(/** @type {string} */ url) {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return undefined;
  }
}

/**
 * @param {string} label
 * @param {string} entry
 * @param {Cleanup} cleanup
 * @param {Record<string, string>} env
 */
function launch(label, entry, cleanup, env) {
  const { NODE_ENV: _env, NODE_OPTIONS: _options, ...inherited } = process.env;
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: a terminal's Ctrl+C reaches only the script, which stops the servers in order.
    detached: true,
  });
  // Shown only if the process dies or never gets ready.
  let output = '';
  const keep = (/** @type {Buffer} */ chunk) => (output = (output + chunk.toString()).slice(-OUTPUT_KEPT));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const running = () => child.exitCode === null && child.signalCode === null;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Last resort if the script itself crashes: detached servers would outlive it.
  const killOnExit = () => running() && child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (!running()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  cleanup.add(`stop the ${label}`, stop);

  /** @param {() => Promise<boolean>} ready @param {number} timeoutMs */
  const until = async (ready, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!running()) throw new Error(`The ${label} (${entry}) exited with ${child.exitCode ?? child.signalCode} before it was ready:\n${output}`);
      if (await ready()) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`The ${label} (${entry}) was not ready after ${timeoutMs / 1000} s:\n${output}`);
  };

  return { until };
}
