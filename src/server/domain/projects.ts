import type { Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { packageNotFound } from "./packages";
import { photographerNotFound } from "./photographers";
import type {
  AssignmentInput,
  CreateProjectInput,
  PackageLinkInput,
  ProjectDetail,
  ProjectSummary,
  UpdateProjectInput,
} from "./projects.schemas";

export const projectNotFound = () => AppError.notFound("Project");

const iso = (date: Date | null) => date?.toISOString() ?? null;

const summarySelect = {
  id: true,
  name: true,
  locationName: true,
  startAt: true,
  endAt: true,
  timezone: true,
  createdAt: true,
  _count: { select: { photographers: true, packages: true } },
} satisfies Prisma.ProjectSelect;

const detailSelect = {
  id: true,
  name: true,
  locationName: true,
  startAt: true,
  endAt: true,
  projectLink: true,
  termsAndConditions: true,
  timezone: true,
  createdAt: true,
  updatedAt: true,
  photographers: {
    select: {
      photographer: { select: { id: true, name: true, account: { select: { email: true } } } },
    },
    orderBy: { photographer: { name: "asc" } },
  },
  packages: {
    select: { package: { select: { id: true, name: true, price: true, photoCount: true } } },
    orderBy: [{ package: { price: "asc" } }, { package: { name: "asc" } }],
  },
} satisfies Prisma.ProjectSelect;

type SummaryRow = Prisma.ProjectGetPayload<{ select: typeof summarySelect }>;
type DetailRow = Prisma.ProjectGetPayload<{ select: typeof detailSelect }>;

function toSummary({ _count, startAt, endAt, createdAt, ...project }: SummaryRow): ProjectSummary {
  return {
    ...project,
    startAt: iso(startAt),
    endAt: iso(endAt),
    createdAt: createdAt.toISOString(),
    photographerCount: _count.photographers,
    packageCount: _count.packages,
  };
}

function toDetail(row: DetailRow): ProjectDetail {
  return {
    ...row,
    startAt: iso(row.startAt),
    endAt: iso(row.endAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    photographers: row.photographers.map(({ photographer }) => ({
      id: photographer.id,
      name: photographer.name,
      email: photographer.account?.email ?? "",
    })),
    packages: row.packages.map(({ package: pkg }) => pkg),
  };
}

/** The operator's projects, most recent start first; undated projects last. */
export async function listProjects(tenant: Tenant): Promise<ProjectSummary[]> {
  const rows = await tenant.db.project.findMany({
    select: summarySelect,
    orderBy: [{ startAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
  });
  return rows.map(toSummary);
}

/** A project without its own time zone takes the operator's. */
export async function createProject(
  tenant: Tenant,
  input: CreateProjectInput,
): Promise<ProjectDetail> {
  const timezone =
    input.timezone ??
    (await tenant.db.operator.findFirstOrThrow({ select: { timezone: true } })).timezone;
  const row = await tenant.db.project.create({
    data: { ...input, timezone, operatorId: tenant.operatorId },
    select: detailSelect,
  });
  return toDetail(row);
}

/** Operators see any of their projects; photographers only those they are assigned to. */
export async function getProject(
  tenant: Tenant,
  caller: Caller,
  id: string,
): Promise<ProjectDetail> {
  const where: Prisma.ProjectWhereInput =
    caller.role === "photographer"
      ? { id, photographers: { some: { photographerId: caller.id } } }
      : { id };
  const row = await tenant.db.project.findFirst({ where, select: detailSelect });
  if (!row) throw projectNotFound();
  return toDetail(row);
}

export async function updateProject(
  tenant: Tenant,
  { id, ...patch }: UpdateProjectInput,
): Promise<ProjectDetail> {
  const current = await tenant.db.project.findUnique({
    where: { id },
    select: { startAt: true, endAt: true },
  });
  if (!current) throw projectNotFound();
  const startAt = patch.startAt === undefined ? current.startAt : patch.startAt;
  const endAt = patch.endAt === undefined ? current.endAt : patch.endAt;
  if (startAt && endAt && endAt < startAt) {
    throw patch.endAt === undefined
      ? AppError.badRequest("startAt", "must not be after endAt")
      : AppError.badRequest("endAt", "must not be before startAt");
  }
  const row = await tenant.db.project.update({ where: { id }, data: patch, select: detailSelect });
  return toDetail(row);
}

export async function assertProjectExists(tenant: Tenant, projectId: string): Promise<void> {
  const project = await tenant.db.project.findUnique({
    where: { id: projectId },
    select: { id: true },
  });
  if (!project) throw projectNotFound();
}

/**
 * Idempotent: assigning an assigned photographer changes nothing. The
 * photographer's row is share-locked so that a concurrent deletion waits and
 * then sees the assignment.
 */
export async function assignPhotographer(tenant: Tenant, input: AssignmentInput): Promise<void> {
  await assertProjectExists(tenant, input.projectId);
  await tenant.db.$transaction(async (tx) => {
    const [photographer] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM photographers
       WHERE id = ${input.photographerId}::uuid AND operator_id = ${tenant.operatorId}::uuid AND deleted_at IS NULL
       FOR SHARE`;
    if (!photographer) throw photographerNotFound();
    await tx.projectPhotographer.createMany({
      data: [{ operatorId: tenant.operatorId, ...input }],
      skipDuplicates: true,
    });
  });
}

export async function unassignPhotographer(tenant: Tenant, input: AssignmentInput): Promise<void> {
  await assertProjectExists(tenant, input.projectId);
  const { count } = await tenant.db.projectPhotographer.deleteMany({ where: input });
  if (count === 0)
    throw new AppError("NOT_FOUND", "The photographer is not assigned to this project");
}

/** Idempotent, like assignment; deleted packages cannot be linked. */
export async function linkPackage(tenant: Tenant, input: PackageLinkInput): Promise<void> {
  await assertProjectExists(tenant, input.projectId);
  await tenant.db.$transaction(async (tx) => {
    const [pkg] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM packages
       WHERE id = ${input.packageId}::uuid AND operator_id = ${tenant.operatorId}::uuid AND deleted_at IS NULL
       FOR SHARE`;
    if (!pkg) throw packageNotFound();
    await tx.projectPackage.createMany({
      data: [{ operatorId: tenant.operatorId, ...input }],
      skipDuplicates: true,
    });
  });
}

export async function unlinkPackage(tenant: Tenant, input: PackageLinkInput): Promise<void> {
  await assertProjectExists(tenant, input.projectId);
  const { count } = await tenant.db.projectPackage.deleteMany({ where: input });
  if (count === 0) throw new AppError("NOT_FOUND", "The package is not linked to this project");
}

/** A photographer's projects, soonest first; undated projects last. */
export async function listAssignedProjects(
  tenant: Tenant,
  photographerId: string,
): Promise<ProjectSummary[]> {
  const rows = await tenant.db.project.findMany({
    where: { photographers: { some: { photographerId } } },
    select: summarySelect,
    orderBy: [{ startAt: { sort: "asc", nulls: "last" } }, { name: "asc" }],
  });
  return rows.map(toSummary);
}
