import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveEvent<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A graphql-ws client as an outside system would use it, plus a way to wait for its events. */
export function liveClient(url: string, token?: string): Client & { closedWith: Promise<number> } {
  let closed!: (code: number) => void;
  const closedWith = new Promise<number>((resolve) => (closed = resolve));
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: { closed: (event) => closed((event as { code: number }).code) },
    onNonLazyError: () => undefined,
  });
  return Object.assign(client, { closedWith });
}

/** Subscribes and collects events; `next(n)` waits until n have arrived. */
export function collect<T = Record<string, unknown>>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: LiveEvent<T>[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  let error: unknown = null;
  let completed = false;
  const wake = () => {
    for (const w of [...waiters]) {
      if (events.length >= w.n || error || completed) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        events.push(value as LiveEvent<T>);
        wake();
      },
      error: (e) => {
        error = e;
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  return {
    events,
    get error() {
      return error;
    },
    dispose,
    next(n: number): Promise<LiveEvent<T>[]> {
      return new Promise((resolve) => {
        const w = { n, resolve: () => resolve(events) };
        waiters.push(w);
        wake();
      });
    },
  };
}

/** Resolves once the server has acknowledged `client` (the subscription is then registered after a short pause). */
export async function settle(ms = 300): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}
