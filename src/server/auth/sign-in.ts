import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import {
  assertWithinLimits,
  clearHits,
  hit,
  type RateLimit,
  type RateLimitState,
  undoHit,
} from "@/server/rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";

export const INVALID_CREDENTIALS = "Invalid e-mail or password";

/**
 * Failed sign-ins counted per window. Past the first two the attempt is refused
 * (429); past the third it is only slowed down, so that a stranger who fails an
 * account's sign-in on purpose locks out themselves, never its owner.
 */
export interface SignInLimits {
  /** One account from one client address: the guesser. */
  perAccountAndAddress: RateLimit;
  /** One client address across accounts: credential stuffing. */
  perAddress: RateLimit;
  /** One account from anywhere: a distributed guess, slowed down instead of refused. */
  perAccount: RateLimit;
}

const FIFTEEN_MINUTES = 15 * 60;

/** The sign-in policy of the app, with its own counters per API (`name` prefixes them). */
export function signInLimits(name: string): SignInLimits {
  return {
    perAccountAndAddress: {
      name: `${name}-account-address`,
      limit: 10,
      windowSeconds: FIFTEEN_MINUTES,
    },
    perAddress: { name: `${name}-address`, limit: 30, windowSeconds: FIFTEEN_MINUTES },
    perAccount: { name: `${name}-account`, limit: 50, windowSeconds: FIFTEEN_MINUTES },
  };
}

/** The slow-down past the per-account limit: one second more per 10 failures, at most 5. */
export function slowDownMs(perAccount: RateLimitState, rule: RateLimit): number {
  if (!perAccount.exceeded) return 0;
  const excess = perAccount.hits - rule.limit;
  return Math.min(5_000, 1_000 * Math.ceil(excess / 10));
}

export interface SignInAttempt {
  email: string;
  password: string;
  clientAddress: string;
  now: Date;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The check behind every sign-in (Backoffice API, admin API, browser). The
 * attempt counts against every limit before bcrypt runs: 429 once this
 * address has failed too often for this account or for any, a delay once the
 * account has failed too often from everywhere. The password is compared with
 * the user's hash, or with a dummy hash for an unknown e-mail so that both take
 * the same time, and both fail with the same 401. A success takes back its hits.
 */
export async function checkPassword<User extends { passwordHash: string }>(
  db: Pick<PrismaClient, "$queryRaw" | "$executeRaw">,
  limits: SignInLimits,
  attempt: SignInAttempt,
  findUser: () => Promise<User | null>,
  onRejected?: (user: User | null) => void,
): Promise<User> {
  const accountAndAddress = `${attempt.email} ${attempt.clientAddress}`;
  const [pair, address, account] = await Promise.all([
    hit(db, limits.perAccountAndAddress, accountAndAddress, attempt.now),
    hit(db, limits.perAddress, attempt.clientAddress, attempt.now),
    hit(db, limits.perAccount, attempt.email, attempt.now),
  ]);
  assertWithinLimits([pair, address], "Too many failed sign-in attempts; try again later");
  const delay = slowDownMs(account, limits.perAccount);
  if (delay > 0) await sleep(delay);

  const user = await findUser();
  const valid = user
    ? await verifyPassword(attempt.password, user.passwordHash)
    : await verifyAgainstDummy(attempt.password);
  if (!user || !valid) {
    onRejected?.(user);
    throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
  }
  await Promise.all([
    clearHits(db, limits.perAccountAndAddress, accountAndAddress),
    undoHit(db, limits.perAddress, attempt.clientAddress),
    undoHit(db, limits.perAccount, attempt.email),
  ]);
  return user;
}
