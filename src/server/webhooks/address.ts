import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * Where webhooks may be sent (SSRF). Link-local and cloud metadata addresses
 * are refused always; private, loopback and other internal ranges unless
 * WEBHOOK_ALLOW_PRIVATE is set (an intranet, tests). The check runs on the
 * addresses a hostname resolves to, and the request then connects to the
 * address that was checked (send.ts), so a name that resolves elsewhere a
 * second later (DNS rebinding) gains nothing.
 */

const ALWAYS_REFUSED = new BlockList();
ALWAYS_REFUSED.addSubnet("169.254.0.0", 16, "ipv4"); // link-local, incl. 169.254.169.254
ALWAYS_REFUSED.addSubnet("0.0.0.0", 8, "ipv4"); // "this host": connects to the server itself
ALWAYS_REFUSED.addSubnet("224.0.0.0", 4, "ipv4"); // multicast
ALWAYS_REFUSED.addSubnet("240.0.0.0", 4, "ipv4"); // reserved, broadcast
ALWAYS_REFUSED.addSubnet("fe80::", 10, "ipv6"); // link-local
ALWAYS_REFUSED.addSubnet("ff00::", 8, "ipv6"); // multicast
ALWAYS_REFUSED.addAddress("::", "ipv6");
ALWAYS_REFUSED.addAddress("fd00:ec2::254", "ipv6"); // AWS metadata over IPv6

const PRIVATE = new BlockList();
PRIVATE.addSubnet("10.0.0.0", 8, "ipv4");
PRIVATE.addSubnet("172.16.0.0", 12, "ipv4");
PRIVATE.addSubnet("192.168.0.0", 16, "ipv4");
PRIVATE.addSubnet("127.0.0.0", 8, "ipv4");
PRIVATE.addSubnet("100.64.0.0", 10, "ipv4"); // carrier-grade NAT
PRIVATE.addSubnet("198.18.0.0", 15, "ipv4"); // benchmarking
PRIVATE.addAddress("::1", "ipv6");
PRIVATE.addSubnet("fc00::", 7, "ipv6"); // unique local

/** Hostnames of cloud metadata services, refused before any lookup. */
const METADATA_HOSTS = new Set(["metadata.google.internal", "metadata", "instance-data"]);

export class RefusedAddressError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusedAddressError";
  }
}

/** An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 one. */
function unmapped(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return { address: mapped[1], family: "ipv4" };
  return { address, family: isIP(address) === 4 ? "ipv4" : "ipv6" };
}

/** Why `address` (an IP) may not receive webhooks, or null when it may. */
export function refusalOf(address: string, allowPrivate: boolean): string | null {
  if (isIP(address) === 0) return `${address} is not an IP address`;
  const { address: ip, family } = unmapped(address);
  if (family === "ipv6") {
    // Hex-written IPv4-mapped addresses (::ffff:7f00:1) are refused rather than decoded.
    if (/^::ffff:/i.test(ip)) return "IPv4-mapped IPv6 addresses are not accepted";
  }
  if (ALWAYS_REFUSED.check(ip, family)) {
    return `${address} is a link-local, metadata or reserved address`;
  }
  if (!allowPrivate && PRIVATE.check(ip, family)) {
    return `${address} is a private or loopback address (WEBHOOK_ALLOW_PRIVATE is not set)`;
  }
  return null;
}

export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * The address to connect to for `hostname` (a name or an IP literal), every
 * address it resolves to checked: one refused address refuses the name.
 * Throws a RefusedAddressError with the reason.
 */
export async function checkedAddressOf(
  hostname: string,
  allowPrivate: boolean,
  resolve: Resolver = systemResolver,
): Promise<CheckedAddress> {
  const host = hostname
    .replace(/^\[|\]$/g, "")
    .toLowerCase()
    .replace(/\.$/, "");
  if (METADATA_HOSTS.has(host)) throw new RefusedAddressError(`${host} is a metadata service`);
  const literal = isIP(host);
  let addresses: { address: string; family: number }[];
  if (literal !== 0) {
    addresses = [{ address: host, family: literal }];
  } else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new RefusedAddressError(`${host} does not resolve`);
    }
  }
  if (addresses.length === 0) throw new RefusedAddressError(`${host} does not resolve`);
  for (const { address } of addresses) {
    const refusal = refusalOf(address, allowPrivate);
    if (refusal) {
      throw new RefusedAddressError(literal ? refusal : `${host} resolves to ${refusal}`);
    }
  }
  const [first] = addresses as [{ address: string; family: number }];
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}
