import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import type { CreatePackageInput, Package, UpdatePackageInput } from "./packages.schemas";

const packageSelect = {
  id: true,
  name: true,
  price: true,
  photoCount: true,
  requiresShipping: true,
  createdAt: true,
  updatedAt: true,
} as const;

type PackageRow = {
  id: string;
  name: string;
  price: number;
  photoCount: number;
  requiresShipping: boolean;
  createdAt: Date;
  updatedAt: Date;
};

function toPackage(row: PackageRow): Package {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export const packageNotFound = () => AppError.notFound("Package");

export async function listPackages(tenant: Tenant): Promise<Package[]> {
  const rows = await tenant.db.package.findMany({
    where: { deletedAt: null },
    select: packageSelect,
    orderBy: [{ price: "asc" }, { name: "asc" }],
  });
  return rows.map(toPackage);
}

export async function createPackage(tenant: Tenant, input: CreatePackageInput): Promise<Package> {
  const row = await tenant.db.package.create({
    data: { ...input, operatorId: tenant.operatorId },
    select: packageSelect,
  });
  return toPackage(row);
}

export async function updatePackage(
  tenant: Tenant,
  { id, ...patch }: UpdatePackageInput,
): Promise<Package> {
  const { count } = await tenant.db.package.updateMany({
    where: { id, deletedAt: null },
    data: patch,
  });
  if (count === 0) throw packageNotFound();
  return toPackage(
    await tenant.db.package.findUniqueOrThrow({ where: { id }, select: packageSelect }),
  );
}

/**
 * Unlinks the package from every project and marks it deleted; its past sales
 * keep pointing at it, so analytics still show them under its name.
 */
export async function deletePackage(tenant: Tenant, id: string, now: Date): Promise<void> {
  await tenant.db.$transaction(async (tx) => {
    const { count } = await tx.package.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: now },
    });
    if (count === 0) throw packageNotFound();
    await tx.projectPackage.deleteMany({ where: { packageId: id } });
  });
}
