import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/env";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { AppError } from "@/server/errors";
import type { Mailer } from "@/server/mail";
import {
  assertNotExhausted,
  assertWithinLimits,
  clearHits,
  hit,
  type RateLimit,
} from "@/server/rate-limit";
import type { AdminRequestMeta } from "./admins";
import type { ChangePasswordInput, ResetPasswordInput, ValidateOtpInput } from "./admins.schemas";

/**
 * An admin's password: changed knowing the old one, or reset with a 6-digit
 * code sent by e-mail (stored only as an HMAC, 10 minutes, single use).
 */

const MINUTE = 60;
export const RESET_REQUESTS_PER_EMAIL: RateLimit = {
  name: "reset-request-email",
  limit: 5,
  windowSeconds: 60 * MINUTE,
};
export const RESET_REQUESTS_PER_ADDRESS: RateLimit = {
  name: "reset-request-address",
  limit: 20,
  windowSeconds: 60 * MINUTE,
};
/** Wrong codes per admin across codes (NIST SP 800-63B): a new code does not reset it. */
export const WRONG_CODES_PER_ADMIN: RateLimit = {
  name: "reset-wrong-code",
  limit: 10,
  windowSeconds: 60 * MINUTE,
};
/** Wrong current passwords when an admin changes theirs: the caller is signed in, so it refuses. */
export const WRONG_OLD_PASSWORDS_PER_ADMIN: RateLimit = {
  name: "admin-old-password",
  limit: 10,
  windowSeconds: 15 * MINUTE,
};
/** Wrong guesses after which one code is dead, even for the right value. */
export const GUESSES_PER_CODE = 5;
export const CODE_LIFETIME_MINUTES = 10;

export const INVALID_CODE = "Invalid or expired OTP";

function codeHash(adminId: string, code: string): string {
  return createHmac("sha256", getEnv().AUTH_SECRET).update(`${adminId}:${code}`).digest("hex");
}

function resetMail(fullName: string, code: string) {
  const text =
    `Hello ${fullName},\n\nyour Photo Backoffice password reset code is ${code}.\n` +
    `It expires in ${CODE_LIFETIME_MINUTES} minutes and works once.\n\n` +
    `If you did not ask to reset your password, ignore this e-mail: your password stays as it is.\n`;
  return { subject: "Your Photo Backoffice password reset code", text };
}

/**
 * Sends a fresh 6-digit code (CSPRNG) to a real admin, replacing any earlier
 * one; the code is stored only as an HMAC. The answer is the same whether the
 * address belongs to an admin or not, and the mail is sent after answering, so
 * timing does not tell either.
 */
export async function requestPasswordReset(
  db: PrismaClient,
  mailer: Mailer,
  email: string,
  meta: AdminRequestMeta,
): Promise<void> {
  const limits = await Promise.all([
    hit(db, RESET_REQUESTS_PER_EMAIL, email, meta.now),
    hit(db, RESET_REQUESTS_PER_ADDRESS, meta.clientAddress, meta.now),
  ]);
  assertWithinLimits(limits, "Too many code requests; try again later");

  const admin = await db.admin.findUnique({
    where: { email },
    select: { id: true, email: true, fullName: true },
  });
  if (!admin) {
    meta.log.info(
      { event: "admin.reset_code_requested", actorId: null },
      "reset code requested for an unknown address",
    );
    return;
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const reset = {
    codeHash: codeHash(admin.id, code),
    expiresAt: new Date(meta.now.getTime() + CODE_LIFETIME_MINUTES * 60_000),
    attempts: 0,
    consumedAt: null,
    createdAt: meta.now,
  };
  await db.adminPasswordReset.upsert({
    where: { adminId: admin.id },
    create: { adminId: admin.id, ...reset },
    update: reset,
  });
  meta.log.info({ event: "admin.reset_code_requested", actorId: admin.id }, "reset code requested");
  void mailer
    .send({ to: admin.email, ...resetMail(admin.fullName, code) })
    .catch((error: unknown) =>
      meta.log.error({ err: error, adminId: admin.id }, "could not send the reset code"),
    );
}

/**
 * The admin whose live code this is. A wrong code costs one of its 5 guesses
 * and counts against the admin's 10 wrong codes an hour (also for unknown
 * addresses, so the answers do not reveal which exist).
 */
async function checkResetCode(
  db: PrismaClient,
  { email, otp }: ValidateOtpInput,
  meta: AdminRequestMeta,
): Promise<{ adminId: string; codeHash: string }> {
  await assertNotExhausted(
    db,
    WRONG_CODES_PER_ADMIN,
    email,
    meta.now,
    "Too many wrong codes; try again later",
  );
  const admin = await db.admin.findUnique({
    where: { email },
    select: {
      id: true,
      passwordReset: {
        select: { codeHash: true, expiresAt: true, attempts: true, consumedAt: true },
      },
    },
  });
  const reset = admin?.passwordReset;
  const live =
    reset && !reset.consumedAt && reset.expiresAt > meta.now && reset.attempts < GUESSES_PER_CODE;
  const given = admin ? codeHash(admin.id, otp) : "";
  if (admin && reset && live && timingSafeEqual(Buffer.from(given), Buffer.from(reset.codeHash))) {
    return { adminId: admin.id, codeHash: given };
  }
  if (admin && reset && live) {
    await db.adminPasswordReset.update({
      where: { adminId: admin.id },
      data: { attempts: { increment: 1 } },
    });
  }
  await hit(db, WRONG_CODES_PER_ADMIN, email, meta.now);
  meta.log.warn(
    { event: "admin.reset_code_rejected", actorId: admin?.id ?? null },
    "wrong or expired reset code",
  );
  throw new AppError("BAD_REQUEST", INVALID_CODE);
}

/** Checks a code without using it up. */
export async function validateResetCode(
  db: PrismaClient,
  input: ValidateOtpInput,
  meta: AdminRequestMeta,
) {
  const { adminId } = await checkResetCode(db, input, meta);
  meta.log.info({ event: "admin.reset_code_validated", actorId: adminId }, "reset code validated");
}

/** Uses the code up (once, even under concurrent requests) and sets the new password. */
export async function resetPasswordWithCode(
  db: PrismaClient,
  input: ResetPasswordInput,
  meta: AdminRequestMeta,
) {
  const { adminId, codeHash: hash } = await checkResetCode(db, input, meta);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const { count } = await tx.adminPasswordReset.updateMany({
      where: { adminId, codeHash: hash, consumedAt: null, expiresAt: { gt: meta.now } },
      data: { consumedAt: meta.now },
    });
    if (count === 0) throw new AppError("BAD_REQUEST", INVALID_CODE);
    await tx.admin.update({
      where: { id: adminId },
      data: { passwordHash, tokenVersion: { increment: 1 } },
    });
  });
  meta.log.info(
    { event: "admin.password_changed", actorId: adminId, via: "reset code" },
    "admin password changed",
  );
}

/** An admin changes their own password, knowing the old one. */
export async function changeOwnPassword(
  db: PrismaClient,
  caller: Caller,
  input: ChangePasswordInput,
  meta: AdminRequestMeta,
) {
  const admin = await db.admin.findUnique({
    where: { id: caller.id },
    select: { email: true, passwordHash: true },
  });
  if (!admin || admin.email !== input.email) {
    throw new AppError("FORBIDDEN", "Admins can change only their own password this way");
  }
  assertWithinLimits(
    [await hit(db, WRONG_OLD_PASSWORDS_PER_ADMIN, caller.id, meta.now)],
    "Too many wrong passwords; try again later",
  );
  if (!(await verifyPassword(input.oldPassword, admin.passwordHash))) {
    throw AppError.badRequest("oldPassword", "is not the current password");
  }
  await clearHits(db, WRONG_OLD_PASSWORDS_PER_ADMIN, caller.id);
  await db.admin.update({
    where: { id: caller.id },
    data: { passwordHash: await hashPassword(input.newPassword), tokenVersion: { increment: 1 } },
  });
  meta.log.info(
    { event: "admin.password_changed", actorId: caller.id, via: "old password" },
    "admin password changed",
  );
}
