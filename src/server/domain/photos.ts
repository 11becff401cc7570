import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import type { Tenant } from "@/server/db/tenant";
import { AppError, toAppError } from "@/server/errors";
import { getLogger } from "@/server/logger";
import { deletePhotoFilesWhenAllowed } from "@/server/operations/photo-deletion-hold";
import { processPhoto } from "@/server/photos/process";
import { codeFromQrText } from "@/server/photos/qr";
import { PHOTO_VARIANTS, photoObjectKey, photoStorage, type PhotoVariant } from "@/server/storage";
import { lockStudioCounters } from "./analytics-counters";
import { findMemberByAccessCode } from "./members";
import { decodeCursor, encodeCursor, isTimestamp, isUuid } from "./paging";
import { rematchSequence } from "./photo-matching";
import {
  type ListPhotosInput,
  type Photo,
  type PhotoFile,
  type PhotoFileInput,
  type PhotoPage,
  type SetPhotoTagsInput,
  type TagPhotosInput,
  type UploadPhotoInput,
  type UploadResult,
  ZUploadFields,
} from "./photos.schemas";
import { projectNotFound } from "./projects";

export const photoNotFound = () => AppError.notFound("Photo");

function storageUnavailable(cause: unknown): AppError {
  getLogger().error({ err: cause }, "photo storage failed");
  return new AppError(
    "SERVICE_UNAVAILABLE",
    "The photo storage is unavailable; try again shortly",
    {
      cause,
    },
  );
}

interface PhotoRow {
  id: string;
  operator_id: string;
  project_id: string;
  photographer_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  width: number;
  height: number;
  taken_at: Date | null;
  uploaded_at: Date;
  sequence_at: Date;
  sha256: string | null;
  kind: "photo" | "card";
  card_member_id: string | null;
  tags: { memberId: string; name: string; source: "card" | "manual" }[] | null;
}

/** Photos with their tags (members by name), for rows chosen by `where` (over `p`). */
function selectPhotos(where: Prisma.Sql, orderAndLimit = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p.operator_id, p.project_id, p.photographer_id, p.file_name, p.content_type,
           p.size_bytes, p.width, p.height, p.taken_at, p.uploaded_at, p.sequence_at, p.sha256,
           p.kind::text AS kind, p.card_member_id,
           (SELECT json_agg(json_build_object('memberId', m.id, 'name', m.name, 'source', t.source)
                            ORDER BY m.name, m.id)
              FROM photo_tags t JOIN members m ON m.id = t.member_id
             WHERE t.photo_id = p.id) AS tags
      FROM photos p
     WHERE ${where}
     ${orderAndLimit}`;
}

function toPhoto(row: PhotoRow): Photo {
  return {
    id: row.id,
    projectId: row.project_id,
    photographerId: row.photographer_id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    width: row.width,
    height: row.height,
    takenAt: row.taken_at?.toISOString() ?? null,
    uploadedAt: row.uploaded_at.toISOString(),
    sha256: row.sha256,
    kind: row.kind,
    cardMemberId: row.card_member_id,
    tags: row.tags ?? [],
  };
}

/**
 * Operators see every photo of theirs; a photographer the photos they uploaded
 * to the projects they are still assigned to. Removed from a project, they
 * lose its photos with it, their own included: no reading, downloading or
 * deleting (every photo read and write starts here), and the photos stay the
 * studio's. Assigned again, they see them again.
 */
function visibleTo(tenant: Tenant, caller: Caller): Prisma.Sql {
  const own = Prisma.sql`p.operator_id = ${tenant.operatorId}::uuid`;
  return caller.role === "photographer"
    ? Prisma.sql`${own} AND p.photographer_id = ${caller.id}::uuid
        AND EXISTS (SELECT 1 FROM project_photographers pp
                     WHERE pp.operator_id = p.operator_id AND pp.project_id = p.project_id
                       AND pp.photographer_id = ${caller.id}::uuid)`
    : own;
}

async function photoRow(tenant: Tenant, caller: Caller, id: string): Promise<PhotoRow> {
  const [row] = await tenant.db.$queryRaw<PhotoRow[]>(
    selectPhotos(Prisma.sql`p.id = ${id}::uuid AND ${visibleTo(tenant, caller)}`),
  );
  if (!row) throw photoNotFound();
  return row;
}

export async function getPhoto(tenant: Tenant, caller: Caller, id: string): Promise<Photo> {
  return toPhoto(await photoRow(tenant, caller, id));
}

// ---- Lists ----

const readCursor = (text: string) =>
  decodeCursor(text, ([at, fileName, id]) =>
    isTimestamp(at) && typeof fileName === "string" && isUuid(id) ? { at, fileName, id } : null,
  );

function listFilter(tenant: Tenant, caller: Caller, input: ListPhotosInput): Prisma.Sql {
  const parts = [visibleTo(tenant, caller), Prisma.sql`p.project_id = ${input.projectId}::uuid`];
  if (input.photographerId) {
    parts.push(Prisma.sql`p.photographer_id = ${input.photographerId}::uuid`);
  }
  if (input.kind) parts.push(Prisma.sql`p.kind = ${input.kind}::photo_kind`);
  if (input.memberId) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM photo_tags t
                                  WHERE t.photo_id = p.id AND t.member_id = ${input.memberId}::uuid)`);
  }
  if (input.tagged === true) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM photo_tags t WHERE t.photo_id = p.id)`);
  } else if (input.tagged === false) {
    parts.push(Prisma.sql`p.kind = 'photo'
                          AND NOT EXISTS (SELECT 1 FROM photo_tags t WHERE t.photo_id = p.id)`);
  }
  return Prisma.join(parts, " AND ");
}

async function assertProjectOf(tenant: Tenant, caller: Caller, projectId: string) {
  const where: Prisma.ProjectWhereInput =
    caller.role === "photographer"
      ? { id: projectId, photographers: { some: { photographerId: caller.id } } }
      : { id: projectId };
  const project = await tenant.db.project.findFirst({ where, select: { timezone: true } });
  if (!project) throw projectNotFound();
  return project;
}

/**
 * One page in sequence order: capture time (upload time when none), file
 * name, id. The cursor is the last row's key, so every page is an index range.
 */
export async function listPhotos(
  tenant: Tenant,
  caller: Caller,
  input: ListPhotosInput,
): Promise<PhotoPage> {
  const cursor = input.cursor ? readCursor(input.cursor) : undefined;
  const filter = listFilter(tenant, caller, input);
  const after = cursor
    ? Prisma.sql`AND (p.sequence_at, p.file_name, p.id) > (${new Date(cursor.at)}::timestamptz, ${cursor.fileName}, ${cursor.id}::uuid)`
    : Prisma.empty;
  const [, rows, [count]] = await Promise.all([
    assertProjectOf(tenant, caller, input.projectId),
    tenant.db.$queryRaw<PhotoRow[]>(
      selectPhotos(
        Prisma.sql`${filter} ${after}`,
        Prisma.sql`ORDER BY p.sequence_at, p.file_name, p.id LIMIT ${input.limit + 1}`,
      ),
    ),
    tenant.db.$queryRaw<{ total: number }[]>(
      Prisma.sql`SELECT count(*)::int AS total FROM photos p WHERE ${filter}`,
    ),
  ]);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items: items.map(toPhoto),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor([last.sequence_at.toISOString(), last.file_name, last.id])
        : null,
    total: count?.total ?? 0,
  };
}

// ---- Upload ----

/** The photographer the photo is filed under: the caller, or the one an operator names. */
async function uploaderOf(
  tenant: Tenant,
  caller: Caller,
  projectId: string,
  fields: Record<string, string>,
): Promise<string> {
  const parsed = ZUploadFields.safeParse(fields);
  if (!parsed.success) throw AppError.badRequest("photographerId", "must be a UUID");
  const named = parsed.data.photographerId;
  if (caller.role === "photographer") {
    if (named && named !== caller.id) {
      throw AppError.badRequest("photographerId", "a photographer uploads as themselves");
    }
    return caller.id;
  }
  if (!named) throw AppError.badRequest("photographerId", "is required when an operator uploads");
  const assigned = await tenant.db.projectPhotographer.findFirst({
    where: { projectId, photographerId: named, photographer: { deletedAt: null } },
    select: { photographerId: true },
  });
  if (!assigned) {
    throw AppError.badRequest("photographerId", "is not a photographer assigned to this project");
  }
  return named;
}

async function photoBySha(tenant: Tenant, projectId: string, sha256: string) {
  const [row] = await tenant.db.$queryRaw<PhotoRow[]>(
    selectPhotos(
      Prisma.sql`p.operator_id = ${tenant.operatorId}::uuid AND p.project_id = ${projectId}::uuid AND p.sha256 = ${sha256}`,
    ),
  );
  return row ? toPhoto(row) : null;
}

/** The member a QR code names, if it is the access code of someone in this project. */
async function cardOf(tenant: Tenant, projectId: string, qrText: string | null) {
  if (qrText === null) return { kind: "photo" as const, cardMemberId: null };
  const member = await findMemberByAccessCode(tenant, projectId, codeFromQrText(qrText));
  return { kind: "card" as const, cardMemberId: member?.id ?? null };
}

async function deleteObjects(photo: { operatorId: string; projectId: string; id: string }) {
  const keys = PHOTO_VARIANTS.map((variant) => photoObjectKey(photo, variant));
  // A running backup may still need them: it holds deletions until its copy ends.
  await deletePhotoFilesWhenAllowed(() =>
    photoStorage()
      .delete(keys)
      .catch((error: unknown) => {
        getLogger().error({ err: error, photoId: photo.id }, "photo files could not be removed");
      }),
  );
}

/**
 * Receives, checks and files a photo: its files are stored before its row is
 * committed, and removed again when the row cannot be, so a failure leaves
 * neither. The same bytes sent again (a retry) are the photo already there.
 */
export async function uploadPhoto(
  tenant: Tenant,
  caller: Caller,
  { projectId, upload }: UploadPhotoInput,
): Promise<UploadResult> {
  const project = await assertProjectOf(tenant, caller, projectId).catch(async (error: unknown) => {
    await upload.abandon();
    throw error;
  });
  const received = await upload.receive();
  try {
    const photographerId = await uploaderOf(tenant, caller, projectId, received.fields);
    const { file } = received;
    const existing = await photoBySha(tenant, projectId, file.sha256);
    if (existing) return { photo: existing, created: false };

    const original = await readFile(file.path);
    const processed = await processPhoto(original, project.timezone);
    const card = await cardOf(tenant, projectId, processed.qrText);

    const photo = { id: randomUUID(), operatorId: tenant.operatorId, projectId };
    const storage = photoStorage();
    const stored = Promise.all([
      storage.put(photoObjectKey(photo, "original"), original, processed.contentType),
      storage.put(photoObjectKey(photo, "preview"), processed.preview, "image/jpeg"),
      storage.put(photoObjectKey(photo, "thumb"), processed.thumb, "image/jpeg"),
    ]);
    try {
      await stored.catch((error: unknown) => {
        throw storageUnavailable(error);
      });
      const uploadedAt = new Date();
      await tenant.db.photo.create({
        data: {
          ...photo,
          photographerId,
          fileName: file.fileName,
          contentType: processed.contentType,
          sizeBytes: file.sizeBytes,
          width: processed.width,
          height: processed.height,
          takenAt: processed.takenAt,
          uploadedAt,
          sequenceAt: processed.takenAt ?? uploadedAt,
          sha256: file.sha256,
          ...card,
        },
        select: { id: true },
      });
    } catch (error) {
      await stored.catch(() => undefined);
      await deleteObjects(photo);
      // The same bytes, sent twice at once: the other request filed them.
      const raced =
        toAppError(error).code === "CONFLICT" && (await photoBySha(tenant, projectId, file.sha256));
      if (raced) return { photo: raced, created: false };
      throw error;
    }
    await rematchSequence(tenant, projectId, photographerId);
    return { photo: await getPhoto(tenant, caller, photo.id), created: true };
  } finally {
    await received.discard();
  }
}

// ---- Delete ----

/** Removes the photo, its tags and its files, and re-matches its photographer's sequence. */
export async function deletePhoto(tenant: Tenant, caller: Caller, id: string): Promise<void> {
  const row = await photoRow(tenant, caller, id);
  const deleted = await tenant.db.$executeRaw`
    DELETE FROM photos p
     WHERE p.id = ${id}::uuid AND p.operator_id = ${tenant.operatorId}::uuid
       AND NOT EXISTS (SELECT 1 FROM order_photos o WHERE o.photo_id = p.id)`;
  if (deleted === 0) {
    const ordered = await tenant.db.orderPhoto.findFirst({
      where: { photoId: id },
      select: { orderId: true },
    });
    if (ordered) throw new AppError("CONFLICT", "This photo is in an order and cannot be deleted");
    throw photoNotFound();
  }
  await deleteObjects({ operatorId: row.operator_id, projectId: row.project_id, id });
  await rematchSequence(tenant, row.project_id, row.photographer_id);
}

// ---- Tags by hand ----

async function assertMembersOfProject(
  tenant: Tenant,
  projectId: string,
  memberIds: readonly string[],
  field: string,
) {
  const found = await tenant.db.member.findMany({
    where: { projectId, id: { in: [...memberIds] } },
    select: { id: true },
  });
  const known = new Set(found.map((member) => member.id));
  const index = memberIds.findIndex((memberId) => !known.has(memberId));
  if (index >= 0) {
    throw AppError.badRequest(
      `${field}.${index}`,
      `${memberIds[index]} is not a member of this photo's project`,
    );
  }
}

const cardNotTagged = (field: string) =>
  AppError.badRequest(field, "a card is not tagged: it names the member of the photos after it");

/** Replaces the photo's tags by hand; matching leaves it alone from then on. */
export async function setPhotoTags(
  tenant: Tenant,
  caller: Caller,
  { id, memberIds }: SetPhotoTagsInput,
): Promise<Photo> {
  const row = await photoRow(tenant, caller, id);
  if (row.kind === "card") throw cardNotTagged("id");
  const unique = [...new Set(memberIds)];
  await assertMembersOfProject(tenant, row.project_id, memberIds, "memberIds");
  await tenant.db.$transaction(async (tx) => {
    await lockStudioCounters(tx, tenant.operatorId);
    await tx.photoTag.deleteMany({ where: { photoId: id } });
    await tx.photoTag.createMany({
      data: unique.map((memberId) => ({
        operatorId: tenant.operatorId,
        projectId: row.project_id,
        photoId: id,
        memberId,
        source: "manual" as const,
      })),
    });
    await tx.photo.updateMany({ where: { id }, data: { taggedByHand: true } });
  });
  return getPhoto(tenant, caller, id);
}

/**
 * Adds and removes members on many photos at once (the operator's grid). Each
 * photo touched is tagged by hand from then on; its card tags become its own.
 */
export async function tagPhotos(
  tenant: Tenant,
  caller: Caller,
  { projectId, photoIds, add, remove }: TagPhotosInput,
): Promise<{ updated: number }> {
  await assertProjectOf(tenant, caller, projectId);
  const photos = await tenant.db.photo.findMany({
    where: { projectId, id: { in: photoIds } },
    select: { id: true, kind: true },
  });
  const missing = photoIds.findIndex((photoId) => !photos.some((photo) => photo.id === photoId));
  if (missing >= 0)
    throw AppError.badRequest(`photoIds.${missing}`, "is not a photo of this project");
  const card = photoIds.findIndex((photoId) =>
    photos.some((p) => p.id === photoId && p.kind === "card"),
  );
  if (card >= 0) throw cardNotTagged(`photoIds.${card}`);
  await assertMembersOfProject(tenant, projectId, add, "add");
  const ids = [...new Set(photoIds)];
  await tenant.db.$transaction(async (tx) => {
    await lockStudioCounters(tx, tenant.operatorId);
    await tx.photoTag.updateMany({ where: { photoId: { in: ids } }, data: { source: "manual" } });
    await tx.photoTag.deleteMany({ where: { photoId: { in: ids }, memberId: { in: remove } } });
    await tx.photoTag.createMany({
      data: ids.flatMap((photoId) =>
        add.map((memberId) => ({
          operatorId: tenant.operatorId,
          projectId,
          photoId,
          memberId,
          source: "manual" as const,
        })),
      ),
      skipDuplicates: true,
    });
    await tx.photo.updateMany({ where: { id: { in: ids } }, data: { taggedByHand: true } });
  });
  return { updated: ids.length };
}

// ---- Files ----

const CONTENT_TYPES: Record<PhotoVariant, (photo: PhotoRow) => string> = {
  original: (photo) => photo.content_type,
  preview: () => "image/jpeg",
  thumb: () => "image/jpeg",
};

/** One of the photo's files, described before it is opened (for ETag and 304). */
export async function photoFile(
  tenant: Tenant,
  caller: Caller,
  { id, size }: PhotoFileInput,
): Promise<PhotoFile> {
  const row = await photoRow(tenant, caller, id);
  if (!row.sha256) throw new AppError("NOT_FOUND", "This photo has no stored file");
  const key = photoObjectKey({ operatorId: row.operator_id, projectId: row.project_id, id }, size);
  return {
    etag: `"${row.sha256}-${size}"`,
    contentType: CONTENT_TYPES[size](row),
    downloadName: size === "original" ? row.file_name : null,
    async open() {
      const object = await photoStorage()
        .open(key)
        .catch((error: unknown) => {
          throw storageUnavailable(error);
        });
      if (!object) throw new AppError("NOT_FOUND", "This photo's file is missing from storage");
      return object;
    },
  };
}
