import { spawn } from 'node:child_process';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { readLockFile } from './lock-file.js';
import type { OsUser } from './os-user.js';

/** Crash recovery after a hard stop can take a while on a slow disk; this only catches a server that hangs. */
const START_TIMEOUT_MS = 120_000;
const STOP_ESCALATION_MS = { quit: 30_000, kill: 60_000 };
const LOG_TAIL_LINES = 30;

export class PortInUseError extends Error {}

export interface LaunchOptions {
  postgres: string;
  dataDir: string;
  port: number;
  runAs: OsUser | undefined;
  log: (message: string) => void;
}

export interface ServerProcess {
  readonly pid: number;
  readonly port: number;
  /** Fast shutdown (aborts open transactions, then checkpoints); resolves once the postmaster has exited. */
  stop(): Promise<void>;
  /** Synchronous best effort for process 'exit', where nothing can be awaited. */
  signalStop(): void;
  /** Called once if the server ends without stop(). */
  onUnexpectedExit(listener: (description: string) => void): void;
}

function setRef(stream: Readable | null, ref: boolean): void {
  const handle = stream as unknown as { ref?: () => void; unref?: () => void } | null;
  if (ref) handle?.ref?.();
  else handle?.unref?.();
}

export async function launchServer(options: LaunchOptions): Promise<ServerProcess> {
  const { dataDir, port, runAs, log } = options;
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    // No Unix socket: nothing left in /tmp, nothing reachable outside 127.0.0.1.
    '-c',
    'unix_socket_directories=',
    // English log lines whatever locale the cluster was created with, so failures can be recognised.
    '-c',
    'lc_messages=C',
  ];
  const child = spawn(options.postgres, args, {
    // Its own process group: a Ctrl+C in the terminal reaches the app, which then stops the database after
    // closing its connections, instead of the database dying underneath it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
  });

  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    // Always drained: a full pipe would block the server on its next log line.
    readline.createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > LOG_TAIL_LINES) tail.shift();
      log(line);
    });
  }

  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let ended: string | undefined;
  let stopRequested = false;
  let unexpectedExitListener: ((description: string) => void) | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('error', (err) => {
      ended ??= `could not be started: ${err.message}`;
      resolve();
    });
    child.once('exit', (code, signal) => {
      ended ??= signal ? `was ended by ${signal}` : `exited with code ${code}`;
      resolve();
    });
  });
  void exited.then(() => {
    if (!stopRequested) unexpectedExitListener?.(`PostgreSQL (pid ${child.pid}) ${ended}`);
  });
  const running = () => ended === undefined && child.exitCode === null && child.signalCode === null;

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (!running()) {
      // 'close' comes after the last output line, which usually holds the reason.
      await Promise.race([closed, delay(2_000, undefined, { ref: false })]);
      const output = tail.join('\n');
      if (/could not bind IPv4 address|Address already in use|could not create any TCP\/IP sockets/.test(output)) {
        throw new PortInUseError(`Port ${port} on 127.0.0.1 is already in use.\n${output}`);
      }
      throw new Error(`PostgreSQL ${ended} while starting in ${dataDir}.\n${output}`);
    }
    const lock = await readLockFile(dataDir).catch(() => undefined);
    if (lock && lock.pid === child.pid && lock.status === 'ready') break;
    if (Date.now() > deadline) {
      child.kill('SIGQUIT');
      await exited;
      throw new Error(
        `PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000} s in ${dataDir}.\n${tail.join('\n')}`,
      );
    }
    await delay(50);
  }

  // A running database alone must not keep the process alive; the 'exit' hook stops it when the process ends.
  child.unref();
  setRef(child.stdout, false);
  setRef(child.stderr, false);

  let stopping: Promise<void> | undefined;
  return {
    pid: child.pid!,
    port,
    stop() {
      stopping ??= (async () => {
        stopRequested = true;
        if (!running()) return;
        // Keep the process alive until the server has really exited, or an awaited stop() would never return.
        child.ref();
        setRef(child.stdout, true);
        setRef(child.stderr, true);
        child.kill('SIGINT');
        const quit = setTimeout(() => child.kill('SIGQUIT'), STOP_ESCALATION_MS.quit);
        const kill = setTimeout(() => child.kill('SIGKILL'), STOP_ESCALATION_MS.kill);
        try {
          await exited;
        } finally {
          clearTimeout(quit);
          clearTimeout(kill);
        }
      })();
      return stopping;
    },
    signalStop() {
      stopRequested = true;
      if (running()) child.kill('SIGINT');
    },
    onUnexpectedExit(listener) {
      unexpectedExitListener = listener;
    },
  };
}
