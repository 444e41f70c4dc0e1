import { Allowlist, validateAllowlist } from './allowlist.js';

describe('RATE_LIMIT_ALLOWLIST', () => {
  it('matches single addresses, IPv4 and IPv6', () => {
    const list = new Allowlist(['203.0.113.7', '2001:db8::1']);
    expect(list.has('203.0.113.7')).toBe(true);
    expect(list.has('203.0.113.8')).toBe(false);
    expect(list.has('2001:db8::1')).toBe(true);
    expect(list.has('2001:db8:0:0:0:0:0:1')).toBe(true);
    expect(list.has('2001:db8::2')).toBe(false);
  });

  it('matches CIDR ranges, IPv4 and IPv6, at their edges', () => {
    const list = new Allowlist(['10.20.0.0/16', '2001:db8:abcd::/48']);
    expect(list.has('10.20.0.0')).toBe(true);
    expect(list.has('10.20.255.255')).toBe(true);
    expect(list.has('10.21.0.0')).toBe(false);
    expect(list.has('10.19.255.255')).toBe(false);
    expect(list.has('2001:db8:abcd:ffff::9')).toBe(true);
    expect(list.has('2001:db8:abce::1')).toBe(false);
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address, both ways', () => {
    expect(new Allowlist(['127.0.0.1']).has('::ffff:127.0.0.1')).toBe(true);
    expect(new Allowlist(['10.0.0.0/8']).has('::ffff:10.1.2.3')).toBe(true);
    expect(new Allowlist(['::ffff:10.0.0.0/104']).has('10.9.9.9')).toBe(true);
    expect(new Allowlist(['::ffff:10.0.0.0/104']).has('11.0.0.1')).toBe(false);
  });

  it('never mixes families and never matches what is not an address', () => {
    const list = new Allowlist(['0.0.0.0/0']);
    expect(list.has('198.51.100.1')).toBe(true);
    expect(list.has('2001:db8::1')).toBe(false);
    expect(list.has('unknown')).toBe(false);
    expect(new Allowlist([]).has('127.0.0.1')).toBe(false);
  });

  it.each(['10.0.0.300', '10.0.0.0/33', '2001:db8::/129', 'localhost', '10', '0x0a.0.0.1', '10.0.0.0/8/8', '10.0.0.0/', '10.0.0.0/-1', '10.0.0.0/a'])(
    'refuses "%s" with a message naming it',
    (entry) => {
      expect(() => validateAllowlist([entry])).toThrow(`RATE_LIMIT_ALLOWLIST: "${entry}" is neither an IP address nor a CIDR range`);
    },
  );
});
