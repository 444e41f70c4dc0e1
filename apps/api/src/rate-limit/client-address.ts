import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

/** Whether the hop at `address` (`hop` 0 is the socket peer) is a proxy whose X-Forwarded-For may be believed. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY read exactly as Express reads the same string for `trust proxy` (comma-separated addresses, CIDR
 * ranges or the names loopback, linklocal and uniquelocal). Unset: no proxy is trusted, X-Forwarded-For is ignored.
 */
export function compileTrust(setting: string | undefined): TrustProxy {
  if (!setting) return () => false;
  return proxyaddr.compile(setting.split(',').map((entry) => entry.trim()));
}

/** `::ffff:127.0.0.1` is 127.0.0.1: a dual-stack socket reports IPv4 clients that way. */
export function normalizeAddress(address: string): string {
  if (!isIP(address)) return address;
  const parsed = ipaddr.process(address);
  return parsed.toString();
}

/**
 * The client's address, for an Express request (HTTP; `req.ip` already honours `trust proxy`) and for the
 * WebSocket upgrade request a live operation carries (no `.ip`: the same answer is computed with the same rules).
 */
export function clientAddress(req: IncomingMessage & { ip?: string }, trust: TrustProxy): string {
  const address = typeof req.ip === 'string' ? req.ip : req.socket?.remoteAddress ? proxyaddr(req, trust) : undefined;
  return address ? normalizeAddress(address) : 'unknown';
}

/**
 * What an address-based limit counts against: the address itself for IPv4; for IPv6 its /64 network, because one
 * household or phone is given a whole /64 and could otherwise step around a limit by changing the last half.
 */
export function addressSubject(address: string): string {
  if (!isIP(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed instanceof ipaddr.IPv4) return parsed.toString();
  return `${new ipaddr.IPv6([...parsed.parts.slice(0, 4), 0, 0, 0, 0]).toString()}/64`;
}
