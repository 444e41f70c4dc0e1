#!/usr/bin/env node
// What a regency-sized summary costs: the built summary engine on a synthetic debate of 10,000 participants,
// 2,000 comments of one to four sentences and 1,000,000 votes, with four planted opinion groups.
//
//   npm run bench:summary                      builds the engine (and what it needs), then measures
//   npm run bench:summary -- --strict          exits 1 when over the targets (5 s, 1 GB)
//   node scripts/bench-summary.mjs --participants=2000 --comments=500 --votes=100000 --no-build
//   npm run bench:summary -- --no-groups       everyone alike: the slowest case for the principal components
//   npm run bench:summary -- --database        also the whole path the API takes: the same debate written to a fresh
//                                              PostgreSQL database (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
//                                              a database with a random name, always dropped), then read back in one
//                                              snapshot, summarised, and written as PDF and CSV (needs `npm run build`)
//
// The measurement runs in a child process, so its peak memory (maxRSS) is the run's own: it includes the input
// (a million vote objects), which the API would hold too. Figures are wall-clock and CPU milliseconds of this
// machine, next to a baseline from the same run: one pass grouping the votes by comment and participant in Maps,
// the least any summary must do. The machine is shared, so the load average is printed with them.
import { randomBytes } from 'node:crypto';
import { execFileSync, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE = path.join(ROOT, 'packages/summary-engine');
const TARGET_MS = 5000;
const TARGET_BYTES = 1024 ** 3;

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const number = (name, fallback) => {
  const given = args.find((arg) => arg.startsWith(`--${name}=`));
  const value = given ? Number.parseInt(given.slice(name.length + 3), 10) : fallback;
  if (!(value > 0)) stop(`--${name} must be a positive whole number`);
  return value;
};
const size = { participants: number('participants', 10_000), comments: number('comments', 2_000), votes: number('votes', 1_000_000) };
if (size.votes > size.participants * size.comments) stop('more votes than participant × comment pairs');

if (flag('child')) await child();
else if (flag('child-load')) await childLoad();
else if (flag('child-read')) await childRead();
else await parent();

/** Runs this script again in a child with `mode` and returns the message it sends. */
function inChild(mode, extra = []) {
  return new Promise((resolve, reject) => {
    const worker = fork(fileURLToPath(import.meta.url), [...args, mode, ...extra], { execArgv: ['--expose-gc'], stdio: 'inherit' });
    let message;
    worker.on('message', (m) => (message = m));
    worker.on('error', reject);
    worker.on('exit', (code) => (message ? resolve(message) : reject(new Error(`the measuring process exited with ${code}`))));
  });
}

async function parent() {
  if (!flag('no-build')) build();
  const result = await inChild('--child');
  report(result);
  let over = result.firstMs > TARGET_MS || result.peakBytes > TARGET_BYTES;
  if (flag('database')) over = (await throughDatabase()) || over;
  if (over && flag('strict')) process.exitCode = 1;
}

/** The API's path: returns true when over a target. */
async function throughDatabase() {
  const api = path.join(ROOT, 'apps/api/dist/summaries/summary.compute.js');
  if (!existsSync(api)) stop('the API is not built: run npm run build first');
  const { default: pg } = await import('pg');
  const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `rembug_bench_summary_${randomBytes(4).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const drop = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  process.once('SIGINT', () => void drop().then(() => process.exit(130)));
  await admin(`CREATE DATABASE ${name}`);
  try {
    const loaded = await inChild('--child-load', [`--url=${url}`]);
    const read = await inChild('--child-read', [`--url=${url}`, `--area=${loaded.regencyId}`]);
    const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
    const mb = (value) => `${Math.round(value / 1024 ** 2).toLocaleString('en')} MB`;
    const verdict = (ok) => (ok ? 'within target' : 'OVER TARGET');
    console.log(
      [
        `through the database (the API's reader, the engine and the files, in a process of its own):`,
        `  written to PostgreSQL in ${ms(loaded.ms)} (not part of the figures below): ${read.size.participants.toLocaleString('en')} participants, ${read.size.comments.toLocaleString('en')} comments, ${read.size.votes.toLocaleString('en')} votes`,
        `  machine: load average ${read.load.toFixed(2)} while measuring`,
        `  read in one snapshot:                      ${ms(read.readMs)}`,
        `  read + summarise (what a query waits for): ${ms(read.summaryMs)}  ${verdict(read.summaryMs <= TARGET_MS)} (≤ ${ms(TARGET_MS)})`,
        `  PDF brief:                                 ${ms(read.pdfMs)} for ${mb(read.pdfBytes)}; comments CSV ${ms(read.csvMs)} for ${mb(read.csvBytes)}`,
        `  peak memory (maxRSS of that process):      ${mb(read.peakBytes)}  ${verdict(read.peakBytes <= TARGET_BYTES)} (≤ ${mb(TARGET_BYTES)})`,
      ].join('\n'),
    );
    return read.summaryMs > TARGET_MS || read.peakBytes > TARGET_BYTES;
  } finally {
    await drop();
  }
}

/** Writes the synthetic debate into a migrated database, as the API's tables hold it. */
async function childLoad() {
  const url = option('url');
  const { runMigrations } = await import(pathToFileURL(path.join(ROOT, 'apps/api/dist/database/data-source.js')).href);
  await runMigrations(url);
  const { input } = await syntheticInput();
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    const insert = async (table, columns, types, rows) => {
      for (let i = 0; i < rows.length; i += 50_000) {
        const batch = rows.slice(i, i + 50_000);
        const arrays = columns.map((_, c) => batch.map((row) => row[c]));
        const list = types.map((type, c) => `$${c + 1}::${type}[]`).join(', ');
        await client.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${list})`, arrays);
      }
    };
    const regencyId = (await client.query(`INSERT INTO areas (name, slug, level) VALUES ('Kabupaten Bench', 'kabupaten-bench', 'REGENCY') RETURNING id`)).rows[0].id;
    await insert('areas', ['id', 'name', 'slug', 'level', 'parent_id'], ['uuid', 'text', 'text', 'area_level', 'uuid'],
      input.areas.map((a, i) => [a.id, `${a.name} ${i + 1}`, `bench-${i + 1}`, 'DISTRICT', regencyId]));
    const agencyId = (await client.query(`INSERT INTO agencies (name, slug) VALUES ('Dinas Bench', 'dinas-bench') RETURNING id`)).rows[0].id;
    await insert('users', ['id', 'email', 'password_hash', 'display_name', 'role', 'agency_id', 'area_id'], ['uuid', 'text', 'text', 'text', 'user_role', 'uuid', 'uuid'],
      input.participants.map((p, i) => [p.id, `warga${i}@bench.example.id`, 'x', `Warga ${i}`, p.role, p.role === 'OFFICIAL' ? agencyId : null, p.areaId]));
    const author = input.participants[0].id;
    await insert('threads', ['id', 'author_id', 'area_id', 'title', 'body', 'body_html', 'body_text', 'created_at'], ['uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'text', 'timestamptz'],
      input.threads.map((t) => [t.id, author, t.areaId ?? regencyId, t.title, t.title, `<p>${t.title}</p>`, t.title, t.createdAt]));
    // Parents first, so every reply's parent exists.
    const comments = [...input.comments].sort((a, b) => (a.parentId === null ? 0 : 1) - (b.parentId === null ? 0 : 1));
    await insert('comments', ['id', 'thread_id', 'author_id', 'parent_id', 'depth', 'body', 'body_html', 'body_text', 'created_at'], ['uuid', 'uuid', 'uuid', 'uuid', 'int', 'text', 'text', 'text', 'timestamptz'],
      comments.map((c) => [c.id, c.threadId, c.authorId, c.parentId, c.parentId ? 1 : 0, c.body, `<p>${c.body}</p>`, c.body, c.createdAt]));
    const value = { 1: 'AGREE', '-1': 'DISAGREE', 0: 'PASS' };
    await insert('comment_votes', ['comment_id', 'user_id', 'value', 'created_at', 'updated_at'], ['uuid', 'uuid', 'comment_vote', 'timestamptz', 'timestamptz'],
      input.commentVotes.map((v) => [v.commentId, v.participantId, value[v.vote], v.at, v.at]));
    await client.query(`UPDATE comments c SET agree_count = s.a, disagree_count = s.d, pass_count = s.p FROM (
      SELECT comment_id, count(*) FILTER (WHERE value = 'AGREE') a, count(*) FILTER (WHERE value = 'DISAGREE') d, count(*) FILTER (WHERE value = 'PASS') p
        FROM comment_votes GROUP BY comment_id) s WHERE s.comment_id = c.id`);
    await client.query('VACUUM ANALYZE');
    process.send({ ms: performance.now() - started, regencyId });
  } finally {
    await client.end();
  }
}

/** What the API does for `summary(scope: {areaId})` and its files, timed. */
async function childRead() {
  const { computeSummary } = await import(pathToFileURL(path.join(ROOT, 'apps/api/dist/summaries/summary.compute.js')).href);
  const { renderPdf, commentsCsv } = await import(pathToFileURL(path.join(ROOT, 'packages/summary-report/dist/index.js')).href);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: option('url') });
  await client.connect();
  try {
    const target = { kind: 'scope', areaId: option('area'), categoryId: null, from: null, to: null };
    let readMs = 0;
    const started = performance.now();
    const summary = await computeSummary(async (sql, params) => (await client.query(sql, params)).rows, target, (phase) => {
      if (phase === 'analysis' && readMs === 0) readMs = performance.now() - started;
    });
    const summaryMs = performance.now() - started;
    const ctx = { lang: 'id', siteUrl: 'https://rembug.example.id' };
    let at = performance.now();
    const pdf = await renderPdf(summary, ctx);
    const pdfMs = performance.now() - at;
    at = performance.now();
    let csvBytes = 0;
    for (const row of commentsCsv(summary, ctx)) csvBytes += Buffer.byteLength(row);
    const csvMs = performance.now() - at;
    process.send({
      size: { participants: summary.participation.participantCount, comments: summary.participation.commentCount, votes: summary.participation.voteCount },
      readMs,
      summaryMs,
      pdfMs,
      pdfBytes: pdf.length,
      csvMs,
      csvBytes,
      peakBytes: process.resourceUsage().maxRSS * 1024,
      load: os.loadavg()[0],
    });
  } finally {
    await client.end();
  }
}

function build() {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  for (const name of ['personal-data', 'audit-chain']) {
    if (!existsSync(path.join(ROOT, 'packages', name, 'dist/index.js'))) {
      execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'packages', name, 'tsconfig.build.json')], { stdio: 'inherit' });
    }
  }
  execFileSync(process.execPath, [tsc, '-p', path.join(ENGINE, 'tsconfig.build.json')], { stdio: 'inherit' });
}

async function child() {
  const load = (file) => import(pathToFileURL(path.join(ENGINE, 'dist', file)).href);
  const { summarise, serialiseSummary } = await load('index.js');
  const { adjustedRandIndex } = await load('testing/agreement.js');
  const { pseudonym } = await load('pseudonym.js');

  const started = performance.now();
  const { debate, planted } = await syntheticInput();
  const generatedMs = performance.now() - started;
  const { input } = debate;
  globalThis.gc();
  const inputBytes = process.memoryUsage().rss;

  const first = measure(() => {
    const summary = summarise(input, { pseudonymKey: 'bench' });
    return { summary, bytes: serialiseSummary(summary) };
  });
  const split = measure(() => summarise(input, { pseudonymKey: 'bench' }));
  const serialised = measure(() => serialiseSummary(split.value));
  const peakBytes = process.resourceUsage().maxRSS * 1024;
  const same = serialised.value === first.value.bytes;

  const baseline = measure(() => {
    const byComment = new Map();
    for (const vote of input.commentVotes) {
      let votes = byComment.get(vote.commentId);
      if (!votes) byComment.set(vote.commentId, (votes = new Map()));
      votes.set(vote.participantId, vote.vote);
    }
    return byComment.size;
  });

  const { opinionGroups } = first.value.summary;
  const groupOf = new Map(opinionGroups.points.map((point) => [point.participant, point.groupId ?? '-']));
  const truth = [];
  const found = [];
  for (const [id, group] of debate.groupOf) {
    const groupId = groupOf.get(pseudonym('bench', id));
    if (groupId === undefined) continue;
    truth.push(group);
    found.push(groupId);
  }

  process.send({
    size: { participants: input.participants.length, comments: input.comments.length, votes: input.commentVotes.length },
    generatedMs,
    inputBytes,
    peakBytes,
    baselineMs: baseline.ms,
    baselineCpuMs: baseline.cpuMs,
    firstMs: first.ms,
    firstCpuMs: first.cpuMs,
    summariseMs: split.ms,
    summariseCpuMs: split.cpuMs,
    serialiseMs: serialised.ms,
    outputBytes: Buffer.byteLength(first.value.bytes),
    same,
    groups: {
      status: opinionGroups.status,
      k: opinionGroups.k,
      silhouette: opinionGroups.silhouette,
      sizes: opinionGroups.groups.map((group) => group.size),
      planted: planted.groupSizes.length,
      ari: planted.groupSizes.length > 1 && truth.length > 0 ? adjustedRandIndex(truth, found) : null,
    },
    load: os.loadavg()[0],
    cpus: os.cpus().length,
  });
}

/** The benchmark's debate, the same in every process (seeded). */
async function syntheticInput() {
  const { syntheticDebate } = await import(pathToFileURL(path.join(ENGINE, 'dist/testing/synthetic.js')).href);
  const share = size.votes / (size.participants * size.comments);
  const planted = flag('no-groups')
    ? { groupSizes: [1], statements: { CONSENSUS: Math.round(size.comments * 0.05), DIVISIVE: 0, GROUP: 0, NEUTRAL: size.comments - Math.round(size.comments * 0.05) } }
    : { groupSizes: [0.35, 0.3, 0.2, 0.15], divisiveSplits: [0b0011, 0b0101], statements: splitStatements(size.comments) };
  const debate = syntheticDebate({
    seed: 'bench',
    participants: size.participants,
    ...planted,
    seenShare: [share * 0.4, Math.min(1, share * 1.6)],
    areas: 12,
    threads: Math.max(1, Math.round(size.comments / 30)),
    days: 30,
    sentences: [1, 4],
  });
  return { debate, planted, input: debate.input };
}

function splitStatements(comments) {
  const consensus = Math.round(comments * 0.05);
  const divisive = Math.round(comments * 0.25);
  const group = Math.round(comments * 0.3);
  return { CONSENSUS: consensus, DIVISIVE: divisive, GROUP: group, NEUTRAL: comments - consensus - divisive - group };
}

function measure(task) {
  globalThis.gc();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = task();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

function report(r) {
  const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
  const mb = (value) => `${Math.round(value / 1024 ** 2).toLocaleString('en')} MB`;
  const times = (value) => `${(value / r.baselineMs).toFixed(1)}× baseline`;
  const verdict = (ok) => (ok ? 'within target' : 'OVER TARGET');
  const lines = [
    `summary engine: ${r.size.participants.toLocaleString('en')} participants × ${r.size.comments.toLocaleString('en')} comments × ${r.size.votes.toLocaleString('en')} votes (${r.groups.planted > 1 ? `${r.groups.planted} planted groups` : 'no planted groups'})`,
    `  machine: ${r.cpus} CPUs, load average ${r.load.toFixed(2)} while measuring`,
    `  input generated in ${ms(r.generatedMs)}; the process holds ${mb(r.inputBytes)} with the input alone`,
    `  baseline, one pass grouping votes by comment and participant in Maps: ${ms(r.baselineMs)} (cpu ${ms(r.baselineCpuMs)})`,
    `  summarise + serialiseSummary, first call:  ${ms(r.firstMs)} (cpu ${ms(r.firstCpuMs)}, ${times(r.firstMs)})  ${verdict(r.firstMs <= TARGET_MS)} (≤ ${ms(TARGET_MS)})`,
    `  summarise, second call:                    ${ms(r.summariseMs)} (cpu ${ms(r.summariseCpuMs)}, ${times(r.summariseMs)})`,
    `  serialiseSummary:                          ${ms(r.serialiseMs)} for ${mb(r.outputBytes)} of JSON; same bytes both calls: ${r.same ? 'yes' : 'NO'}`,
    `  peak memory (maxRSS, input included):      ${mb(r.peakBytes)}  ${verdict(r.peakBytes <= TARGET_BYTES)} (≤ ${mb(TARGET_BYTES)})`,
    `  opinion groups: ${r.groups.status}, k = ${r.groups.k ?? '–'}, silhouette ${r.groups.silhouette ?? '–'}, sizes ${r.groups.sizes.join(' / ') || '–'}; adjusted Rand index against the planted groups ${r.groups.ari === null ? '–' : r.groups.ari.toFixed(3)}`,
  ];
  console.log(lines.join('\n'));
  if (!r.same) process.exitCode = 1;
}

function stop(message) {
  console.error(`bench-summary: ${message}`);
  process.exit(2);
}
