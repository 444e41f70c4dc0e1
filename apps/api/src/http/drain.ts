import type { Server } from 'node:http';
import net from 'node:net';

let draining = false;

/** True once shutdown has begun: health checks then tell load balancers to send traffic elsewhere. */
export function isDraining(): boolean {
  return draining;
}

/**
 * Lets a server finish its work before it stops. Shutdown has three steps:
 * keep accepting for a grace period while /health answers 503, so a load
 * balancer stops routing here and connections already opened are taken in;
 * then stop accepting; then wait until no request has been active for a
 * moment before closing idle connections. (Node's own `server.close()` would
 * drop connections whose request has not been read yet.)
 */
export function trackRequests(server: Server) {
  let active = 0;
  server.on('request', (_req, res) => {
    active++;
    // Tell keep-alive clients to reconnect elsewhere rather than reuse this connection.
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => active--);
  });

  return async function drain(options: { graceMs: number; quietMs?: number; maxMs?: number }): Promise<void> {
    const quietMs = options.quietMs ?? 250;
    const deadline = Date.now() + (options.maxMs ?? 25_000);
    draining = true;
    await new Promise((r) => setTimeout(r, options.graceMs));
    // The net.Server close stops accepting without touching open connections.
    net.Server.prototype.close.call(server);
    let quietSince = 0;
    while (Date.now() < deadline) {
      if (active > 0) quietSince = 0;
      else if (!quietSince) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    server.closeIdleConnections();
  };
}
