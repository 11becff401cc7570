import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "@/server/auth/password";
import { signToken } from "@/server/auth/tokens";
import { AppError } from "@/server/errors";
import { assertWithinLimits, clearHits, hit, type RateLimit, undoHit } from "@/server/rate-limit";
import type { LoginInput, RegisterOperatorInput, TokenResponse } from "./auth.schemas";

/** Failed sign-ins allowed per e-mail address, and per client address, in a window. */
export const LOGIN_LIMIT_PER_EMAIL: RateLimit = {
  name: "login-email",
  limit: 10,
  windowSeconds: 15 * 60,
};
export const LOGIN_LIMIT_PER_ADDRESS: RateLimit = {
  name: "login-address",
  limit: 10,
  windowSeconds: 15 * 60,
};

export const INVALID_CREDENTIALS = "Invalid e-mail or password";

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

/** A new studio: its operator and their login. New operators start in USD, en-US. */
export async function registerOperator(
  db: PrismaClient,
  input: RegisterOperatorInput,
  now: Date,
): Promise<TokenResponse> {
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

/**
 * Checks an e-mail and password for an operator or a photographer. The same
 * 401 for an unknown e-mail and a wrong password, in comparable time (a dummy
 * hash is compared for unknown e-mails). Failures are limited per e-mail and
 * per client address, and the limits are checked before bcrypt runs: every
 * attempt counts first and a successful one is taken back.
 */
export async function authenticateBackoffice(
  db: PrismaClient,
  input: LoginInput,
  meta: RequestMeta,
): Promise<BackofficeIdentity> {
  const limits = await Promise.all([
    hit(db, LOGIN_LIMIT_PER_EMAIL, input.email, meta.now),
    hit(db, LOGIN_LIMIT_PER_ADDRESS, meta.clientAddress, meta.now),
  ]);
  assertWithinLimits(limits, "Too many failed sign-in attempts; try again later");

  const account = await db.account.findUnique({
    where: { email: input.email },
    select: {
      passwordHash: true,
      tokenVersion: true,
      operator: { select: { id: true } },
      photographer: { select: { id: true, operatorId: true } },
    },
  });
  const valid = account
    ? await verifyPassword(input.password, account.passwordHash)
    : await verifyAgainstDummy(input.password);
  if (!account || !valid || !(account.operator || account.photographer)) {
    throw new AppError("UNAUTHORIZED", INVALID_CREDENTIALS);
  }

  await Promise.all([
    clearHits(db, LOGIN_LIMIT_PER_EMAIL, input.email),
    undoHit(db, LOGIN_LIMIT_PER_ADDRESS, meta.clientAddress),
  ]);
  return account.operator
    ? {
        role: "operator",
        id: account.operator.id,
        operatorId: account.operator.id,
        tokenVersion: account.tokenVersion,
      }
    : {
        role: "photographer",
        id: account.photographer!.id,
        operatorId: account.photographer!.operatorId,
        tokenVersion: account.tokenVersion,
      };
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
