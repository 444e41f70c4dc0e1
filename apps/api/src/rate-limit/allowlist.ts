import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** An address (a range of one) or a CIDR range; IPv4 written as IPv6 (`::ffff:10.0.0.0/104`) becomes plain IPv4. */
function parseRange(entry: string): Range | null {
  const [address, bits, ...rest] = entry.split('/');
  // node:net's check is strict: ipaddr.js alone would also take "10" or "0x0a.0.0.1", which nobody means here.
  if (rest.length > 0 || !isIP(address)) return null;
  const parsed = ipaddr.parse(address);
  const max = parsed.kind() === 'ipv4' ? 32 : 128;
  if (bits !== undefined && !/^\d{1,3}$/.test(bits)) return null;
  const prefix = bits === undefined ? max : Number(bits);
  if (prefix > max) return null;
  if (parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress() && prefix >= 96) return [parsed.toIPv4Address(), prefix - 96];
  return [parsed, prefix];
}

/** Whether an entry is one address or a CIDR range, written as people write them (also for TRUST_PROXY). */
export function isAddressOrRange(entry: string): boolean {
  return parseRange(entry) !== null;
}

/** Checks RATE_LIMIT_ALLOWLIST entries; a bad one stops the start, since a typo would silently exempt nobody. */
export function validateAllowlist(entries: readonly string[]): string[] {
  for (const entry of entries) {
    if (!parseRange(entry)) {
      throw new Error(
        `RATE_LIMIT_ALLOWLIST: "${entry}" is neither an IP address nor a CIDR range (write e.g. 203.0.113.7, 10.0.0.0/8 or 2001:db8::/32, separated by commas)`,
      );
    }
  }
  return [...entries];
}

/** The addresses exempt from rate limits and new-account caps (RATE_LIMIT_ALLOWLIST). */
export class Allowlist {
  private readonly ranges: Range[];

  constructor(entries: readonly string[]) {
    this.ranges = validateAllowlist(entries).map((entry) => parseRange(entry)!);
  }

  get empty(): boolean {
    return this.ranges.length === 0;
  }

  has(address: string): boolean {
    if (this.ranges.length === 0 || !isIP(address)) return false;
    // process() turns an IPv4-mapped IPv6 address into IPv4, so 10.0.0.0/8 also covers ::ffff:10.1.2.3.
    const parsed = ipaddr.process(address);
    return this.ranges.some(([range, bits]) =>
      parsed instanceof ipaddr.IPv4 ? range instanceof ipaddr.IPv4 && parsed.match(range, bits) : range instanceof ipaddr.IPv6 && parsed.match(range, bits),
    );
  }
}
