import { hashPassword } from "@/server/auth/password";
import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { assertWithinLimits, hit, type RateLimit, undoHit } from "@/server/rate-limit";
import { assertEmailFree, type RequestMeta } from "./auth";
import type {
  CreatedPhotographer,
  CreatePhotographerInput,
  Photographer,
  PhotographerProfile,
  UpdatePhotographerInput,
} from "./photographers.schemas";

export const photographerNotFound = () => AppError.notFound("Photographer");

const HOUR = 60 * 60;
/** New photographers per studio in an hour: each costs a bcrypt hash. */
export const PHOTOGRAPHERS_PER_STUDIO: RateLimit = {
  name: "photographer-create-studio",
  limit: 100,
  windowSeconds: HOUR,
};
/** New photographers from one client address in an hour, whichever studios they join. */
export const PHOTOGRAPHERS_PER_ADDRESS: RateLimit = {
  name: "photographer-create-address",
  limit: 200,
  windowSeconds: HOUR,
};
/**
 * E-mail addresses a studio may find taken in an hour. One address names one
 * login across the platform, so a taken address is a 409 that tells it is
 * registered somewhere; this caps how many addresses a studio can probe.
 */
export const EMAIL_CONFLICTS_PER_STUDIO: RateLimit = {
  name: "photographer-email-conflict-studio",
  limit: 20,
  windowSeconds: HOUR,
};

/**
 * 409 when `email` has a login already. Each check is counted against the
 * studio first (atomically, so concurrent probes cannot slip past) and a free
 * address takes its count back: only conflicts use up the studio's limit.
 */
async function assertEmailFreeForStudio(tenant: Tenant, email: string, now: Date) {
  assertWithinLimits(
    [await hit(tenant.db, EMAIL_CONFLICTS_PER_STUDIO, tenant.operatorId, now)],
    "Too many e-mail addresses already in use; try again later",
  );
  await assertEmailFree(tenant.db, email);
  await undoHit(tenant.db, EMAIL_CONFLICTS_PER_STUDIO, tenant.operatorId);
}

const photographerSelect = {
  id: true,
  name: true,
  createdAt: true,
  account: { select: { email: true } },
  _count: { select: { assignments: true } },
} as const;

type PhotographerRow = {
  id: string;
  name: string;
  createdAt: Date;
  account: { email: string } | null;
  _count: { assignments: number };
};

function toPhotographer(row: PhotographerRow): Photographer {
  return {
    id: row.id,
    name: row.name,
    email: row.account?.email ?? "",
    projectCount: row._count.assignments,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listPhotographers(tenant: Tenant): Promise<Photographer[]> {
  const rows = await tenant.db.photographer.findMany({
    where: { deletedAt: null },
    select: photographerSelect,
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(toPhotographer);
}

/**
 * A photographer working for this operator, with their own login. The e-mail
 * check and the studio's and address's limits come before bcrypt runs.
 */
export async function createPhotographer(
  tenant: Tenant,
  input: CreatePhotographerInput,
  { clientAddress, now }: RequestMeta,
): Promise<CreatedPhotographer> {
  await assertEmailFreeForStudio(tenant, input.email, now);
  for (const [rule, key] of [
    [PHOTOGRAPHERS_PER_STUDIO, tenant.operatorId],
    [PHOTOGRAPHERS_PER_ADDRESS, clientAddress],
  ] as const) {
    assertWithinLimits(
      [await hit(tenant.db, rule, key, now)],
      "Too many new photographers; try again later",
    );
  }
  const passwordHash = await hashPassword(input.password);
  return tenant.db.$transaction(async (tx) => {
    const account = await tx.account.create({
      // The studio chose this password: the photographer is asked to change it.
      data: { email: input.email, passwordHash, mustChangePassword: true },
      select: { id: true, email: true },
    });
    const photographer = await tx.photographer.create({
      data: { operatorId: tenant.operatorId, accountId: account.id, name: input.name },
      select: { id: true, name: true },
    });
    return { ...photographer, email: account.email };
  });
}

export async function updatePhotographer(
  tenant: Tenant,
  { id, name, email }: UpdatePhotographerInput,
  now: Date,
): Promise<Photographer> {
  const current = await tenant.db.photographer.findFirst({
    where: { id, deletedAt: null },
    select: { accountId: true, account: { select: { email: true } } },
  });
  if (!current?.accountId) throw photographerNotFound();
  if (email !== undefined && email !== current.account?.email)
    await assertEmailFreeForStudio(tenant, email, now);

  const row = await tenant.db.photographer.update({
    where: { id },
    data: {
      ...(name !== undefined && { name }),
      ...(email !== undefined && { account: { update: { email } } }),
    },
    select: photographerSelect,
  });
  return toPhotographer(row);
}

/**
 * Refused (409) while the photographer is assigned to a project. Otherwise their
 * account is deleted, which frees the e-mail address and invalidates their
 * tokens at once, and the photographer is marked deleted so their photos still
 * count under their name. The row lock makes a concurrent assignment wait.
 */
export async function deletePhotographer(tenant: Tenant, id: string, now: Date): Promise<void> {
  await tenant.db.$transaction(async (tx) => {
    const [photographer] = await tx.$queryRaw<{ account_id: string | null }[]>`
      SELECT account_id FROM photographers
       WHERE id = ${id}::uuid AND operator_id = ${tenant.operatorId}::uuid AND deleted_at IS NULL
       FOR UPDATE`;
    if (!photographer) throw photographerNotFound();

    const assignments = await tx.projectPhotographer.findMany({
      where: { photographerId: id },
      select: { project: { select: { name: true } } },
      orderBy: { project: { name: "asc" } },
    });
    if (assignments.length > 0) {
      const names = assignments.map((a) => a.project.name);
      const projects = `${names.length} project${names.length === 1 ? "" : "s"}`;
      throw new AppError(
        "CONFLICT",
        `The photographer is still assigned to ${projects}: ${names.join(", ")}. Remove them from ${names.length === 1 ? "it" : "those projects"} first.`,
      );
    }

    await tx.photographer.update({ where: { id }, data: { deletedAt: now, accountId: null } });
    if (photographer.account_id)
      await tx.account.delete({ where: { id: photographer.account_id } });
  });
}

/** The signed-in photographer, with the studio they work for (name, currency, locale). */
export async function getPhotographerProfile(
  tenant: Tenant,
  photographerId: string,
): Promise<PhotographerProfile> {
  const row = await tenant.db.photographer.findFirst({
    where: { id: photographerId, deletedAt: null },
    select: {
      id: true,
      name: true,
      account: { select: { email: true } },
      operator: { select: { name: true, currency: true, locale: true } },
    },
  });
  if (!row) throw photographerNotFound();
  return { id: row.id, name: row.name, email: row.account?.email ?? "", studio: row.operator };
}
