// `npm run lighthouse`: how Rembug feels on a villager's mid-range phone.
//
// Builds everything (unless --skip-build), starts the built API on a fresh PostgreSQL database with demo data and
// the built web server, then audits three pages with Lighthouse (mobile form factor, Lighthouse's default simulated
// throttling: a mid-range phone on a slow 4G connection) in headless Chromium:
//   home      /
//   thread    /threads/<id of the first thread the API lists>
//   proposal  /proposals/<id of the first proposal the API lists>
// Each page is audited --runs=N times (3 by default); the table shows
//   Perf      the median Lighthouse performance score (0–100)
//   A11y      the median Lighthouse accessibility score (0–100)
//   JS gzip   the script files the runs loaded, each downloaded again and gzip-compressed here at level 6, so the
//             figure does not depend on which encoding the server picked (inline <script> in the HTML is not counted)
//   JS wire   the median transfer size of those scripts as Lighthouse saw it (headers included)
// A page that does not answer 200 is reported with its status code, never audited as an error page.
//
// Options: --runs=N, --skip-build, --json (only machine-readable output on stdout; progress goes to stderr),
// --strict (exit 1 when a page is missing, performance < 95, accessibility < 100, or the thread page's
// JavaScript exceeds 60 KB gzip). Chromium: CHROMIUM_PATH, else /usr/bin/chromium. PostgreSQL: DATABASE_URL, else
// postgres://postgres@127.0.0.1:5432/postgres (a database with a random name is created and always dropped).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { THREAD_JS_BUDGET_BYTES, fetchScriptSizes, formatKb, formatScriptSizes } from './lib/js-size.mjs';
import { Cleanup, probe, startStack } from './lib/stack.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STRICT = { performance: 95, accessibility: 100, threadJsGzipBytes: THREAD_JS_BUDGET_BYTES };
const USAGE = 'Usage: npm run lighthouse -- [--runs=N] [--skip-build] [--json] [--strict]';

const options = parseArgs(process.argv.slice(2));
/** With --json, stdout carries the JSON alone. */
const log = (/** @type {string} */ message) => (options.json ? console.error(message) : console.log(message));

const cleanup = new Cleanup();
/** Set by Ctrl+C (or SIGTERM): the servers are being stopped, so main() gives up at its next step. */
let stoppedBy = /** @type {'SIGINT' | 'SIGTERM' | undefined} */ (undefined);
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (stoppedBy) return;
    stoppedBy = signal;
    console.error(`\n${signal} received: stopping the servers and dropping the database…`);
    // main() normally notices within moments and exits; this is for a step that never does.
    void cleanup.run().then(() => setTimeout(() => process.exit(EXIT_CODES[signal]), 3_000));
  });
}
process.on('unhandledRejection', (error) => {
  // Lighthouse leaves a rejected promise behind when its browser is closed mid-run; after a signal that is expected.
  if (stoppedBy) return;
  console.error('\nUnexpected error:', error);
  void cleanup.run().then(() => process.exit(1));
});
const throwIfStopped = () => {
  if (stoppedBy) throw new Error(`stopped by ${stoppedBy}`);
};

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  // After Ctrl+C, whatever was under way fails as its servers go; that is no news.
  if (!stoppedBy) console.error(`\nLighthouse run failed: ${error instanceof Error ? error.message : error}`);
} finally {
  // Also catches what finished starting after a Ctrl+C.
  await cleanup.run();
}
process.exit(stoppedBy ? EXIT_CODES[stoppedBy] : exitCode);

async function main() {
  if (!options.skipBuild) {
    log('Building (npx nx run-many -t build)…');
    const code = await run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=stream']);
    throwIfStopped();
    if (code !== 0) throw new Error(`the build exited with code ${code}`);
  }

  const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate) => candidate && existsSync(candidate));
  if (!chromePath) throw new Error('Chromium was not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');

  log('Starting the API (fresh database, demo data) and the web server…');
  const stack = await startStack({ cleanup, apiEnv: { DEMO_DATA: '1' } });
  throwIfStopped();
  log(`  API ${stack.apiUrl}, web ${stack.webUrl} (${path.relative(root, stack.webEntry)})`);

  const ids = await firstIds(stack.apiUrl);
  const pages = [
    { name: 'home', path: '/' },
    { name: 'thread', path: ids.thread ? `/threads/${ids.thread}` : undefined, why: 'the API lists no thread' },
    { name: 'proposal', path: ids.proposal ? `/proposals/${ids.proposal}` : undefined, why: 'the API lists no proposal' },
  ];

  // Imported late: loading Lighthouse takes a moment and may print engine warnings.
  const { default: lighthouse } = await import('lighthouse');
  // Lighthouse's own dependency, the launcher its CLI uses.
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    // Our own handler stops the servers and drops the database too.
    handleSIGINT: false,
  });
  // chrome-launcher starts Chromium detached: it would outlive a crash of this script.
  const killChrome = () => chrome.kill();
  process.once('exit', killChrome);
  cleanup.add('stop Chromium', async () => {
    process.off('exit', killChrome);
    killChrome();
  });
  throwIfStopped();

  const results = [];
  for (const page of pages) {
    throwIfStopped();
    if (!page.path) {
      log(`${page.name}: skipped, ${page.why}`);
      results.push({ page: page.name, path: null, status: null, missing: page.why });
      continue;
    }
    const url = new URL(page.path, stack.webUrl).toString();
    const status = await probe(url);
    if (status !== 200) {
      log(`${page.name}: ${page.path} answered ${status === undefined ? 'nothing' : `HTTP ${status}`}; not audited`);
      results.push({ page: page.name, path: page.path, status: status ?? null, missing: `HTTP ${status ?? 'no answer'}` });
      continue;
    }
    /** @type {ReturnType<typeof summarizeRun>[]} */
    const runs = [];
    for (let i = 1; i <= options.runs; i++) {
      throwIfStopped();
      log(`${page.name}: Lighthouse run ${i}/${options.runs} of ${page.path}…`);
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
      runs.push(summarizeRun(lhr));
    }
    const sizes = await fetchScriptSizes(runs.flatMap((r) => r.scriptUrls));
    const median = (/** @type {(r: typeof runs[number]) => number | null} */ pick) => medianOf(runs.map(pick));
    results.push({
      page: page.name,
      path: page.path,
      status,
      runs: runs.length,
      performance: median((r) => r.performance),
      accessibility: median((r) => r.accessibility),
      jsGzipBytes: sizes.totalGzipBytes,
      jsBytes: sizes.totalBytes,
      jsTransferBytes: median((r) => r.scriptTransferBytes),
      scripts: sizes.scripts,
      perRun: runs.map(({ scriptUrls: _, ...rest }) => rest),
      sizesText: formatScriptSizes(sizes, stack.webUrl),
    });
  }

  throwIfStopped();
  const failures = options.strict ? strictFailures(results) : [];
  if (options.json) {
    const report = {
      runsPerPage: options.runs,
      thresholds: STRICT,
      pages: results.map(({ sizesText: _, ...rest }) => rest),
      ...(options.strict ? { strictFailures: failures } : {}),
    };
    console.log(JSON.stringify(report, null, 2));
  } else {
    printTable(results);
    if (failures.length > 0) console.log(`\n--strict: ${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    else if (options.strict) console.log('\n--strict: all thresholds met.');
  }
  return failures.length > 0 ? 1 : 0;
}

/** Scores as 0–100, and the scripts Lighthouse saw load. */
function summarizeRun(/** @type {any} */ lhr) {
  /** @type {{ url: string, resourceType?: string, transferSize?: number, statusCode?: number }[]} */
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === 'Script' && /^https?:/.test(r.url));
  const score = (/** @type {string} */ id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    scriptUrls: scripts.map((r) => r.url),
    scriptTransferBytes: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
  };
}

/** @param {(number | null)[]} values @returns {number | null} the middle value (mean of the middle two) */
function medianOf(values) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

async function firstIds(/** @type {string} */ apiUrl) {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ threads(first:1){ edges{ node{ id } } } proposals(first:1){ edges{ node{ id } } } }' }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || body.errors) {
    throw new Error(`the API did not list threads and proposals (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return {
    thread: body.data?.threads?.edges?.[0]?.node?.id,
    proposal: body.data?.proposals?.edges?.[0]?.node?.id,
  };
}

function strictFailures(/** @type {any[]} */ results) {
  const failures = [];
  for (const r of results) {
    if (r.missing) {
      failures.push(`${r.page}: not audited (${r.missing})`);
      continue;
    }
    if (r.performance === null || r.performance < STRICT.performance) failures.push(`${r.page}: performance ${r.performance} < ${STRICT.performance}`);
    if (r.accessibility === null || r.accessibility < STRICT.accessibility) failures.push(`${r.page}: accessibility ${r.accessibility} < ${STRICT.accessibility}`);
    if (r.page === 'thread' && r.jsGzipBytes > STRICT.threadJsGzipBytes) {
      failures.push(`thread: JavaScript ${formatKb(r.jsGzipBytes)} gzip > ${formatKb(STRICT.threadJsGzipBytes)}\n${r.sizesText}`);
    }
  }
  return failures;
}

function printTable(/** @type {any[]} */ results) {
  const header = ['Page', 'Path', 'Perf', 'A11y', 'JS gzip', 'JS wire', 'Scripts'];
  const rows = results.map((r) =>
    r.missing
      ? [r.page, r.path ?? '—', `missing: ${r.missing}`]
      : [r.page, r.path, String(r.performance ?? '—'), String(r.accessibility ?? '—'), formatKb(r.jsGzipBytes), formatKb(r.jsTransferBytes), String(r.scripts.length)],
  );
  // A missing page's note spans the score columns, so it does not widen them.
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.filter((row) => i < 2 || row.length === header.length).map((row) => row[i].length)),
  );
  const line = (/** @type {string[]} */ cells) =>
    cells.map((cell, i) => (i >= 2 && cells.length === header.length ? cell.padStart(widths[i]) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  console.log(`\nLighthouse, mobile, simulated mid-range phone; median of ${options.runs} run(s) per page`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(`\nJS gzip: script files re-compressed with gzip level 6 (thread budget ${formatKb(THREAD_JS_BUDGET_BYTES)}); JS wire: bytes transferred.`);
}

/** @returns {Promise<number>} the exit code; output goes to stderr with --json, so stdout stays JSON */
function run(/** @type {string} */ command, /** @type {string[]} */ args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', options.json ? 2 : 'inherit', 'inherit'] });
    child.once('error', () => resolve(1));
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function parseArgs(/** @type {string[]} */ args) {
  const parsed = { runs: 3, skipBuild: false, json: false, strict: false };
  for (const arg of args) {
    const runs = /^--runs=(\d+)$/.exec(arg);
    if (runs && Number(runs[1]) >= 1) parsed.runs = Number(runs[1]);
    else if (arg === '--skip-build') parsed.skipBuild = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--strict') parsed.strict = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`Unknown argument ${arg}. ${USAGE}`);
      process.exit(2);
    }
  }
  return parsed;
}
