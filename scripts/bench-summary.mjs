#!/usr/bin/env node
// What a regency-sized summary costs: the built summary engine on a synthetic debate of 10,000 participants,
// 2,000 comments of one to four sentences and 1,000,000 votes, with four planted opinion groups.
//
//   npm run bench:summary                      builds the engine (and what it needs), then measures
//   npm run bench:summary -- --strict          exits 1 when over the targets (5 s, 1 GB)
//   node scripts/bench-summary.mjs --participants=2000 --comments=500 --votes=100000 --no-build
//   npm run bench:summary -- --no-groups       everyone alike: the slowest case for the principal components
//
// The measurement runs in a child process, so its peak memory (maxRSS) is the run's own: it includes the input
// (a million vote objects), which the API would hold too. Figures are wall-clock and CPU milliseconds of this
// machine, next to a baseline from the same run: one pass grouping the votes by comment and participant in Maps,
// the least any summary must do. The machine is shared, so the load average is printed with them.
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
const number = (name, fallback) => {
  const given = args.find((arg) => arg.startsWith(`--${name}=`));
  const value = given ? Number.parseInt(given.slice(name.length + 3), 10) : fallback;
  if (!(value > 0)) stop(`--${name} must be a positive whole number`);
  return value;
};
const size = { participants: number('participants', 10_000), comments: number('comments', 2_000), votes: number('votes', 1_000_000) };
if (size.votes > size.participants * size.comments) stop('more votes than participant × comment pairs');

if (flag('child')) await child();
else await parent();

async function parent() {
  if (!flag('no-build')) build();
  const result = await new Promise((resolve, reject) => {
    const worker = fork(fileURLToPath(import.meta.url), [...args, '--child'], { execArgv: ['--expose-gc'], stdio: 'inherit' });
    let message;
    worker.on('message', (m) => (message = m));
    worker.on('error', reject);
    worker.on('exit', (code) => (message ? resolve(message) : reject(new Error(`the measuring process exited with ${code}`))));
  });
  report(result);
  const over = result.firstMs > TARGET_MS || result.peakBytes > TARGET_BYTES;
  if (over && flag('strict')) process.exitCode = 1;
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
  const { syntheticDebate } = await load('testing/synthetic.js');
  const { adjustedRandIndex } = await load('testing/agreement.js');
  const { pseudonym } = await load('pseudonym.js');

  const share = size.votes / (size.participants * size.comments);
  const planted = flag('no-groups')
    ? { groupSizes: [1], statements: { CONSENSUS: Math.round(size.comments * 0.05), DIVISIVE: 0, GROUP: 0, NEUTRAL: size.comments - Math.round(size.comments * 0.05) } }
    : { groupSizes: [0.35, 0.3, 0.2, 0.15], divisiveSplits: [0b0011, 0b0101], statements: splitStatements(size.comments) };
  const started = performance.now();
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
