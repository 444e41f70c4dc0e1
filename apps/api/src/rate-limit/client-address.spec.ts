import type { IncomingMessage } from 'node:http';
import { addressSubject, clientAddress, compileTrust, normalizeAddress } from './client-address.js';

/** The WebSocket upgrade request a live operation carries: a socket and headers, no Express `.ip`. */
function upgradeRequest(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress }, connection: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} } as unknown as IncomingMessage;
}

describe('clientAddress', () => {
  it('uses Express req.ip when there is one (it already honours trust proxy), normalised', () => {
    const req = Object.assign(upgradeRequest('10.0.0.1', '198.51.100.7'), { ip: '::ffff:203.0.113.9' });
    expect(clientAddress(req, compileTrust(undefined))).toBe('203.0.113.9');
  });

  it('ignores X-Forwarded-For unless the peer is a trusted proxy', () => {
    const req = upgradeRequest('::ffff:127.0.0.1', '198.51.100.7');
    expect(clientAddress(req, compileTrust(undefined))).toBe('127.0.0.1');
    expect(clientAddress(req, compileTrust('10.0.0.0/8'))).toBe('127.0.0.1');
    expect(clientAddress(req, compileTrust('loopback'))).toBe('198.51.100.7');
  });

  it('walks X-Forwarded-For from the right only through trusted proxies, as Express does', () => {
    // The client could have written anything on the left; only what trusted hops appended counts.
    const req = upgradeRequest('127.0.0.1', '6.6.6.6, 198.51.100.7, 10.1.1.1');
    expect(clientAddress(req, compileTrust('loopback, 10.0.0.0/8'))).toBe('198.51.100.7');
    expect(clientAddress(req, compileTrust('loopback'))).toBe('10.1.1.1');
  });

  it('says "unknown" when the socket is gone', () => {
    expect(clientAddress({ socket: {}, headers: {} } as unknown as IncomingMessage, compileTrust(undefined))).toBe('unknown');
  });

  it('normalises addresses', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(normalizeAddress('not an address')).toBe('not an address');
  });

  it('counts IPv6 clients per /64 and IPv4 clients per address', () => {
    expect(addressSubject('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressSubject('2001:db8:1:2:bbbb::9')).toBe('2001:db8:1:2::/64');
    expect(addressSubject('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressSubject('203.0.113.9')).toBe('203.0.113.9');
    expect(addressSubject('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });
});
