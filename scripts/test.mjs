// `npm test`: provides a PostgreSQL server, then runs every project's test target through Nx.
// Extra arguments go to `nx run-many`, e.g. `npm test -- -p @rembug/api`.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const testDataDir = path.join(root, '.data', 'test-postgres');
// Windows resolves npx only through a shell.
const shell = process.platform === 'win32';

let current;
let interruptedBy;

function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    // A process group of its own, so one signal reaches npx, Nx and every test runner exactly once.
    current = spawn(command, args, { cwd: root, env, stdio: 'inherit', shell, detached: !shell });
    current.once('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    current.once('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? 128 + (constants.signals[signal] ?? 1));
    });
  });
}

function withoutPassword(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(DATABASE_URL, not shown: it is not a URL)';
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // `npm test` passes the terminal's Ctrl+C on as well; the test runners need it only once.
    if (interruptedBy) return;
    interruptedBy = signal;
    if (!current) return;
    try {
      if (shell) current.kill(signal);
      else process.kill(-current.pid, signal);
    } catch {
      // Already gone.
    }
  });
}

let database;
let env = process.env;
let exitCode = 0;
try {
  if (process.env.DATABASE_URL?.trim()) {
    console.log(`Tests use DATABASE_URL: ${withoutPassword(process.env.DATABASE_URL)}`);
  } else {
    exitCode = await run('npx', ['nx', 'run', '@rembug/embedded-db:build', '--outputStyle=stream']);
    if (exitCode === 0 && !interruptedBy) {
      const { startEmbeddedDatabase } = await import(
        pathToFileURL(path.join(root, 'packages/embedded-db/dist/index.js')).href
      );
      // Quiet: a failure's message already carries the server's last lines.
      database = await startEmbeddedDatabase({ dataDir: testDataDir, databaseName: 'postgres' });
      env = { ...process.env, DATABASE_URL: database.url };
      console.log(
        `Tests use the embedded PostgreSQL ${withoutPassword(database.url)} ` +
          `(data in ${path.relative(root, testDataDir)}; set DATABASE_URL to use another server)`,
      );
    }
  }
  if (exitCode === 0 && !interruptedBy) {
    exitCode = await run(
      'npx',
      ['nx', 'run-many', '-t', 'test', '--outputStyle=stream', '--parallel=1', ...process.argv.slice(2)],
      env,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await database?.stop();
}
if (interruptedBy) exitCode = 128 + constants.signals[interruptedBy];
process.exit(exitCode);
