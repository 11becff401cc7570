import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/env";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { checkPassword, type SignInLimits } from "@/server/auth/sign-in";
import { signToken } from "@/server/auth/tokens";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import type { Mailer } from "@/server/mail";
import {
  assertNotExhausted,
  assertWithinLimits,
  clearHits,
  hit,
  type RateLimit,
} from "@/server/rate-limit";
import type {
  Admin,
  AdminLoginInput,
  AdminSession,
  ChangePasswordInput,
  RegisterAdminInput,
  ResetPasswordInput,
  UpdateAdminInput,
  ValidateOtpInput,
} from "./admins.schemas";

export interface AdminRequestMeta {
  now: Date;
  clientAddress: string;
  log: Logger;
}

const MINUTE = 60;
export const ADMIN_SIGN_IN_LIMITS: SignInLimits = {
  perEmail: { name: "admin-login-email", limit: 10, windowSeconds: 15 * MINUTE },
  perAddress: { name: "admin-login-address", limit: 10, windowSeconds: 15 * MINUTE },
};
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
/** Wrong guesses after which one code is dead, even for the right value. */
export const GUESSES_PER_CODE = 5;
export const CODE_LIFETIME_MINUTES = 10;

export const INVALID_CODE = "Invalid or expired OTP";
/** An advisory lock that serialises changes to who is an admin (bootstrap, last admin). */
const ADMIN_MEMBERSHIP_LOCK = 7_140_001;

const adminSelect = {
  id: true,
  email: true,
  fullName: true,
  profileImage: true,
  createdAt: true,
} as const;

function toAdmin(row: Prisma.AdminGetPayload<{ select: typeof adminSelect }>): Admin {
  return { ...row, createdAt: row.createdAt.getTime() };
}

export const adminNotFound = () => AppError.notFound("Admin");

async function withMembershipLock<T>(
  db: PrismaClient,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_MEMBERSHIP_LOCK})`;
    return work(tx);
  });
}

async function sessionFor(
  admin: { id: string; email: string; fullName: string; tokenVersion: number },
  now: Date,
) {
  const accessToken = await signToken(
    { sub: admin.id, role: "admin", tv: admin.tokenVersion },
    { now },
  );
  return { email: admin.email, fullName: admin.fullName, accessToken };
}

/**
 * Anyone may register the first admin; after that only an admin may add one
 * (401 otherwise). The response carries the new admin's own token.
 */
export async function registerAdmin(
  db: PrismaClient,
  caller: Caller | null,
  input: RegisterAdminInput,
  meta: AdminRequestMeta,
): Promise<AdminSession> {
  const passwordHash = await hashPassword(input.password);
  const admin = await withMembershipLock(db, async (tx) => {
    if ((await tx.admin.count()) > 0 && caller?.role !== "admin") {
      throw new AppError(
        "UNAUTHORIZED",
        "An admin's bearer token is required to register more admins",
      );
    }
    if (await tx.admin.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "An admin with this e-mail address already exists");
    }
    return tx.admin.create({
      data: { email: input.email, fullName: input.fullName, passwordHash },
      select: { ...adminSelect, tokenVersion: true },
    });
  });
  meta.log.info(
    { event: "admin.created", actorId: caller?.id ?? null, adminId: admin.id },
    "admin created",
  );
  return sessionFor(admin, meta.now);
}

/** Checks an admin's e-mail and password, for the API and the console alike (see `checkPassword`). */
export async function authenticateAdmin(
  db: PrismaClient,
  input: AdminLoginInput,
  meta: AdminRequestMeta,
) {
  const admin = await checkPassword(
    db,
    ADMIN_SIGN_IN_LIMITS,
    { ...input, ...meta },
    () =>
      db.admin.findUnique({
        where: { email: input.email },
        select: { id: true, email: true, fullName: true, passwordHash: true, tokenVersion: true },
      }),
    (rejected) =>
      meta.log.warn(
        { event: "admin.login_failed", actorId: rejected?.id ?? null },
        "admin sign-in failed",
      ),
  );
  meta.log.info({ event: "admin.login", actorId: admin.id }, "admin signed in");
  return {
    id: admin.id,
    email: admin.email,
    fullName: admin.fullName,
    tokenVersion: admin.tokenVersion,
  };
}

export async function loginAdmin(
  db: PrismaClient,
  input: AdminLoginInput,
  meta: AdminRequestMeta,
): Promise<AdminSession> {
  return sessionFor(await authenticateAdmin(db, input, meta), meta.now);
}

export async function listAdmins(db: PrismaClient): Promise<Admin[]> {
  const rows = await db.admin.findMany({
    select: adminSelect,
    orderBy: [{ createdAt: "asc" }, { email: "asc" }],
  });
  return rows.map(toAdmin);
}

export async function getAdmin(db: PrismaClient, id: string): Promise<Admin> {
  const row = await db.admin.findUnique({ where: { id }, select: adminSelect });
  if (!row) throw adminNotFound();
  return toAdmin(row);
}

/** Admins are peers: any admin may change any admin's name, picture or password. */
export async function updateAdmin(
  db: PrismaClient,
  caller: Caller,
  { id, password, ...fields }: UpdateAdminInput,
  meta: AdminRequestMeta,
): Promise<Admin> {
  if (!(await db.admin.findUnique({ where: { id }, select: { id: true } }))) throw adminNotFound();
  const passwordChange = password
    ? { passwordHash: await hashPassword(password), tokenVersion: { increment: 1 } }
    : {};
  const row = await db.admin.update({
    where: { id },
    data: { ...fields, ...passwordChange },
    select: adminSelect,
  });
  meta.log.info(
    {
      event: "admin.updated",
      actorId: caller.id,
      adminId: id,
      fields: Object.keys(fields),
      passwordChanged: !!password,
    },
    "admin updated",
  );
  return toAdmin(row);
}

export async function deleteAdmin(
  db: PrismaClient,
  caller: Caller,
  id: string,
  meta: AdminRequestMeta,
) {
  await withMembershipLock(db, async (tx) => {
    if (!(await tx.admin.findUnique({ where: { id }, select: { id: true } })))
      throw adminNotFound();
    if ((await tx.admin.count()) <= 1)
      throw new AppError("CONFLICT", "The last admin cannot be deleted");
    await tx.admin.delete({ where: { id } });
  });
  meta.log.info({ event: "admin.deleted", actorId: caller.id, adminId: id }, "admin deleted");
}

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
    [await hit(db, ADMIN_SIGN_IN_LIMITS.perEmail, input.email, meta.now)],
    "Too many wrong passwords; try again later",
  );
  if (!(await verifyPassword(input.oldPassword, admin.passwordHash))) {
    throw AppError.badRequest("oldPassword", "is not the current password");
  }
  await clearHits(db, ADMIN_SIGN_IN_LIMITS.perEmail, input.email);
  await db.admin.update({
    where: { id: caller.id },
    data: { passwordHash: await hashPassword(input.newPassword), tokenVersion: { increment: 1 } },
  });
  meta.log.info(
    { event: "admin.password_changed", actorId: caller.id, via: "old password" },
    "admin password changed",
  );
}
