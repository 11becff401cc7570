import { isIPv4, isIPv6 } from "node:net";
import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "./errors";

/**
 * Fixed-window counters in the database, so that every app instance shares
 * them. A hit is one atomic upsert: concurrent requests cannot both slip under
 * the limit. (rate-limiter-flexible's Prisma store reads, then writes, in an
 * interactive transaction, which is neither atomic under READ COMMITTED nor
 * cheap on the single-connection embedded database.)
 */
export interface RateLimit {
  /** Namespaces the keys of this limit. */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitState {
  hits: number;
  exceeded: boolean;
  retryAfterSeconds: number;
}

type Db = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

function bucketKey(rule: RateLimit, key: string): string {
  return `${rule.name}:${key}`;
}

function stateOf(rule: RateLimit, hits: number, resetAt: Date, now: Date): RateLimitState {
  return {
    hits,
    exceeded: hits > rule.limit,
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)),
  };
}

/** Counts one hit against `key` and returns the window's count so far. */
export async function hit(
  db: Db,
  rule: RateLimit,
  key: string,
  now: Date,
): Promise<RateLimitState> {
  const windowEnd = new Date(now.getTime() + rule.windowSeconds * 1000);
  const [row] = await db.$queryRaw<{ hits: number; reset_at: Date }[]>`
    INSERT INTO rate_limit_buckets (key, hits, reset_at)
    VALUES (${bucketKey(rule, key)}, 1, ${windowEnd})
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limit_buckets.reset_at <= ${now} THEN 1 ELSE rate_limit_buckets.hits + 1 END,
      reset_at = CASE WHEN rate_limit_buckets.reset_at <= ${now} THEN ${windowEnd} ELSE rate_limit_buckets.reset_at END
    RETURNING hits, reset_at`;
  return stateOf(rule, row!.hits, row!.reset_at, now);
}

/** The window's count so far, without counting a hit. */
export async function peek(
  db: Db,
  rule: RateLimit,
  key: string,
  now: Date,
): Promise<RateLimitState> {
  const [row] = await db.$queryRaw<{ hits: number; reset_at: Date }[]>`
    SELECT hits, reset_at FROM rate_limit_buckets
     WHERE key = ${bucketKey(rule, key)} AND reset_at > ${now}`;
  return row ? stateOf(rule, row.hits, row.reset_at, now) : stateOf(rule, 0, now, now);
}

/**
 * For counters that are hit only on failure: throws 429 once `key` has used up
 * its limit in the current window, before anything is attempted.
 */
export async function assertNotExhausted(
  db: Db,
  rule: RateLimit,
  key: string,
  now: Date,
  message: string,
): Promise<void> {
  const state = await peek(db, rule, key, now);
  if (state.hits >= rule.limit) {
    throw new AppError("TOO_MANY_REQUESTS", message, {
      retryAfterSeconds: state.retryAfterSeconds,
    });
  }
}

/** Takes back one hit, for an attempt that turned out fine. */
export async function undoHit(db: Db, rule: RateLimit, key: string): Promise<void> {
  await db.$executeRaw`
    UPDATE rate_limit_buckets SET hits = greatest(hits - 1, 0) WHERE key = ${bucketKey(rule, key)}`;
}

export async function clearHits(db: Db, rule: RateLimit, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM rate_limit_buckets WHERE key = ${bucketKey(rule, key)}`;
}

/** Throws 429 with the longest wait of the exceeded limits. */
export function assertWithinLimits(states: RateLimitState[], message: string): void {
  const exceeded = states.filter((state) => state.exceeded);
  if (exceeded.length === 0) return;
  const retryAfterSeconds = Math.max(...exceeded.map((state) => state.retryAfterSeconds));
  throw new AppError("TOO_MANY_REQUESTS", message, { retryAfterSeconds });
}

/**
 * How far past its limit a counter is, turned into a wait: nothing within the
 * limit, then `msPerLimit` for each limit's worth of excess, in proportion
 * (with a limit of 300 and 1,000 ms per limit, the 450th hit waits 500 ms),
 * never more than `maxMs`.
 */
export function delayPastLimitMs(
  state: Pick<RateLimitState, "hits">,
  rule: Pick<RateLimit, "limit">,
  { msPerLimit, maxMs }: { msPerLimit: number; maxMs: number },
): number {
  const excess = state.hits - rule.limit;
  if (excess <= 0) return 0;
  return Math.min(maxMs, Math.ceil((excess * msPerLimit) / Math.max(1, rule.limit)));
}

/**
 * Removes the windows that have ended. A window's row is reused by its key's
 * next hit, so nothing is lost: a purged key simply starts a fresh window.
 * Every new client address adds a row, so this runs at start-up and on a
 * schedule. Returns the number of rows removed.
 */
export async function purgeExpiredRateLimitBuckets(db: Db, now = new Date()): Promise<number> {
  return db.$executeRaw`DELETE FROM rate_limit_buckets WHERE reset_at <= ${now}`;
}

// ---- Client addresses ----

/** `[2001:db8::1]:443` and `203.0.113.7:443` without their port, `fe80::1%eth0` without its zone. */
function bareAddress(raw: string): string {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (withPort) address = withPort[1]!;
  const zone = address.indexOf("%");
  if (zone > 0 && address.includes(":")) address = address.slice(0, zone);
  return address;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted IPv4 tail read). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    const [a, b, c, d] = tail.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const [head, rest] = text.split("::") as [string, string | undefined];
  if (rest === undefined) return parse(head);
  const before = parse(head);
  const after = parse(rest);
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}

/**
 * What a client address is counted as by every per-address limit. An IPv4
 * address is itself. An IPv6 address is its /64, the block a single
 * subscriber, server or VPN exit is handed, which hands out 2^64 addresses of
 * its own: counting each address apart would give one machine unlimited
 * guesses. An IPv4-mapped IPv6 address (`::ffff:203.0.113.7`, what a dual-stack
 * socket reports for an IPv4 client) is the IPv4 address. Anything else (no
 * address at all) is kept as it is.
 */
export function rateLimitAddress(raw: string): string {
  const address = bareAddress(raw);
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return raw.trim();
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    const [high, low] = [groups[6]!, groups[7]!];
    return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}
