import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { recordAudit, SYSTEM_ACTOR } from "@/server/domain/audit-log";
import { appOrigin } from "@/server/http/app-origin";
import type { Logger } from "@/server/logger";
import type { Mailer } from "@/server/mail";
import { deletePhotoFilesWhenAllowed } from "@/server/operations/photo-deletion-hold";
import { type ObjectStorage, PHOTO_KEY_PREFIX } from "@/server/storage/object-storage";
import { EVENTS_NAMING_MEMBERS } from "./webhooks.schemas";

/**
 * How long a project keeps personal data. Its photos (originals, derived files,
 * tags) are deleted at `deletePhotosAfter`; its members' names, addresses and
 * codes are anonymised at `anonymiseMembersAfter`. Orders stay, with their
 * amounts, for the books. Each date is the project's own, or a default
 * counted from the project's dates; the SQL below and `retentionDates` say the
 * same thing, and the tests hold them to it.
 */
export const RETENTION = {
  /** Photos are kept this long after ordering closes (or after the shoot, without a deadline). */
  photoDays: 90,
  /** Members are anonymised this long after the shoot. */
  memberDays: 365,
  /** The studio is warned this long before its photos are deleted. */
  warningDays: 14,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionFields {
  deletePhotosAfter: Date | null;
  anonymiseMembersAfter: Date | null;
  ordersCloseAt: Date | null;
  startAt: Date | null;
  endAt: Date | null;
  createdAt: Date;
}

/** The shoot's day: its end, its start, or when the project was made. */
function shootOf(project: RetentionFields): Date {
  return project.endAt ?? project.startAt ?? project.createdAt;
}

/** The dates that apply to a project, its own or the defaults. */
export function retentionDates(project: RetentionFields): {
  deletePhotosAfter: Date;
  anonymiseMembersAfter: Date;
} {
  const photosFrom = project.ordersCloseAt ?? shootOf(project);
  return {
    deletePhotosAfter:
      project.deletePhotosAfter ?? new Date(photosFrom.getTime() + RETENTION.photoDays * DAY_MS),
    anonymiseMembersAfter:
      project.anonymiseMembersAfter ??
      new Date(shootOf(project).getTime() + RETENTION.memberDays * DAY_MS),
  };
}

/** `retentionDates` in SQL, over the projects row `p`. */
const PHOTOS_DELETED_AT = `coalesce(p.delete_photos_after,
  coalesce(p.orders_close_at, p.end_at, p.start_at, p.created_at) + interval '${RETENTION.photoDays} days')`;
const MEMBERS_ANONYMISED_AT = `coalesce(p.anonymise_members_after,
  coalesce(p.end_at, p.start_at, p.created_at) + interval '${RETENTION.memberDays} days')`;

/** What anonymisation leaves of a member's name. */
export const ANONYMISED_NAME = "Anonymised member";

export interface RetentionReport {
  warned: number;
  photosDeleted: number;
  membersAnonymised: number;
}

interface RetentionContext {
  db: PrismaClient;
  storage: ObjectStorage;
  /** The app's queued mailer: the warning is sent with the transaction that records it. */
  mailer: Mailer;
  log: Logger;
}

/**
 * Everything retention has to do at `now`: warn studios whose photos go in
 * the next 14 days, delete the photos that are due, anonymise the members
 * that are due. One project at a time, each in its own transaction that first
 * claims the step (so several instances never do a step twice).
 */
export async function applyRetention(
  context: RetentionContext,
  now: Date,
): Promise<RetentionReport> {
  const report: RetentionReport = { warned: 0, photosDeleted: 0, membersAnonymised: 0 };
  for (const project of await projectsToWarn(context.db, now)) {
    if (await warnStudio(context, project, now)) report.warned += 1;
  }
  for (const project of await projectsDue(
    context.db,
    PHOTOS_DELETED_AT,
    "photos_deleted_at",
    now,
  )) {
    report.photosDeleted += await deleteProjectPhotos(context, project, now);
  }
  for (const project of await projectsDue(
    context.db,
    MEMBERS_ANONYMISED_AT,
    "members_anonymised_at",
    now,
  )) {
    report.membersAnonymised += await anonymiseProjectMembers(context.db, project, now);
  }
  return report;
}

interface ProjectRef {
  id: string;
  operatorId: string;
}

async function projectsDue(
  db: PrismaClient,
  dueAt: string,
  doneColumn: "photos_deleted_at" | "members_anonymised_at",
  now: Date,
): Promise<ProjectRef[]> {
  return db.$queryRawUnsafe<ProjectRef[]>(
    `SELECT p.id, p.operator_id AS "operatorId" FROM projects p
      WHERE p.${doneColumn} IS NULL AND ${dueAt} <= $1 ORDER BY p.id`,
    now,
  );
}

interface ProjectToWarn extends ProjectRef {
  name: string;
  timezone: string;
  deletesAt: Date;
  photos: number;
}

/** Projects with photos that go within the warning period, not yet warned. */
async function projectsToWarn(db: PrismaClient, now: Date): Promise<ProjectToWarn[]> {
  return db.$queryRawUnsafe<ProjectToWarn[]>(
    `SELECT p.id, p.operator_id AS "operatorId", p.name, p.timezone, ${PHOTOS_DELETED_AT} AS "deletesAt",
            (SELECT count(*)::int FROM photos f WHERE f.project_id = p.id AND f.kind = 'photo') AS photos
       FROM projects p
      WHERE p.photos_deleted_at IS NULL AND p.retention_warned_at IS NULL
        AND ${PHOTOS_DELETED_AT} > $1
        AND ${PHOTOS_DELETED_AT} <= $1::timestamptz + interval '${RETENTION.warningDays} days'
        AND EXISTS (SELECT 1 FROM photos f WHERE f.project_id = p.id AND f.kind = 'photo')
      ORDER BY p.id`,
    now,
  );
}

async function warnStudio(
  { db, mailer }: RetentionContext,
  project: ProjectToWarn,
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE projects SET retention_warned_at = ${now}
       WHERE id = ${project.id}::uuid AND retention_warned_at IS NULL AND photos_deleted_at IS NULL`;
    if (claimed === 0) return false;
    const studio = await tx.operator.findUniqueOrThrow({
      where: { id: project.operatorId },
      select: { locale: true, account: { select: { email: true } } },
    });
    const when = formatDay(project.deletesAt, project.timezone, studio.locale);
    const projectUrl = new URL(`/projects/${project.id}`, appOrigin()).href;
    await mailer.send(
      {
        to: studio.account.email,
        subject: `Photos of “${project.name}” will be deleted on ${when}`,
        text: [
          `The ${project.photos} photos of your project “${project.name}” will be deleted on ${when},`,
          "with their gallery images and tags, as its retention date says. Orders stay, without photos.",
          "",
          `To keep them longer, move “Delete photos after” on the project's page: ${projectUrl}`,
        ].join("\n"),
      },
      { tx },
    );
    return true;
  });
}

/**
 * Deletes a project's photos (and so their tags) and the links of its orders
 * to them; the orders stay. The files go after the commit: storage is not
 * part of the transaction, and a crash in between leaves only orphans that
 * the daily sweep removes.
 */
async function deleteProjectPhotos(
  { db, storage, log }: RetentionContext,
  project: ProjectRef,
  now: Date,
): Promise<number> {
  const deleted = await db.$transaction(async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE projects SET photos_deleted_at = ${now}
       WHERE id = ${project.id}::uuid AND photos_deleted_at IS NULL`;
    if (claimed === 0) return null;
    await tx.$executeRaw`DELETE FROM order_photos WHERE project_id = ${project.id}::uuid`;
    const photos = await tx.$executeRaw`DELETE FROM photos WHERE project_id = ${project.id}::uuid`;
    await recordAudit(tx, {
      operatorId: project.operatorId,
      actor: SYSTEM_ACTOR,
      action: "photos_deleted_by_retention",
      subject: { type: "project", id: project.id },
      details: { photos },
      at: now,
    });
    return photos;
  });
  if (deleted === null) return 0;
  const folder = `${PHOTO_KEY_PREFIX}${project.operatorId}/${project.id}/`;
  await deletePhotoFilesWhenAllowed(async () => {
    try {
      const keys: string[] = [];
      for await (const object of storage.list(folder)) keys.push(object.key);
      await storage.delete(keys);
    } catch (error) {
      log.error({ err: error, projectId: project.id }, "retention: photo files not removed");
    }
  });
  return deleted;
}

/**
 * Replaces the members' names, addresses, external ids and codes (the code
 * with a new one nobody knows), and removes the record of the e-mails sent to
 * them and the webhook events that name them. Their orders and counts stay as
 * they were.
 */
async function anonymiseProjectMembers(
  db: PrismaClient,
  project: ProjectRef,
  now: Date,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE projects SET members_anonymised_at = ${now}
       WHERE id = ${project.id}::uuid AND members_anonymised_at IS NULL`;
    if (claimed === 0) return 0;
    const members = await tx.$executeRaw`
      UPDATE members
         SET name = ${ANONYMISED_NAME}, email = NULL, email2 = NULL, external_id = NULL,
             access_code = generate_access_code(), anonymised_at = ${now}
       WHERE project_id = ${project.id}::uuid AND anonymised_at IS NULL`;
    // Their orders stay for the books, without the address they were sent to.
    await tx.$executeRaw`
      UPDATE orders SET email = NULL, ship_name = NULL, ship_street = NULL, ship_postcode = NULL,
                        ship_city = NULL, ship_country = NULL
       WHERE project_id = ${project.id}::uuid
         AND (email IS NOT NULL OR ship_name IS NOT NULL)`;
    await tx.$executeRaw`DELETE FROM campaign_mails WHERE project_id = ${project.id}::uuid`;
    await tx.$executeRaw`
      DELETE FROM webhook_events
       WHERE operator_id = ${project.operatorId}::uuid
         AND type IN (${Prisma.join(EVENTS_NAMING_MEMBERS)})
         AND (body::jsonb #>> '{data,member,projectId}') = ${project.id}`;
    await recordAudit(tx, {
      operatorId: project.operatorId,
      actor: SYSTEM_ACTOR,
      action: "members_anonymised_by_retention",
      subject: { type: "project", id: project.id },
      details: { members },
      at: now,
    });
    return members;
  });
}

function formatDay(date: Date, timeZone: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
