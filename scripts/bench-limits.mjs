#!/usr/bin/env node
// What a refused request costs the API: the time to refuse each kind of abusive request, next to a small normal
// query measured in the same run, on the built API (a real process).
//
//   npx nx run api:build && npm run bench:limits
//   BENCH_ROUNDS=200 npm run bench:limits      (or: node scripts/bench-limits.mjs 200)
//
// Needs PostgreSQL at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): it creates a database with
// a unique name there and drops it at the end. Requests are sent one at a time; figures are milliseconds from the
// first byte sent to the last byte received, so they include the loopback network and the client (for the 5 MB body,
// mostly the client handing its upload to the network). Exits 0 whatever the figures are.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { adminQuery, freePort, probe } from './lib/stack.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_MAIN = path.join(ROOT, 'apps/api/dist/main.js');
const LIMITS = path.join(ROOT, 'apps/api/dist/graphql/limits.js');

const rounds = Number.parseInt(process.argv[2] ?? process.env.BENCH_ROUNDS ?? '100', 10);
if (!(rounds > 0)) stop('usage: node scripts/bench-limits.mjs [rounds]');
if (!existsSync(API_MAIN) || !existsSync(LIMITS)) stop('the API is not built: run `npx nx run api:build` first.');
const { GRAPHQL_LIMITS } = await import(LIMITS);
const { parse } = await import('graphql');

const cleanup = [];
const runCleanup = async () => {
  for (const task of cleanup.splice(0).reverse()) await task().catch((error) => console.error(`cleanup: ${error?.message ?? error}`));
};
process.on('SIGINT', () => void runCleanup().then(() => process.exit(130)));

try {
  await main();
} catch (error) {
  console.error(`bench-limits: ${error?.message ?? error}`);
  process.exitCode = 1;
} finally {
  await runCleanup();
}

async function main() {
  const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `rembug_bench_limits_${randomBytes(6).toString('hex')}`;
  cleanup.push(() => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
  await adminQuery(serverUrl, `CREATE DATABASE ${dbName}`);
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();

  const port = await freePort();
  const api = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: {
      ...withoutNodeEnv(process.env),
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DEMO_DATA: '0',
      LOG_LEVEL: 'warn',
      OUTBOX_INTERVAL_MS: '0',
      RATE_LIMIT_ALLOWLIST: '127.0.0.1,::1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => api.once('exit', resolve));
  cleanup.push(async () => {
    if (api.exitCode !== null || api.signalCode !== null) return;
    api.kill('SIGTERM');
    await exited;
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, api);

  const registered = await post(agent, base, JSON.stringify({
    query: `mutation($input: RegisterInput!) { register(input: $input) { token } }`,
    variables: { input: { email: `bench.${Date.now()}@example.id`, password: 'kata-sandi-rahasia', displayName: 'Bench' } },
  }));
  const token = JSON.parse(registered.body).data?.register?.token;
  if (!token) fail(`could not register: ${registered.body}`);

  const range = (n) => Array.from({ length: n }, (_, i) => i);
  const body = (query) => JSON.stringify({ query });
  // The worst document we know for graphql-js's own validation, as large as the token limit lets it be: many copies
  // of one field with a selection, which its overlapping-fields check compares pairwise. It is valid and runs.
  let repeats = 1;
  const repeated = (n) => `{ areas { ${'parent { id } '.repeat(n)} } }`;
  while (fitsTokenLimit(repeated(repeats + 1))) repeats++;

  const cases = [
    ['normal: { areas { id name } }', body(`{ areas { id name } }`), 200],
    ['normal: { me { id } areas { id name } }', body(`{ me { id } areas { id name } }`), 200],
    ['40 levels deep', body(`{ areas { ${'parent { '.repeat(38)}id${' }'.repeat(38)} } }`), 400],
    ['1,000 aliases', body(`{ ${range(1000).map((i) => `a${i}: __typename`).join(' ')} }`), 400],
    [`${GRAPHQL_LIMITS.maxAliases + 1} aliases`, body(`{ ${range(GRAPHQL_LIMITS.maxAliases + 1).map((i) => `a${i}: __typename`).join(' ')} }`), 400],
    ['cost bomb (100 × 100)', body(`{ threads(first: 100) { edges { node { comments(first: 100) { edges { node { author { displayName } } } } } } } }`), 400],
    ['batch of 2', JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]), 400],
    ['malformed JSON', '{"query": ', 400],
    [`repeated fields at the token limit (valid, runs)`, body(repeated(repeats)), 200],
    ['5 MB body', JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(5 * 1024 * 1024) } }), 413],
  ];

  console.log(`Rembug API abuse limits, ${rounds} rounds each, signed in (ms: median / p95)\n`);
  const rows = [];
  for (const [label, payload, expected] of cases) {
    const times = [];
    for (let i = 0; i < rounds + 5; i++) {
      // The 5 MB body is answered before it is all sent: it gets a connection of its own, which goes on uploading.
      const own = payload.length > GRAPHQL_LIMITS.maxBodyBytes ? new http.Agent({ keepAlive: true }) : undefined;
      const res = await post(own ?? agent, base, payload, token);
      own?.destroy();
      if (res.status !== expected) fail(`${label}: expected HTTP ${expected}, got ${res.status}: ${res.body.slice(0, 300)}`);
      if (i >= 5) times.push(res.ms); // the first few warm the code paths up
    }
    times.sort((a, b) => a - b);
    rows.push([label, times[Math.floor(times.length / 2)], times[Math.floor(times.length * 0.95)]]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, median, p95] of rows) console.log(`  ${label.padEnd(width)}  ${median.toFixed(2).padStart(7)} / ${p95.toFixed(2).padStart(7)}`);
  agent.destroy();
}

/** Whether graphql-js parses the document within the API's token limit. */
function fitsTokenLimit(document) {
  try {
    parse(document, { maxTokens: GRAPHQL_LIMITS.maxTokens });
    return true;
  } catch {
    return false;
  }
}

function post(agent, base, payload, token) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = http.request(`${base}/graphql`, { method: 'POST', agent, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: text, ms: performance.now() - started }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function waitForHealth(base, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`the API exited with ${child.exitCode} before it was ready`);
    if ((await probe(`${base}/health`)) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  fail('the API was not ready after 120 s');
}

function withoutNodeEnv(env) {
  const { NODE_ENV: _env, NODE_OPTIONS: _options, ...rest } = env;
  return rest;
}

/** Gives up during a run; the database and the API are cleaned up on the way out. */
function fail(message) {
  throw new Error(message);
}

/** Gives up before anything was started. */
function stop(message) {
  console.error(`bench-limits: ${message}`);
  process.exit(1);
}
