import type { Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { packageNotFound } from "./packages";
import { retentionDates } from "./retention";
import { photographerNotFound } from "./photographers";
import {
  type AssignmentInput,
  type CreateProjectInput,
  earlyBirdProblem,
  type PackageLinkInput,
  type ProjectDetail,
  type ProjectSummary,
  type UpdateProjectInput,
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

type SummaryRow = Prisma.ProjectGetPayload<{ select: typeof summarySelect }>;

interface DetailRow {
  id: string;
  name: string;
  locationName: string | null;
  startAt: Date | null;
  endAt: Date | null;
  projectLink: string | null;
  termsAndConditions: string | null;
  timezone: string;
  reminderDaysBeforeClose: number[];
  ordersCloseAt: Date | null;
  earlyBirdPercentOff: number | null;
  earlyBirdUntil: Date | null;
  deletePhotosAfter: Date | null;
  anonymiseMembersAfter: Date | null;
  photosDeletedAt: Date | null;
  membersAnonymisedAt: Date | null;
  photoConsentDefault: boolean;
  createdAt: Date;
  updatedAt: Date;
  photographers: ProjectDetail["photographers"];
  packages: ProjectDetail["packages"];
}

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
  const retention = retentionDates(row);
  return {
    ...row,
    startAt: iso(row.startAt),
    endAt: iso(row.endAt),
    ordersCloseAt: iso(row.ordersCloseAt),
    earlyBirdUntil: iso(row.earlyBirdUntil),
    deletePhotosAfter: retention.deletePhotosAfter.toISOString(),
    anonymiseMembersAfter: retention.anonymiseMembersAfter.toISOString(),
    photosDeletedAt: iso(row.photosDeletedAt),
    membersAnonymisedAt: iso(row.membersAnonymisedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * One of the operator's projects with its photographers (by name) and
 * packages (by price, then name), in one query: it serves every
 * GET /v1/projects/:id. With `assignedTo`, only if that photographer is
 * assigned to it.
 */
async function readProjectDetail(
  tenant: Tenant,
  id: string,
  assignedTo?: string,
): Promise<ProjectDetail | null> {
  const [row] = await tenant.sql<DetailRow>(
    `SELECT p.id, p.name, p.location_name AS "locationName", p.start_at AS "startAt",
            p.end_at AS "endAt", p.project_link AS "projectLink",
            p.terms_and_conditions AS "termsAndConditions", p.timezone,
            p.reminder_days_before_close AS "reminderDaysBeforeClose",
            p.orders_close_at AS "ordersCloseAt", p.early_bird_percent_off AS "earlyBirdPercentOff",
            p.early_bird_until AS "earlyBirdUntil",
            p.delete_photos_after AS "deletePhotosAfter",
            p.anonymise_members_after AS "anonymiseMembersAfter",
            p.photos_deleted_at AS "photosDeletedAt",
            p.members_anonymised_at AS "membersAnonymisedAt",
            p.photo_consent_default AS "photoConsentDefault",
            p.created_at AS "createdAt", p.updated_at AS "updatedAt",
            coalesce((SELECT json_agg(json_build_object('id', ph.id, 'name', ph.name,
                                                        'email', coalesce(a.email, ''))
                                      ORDER BY ph.name, ph.id)
                        FROM project_photographers pp
                        JOIN photographers ph ON ph.operator_id = pp.operator_id AND ph.id = pp.photographer_id
                        LEFT JOIN accounts a ON a.id = ph.account_id
                       WHERE pp.project_id = p.id), '[]') AS photographers,
            coalesce((SELECT json_agg(json_build_object('id', k.id, 'name', k.name,
                                                        'price', k.price_cents, 'photoCount', k.photo_count)
                                      ORDER BY k.price_cents, k.name, k.id)
                        FROM project_packages pk
                        JOIN packages k ON k.operator_id = pk.operator_id AND k.id = pk.package_id
                       WHERE pk.project_id = p.id), '[]') AS packages
       FROM projects p
      WHERE p.id = $1::uuid AND p.operator_id = $2::uuid
        AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM project_photographers x
                                          WHERE x.project_id = p.id AND x.photographer_id = $3::uuid))`,
    [id, tenant.operatorId, assignedTo ?? null],
  );
  return row ? toDetail(row) : null;
}

/** The operator's projects, most recent start first; undated projects last. */
export async function listProjects(tenant: Tenant): Promise<ProjectSummary[]> {
  const rows = await tenant.db.project.findMany({
    select: summarySelect,
    orderBy: [{ startAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
  });
  return rows.map(toSummary);
}

/** A date already past would delete the photos (or anonymise the members) within the hour. */
function assertRetentionDatesAhead(
  dates: { deletePhotosAfter?: Date | null; anonymiseMembersAfter?: Date | null },
  now: Date,
) {
  for (const field of ["deletePhotosAfter", "anonymiseMembersAfter"] as const) {
    const date = dates[field];
    if (date && date.getTime() <= now.getTime()) {
      throw AppError.badRequest(field, "must be in the future");
    }
  }
}

/** A project without its own time zone takes the operator's. */
export async function createProject(
  tenant: Tenant,
  input: CreateProjectInput,
  now = new Date(),
): Promise<ProjectDetail> {
  assertRetentionDatesAhead(input, now);
  const timezone =
    input.timezone ??
    (await tenant.db.operator.findFirstOrThrow({ select: { timezone: true } })).timezone;
  const { id } = await tenant.db.project.create({
    data: { ...input, timezone, operatorId: tenant.operatorId },
    select: { id: true },
  });
  return (await readProjectDetail(tenant, id))!;
}

/** Operators see any of their projects; photographers only those they are assigned to. */
export async function getProject(
  tenant: Tenant,
  caller: Caller,
  id: string,
): Promise<ProjectDetail> {
  const project = await readProjectDetail(
    tenant,
    id,
    caller.role === "photographer" ? caller.id : undefined,
  );
  if (!project) throw projectNotFound();
  return project;
}

export async function updateProject(
  tenant: Tenant,
  { id, ...patch }: UpdateProjectInput,
  now = new Date(),
): Promise<ProjectDetail> {
  assertRetentionDatesAhead(patch, now);
  const current = await tenant.db.project.findUnique({
    where: { id },
    select: {
      startAt: true,
      endAt: true,
      earlyBirdPercentOff: true,
      earlyBirdUntil: true,
      ordersCloseAt: true,
      deletePhotosAfter: true,
      anonymiseMembersAfter: true,
      createdAt: true,
    },
  });
  if (!current) throw projectNotFound();
  const earlyBird = earlyBirdProblem({
    earlyBirdPercentOff:
      patch.earlyBirdPercentOff === undefined
        ? current.earlyBirdPercentOff
        : patch.earlyBirdPercentOff,
    earlyBirdUntil:
      patch.earlyBirdUntil === undefined ? current.earlyBirdUntil : patch.earlyBirdUntil,
  });
  if (earlyBird) throw AppError.badRequest(earlyBird.field, earlyBird.message);
  const startAt = patch.startAt === undefined ? current.startAt : patch.startAt;
  const endAt = patch.endAt === undefined ? current.endAt : patch.endAt;
  if (startAt && endAt && endAt < startAt) {
    throw patch.endAt === undefined
      ? AppError.badRequest("startAt", "must not be after endAt")
      : AppError.badRequest("endAt", "must not be before startAt");
  }
  const deletesAt = (fields: typeof current) => retentionDates(fields).deletePhotosAfter.getTime();
  const dateMoved = deletesAt(current) !== deletesAt(withPatch(current, patch));
  await tenant.db.project.update({
    where: { id },
    // A moved deletion date earns a new warning before it.
    data: dateMoved ? { ...patch, retentionWarnedAt: null } : patch,
    select: { id: true },
  });
  return (await readProjectDetail(tenant, id))!;
}

/** The fields as they will be: a patch's undefined leaves a field as it is, null clears it. */
function withPatch<T extends object>(current: T, patch: Partial<T>): T {
  const next = { ...current };
  for (const key of Object.keys(current) as (keyof T)[]) {
    if (patch[key] !== undefined) next[key] = patch[key] as T[keyof T];
  }
  return next;
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
