import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/env";
import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "./errors";
import { assertWithinLimits, hit, type RateLimit, undoHit } from "./rate-limit";

/**
 * 6-digit codes sent by e-mail (password resets of admins and of accounts).
 * A code is stored only as an HMAC, lives a few minutes, works once, and a new
 * request replaces it. Every guess is counted before it is compared, in one
 * atomic statement each: against the code (`guessesPerCode`, after which it is
 * dead even for the right value) and against the e-mail address across codes
 * (`wrongCodesPerEmail`), so concurrent guesses cannot pass the limits while
 * earlier ones are still in flight. A right guess gives both back.
 */
export interface OneTimeCodePolicy {
  /** Namespaces the codes: `admin-reset`, `account-reset`. */
  purpose: string;
  lifetimeMinutes: number;
  guessesPerCode: number;
  requestsPerEmail: RateLimit;
  requestsPerAddress: RateLimit;
  /** Wrong codes per e-mail address across codes (NIST SP 800-63B): a new code does not reset it. */
  wrongCodesPerEmail: RateLimit;
}

const HOUR = 60 * 60;

/**
 * The app's password-reset codes: 10 minutes, 5 guesses each; 5 requests per
 * e-mail and 20 per client address, and 10 wrong codes per e-mail, an hour.
 * `limits` prefixes the rate-limit counters' names.
 */
export function passwordResetCodes(purpose: string, limits: string): OneTimeCodePolicy {
  return {
    purpose,
    lifetimeMinutes: 10,
    guessesPerCode: 5,
    requestsPerEmail: { name: `${limits}-request-email`, limit: 5, windowSeconds: HOUR },
    requestsPerAddress: { name: `${limits}-request-address`, limit: 20, windowSeconds: HOUR },
    wrongCodesPerEmail: { name: `${limits}-wrong-code`, limit: 10, windowSeconds: HOUR },
  };
}

type Db = Pick<PrismaClient, "$queryRaw" | "$executeRaw" | "oneTimeCode">;

const keyOf = (policy: OneTimeCodePolicy, ownerId: string) => `${policy.purpose}:${ownerId}`;

function codeHash(key: string, code: string): string {
  return createHmac("sha256", getEnv().AUTH_SECRET).update(`${key}:${code}`).digest("hex");
}

/** Counts a code request against the e-mail's and the client address's limits (429 beyond). */
export async function countCodeRequest(
  db: Db,
  policy: OneTimeCodePolicy,
  request: { email: string; clientAddress: string; now: Date },
): Promise<void> {
  const states = await Promise.all([
    hit(db, policy.requestsPerEmail, request.email, request.now),
    hit(db, policy.requestsPerAddress, request.clientAddress, request.now),
  ]);
  assertWithinLimits(states, "Too many code requests; try again later");
}

/** A fresh code (CSPRNG) for `ownerId`, replacing any earlier one. */
export async function issueCode(
  db: Db,
  policy: OneTimeCodePolicy,
  ownerId: string,
  now: Date,
): Promise<string> {
  const key = keyOf(policy, ownerId);
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const row = {
    codeHash: codeHash(key, code),
    expiresAt: new Date(now.getTime() + policy.lifetimeMinutes * 60_000),
    attempts: 0,
    consumedAt: null,
    createdAt: now,
  };
  await db.oneTimeCode.upsert({ where: { key }, create: { key, ...row }, update: row });
  return code;
}

export interface Guess {
  /** The address the code was asked for; its wrong-code limit counts every guess. */
  email: string;
  /** The owner of that address, or null when nobody has it (the guess still counts). */
  ownerId: string | null;
  code: string;
  now: Date;
}

/**
 * Whether `guess` is the owner's live code. Throws 429 once the address has
 * used up its wrong codes; a wrong, used, expired or exhausted code is false.
 */
export async function checkCode(db: Db, policy: OneTimeCodePolicy, guess: Guess): Promise<boolean> {
  const state = await hit(db, policy.wrongCodesPerEmail, guess.email, guess.now);
  if (state.exceeded) {
    throw new AppError("TOO_MANY_REQUESTS", "Too many wrong codes; try again later", {
      retryAfterSeconds: state.retryAfterSeconds,
    });
  }
  if (guess.ownerId === null) return false;
  const key = keyOf(policy, guess.ownerId);
  const [live] = await db.$queryRaw<{ code_hash: string }[]>`
    UPDATE one_time_codes SET attempts = attempts + 1
     WHERE key = ${key} AND consumed_at IS NULL AND expires_at > ${guess.now}
       AND attempts < ${policy.guessesPerCode}
    RETURNING code_hash`;
  if (!live) return false;
  const given = codeHash(key, guess.code);
  if (!timingSafeEqual(Buffer.from(given), Buffer.from(live.code_hash))) return false;
  await Promise.all([
    db.$executeRaw`
      UPDATE one_time_codes SET attempts = greatest(attempts - 1, 0)
       WHERE key = ${key} AND code_hash = ${given}`,
    undoHit(db, policy.wrongCodesPerEmail, guess.email),
  ]);
  return true;
}

/**
 * Uses the owner's code up, once even under concurrent requests: true for the
 * one request that did. Call inside the transaction that acts on it.
 */
export async function consumeCode(
  db: Pick<PrismaClient, "oneTimeCode">,
  policy: OneTimeCodePolicy,
  ownerId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const key = keyOf(policy, ownerId);
  const { count } = await db.oneTimeCode.updateMany({
    where: { key, codeHash: codeHash(key, code), consumedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  return count === 1;
}

/** Removes codes that expired long ago; rows are otherwise reused per owner. */
export async function purgeExpiredCodes(db: Db, now: Date): Promise<number> {
  return db.$executeRaw`DELETE FROM one_time_codes WHERE expires_at < ${now}`;
}
