// The web server: SvelteKit's Node server, plus one WebSocket path, /live, passed through to the API's
// GraphQL-over-WebSocket endpoint. Browsers talk to one origin only, so the httpOnly session cookie reaches
// the API without page scripts ever seeing it, and the API need not be reachable from the internet.
import net from 'node:net';
import tls from 'node:tls';
import { server } from './build/index.js';

const LIVE_PATH = '/live';
const apiUrl = new URL(process.env.API_URL || 'http://127.0.0.1:4000');
const publicOrigin = process.env.ORIGIN ? new URL(process.env.ORIGIN).origin : undefined;
/** Headers the browser sent that must not be passed on as they are. */
const HOP_BY_HOP = new Set(['host', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'forwarded']);

/** Upgraded sockets are no longer the HTTP server's: they are tracked here and closed on shutdown. */
const liveSockets = new Set();

server.server.on('upgrade', (request, socket, head) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname !== LIVE_PATH) return refuse(socket, 404, 'Not Found');
  // Another site's page must not open a live connection with a visitor's cookie.
  if (publicOrigin && request.headers.origin !== publicOrigin) return refuse(socket, 403, 'Forbidden');

  const secure = apiUrl.protocol === 'https:' || apiUrl.protocol === 'wss:';
  const port = Number(apiUrl.port) || (secure ? 443 : 80);
  const upstream = secure
    ? tls.connect({ host: apiUrl.hostname, port, servername: apiUrl.hostname })
    : net.connect({ host: apiUrl.hostname, port });
  track(socket);
  track(upstream);

  upstream.once(secure ? 'secureConnect' : 'connect', () => {
    const lines = [`GET ${apiUrl.pathname.replace(/\/+$/, '')}/graphql HTTP/1.1`, `Host: ${apiUrl.host}`];
    for (let i = 0; i < request.rawHeaders.length; i += 2) {
      const name = request.rawHeaders[i];
      if (!HOP_BY_HOP.has(name.toLowerCase())) lines.push(`${name}: ${request.rawHeaders[i + 1]}`);
    }
    // The API limits by address: it must see the visitor's, not this server's.
    if (request.socket.remoteAddress) lines.push(`X-Forwarded-For: ${request.socket.remoteAddress}`);
    if (publicOrigin) lines.push(`X-Forwarded-Proto: ${new URL(publicOrigin).protocol.replace(':', '')}`);
    upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (head.length > 0) upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });

  const close = () => {
    socket.destroy();
    upstream.destroy();
  };
  socket.on('error', close);
  socket.on('close', close);
  upstream.on('error', (error) => {
    // The API is down or restarting: the browser's client retries on its own.
    if (!socket.writableEnded && socket.bytesWritten === 0) refuse(socket, 502, 'Bad Gateway');
    else close();
    if (process.env.LOG_LEVEL !== 'silent') console.warn(`[rembug-web] live connection to the API failed: ${error.message}`);
  });
  upstream.on('close', close);
});

function track(socket) {
  liveSockets.add(socket);
  socket.once('close', () => liveSockets.delete(socket));
}

function refuse(socket, status, reason) {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

// SvelteKit stops accepting requests on these signals and waits for open ones; long-lived live sockets
// would hold it open, so they are closed (clients reconnect to whichever server comes next).
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    for (const socket of liveSockets) socket.destroy();
  });
}
