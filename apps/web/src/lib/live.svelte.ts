/**
 * The browser's live connection: one graphql-ws socket to `/live` on this site, opened only when a page
 * subscribes to something, and only loaded then (pages without live parts never download it).
 * A dropped link is retried for as long as the page is open; pages hear when it comes back, so they can
 * catch up on what they missed while it was down.
 */
import type { Client } from 'graphql-ws/client';
import type { TypedDocumentString } from '$lib/graphql/generated';

export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'offline';

/** Reactive: components may show it (e.g. "reconnecting…"). */
export const live = $state<{ status: LiveStatus }>({ status: 'idle' });

const reconnectListeners = new Set<() => void>();
/** Subscriptions that waited for a connection: what happened while it was being opened is checked once it is up. */
const catchUpListeners = new Set<() => void>();
let clientPromise: Promise<Client> | undefined;
let everConnected = false;

const MAX_WAIT_MS = 30_000;

function liveUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/live`;
}

/** Also shown on the page's root element (`data-live`), where tests and support staff can read it. */
function setStatus(status: LiveStatus): void {
  live.status = status;
  document.documentElement.dataset.live = status;
}

function client(): Promise<Client> {
  clientPromise ??= import('graphql-ws/client').then(({ createClient }) =>
    createClient({
      url: liveUrl(),
      lazy: true,
      // Keep the socket a moment after the last subscription ends: page changes resubscribe right away.
      lazyCloseTimeout: 3_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      // 1 s, 2 s, 4 s … up to 30 s, with jitter so a restarted server is not hit by everyone at once.
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(MAX_WAIT_MS, 1_000 * 2 ** retries) * (0.5 + Math.random() / 2))),
      keepAlive: 20_000,
      on: {
        // Once the page has been live, every attempt until the next success is "offline, reconnecting".
        connecting: () => setStatus(everConnected ? 'offline' : 'connecting'),
        connected: (_socket, _payload, wasRetry) => {
          everConnected = true;
          setStatus('connected');
          const waiting = [...catchUpListeners];
          catchUpListeners.clear();
          if (wasRetry) for (const listener of reconnectListeners) listener();
          else for (const listener of waiting) listener();
        },
        closed: (event) => {
          // 1000: closed on purpose, when no part of the page needs it any more; not a lost link.
          if ((event as { code?: number } | undefined)?.code === 1000) {
            everConnected = false;
            setStatus('idle');
          } else if (everConnected) setStatus('offline');
        },
      },
    }),
  );
  return clientPromise;
}

export interface LiveHandlers<TData> {
  next(data: TData): void;
  /** After the link dropped and came back: reload what may have been missed. */
  reconnected?(): void;
  /**
   * Once, when a subscription had to wait for the connection to open (on a slow link, seconds after the page
   * was rendered): check, cheaply, whether anything happened in between. See `query`.
   */
  caughtUp?(): void;
}

/**
 * Subscribes for as long as the returned function is not called; call it when the component goes away
 * (return it from `$effect`).
 */
export function subscribe<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
  handlers: LiveHandlers<TData>,
): () => void {
  let stopped = false;
  let dispose: (() => void) | undefined;
  const reconnected = handlers.reconnected;
  if (reconnected) reconnectListeners.add(reconnected);
  const caughtUp = handlers.caughtUp;
  if (caughtUp && live.status !== 'connected') catchUpListeners.add(caughtUp);

  void client().then((c) => {
    if (stopped) return;
    dispose = c.subscribe<TData>(
      { query: document.toString(), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.data) handlers.next(result.data);
        },
        // A refused subscription (no longer allowed, gone) ends quietly: the page still shows what it loaded.
        error: () => {},
        complete: () => {},
      },
    );
  });

  return () => {
    stopped = true;
    if (reconnected) reconnectListeners.delete(reconnected);
    if (caughtUp) catchUpListeners.delete(caughtUp);
    dispose?.();
  };
}

/** A one-off query over the live connection (no extra HTTP request); undefined when it fails. */
export async function query<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
): Promise<TData | undefined> {
  const c = await client();
  return new Promise((resolve) => {
    let data: TData | undefined;
    c.subscribe<TData>(
      { query: document.toString(), variables: variables as Record<string, unknown> },
      {
        next: (result) => (data = result.data ?? undefined),
        error: () => resolve(undefined),
        complete: () => resolve(data),
      },
    );
  });
}
