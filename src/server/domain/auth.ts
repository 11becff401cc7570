import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/server/auth/password";
import {
  checkPassword,
  INVALID_CREDENTIALS,
  type SignInLimits,
  signInLimits,
} from "@/server/auth/sign-in";
import { signToken } from "@/server/auth/tokens";
import { AppError } from "@/server/errors";
import { assertWithinLimits, hit, type RateLimit } from "@/server/rate-limit";
import type { LoginInput, RegisterOperatorInput, TokenResponse } from "./auth.schemas";

export const BACKOFFICE_SIGN_IN_LIMITS: SignInLimits = signInLimits("login");

export interface RequestMeta {
  clientAddress: string;
  now: Date;
}

export function emailTaken(): AppError {
  return new AppError("CONFLICT", "An account with this e-mail address already exists", {
    fieldErrors: { email: ["is already registered"] },
  });
}

/** Anything that can look an account up by e-mail: the plain or the tenant-scoped client. */
interface AccountLookup {
  account: {
    findUnique(args: {
      where: { email: string };
      select: { id: true };
    }): PromiseLike<{ id: string } | null>;
  };
}

export async function assertEmailFree(db: AccountLookup, email: string): Promise<void> {
  const existing = await db.account.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw emailTaken();
}

/** Sign-ups from one client address in an hour: each costs a bcrypt hash. */
export const REGISTRATIONS_PER_ADDRESS: RateLimit = {
  name: "register-address",
  limit: 30,
  windowSeconds: 60 * 60,
};

/** A new studio: its operator and their login. New operators start in USD, en-US. */
export async function registerOperator(
  db: PrismaClient,
  input: RegisterOperatorInput,
  { clientAddress, now }: RequestMeta,
): Promise<TokenResponse> {
  assertWithinLimits(
    [await hit(db, REGISTRATIONS_PER_ADDRESS, clientAddress, now)],
    "Too many sign-ups from this address; try again later",
  );
  await assertEmailFree(db, input.email);
  const passwordHash = await hashPassword(input.password);
  const operator = await db.operator.create({
    data: {
      name: input.name,
      timezone: input.timezone ?? "UTC",
      account: { create: { email: input.email, passwordHash } },
    },
    select: { id: true, account: { select: { tokenVersion: true } } },
  });
  const token = await signToken(
    { sub: operator.id, role: "operator", tv: operator.account.tokenVersion },
    { now },
  );
  return { token };
}

export type BackofficeIdentity =
  | { role: "operator"; id: string; operatorId: string; tokenVersion: number }
  | { role: "photographer"; id: string; operatorId: string; tokenVersion: number };

/** Checks an e-mail and password for an operator or a photographer (see `checkPassword`). */
export async function authenticateBackoffice(
  db: PrismaClient,
  input: LoginInput,
  meta: RequestMeta,
): Promise<BackofficeIdentity> {
  const account = await checkPassword(db, BACKOFFICE_SIGN_IN_LIMITS, { ...input, ...meta }, () =>
    db.account.findUnique({
      where: { email: input.email },
      select: {
        passwordHash: true,
        tokenVersion: true,
        operator: { select: { id: true, suspendedAt: true } },
        photographer: {
          select: { id: true, operatorId: true, operator: { select: { suspendedAt: true } } },
        },
      },
    }),
  );
  // Only a caller who knew the password learns that the studio is suspended.
  if (account.operator?.suspendedAt || account.photographer?.operator.suspendedAt) {
    throw AppError.studioSuspended();
  }
  if (account.operator) {
    const { id } = account.operator;
    return { role: "operator", id, operatorId: id, tokenVersion: account.tokenVersion };
  }
  if (account.photographer) {
    const { id, operatorId } = account.photographer;
    return { role: "photographer", id, operatorId, tokenVersion: account.tokenVersion };
  }
  throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
}

export async function login(
  db: PrismaClient,
  input: LoginInput,
  meta: RequestMeta,
): Promise<TokenResponse> {
  const identity = await authenticateBackoffice(db, input, meta);
  const token = await signToken(
    { sub: identity.id, role: identity.role, tv: identity.tokenVersion },
    { now: meta.now },
  );
  return { token };
}
