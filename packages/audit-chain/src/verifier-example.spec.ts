import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chainEvent } from './audit-event.js';
import type { AuditEvent } from './audit-event.js';

// Outside verifiers copy the script from the documentation, so the script there is the one that must keep working.
const docsPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/audit-chain.md');
const run = promisify(execFile);

let dir: string;
let script: string;

beforeAll(async () => {
  const markdown = await fs.readFile(docsPath, 'utf8');
  const code = /```js\n(\/\/ verify-audit-export\.mjs[\s\S]*?)```/.exec(markdown)?.[1];
  if (!code) throw new Error(`no verify-audit-export.mjs example in ${docsPath}`);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'audit-chain-'));
  script = path.join(dir, 'verify-audit-export.mjs');
  await fs.writeFile(script, code);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Summaries that exercise every canonical JSON rule the script has to reproduce. */
function buildExport(length: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prev: AuditEvent | null = null;
  for (let seq = 1; seq <= length; seq++) {
    prev = chainEvent(
      {
        seq,
        id: `00000001-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`,
        occurredAt: new Date(Date.UTC(2026, 4, 1) + seq * 60_000),
        actorId: seq % 5 === 0 ? null : '00000002-0000-4000-8000-000000000007',
        actorRole: seq % 5 === 0 ? null : 'moderator',
        action: 'comment.hide',
        targetType: 'comment',
        targetId: `00000003-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`,
        summary: {
          zeta: [seq, -seq, true, null, { b: 'x', a: 'y' }],
          reason: `Spam "iklan"\n\tberulang — ${seq} 😀 \u0001 \u2028`,
          '10': 'ten',
          '9': 'nine',
          é: 'accent',
          '\uff61': 'halfwidth',
          '😀': 'emoji',
        },
      },
      prev,
    );
    events.push(prev);
  }
  return events;
}

/** Keys written in reverse, as an exporter that does not sort them might. */
const toJsonLines = (events: AuditEvent[]) =>
  events.map((event) => JSON.stringify(Object.fromEntries(Object.entries(event).reverse()))).join('\n') + '\n';

async function verify(events: AuditEvent[], ...head: string[]): Promise<{ code: number; out: string }> {
  const file = path.join(dir, `export-${Math.random().toString(36).slice(2)}.jsonl`);
  await fs.writeFile(file, toJsonLines(events));
  try {
    const { stdout } = await run(process.execPath, [script, file, ...head]);
    return { code: 0, out: stdout.trim() };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, out: failed.stderr.trim() };
  }
}

describe('the verification script in docs/audit-chain.md', () => {
  const events = buildExport(300);
  const head = events.at(-1)!;

  it('accepts a genuine export and prints its head hash', async () => {
    expect(await verify(events)).toEqual({ code: 0, out: `ok: 300 events, head hash ${head.hash}` });
    expect((await verify(events, '300', head.hash)).code).toBe(0);
  });

  it('rejects a changed summary', async () => {
    const tampered = structuredClone(events);
    (tampered[149]!.summary as { zeta: unknown[] }).zeta[0] = 0;
    expect(await verify(tampered)).toEqual({ code: 1, out: 'broken at seq 150: hash mismatch' });
  });

  it('rejects a removed event', async () => {
    expect(await verify(events.filter((event) => event.seq !== 42))).toEqual({
      code: 1,
      out: 'broken at seq 42: sequence gap',
    });
  });

  it('rejects a rewritten tail, given the published head', async () => {
    const rewritten = [...events.slice(0, 200)];
    for (const original of events.slice(200)) {
      rewritten.push(chainEvent({ ...original, summary: { reason: 'rewritten' } }, rewritten.at(-1)!));
    }
    expect((await verify(rewritten)).code).toBe(0);
    expect(await verify(rewritten, '300', head.hash)).toEqual({
      code: 1,
      out: 'broken at seq 300: differs from the published head hash',
    });
  });

  it('rejects an export cut short of the published head', async () => {
    expect(await verify(events.slice(0, 250), '300', head.hash)).toEqual({
      code: 1,
      out: 'ends at seq 250, before the published seq 300',
    });
  });
});
