import net from 'node:net';

/** Next to the usual 5432, so a machine's own PostgreSQL keeps its port and the URL stays predictable. */
export const PREFERRED_PORT = 5433;

function listenOnce(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(undefined));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * A port that is free on 127.0.0.1 right now. Another process may still take it before PostgreSQL binds it,
 * so callers retry on "address in use".
 */
export async function findFreePort(allowPreferred: boolean): Promise<number> {
  if (allowPreferred && (await listenOnce(PREFERRED_PORT)) !== undefined) return PREFERRED_PORT;
  const port = await listenOnce(0);
  if (port === undefined) throw new Error('Could not find a free TCP port on 127.0.0.1');
  return port;
}
