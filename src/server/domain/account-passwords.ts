import { getEnv } from "@/env";
import type { PrismaClient } from "@/generated/prisma/client";
import type { OperatorCaller, PhotographerCaller } from "@/server/auth/caller";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { signToken } from "@/server/auth/tokens";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import type { Mailer } from "@/server/mail";
import {
  checkCode,
  consumeCode,
  countCodeRequest,
  issueCode,
  passwordResetCodes,
} from "@/server/one-time-codes";
import { assertWithinLimits, clearHits, hit, type RateLimit } from "@/server/rate-limit";
import type {
  AccountResetConfirmInput,
  AccountStatus,
  ChangeAccountPasswordInput,
} from "./account-passwords.schemas";
import type { TokenResponse } from "./auth.schemas";

/**
 * The password of a Backoffice login (an operator's or a photographer's
 * account): changed knowing the current one, reset with a code sent by e-mail,
 * and every session ended. Each bumps the account's token version, so every
 * token and browser session issued before dies at once.
 */

export interface AccountRequestMeta {
  now: Date;
  clientAddress: string;
  log: Logger;
}

type BackofficeCaller = OperatorCaller | PhotographerCaller;

export const ACCOUNT_RESET_CODES = passwordResetCodes("account-reset", "account-reset");

/** Attempts to change a password per account; a success clears the count. */
export const PASSWORD_CHANGES_PER_ACCOUNT: RateLimit = {
  name: "password-change-account",
  limit: 10,
  windowSeconds: 15 * 60,
};

export const RESET_REQUESTED =
  "If an account uses this address, a code to reset its password is on its way";
export const INVALID_RESET_CODE = "is wrong, used or expired";

/** The login behind a caller; null once it is gone (a deleted photographer). */
async function accountOf(db: PrismaClient, caller: BackofficeCaller) {
  const select = {
    account: { select: { id: true, email: true, passwordHash: true, mustChangePassword: true } },
  };
  const owner =
    caller.role === "operator"
      ? await db.operator.findUnique({ where: { id: caller.id }, select })
      : await db.photographer.findFirst({ where: { id: caller.id, deletedAt: null }, select });
  if (!owner?.account) throw new AppError("UNAUTHORIZED", "A valid bearer token is required");
  return owner.account;
}

export async function accountStatus(
  db: PrismaClient,
  caller: BackofficeCaller,
): Promise<AccountStatus> {
  const { email, mustChangePassword } = await accountOf(db, caller);
  return { email, mustChangePassword };
}

async function bumpTokenVersion(
  db: Pick<PrismaClient, "account">,
  accountId: string,
  passwordHash?: string,
): Promise<number> {
  const { tokenVersion } = await db.account.update({
    where: { id: accountId },
    data: {
      tokenVersion: { increment: 1 },
      ...(passwordHash && { passwordHash, mustChangePassword: false }),
    },
    select: { tokenVersion: true },
  });
  return tokenVersion;
}

/**
 * Changes the caller's password, knowing the current one (counted against a
 * limit before bcrypt runs; a wrong one is a 400 on `currentPassword`). The
 * answer is a fresh token: the caller stays signed in, every older token and
 * session ends.
 */
export async function changeAccountPassword(
  db: PrismaClient,
  caller: BackofficeCaller,
  input: ChangeAccountPasswordInput,
  meta: AccountRequestMeta,
): Promise<TokenResponse> {
  const account = await accountOf(db, caller);
  assertWithinLimits(
    [await hit(db, PASSWORD_CHANGES_PER_ACCOUNT, account.id, meta.now)],
    "Too many wrong passwords; try again later",
  );
  if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
    meta.log.warn(
      { event: "account.password_change_rejected", actorId: caller.id },
      "wrong current password",
    );
    throw AppError.badRequest("currentPassword", "is not the current password");
  }
  await clearHits(db, PASSWORD_CHANGES_PER_ACCOUNT, account.id);
  const tv = await bumpTokenVersion(db, account.id, await hashPassword(input.newPassword));
  meta.log.info(
    { event: "account.password_changed", actorId: caller.id, via: "current password" },
    "password changed",
  );
  return { token: await signToken({ sub: caller.id, role: caller.role, tv }, { now: meta.now }) };
}

/** Ends every token and browser session of the caller, this one included. */
export async function logoutEverywhere(
  db: PrismaClient,
  caller: BackofficeCaller,
  meta: AccountRequestMeta,
): Promise<void> {
  const account = await accountOf(db, caller);
  await bumpTokenVersion(db, account.id);
  meta.log.info({ event: "account.signed_out_everywhere", actorId: caller.id }, "sessions ended");
}

function resetMail(code: string) {
  const base = getEnv().NEXTAUTH_URL ?? `http://localhost:${getEnv().PORT}`;
  const text =
    `Hello,\n\nyour Photo Backoffice password reset code is ${code}.\n` +
    `Enter it at ${new URL("/forgot-password", base).href} within ` +
    `${ACCOUNT_RESET_CODES.lifetimeMinutes} minutes; it works once.\n\n` +
    `If you did not ask to reset your password, ignore this e-mail: your password stays as it is.\n`;
  return { subject: "Your Photo Backoffice password reset code", text };
}

/**
 * E-mails a fresh code to an account's address, replacing any earlier one.
 * The answer is the same whether the address has an account or not, and the
 * mail is sent after answering, so timing does not tell either.
 */
export async function requestAccountPasswordReset(
  db: PrismaClient,
  mailer: Mailer,
  email: string,
  meta: AccountRequestMeta,
): Promise<{ message: string }> {
  await countCodeRequest(db, ACCOUNT_RESET_CODES, { email, ...meta });
  const account = await db.account.findUnique({ where: { email }, select: { id: true } });
  meta.log.info(
    { event: "account.reset_code_requested", actorId: account?.id ?? null },
    "password reset code requested",
  );
  if (account) {
    const code = await issueCode(db, ACCOUNT_RESET_CODES, account.id, meta.now);
    void mailer
      .send({ to: email, ...resetMail(code) })
      .catch((error: unknown) =>
        meta.log.error({ err: error, accountId: account.id }, "could not send the reset code"),
      );
  }
  return { message: RESET_REQUESTED };
}

/** Sets a new password with the e-mailed code (used up, once even under concurrent requests). */
export async function resetAccountPassword(
  db: PrismaClient,
  input: AccountResetConfirmInput,
  meta: AccountRequestMeta,
): Promise<void> {
  const account = await db.account.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  const ownerId = account?.id ?? null;
  const guess = { email: input.email, ownerId, code: input.code, now: meta.now };
  const rejected = () => {
    meta.log.warn(
      { event: "account.reset_code_rejected", actorId: ownerId },
      "wrong or expired reset code",
    );
    return AppError.badRequest("code", INVALID_RESET_CODE);
  };
  if (!(await checkCode(db, ACCOUNT_RESET_CODES, guess))) throw rejected();
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    if (!(await consumeCode(tx, ACCOUNT_RESET_CODES, ownerId!, input.code, meta.now))) {
      throw rejected();
    }
    await bumpTokenVersion(tx, ownerId!, passwordHash);
  });
  meta.log.info(
    { event: "account.password_changed", actorId: ownerId, via: "reset code" },
    "password changed",
  );
}
