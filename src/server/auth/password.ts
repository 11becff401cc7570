import bcrypt from "bcrypt";
import { getEnv } from "@/env";
import { type ConcurrencyLimit, concurrencyLimit } from "@/lib/concurrency-limit";

/**
 * bcrypt through its async API, so hashing runs on libuv's thread pool and a
 * burst of logins does not stall the event loop. The cost comes from
 * BCRYPT_COST (12 by default; tests lower it). At most BCRYPT_CONCURRENCY
 * hashes run at once (by default one core fewer than the machine has): a storm
 * of sign-ins queues here instead of taking every core and every libuv thread
 * from the requests being served. Rate limits are counted before this queue.
 */

// One queue per process: Next.js's bundles and the server's own modules share it.
const holder = globalThis as typeof globalThis & {
  __photoBackofficeBcryptLimit?: ConcurrencyLimit;
};

function bcryptTurn<T>(work: () => Promise<T>): Promise<T> {
  holder.__photoBackofficeBcryptLimit ??= concurrencyLimit(getEnv().BCRYPT_CONCURRENCY);
  return holder.__photoBackofficeBcryptLimit.run(work);
}

export function hashPassword(plain: string): Promise<string> {
  return bcryptTurn(() => bcrypt.hash(plain, getEnv().BCRYPT_COST));
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcryptTurn(() => bcrypt.compare(plain, hash));
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for an unknown account, so that
 * response times do not reveal which e-mail addresses exist. Always false.
 */
export async function verifyAgainstDummy(plain: string): Promise<false> {
  dummyHash ??= hashPassword("dummy password for timing");
  await verifyPassword(plain, await dummyHash);
  return false;
}
