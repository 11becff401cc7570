import type { PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { assertWithinLimits, clearHits, hit, type RateLimit, undoHit } from "@/server/rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";

export const INVALID_CREDENTIALS = "Invalid e-mail or password";

/** Failed sign-ins allowed per e-mail address and per client address in a window. */
export interface SignInLimits {
  perEmail: RateLimit;
  perAddress: RateLimit;
}

export interface SignInAttempt {
  email: string;
  password: string;
  clientAddress: string;
  now: Date;
}

/**
 * The check behind every sign-in (Backoffice API, admin API, browser). The
 * attempt counts against the e-mail's and the client address's limits before
 * bcrypt runs (429 once either is exceeded); the password is compared with the
 * user's hash, or with a dummy hash for an unknown e-mail so that both take the
 * same time, and both fail with the same 401. A success clears the e-mail's
 * count and takes back the address's hit.
 */
export async function checkPassword<User extends { passwordHash: string }>(
  db: Pick<PrismaClient, "$queryRaw" | "$executeRaw">,
  limits: SignInLimits,
  attempt: SignInAttempt,
  findUser: () => Promise<User | null>,
  onRejected?: (user: User | null) => void,
): Promise<User> {
  const states = await Promise.all([
    hit(db, limits.perEmail, attempt.email, attempt.now),
    hit(db, limits.perAddress, attempt.clientAddress, attempt.now),
  ]);
  assertWithinLimits(states, "Too many failed sign-in attempts; try again later");

  const user = await findUser();
  const valid = user
    ? await verifyPassword(attempt.password, user.passwordHash)
    : await verifyAgainstDummy(attempt.password);
  if (!user || !valid) {
    onRejected?.(user);
    throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
  }
  await Promise.all([
    clearHits(db, limits.perEmail, attempt.email),
    undoHit(db, limits.perAddress, attempt.clientAddress),
  ]);
  return user;
}
