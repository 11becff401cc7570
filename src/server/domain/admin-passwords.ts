import type { PrismaClient } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { AppError } from "@/server/errors";
import type { Mailer } from "@/server/mail";
import {
  checkCode,
  consumeCode,
  countCodeRequest,
  issueCode,
  passwordResetCodes,
} from "@/server/one-time-codes";
import { assertWithinLimits, clearHits, hit, type RateLimit } from "@/server/rate-limit";
import type { AdminRequestMeta } from "./admins";
import type { ChangePasswordInput, ResetPasswordInput, ValidateOtpInput } from "./admins.schemas";

/**
 * An admin's password: changed knowing the old one, or reset with a 6-digit
 * code sent by e-mail (see one-time-codes.ts: an HMAC, 10 minutes, single
 * use, 5 guesses, 10 wrong codes per address an hour).
 */

export const ADMIN_RESET_CODES = passwordResetCodes("admin-reset", "reset");
/** Wrong current passwords when an admin changes theirs: the caller is signed in, so it refuses. */
export const WRONG_OLD_PASSWORDS_PER_ADMIN: RateLimit = {
  name: "admin-old-password",
  limit: 10,
  windowSeconds: 15 * 60,
};

export const INVALID_CODE = "Invalid or expired OTP";

function resetMail(fullName: string, code: string) {
  const text =
    `Hello ${fullName},\n\nyour Photo Backoffice password reset code is ${code}.\n` +
    `It expires in ${ADMIN_RESET_CODES.lifetimeMinutes} minutes and works once.\n\n` +
    `If you did not ask to reset your password, ignore this e-mail: your password stays as it is.\n`;
  return { subject: "Your Photo Backoffice password reset code", text };
}

/**
 * Sends a fresh code to a real admin, replacing any earlier one. The answer is
 * the same whether the address belongs to an admin or not, and the mail is
 * sent after answering, so timing does not tell either.
 */
export async function requestPasswordReset(
  db: PrismaClient,
  mailer: Mailer,
  email: string,
  meta: AdminRequestMeta,
): Promise<void> {
  await countCodeRequest(db, ADMIN_RESET_CODES, { email, ...meta });
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
  const code = await issueCode(db, ADMIN_RESET_CODES, admin.id, meta.now);
  meta.log.info({ event: "admin.reset_code_requested", actorId: admin.id }, "reset code requested");
  void mailer
    .send({ to: admin.email, ...resetMail(admin.fullName, code) })
    .catch((error: unknown) =>
      meta.log.error({ err: error, adminId: admin.id }, "could not send the reset code"),
    );
}

/**
 * The id of the admin whose live code this is; otherwise a 400 that does not
 * say whether the address belongs to an admin.
 */
async function checkResetCode(
  db: PrismaClient,
  { email, otp }: ValidateOtpInput,
  meta: AdminRequestMeta,
): Promise<string> {
  const admin = await db.admin.findUnique({ where: { email }, select: { id: true } });
  const ownerId = admin?.id ?? null;
  if (await checkCode(db, ADMIN_RESET_CODES, { email, ownerId, code: otp, now: meta.now })) {
    return ownerId!;
  }
  meta.log.warn(
    { event: "admin.reset_code_rejected", actorId: ownerId },
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
  const adminId = await checkResetCode(db, input, meta);
  meta.log.info({ event: "admin.reset_code_validated", actorId: adminId }, "reset code validated");
}

/** Uses the code up (once, even under concurrent requests) and sets the new password. */
export async function resetPasswordWithCode(
  db: PrismaClient,
  input: ResetPasswordInput,
  meta: AdminRequestMeta,
) {
  const adminId = await checkResetCode(db, input, meta);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    if (!(await consumeCode(tx, ADMIN_RESET_CODES, adminId, input.otp, meta.now))) {
      throw new AppError("BAD_REQUEST", INVALID_CODE);
    }
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
