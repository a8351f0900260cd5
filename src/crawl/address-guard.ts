// The SSRF guard: links found in feeds are written by strangers, so a crawl must not be steerable
// into the machine's own network (loopback admin ports, cloud metadata at 169.254.169.254, the
// office LAN). The check runs on IP literals before a request and, for names, inside the socket's
// DNS lookup — on the address actually connected to — so a name that resolves to a public address
// once and a private one later (DNS rebinding) cannot slip through.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

/** Ranges that are not the public internet (IPv4-mapped IPv6 forms are unwrapped first). */
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique-local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 IPv6 address, else null. */
function embeddedIPv4(ip6: string): string | null {
  const lower = ip6.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|::|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const hi = Number.parseInt(hex[1]!, 16);
  const lo = Number.parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** True when an IP address is loopback, private, link-local, CGNAT, multicast or otherwise not public. */
export function isNonPublicAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, "ipv4");
  if (family === 6) {
    const v4 = embeddedIPv4(ip);
    if (v4 !== null) return blocked.check(v4, "ipv4");
    return blocked.check(ip, "ipv6");
  }
  return true; // not an address at all: refuse rather than guess
}

/** The IP literal a URL's host is, without IPv6 brackets, or null for a name. */
export function hostLiteral(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return isIP(bare) ? bare : null;
}

/** Thrown from inside the socket's lookup; fetch.ts turns it into WallwatchError("fetch.refused_address"). */
export class RefusedAddressError extends Error {
  readonly code = "WALLWATCH_REFUSED_ADDRESS";
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to non-public address ${address}`);
  }
}

/** Same shape as dns.lookup (the form net.connect calls), so tests can map names to 127.0.0.1. */
export type LookupFunction = (
  hostname: string,
  options: { family?: number | string; all?: boolean; hints?: number },
  callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/** The system resolver, in the shape above. */
export const systemLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true } as never, callback as never);
};

/**
 * Wraps a lookup so it refuses names resolving to any address `refuse` rejects (when one of several
 * addresses is private the name is refused outright: picking the public one would still let a
 * later connection attempt fall back to the private one).
 */
export function guardedLookup(inner: LookupFunction, refuse: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    inner(hostname, { ...options, all: true }, (err, result) => {
      if (err) return callback(err, "");
      const list: LookupAddress[] = Array.isArray(result) ? result : [{ address: result, family: isIP(result) || 4 }];
      const bad = list.find((a) => refuse(a.address));
      if (bad) return callback(new RefusedAddressError(hostname, bad.address) as unknown as NodeJS.ErrnoException, "");
      if (list.length === 0) {
        const e: NodeJS.ErrnoException = new Error(`${hostname}: no addresses`);
        e.code = "ENOTFOUND";
        return callback(e, "");
      }
      if (options.all) return callback(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** Normalises any lookup (one address or all) to the shape net.connect asked for. */
export function plainLookup(inner: LookupFunction): LookupFunction {
  return guardedLookup(inner, () => false);
}
