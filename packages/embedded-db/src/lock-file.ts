import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LockFile {
  pid: number;
  port: number | undefined;
  /** "starting", "ready", "stopping" or "standby" (PostgreSQL ≥ 10; pg_ctl waits on it the same way). */
  status: string | undefined;
}

export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, 'postmaster.pid');
}

export async function readLockFile(dataDir: string): Promise<LockFile | undefined> {
  let text: string;
  try {
    text = await fs.readFile(lockFilePath(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const port = Number.parseInt(lines[3] ?? '', 10);
  return { pid, port: Number.isInteger(port) ? port : undefined, status: lines[7]?.trim() || undefined };
}

interface ProcessInfo {
  state: 'running' | 'gone' | 'zombie';
  ppid?: number;
  cwd?: string;
  command: string[];
  exe?: string;
}

const hasProc = fs.access('/proc/self/stat').then(
  () => true,
  () => false,
);

/** undefined when this system offers no way to look (no /proc and no ps). */
async function inspectProcess(pid: number): Promise<ProcessInfo | undefined> {
  if (await hasProc) {
    let stat: string;
    try {
      stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return { state: 'gone', command: [] };
    }
    // The command name in parentheses may itself contain spaces or parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [cmdline, cwd, exe] = await Promise.all([
      fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => ''),
      fs.readlink(`/proc/${pid}/cwd`).catch(() => undefined),
      fs.readlink(`/proc/${pid}/exe`).catch(() => undefined),
    ]);
    return {
      state: fields[0] === 'Z' || fields[0] === 'X' ? 'zombie' : 'running',
      ppid: Number(fields[1]),
      cwd,
      exe,
      command: cmdline.split('\0').filter(Boolean),
    };
  }
  try {
    const { stdout } = await run('ps', ['-o', 'ppid=,stat=,command=', '-p', String(pid)]);
    const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(stdout.trim());
    if (!match) return { state: 'gone', command: [] };
    return { state: match[2].startsWith('Z') ? 'zombie' : 'running', ppid: Number(match[1]), command: [match[3]] };
  } catch (err) {
    // ps exits with 1 when the pid does not exist; a missing ps leaves us unable to tell.
    return (err as { code?: unknown }).code === 1 ? { state: 'gone', command: [] } : undefined;
  }
}

function isPostmasterOf(info: ProcessInfo, dataDir: string, realDataDir: string): boolean {
  if (info.cwd !== undefined) return info.cwd === realDataDir;
  const command = info.command.join(' ');
  return command.includes('postgres') && (command.includes(dataDir) || command.includes(realDataDir));
}

function looksLikeNode(info: ProcessInfo): boolean {
  const names = [info.exe, info.command[0]].filter((s): s is string => !!s).map((s) => path.basename(s.split(' ')[0]));
  return names.some((name) => /^node(js)?(\.exe)?$/i.test(name));
}

function looksLikePostgres(info: ProcessInfo): boolean {
  return [info.exe, info.command[0]].some((s) => !!s && /postgres/.test(s));
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

async function waitUntilStopped(pid: number, dataDir: string): Promise<void> {
  // Fast shutdown first; the harsher signals only for a server that hangs, since each one costs crash recovery.
  const escalation: [number, NodeJS.Signals | undefined][] = [
    [0, 'SIGINT'],
    [30_000, 'SIGQUIT'],
    [60_000, 'SIGKILL'],
    [75_000, undefined],
  ];
  const started = Date.now();
  for (;;) {
    const elapsed = Date.now() - started;
    while (escalation.length > 0 && escalation[0][0] <= elapsed) {
      const [, next] = escalation.shift()!;
      if (!next) throw new Error(`PostgreSQL (pid ${pid}) in ${dataDir} did not stop; stop it by hand and try again`);
      signal(pid, next);
    }
    const info = await inspectProcess(pid);
    if (!info || info.state !== 'running') return;
    if ((await readLockFile(dataDir))?.pid !== pid) return;
    await delay(100);
  }
}

/**
 * Backends of a postmaster that died hard can outlive it briefly. PostgreSQL's own check for them needs the
 * lock file, so they must be gone before that file is removed. Backends keep the data folder as their cwd.
 */
async function leftoverServerProcesses(realDataDir: string): Promise<number[]> {
  if (!(await hasProc)) return [];
  const pids = (await fs.readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const found: number[] = [];
  await Promise.all(
    pids.map(async (pid) => {
      if (pid === process.pid) return;
      const cwd = await fs.readlink(`/proc/${pid}/cwd`).catch(() => undefined);
      if (cwd !== realDataDir) return;
      const info = await inspectProcess(pid);
      if (info?.state === 'running' && looksLikePostgres(info)) found.push(pid);
    }),
  );
  return found;
}

/**
 * Makes sure a postmaster.pid left behind cannot block the start.
 *
 * A postmaster still running from this folder whose parent is gone (its Node process was killed) is stopped
 * rather than reused: the caller then owns the server it gets back (it can watch and stop it, its log goes to
 * the caller's log, and it runs with this version's settings), which a half-detached orphan would not give.
 * One whose parent is a live Node process belongs to another running app or test, and is left alone.
 */
export async function clearStaleLock(dataDir: string, log: (message: string) => void): Promise<void> {
  const lock = await readLockFile(dataDir);
  if (!lock) return;
  const realDataDir = await fs.realpath(dataDir);
  const holder = await inspectProcess(lock.pid);
  if (!holder) return; // Cannot look on this system: PostgreSQL applies its own stale-lock check.

  if (holder.state === 'running' && isPostmasterOf(holder, dataDir, realDataDir)) {
    const parent = holder.ppid && holder.ppid > 1 ? await inspectProcess(holder.ppid) : undefined;
    if (parent?.state === 'running' && looksLikeNode(parent)) {
      throw new Error(
        `The embedded PostgreSQL data folder ${dataDir} is in use by a server (pid ${lock.pid}` +
          `${lock.port ? `, port ${lock.port}` : ''}) that another running process (pid ${holder.ppid}) started. ` +
          'Stop that process first, or give this one a different data folder or a DATABASE_URL.',
      );
    }
    log(`stopping the PostgreSQL server (pid ${lock.pid}) that an earlier, killed process left running in ${dataDir}`);
    await waitUntilStopped(lock.pid, dataDir);
  }

  for (let waited = 0; ; waited += 100) {
    const leftovers = await leftoverServerProcesses(realDataDir);
    if (leftovers.length === 0) break;
    if (waited >= 10_000) {
      throw new Error(
        `PostgreSQL processes (${leftovers.join(', ')}) are still running in ${dataDir} after their server ended. ` +
          `Stop them (kill ${leftovers.join(' ')}) and start again.`,
      );
    }
    await delay(100);
  }

  if ((await readLockFile(dataDir))?.pid === lock.pid) {
    log(`removing the stale ${lockFilePath(dataDir)} (pid ${lock.pid} is not a PostgreSQL server for this folder)`);
    await fs.rm(lockFilePath(dataDir), { force: true });
  }
}
