import { createHash, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/env";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import { hashPassword } from "@/server/auth/password";
import { checkPassword, type SignInLimits, signInLimits } from "@/server/auth/sign-in";
import { signToken } from "@/server/auth/tokens";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { assertWithinLimits, hit, type RateLimit } from "@/server/rate-limit";
import type {
  Admin,
  AdminLoginInput,
  AdminSetupStatus,
  AdminSession,
  RegisterAdminInput,
  SetupFirstAdminInput,
  UpdateAdminInput,
} from "./admins.schemas";

export interface AdminRequestMeta {
  now: Date;
  clientAddress: string;
  log: Logger;
}

export const ADMIN_SIGN_IN_LIMITS: SignInLimits = signInLimits("admin-login");

const MINUTE = 60;
/** Registrations from one client address in an hour: each costs a bcrypt hash. */
export const ADMIN_REGISTRATIONS_PER_ADDRESS: RateLimit = {
  name: "admin-register-address",
  limit: 30,
  windowSeconds: 60 * MINUTE,
};
/** Password changes through `PUT /api/admins/:id` from one client address in an hour. */
export const ADMIN_PASSWORD_UPDATES_PER_ADDRESS: RateLimit = {
  name: "admin-password-update-address",
  limit: 30,
  windowSeconds: 60 * MINUTE,
};
export const SETUP_TOKEN_HEADER = "x-admin-setup-token";

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

/** Compares in constant time: both sides are hashed to the same length first. */
function isSetupToken(given: string | null | undefined): boolean {
  const expected = getEnv().ADMIN_SETUP_TOKEN;
  if (!expected) return true;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given ?? ""), digest(expected));
}

/** Whether the first admin exists yet, and whether registering it needs ADMIN_SETUP_TOKEN. */
export async function adminSetupStatus(db: PrismaClient): Promise<AdminSetupStatus> {
  const adminExists = (await db.admin.findFirst({ select: { id: true } })) !== null;
  return { adminExists, needsSetupToken: !adminExists && Boolean(getEnv().ADMIN_SETUP_TOKEN) };
}

/** Wrong setup tokens from one client address in 15 minutes, counted before the comparison. */
export const ADMIN_SETUP_TOKEN_GUESSES: RateLimit = {
  name: "admin-setup-token-address",
  limit: 10,
  windowSeconds: 15 * MINUTE,
};

/**
 * The setup page: registers the first admin. Once one exists, a 409 that says
 * so; with ADMIN_SETUP_TOKEN set, a missing or wrong token is a 400 on
 * `setupToken` (each try counted per client address first: 10 in 15 minutes,
 * then 429). Otherwise exactly `registerAdmin` for the first admin.
 */
export async function setupFirstAdmin(
  db: PrismaClient,
  input: SetupFirstAdminInput,
  meta: AdminRequestMeta,
): Promise<AdminSession> {
  const alreadySetUp = () =>
    new AppError("CONFLICT", "An admin exists already: sign in to the admin console");
  if ((await db.admin.count()) > 0) throw alreadySetUp();
  if (getEnv().ADMIN_SETUP_TOKEN) {
    const tries = await hit(db, ADMIN_SETUP_TOKEN_GUESSES, meta.clientAddress, meta.now);
    assertWithinLimits([tries], "Too many wrong setup tokens from this address; try again later");
    if (!input.setupToken) throw AppError.badRequest("setupToken", "is required");
    if (!isSetupToken(input.setupToken)) {
      throw AppError.badRequest("setupToken", "is not the server's ADMIN_SETUP_TOKEN");
    }
  }
  const { setupToken, ...registration } = input;
  try {
    return await registerAdmin(db, null, registration, { ...meta, setupToken });
  } catch (error) {
    // Someone else set up the first admin meanwhile.
    if (error instanceof AppError && error.code === "UNAUTHORIZED") throw alreadySetUp();
    throw error;
  }
}

/**
 * Who may register now: while no admin exists, anyone (with ADMIN_SETUP_TOKEN
 * in `setupToken` when it is configured); afterwards only an admin (401).
 */
async function assertMayRegister(
  db: Prisma.TransactionClient | PrismaClient,
  caller: Caller | null,
  setupToken: string | null | undefined,
): Promise<void> {
  const bootstrap = (await db.admin.count()) === 0;
  if (!bootstrap && caller?.role !== "admin") {
    throw new AppError(
      "UNAUTHORIZED",
      "An admin's bearer token is required to register more admins",
    );
  }
  if (bootstrap && !isSetupToken(setupToken)) {
    throw new AppError(
      "UNAUTHORIZED",
      "Registering the first admin needs the setup token in the X-Admin-Setup-Token header",
    );
  }
}

async function assertAdminEmailFree(db: Prisma.TransactionClient | PrismaClient, email: string) {
  if (await db.admin.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("CONFLICT", "An admin with this e-mail address already exists");
  }
}

/**
 * Anyone may register the first admin (given the setup token when one is
 * configured); after that only an admin may add one (401 otherwise). Every
 * cheap rule is checked, and the attempt counted against its client address,
 * before bcrypt runs; the rules are checked again under the membership lock.
 * The response carries the new admin's own token.
 */
export async function registerAdmin(
  db: PrismaClient,
  caller: Caller | null,
  input: RegisterAdminInput,
  meta: AdminRequestMeta & { setupToken?: string | null },
): Promise<AdminSession> {
  await assertMayRegister(db, caller, meta.setupToken);
  await assertAdminEmailFree(db, input.email);
  assertWithinLimits(
    [await hit(db, ADMIN_REGISTRATIONS_PER_ADDRESS, meta.clientAddress, meta.now)],
    "Too many admin registrations from this address; try again later",
  );
  const passwordHash = await hashPassword(input.password);
  const admin = await withMembershipLock(db, async (tx) => {
    await assertMayRegister(tx, caller, meta.setupToken);
    await assertAdminEmailFree(tx, input.email);
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
  if (password) {
    assertWithinLimits(
      [await hit(db, ADMIN_PASSWORD_UPDATES_PER_ADDRESS, meta.clientAddress, meta.now)],
      "Too many password changes from this address; try again later",
    );
  }
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
