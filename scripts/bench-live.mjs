#!/usr/bin/env node
// Live-update benchmark: how fast a proposal's vote change reaches N WebSocket subscribers, on the built
// Rembug API (a real process, in-process pub/sub) and on a bare graphql-ws server (the ceiling).
//
//   npm run build && npm run bench:live
//   BENCH_CLIENTS=1000,5000 BENCH_ROUNDS=5 npm run bench:live      (or: node scripts/bench-live.mjs 1000,5000 5)
//
// Needs PostgreSQL at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): it creates a database
// with a unique name there and drops it at the end. Needs about N + 200 open files in this process and in each
// server; it raises its own soft limit (`ulimit -n`) when that is too low. Exits 0 whatever the figures are.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import WebSocket, { WebSocketServer } from 'ws';
import { adminQuery, freePort } from './lib/stack.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_MAIN = path.join(ROOT, 'apps/api/dist/main.js');
const SELF = fileURLToPath(import.meta.url);

const SUBSCRIPTION = `subscription($proposalId: ID!) { proposalUpdated(proposalId: $proposalId) { id supportCount opposeCount status } }`;
const COALESCE_GAP_MS = 300; // > the API's 250 ms coalescing window, so no two rounds are merged into one event
const ROUND_TIMEOUT_MS = 15_000;
const TARGET_RATIO = 2;

// ---------------------------------------------------------------------------------------------------------------
// The bare ceiling runs in a process of its own, like the API: `node bench-live.mjs --bare-server`.
if (process.argv[2] === '--bare-server') {
  await bareServer();
} else {
  await main();
}

async function bareServer() {
  const { buildSchema } = await import('graphql');
  const { PubSub } = await import('graphql-subscriptions');
  const { useServer } = await import('graphql-ws/use/ws');
  const schema = buildSchema(`
    type Proposal { id: ID! supportCount: Int! opposeCount: Int! status: String! }
    type Query { ok: Boolean }
    type Subscription { proposalUpdated(proposalId: ID!): Proposal }
  `);
  // One listener per subscriber on the same topic: lift EventEmitter's leak warning, as the API does.
  const eventEmitter = new EventEmitter();
  eventEmitter.setMaxListeners(0);
  const pubsub = new PubSub({ eventEmitter });
  schema.getSubscriptionType().getFields().proposalUpdated.subscribe = (_root, args) =>
    pubsub.asyncIterableIterator(`proposalUpdated.${args.proposalId}`);
  // The trigger: POST /publish {proposalId, supportCount, opposeCount}, answered once the event is handed over.
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', async () => {
      const { proposalId, supportCount, opposeCount } = JSON.parse(body);
      await pubsub.publish(`proposalUpdated.${proposalId}`, { proposalUpdated: { id: proposalId, supportCount, opposeCount, status: 'OPEN' } });
      res.end('{}');
    });
  });
  const wss = new WebSocketServer({ server, path: '/graphql' });
  useServer({ schema }, wss, 12_000);
  server.listen(0, '127.0.0.1', () => process.stdout.write(`LISTENING ${server.address().port}\n`));
  process.on('SIGTERM', () => process.exit(0));
}

// ---------------------------------------------------------------------------------------------------------------
async function main() {
  const sizes = (process.argv[2] ?? process.env.BENCH_CLIENTS ?? '1000,5000').split(',').map((n) => Number.parseInt(n, 10)).filter((n) => n > 0);
  const rounds = Number.parseInt(process.argv[3] ?? process.env.BENCH_ROUNDS ?? '5', 10);
  if (!sizes.length || !(rounds > 0)) fail('usage: node scripts/bench-live.mjs [N1,N2,…] [rounds]');

  // Each process holds one socket per client plus some: make sure the open-files limit allows it.
  const needFds = Math.max(...sizes) + 1024;
  const softLimit = Number(execFileSync('bash', ['-c', 'ulimit -n']).toString().trim()) || Infinity;
  if (softLimit < needFds) {
    if (process.env.BENCH_LIVE_REEXEC) fail(`the open-files limit is ${softLimit}; ${needFds} are needed (raise the hard limit: ulimit -Hn)`);
    console.log(`open-files limit ${softLimit} < ${needFds}: raising it and starting again`);
    const child = spawn('bash', ['-c', `ulimit -n ${needFds * 2} 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec "$0" "$@"`, process.execPath, SELF, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_LIVE_REEXEC: '1' },
    });
    child.on('exit', (code) => process.exit(code ?? 1));
    return;
  }

  const cleanup = [];
  const runCleanup = async () => {
    while (cleanup.length) await cleanup.pop()().catch((e) => console.error(`cleanup: ${e.message}`));
  };
  process.on('SIGINT', () => void runCleanup().then(() => process.exit(130)));

  const results = [];
  try {
    console.log(`open-files limit: ${softLimit}; clients: ${sizes.join(', ')}; rounds: ${rounds}`);
    // Setup: a fresh database, the API on it, the bare server.
    const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
    const dbName = `rembug_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${dbName}`);
    cleanup.push(() => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
    const dbUrl = new URL(serverUrl);
    dbUrl.pathname = `/${dbName}`;

    const api = await startApi(dbUrl.toString());
    cleanup.push(() => stop(api.child));
    const bare = await startBare();
    cleanup.push(() => stop(bare.child));

    // A proposal, its author and a voter.
    const author = await register(api.url, 'Penulis');
    const voter = await register(api.url, 'Pemilih');
    const { areas } = await gql(api.url, '{ areas { id } }');
    if (!areas.length) fail('no areas: the reference seed did not run');
    const { createProposal } = await gql(
      api.url,
      `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
      { input: { areaId: areas[0].id, title: 'Bangun jembatan desa', body: 'Jembatan kayu sudah lapuk dan berbahaya.' } },
      author,
    );
    const proposalId = createProposal.id;
    // A trigger says which counts its next event carries, then fires it: the voter alternates SUPPORT and OPPOSE.
    const alternating = (fire) => {
      let support = false;
      return {
        next: () => ((support = !support) ? [1, 0] : [0, 1]),
        fire,
      };
    };
    const rembugTrigger = alternating(async ([supportCount]) => {
      await gql(api.url, `mutation($id: ID!, $v: ProposalVote!) { voteProposal(proposalId: $id, value: $v) { id } }`, {
        id: proposalId,
        v: supportCount ? 'SUPPORT' : 'OPPOSE',
      }, voter);
    });
    const bareTrigger = alternating(async ([supportCount, opposeCount]) => {
      const res = await fetch(`${bare.url}/publish`, { method: 'POST', body: JSON.stringify({ proposalId, supportCount, opposeCount }) });
      await res.text();
    });

    for (const n of sizes) {
      for (const [name, url, trigger] of [
        ['Rembug', api.url, rembugTrigger],
        ['bare graphql-ws', bare.url, bareTrigger],
      ]) {
        process.stdout.write(`${name}, ${n} clients: connecting… `);
        const r = await measure(url, proposalId, n, rounds, trigger);
        console.log(`delivered ${r.delivered}/${n * rounds}, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, max ${ms(r.max)}`);
        results.push({ name, n, rounds, ...r });
      }
    }
  } catch (error) {
    console.error(`bench:live setup failed: ${error.stack ?? error}`);
    await runCleanup();
    process.exit(1);
  }
  await runCleanup();
  report(results);
  process.exit(0);
}

/** Opens n subscribers, makes sure every one is live, then times `rounds` events from trigger to each receipt. */
async function measure(baseUrl, proposalId, n, rounds, trigger) {
  const wsUrl = `${baseUrl.replace(/^http/, 'ws')}/graphql`;
  const clients = [];
  let current = null; // { expected: [support, oppose], t0, times: Float64Array (NaN = not yet) }
  let receivedThisRound = 0;
  const onEvent = (client, data) => {
    const p = data?.proposalUpdated;
    if (!p) return;
    client.events++;
    if (!current || p.supportCount !== current.expected[0] || p.opposeCount !== current.expected[1]) return;
    if (!Number.isNaN(current.times[client.index])) return;
    current.times[client.index] = performance.now() - current.t0;
    receivedThisRound++;
  };
  // Connect in batches: a few hundred handshakes at once keep the listen backlog from overflowing.
  const BATCH = 250;
  for (let i = 0; i < n; i += BATCH) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + BATCH); j++) batch.push(openClient(wsUrl, j, proposalId, onEvent));
    clients.push(...(await Promise.all(batch)));
  }
  try {
    // Warm-up: fire events until every client has received one, which proves every subscription is live.
    for (let attempt = 0; clients.some((c) => c.events === 0); attempt++) {
      if (attempt >= 20) throw new Error(`${clients.filter((c) => c.events === 0).length} of ${n} clients never received an event`);
      current = null;
      await trigger.fire(trigger.next());
      await waitUntil(() => clients.every((c) => c.events > 0), 3_000);
      await sleep(COALESCE_GAP_MS);
    }
    const latencies = [];
    let delivered = 0;
    for (let r = 0; r < rounds; r++) {
      const times = new Float64Array(n).fill(Number.NaN);
      receivedThisRound = 0;
      const expected = trigger.next();
      // The clock starts just before the trigger's request is sent; events may arrive before its answer.
      current = { expected, t0: performance.now(), times };
      await trigger.fire(expected);
      const started = performance.now();
      await waitUntil(() => receivedThisRound >= n, ROUND_TIMEOUT_MS);
      for (const t of times) if (!Number.isNaN(t)) latencies.push(t);
      delivered += receivedThisRound;
      const elapsed = performance.now() - started;
      await sleep(Math.max(COALESCE_GAP_MS, COALESCE_GAP_MS * 2 - elapsed));
    }
    latencies.sort((a, b) => a - b);
    const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] : Number.NaN);
    return { delivered, share: delivered / (n * rounds), p50: pct(50), p99: pct(99), max: latencies.at(-1) ?? Number.NaN };
  } finally {
    current = null;
    await Promise.all(clients.map((c) => c.close()));
  }
}

/** A raw graphql-transport-ws client: connection_init, one subscribe, pongs; no library overhead per client. */
function openClient(url, index, proposalId, onEvent) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    const client = {
      index,
      events: 0,
      close: () =>
        new Promise((done) => {
          if (socket.readyState === WebSocket.CLOSED) return done();
          socket.once('close', done);
          socket.close(1000);
          setTimeout(() => (socket.terminate(), done()), 2_000).unref();
        }),
    };
    const timer = setTimeout(() => reject(new Error(`client ${index}: no connection_ack within 30 s`)), 30_000);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('error', (e) => reject(new Error(`client ${index}: ${e.message}`)));
    socket.on('message', (raw) => {
      const msg = JSON.parse(raw.toString());
      if (msg.type === 'next') onEvent(client, msg.payload?.data);
      else if (msg.type === 'ping') socket.send('{"type":"pong"}');
      else if (msg.type === 'connection_ack') {
        clearTimeout(timer);
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { proposalId } } }));
        resolve(client);
      } else if (msg.type === 'error') console.error(`client ${index}: ${JSON.stringify(msg.payload)}`);
    });
  });
}

function report(results) {
  const rows = [];
  const byN = new Map();
  for (const r of results) byN.set(r.n, { ...byN.get(r.n), [r.name === 'Rembug' ? 'rembug' : 'bare']: r });
  console.log('\nLive delivery of a proposal vote change to N subscribers (latency from the mutation request to receipt)\n');
  const head = ['N', 'rounds', 'server', 'delivered', 'p50', 'p99', 'max'];
  rows.push(head);
  for (const [n, { rembug, bare }] of byN) {
    for (const r of [rembug, bare].filter(Boolean)) {
      rows.push([String(n), String(r.rounds), r.name, `${(r.share * 100).toFixed(1)}%`, ms(r.p50), ms(r.p99), ms(r.max)]);
    }
  }
  const widths = head.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((c, j) => (j <= 1 || j >= 3 ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`\nTarget: every event delivered, and p99(Rembug) ≤ ${TARGET_RATIO}× p99(bare graphql-ws)\n`);
  for (const [n, { rembug, bare }] of byN) {
    if (!rembug || !bare) continue;
    const ratio = rembug.p99 / bare.p99;
    const pass = rembug.share === 1 && ratio <= TARGET_RATIO;
    console.log(
      `N=${String(n).padStart(5)}: delivered ${(rembug.share * 100).toFixed(1)}%, p99 ratio ${ratio.toFixed(2)}× (${ms(rembug.p99)} / ${ms(bare.p99)})  ${pass ? 'PASS' : 'FAIL'}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
async function startApi(databaseUrl) {
  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: databaseUrl, API_PORT: String(port), LOG_LEVEL: 'warn', DEMO_DATA: '0' };
  env.SEED_REFERENCE_FILE = path.join(ROOT, 'apps/api/seed/reference.json');
  delete env.REDIS_URL; // one instance, in-process pub/sub
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`${url}/health`)).status === 200) return { child, url };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not start (is it built? npm run build):\n${output}`);
}

async function startBare() {
  const child = spawn(process.execPath, [SELF, '--bare-server'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /LISTENING (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

async function register(url, name) {
  const input = { email: `${name.toLowerCase()}-${randomBytes(4).toString('hex')}@example.id`, password: 'rahasia-sekali-123', displayName: name };
  return (await gql(url, `mutation($input: RegisterInput!) { register(input: $input) { token } }`, { input })).register.token;
}

async function gql(url, query, variables = {}, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function waitUntil(check, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (!check() && performance.now() < deadline) await sleep(5);
  return check();
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function ms(v) {
  return Number.isNaN(v) ? '—' : `${v.toFixed(1)} ms`;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
