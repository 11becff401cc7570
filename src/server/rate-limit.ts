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

/** Removes windows that ended long ago; rows are otherwise reused per key. */
export async function purgeExpiredBuckets(db: Db, now: Date): Promise<number> {
  return db.$executeRaw`DELETE FROM rate_limit_buckets WHERE reset_at < ${now}`;
}
