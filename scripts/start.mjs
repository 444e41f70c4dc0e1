// `npm start`: builds what changed, starts the API (which brings up its own PostgreSQL when DATABASE_URL is
// unset), waits until it is healthy, then starts the web server. `--only=api` leaves the web server out.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { constants } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** A first start creates the database, applies every migration and loads demo data; a cold disk is slow. */
const HEALTH_TIMEOUT_MS = 180_000;
const WEB_LISTEN_TIMEOUT_MS = 60_000;
/** The API's graceful shutdown ends with a PostgreSQL checkpoint; only a hung process needs the hard stop. */
const SHUTDOWN_TIMEOUT_MS = 30_000;
const windows = process.platform === 'win32';

const args = process.argv.slice(2);
const unknownArgs = args.filter((arg) => arg !== '--only=api');
if (unknownArgs.length > 0) {
  console.error(`Unknown argument ${unknownArgs.join(' ')}. Usage: node scripts/start.mjs [--only=api]`);
  process.exit(2);
}
const onlyApi = args.includes('--only=api');

function port(name, fallback) {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    console.error(`${name} must be a TCP port number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const apiPort = port('API_PORT', 4000);
const webPort = port('WEB_PORT', 3000);
const webHost = process.env.WEB_HOST || '0.0.0.0';
const webOrigin = process.env.WEB_ORIGIN || `http://localhost:${webPort}`;
const apiUrl = process.env.API_URL || `http://127.0.0.1:${apiPort}`;

/** Started processes, in start order. */
const children = [];
let shuttingDown = false;

function exitCodeOf({ code, signal }) {
  return code ?? 128 + (constants.signals[signal] ?? 1);
}

function describeExit({ code, signal }) {
  return signal ? `was ended by ${signal}` : `exited with code ${code}`;
}

function startChild(name, command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, {
    cwd: root,
    env,
    stdio: 'inherit',
    shell: windows && command === 'npx',
    // Own process group: a terminal Ctrl+C reaches only this script, which passes it on exactly once. Nest and
    // SvelteKit shut down gracefully on the first signal and die on a second one.
    detached: !windows,
  });
  const entry = { name, child, running: true };
  entry.exited = new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`Could not start the ${name}: ${error.message}`);
      resolve({ code: 1, signal: null });
    });
    child.once('exit', (code, signal) => resolve({ code, signal }));
  }).then((result) => {
    entry.running = false;
    return result;
  });
  children.push(entry);
  return entry;
}

function signalChild(entry, signal) {
  if (!entry.running) return;
  try {
    entry.child.kill(signal);
  } catch {
    // Already gone.
  }
}

/** Stops the web server before the API, so requests it is finishing can still reach the API. */
async function shutdown(signal, exitCode) {
  if (shuttingDown) return;
  shuttingDown = true;
  const force = setTimeout(() => {
    console.error(`Still running after ${SHUTDOWN_TIMEOUT_MS / 1000} s; killing what is left.`);
    for (const entry of children) signalChild(entry, 'SIGKILL');
  }, SHUTDOWN_TIMEOUT_MS);
  for (const entry of [...children].reverse()) {
    signalChild(entry, signal);
    await entry.exited;
  }
  clearTimeout(force);
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // `npm start` passes the terminal's Ctrl+C on as well; one is enough.
    if (shuttingDown) return;
    console.log(`\n${signal} received: stopping Rembug…`);
    void shutdown(signal, 128 + constants.signals[signal]);
  });
}

// Detached children would outlive a crash of this script.
process.on('exit', () => {
  for (const entry of children) signalChild(entry, 'SIGTERM');
});

/** When a service stops on its own, the others are no use without it. */
function superviseUnexpectedExit(entry) {
  void entry.exited.then((result) => {
    if (shuttingDown) return;
    console.error(`\nThe ${entry.name} ${describeExit(result)}; stopping the rest.`);
    // A server that ends by itself has failed, whatever code it reports.
    void shutdown('SIGTERM', exitCodeOf(result) || 1);
  });
}

function somethingListens(host, portNumber) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: portNumber });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

async function healthy(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function main() {
  // A leftover server on the API port would answer /health in the API's place.
  const busy = [
    ...((await somethingListens('127.0.0.1', apiPort)) ? [`API_PORT ${apiPort}`] : []),
    ...(!onlyApi && (await somethingListens('127.0.0.1', webPort)) ? [`WEB_PORT ${webPort}`] : []),
  ];
  if (busy.length > 0) {
    console.error(
      `Something already listens on ${busy.join(' and ')} (is Rembug still running?). ` +
        'Stop it, or choose other ports, e.g. API_PORT=4100 WEB_PORT=3100 npm start.',
    );
    return 1;
  }

  const build = startChild('build', 'npx', [
    'nx',
    'run-many',
    '-t',
    'build',
    '--outputStyle=stream',
    ...(onlyApi ? ['-p', '@rembug/embedded-db,@rembug/api'] : []),
  ]);
  const built = await build.exited;
  children.splice(children.indexOf(build), 1);
  if (shuttingDown) return undefined;
  if (exitCodeOf(built) !== 0) {
    console.error(`The build ${describeExit(built)}; nothing was started.`);
    return exitCodeOf(built);
  }

  // The web server runs on this machine and passes each visitor's address on as X-Forwarded-For: trusting loopback
  // lets rate limits count visitors rather than the web server. A TRUST_PROXY of the user's own wins.
  const api = startChild('API', process.execPath, ['apps/api/dist/main.js'], {
    ...process.env,
    TRUST_PROXY: process.env.TRUST_PROXY?.trim() || 'loopback',
  });
  const healthUrl = `http://127.0.0.1:${apiPort}/health`;
  const healthDeadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (shuttingDown) return undefined;
    if (!api.running) {
      const result = await api.exited;
      console.error(`\nThe API ${describeExit(result)} before it answered ${healthUrl}; see its output above.`);
      return exitCodeOf(result) || 1;
    }
    if (await healthy(healthUrl)) break;
    if (Date.now() > healthDeadline) {
      console.error(`\nThe API did not answer ${healthUrl} with 200 in ${HEALTH_TIMEOUT_MS / 1000} s; stopping it.`);
      await shutdown('SIGTERM', 1);
      return undefined;
    }
    await delay(300);
  }
  superviseUnexpectedExit(api);

  if (onlyApi) {
    console.log(`\nRembug API is ready at http://127.0.0.1:${apiPort}/graphql. Press Ctrl+C to stop.`);
    return undefined;
  }
  const web = startChild('web server', process.execPath, ['apps/web/server.js'], {
    ...process.env,
    PORT: String(webPort),
    HOST: webHost,
    ORIGIN: webOrigin,
    API_URL: apiUrl,
  });
  superviseUnexpectedExit(web);
  const probeHost = webHost === '0.0.0.0' || webHost === '::' ? '127.0.0.1' : webHost;
  const webDeadline = Date.now() + WEB_LISTEN_TIMEOUT_MS;
  while (web.running && !shuttingDown && Date.now() < webDeadline && !(await somethingListens(probeHost, webPort))) {
    await delay(200);
  }
  if (web.running && !shuttingDown) {
    const apiAddress = `http://127.0.0.1:${apiPort}/graphql`;
    console.log(`\nRembug is ready: open ${webOrigin} (API: ${apiAddress}). Press Ctrl+C to stop.`);
  }
  return undefined;
}

// undefined: keep running; the services, signals and shutdown() decide when this process ends.
const exitCode = await main();
if (exitCode !== undefined) process.exit(exitCode);
