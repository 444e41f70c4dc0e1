import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { API_ROOT } from '../../src/config/config.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** SIGTERM, then the exit code */
  stop(): Promise<number | null>;
}

/** Runs the built API (`apps/api/dist/main.js`) as a real process and waits for /health. */
export async function startApiProcess(env: Record<string, string | undefined>): Promise<ApiProcess> {
  const port = await freePort();
  const childEnv: Record<string, string> = {};
  // Tests come from this machine; a test about rate limits empties the allow-list itself.
  for (const [k, v] of Object.entries({ ...process.env, LOG_LEVEL: 'warn', RATE_LIMIT_ALLOWLIST: '127.0.0.1,::1', ...env, API_PORT: String(port) })) {
    if (v !== undefined) childEnv[k] = v;
  }
  delete childEnv.NODE_OPTIONS;
  const child = spawn(process.execPath, [path.join(API_ROOT, 'dist/main.js')], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  let ready = false;
  // Polls until ready or until the process gives up; a cold first start initialises a database.
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`${url}/health`)).status === 200) {
        ready = true;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`API process did not become ready:\n${output}`);
  }
  return {
    child,
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary response shapes
type AnyData = Record<string, any>;

export async function gqlOver(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: AnyData; errors?: { extensions?: { code?: string } }[] };
}
