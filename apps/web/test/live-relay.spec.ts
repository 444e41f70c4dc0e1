/**
 * The web server's /live path relays GraphQL over WebSocket to the API for pages on this site only, with the
 * visitor's session cookie, so the API needs no public address and page scripts never see the token.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { registerPerson } from './support/people';
import { startStack, type Stack } from './support/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

function liveUrl(): string {
  return `${stack.webUrl.replace(/^http/, 'ws')}/live`;
}

/** A WebSocket as a browser on some origin would open it, with the cookies it would send. */
function socketFrom(origin: string, cookie?: string) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { origin, ...(cookie ? { cookie } : {}) } });
    }
  };
}

async function once<T>(origin: string, query: string, cookie?: string): Promise<T> {
  const client = createClient({ url: liveUrl(), webSocketImpl: socketFrom(origin, cookie), retryAttempts: 0, lazy: true });
  try {
    return await new Promise<T>((resolve, reject) => {
      let data: T;
      client.subscribe<T>({ query }, { next: (result) => (data = result.data as T), error: reject, complete: () => resolve(data) });
    });
  } finally {
    await client.dispose();
  }
}

function upgradeStatus(path: string, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${stack.webUrl.replace(/^http/, 'ws')}${path}`, 'graphql-transport-ws', { headers: { origin } });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', reject);
  });
}

describe('the /live relay', () => {
  it('answers pages of this site, as the person whose session cookie comes with it', async () => {
    const person = await registerPerson(stack.apiUrl, 'Bu Wulan');
    const origin = new URL(stack.webUrl).origin;

    const visitor = await once<{ me: null }>(origin, '{ me { id } }');
    expect(visitor.me).toBeNull();

    const signedIn = await once<{ me: { displayName: string } }>(origin, '{ me { displayName } }', `rembug_session=${person.token}`);
    expect(signedIn.me.displayName).toBe('Bu Wulan');
  });

  it('refuses other sites and other paths', async () => {
    expect(await upgradeStatus('/live', 'http://evil.example')).toBe(403);
    expect(await upgradeStatus('/graphql', new URL(stack.webUrl).origin)).toBe(404);
    expect(await upgradeStatus('/live', new URL(stack.webUrl).origin)).toBe(101);
  });
});
