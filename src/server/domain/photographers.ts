import { hashPassword } from "@/server/auth/password";
import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { assertEmailFree } from "./auth";
import type {
  CreatedPhotographer,
  CreatePhotographerInput,
  Photographer,
  PhotographerProfile,
  UpdatePhotographerInput,
} from "./photographers.schemas";

export const photographerNotFound = () => AppError.notFound("Photographer");

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

/** A photographer working for this operator, with their own login. */
export async function createPhotographer(
  tenant: Tenant,
  input: CreatePhotographerInput,
): Promise<CreatedPhotographer> {
  await assertEmailFree(tenant.db, input.email);
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
): Promise<Photographer> {
  const current = await tenant.db.photographer.findFirst({
    where: { id, deletedAt: null },
    select: { accountId: true, account: { select: { email: true } } },
  });
  if (!current?.accountId) throw photographerNotFound();
  if (email !== undefined && email !== current.account?.email)
    await assertEmailFree(tenant.db, email);

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
