import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import type { PrismaTransactionLike } from "pg-boss";
import { Prisma } from "@/generated/prisma/client";
import type { Caller } from "@/server/auth/caller";
import type { Tenant } from "@/server/db/tenant";
import { AppError, toAppError } from "@/server/errors";
import { getLogger } from "@/server/logger";
import { deletePhotoFilesWhenAllowed } from "@/server/operations/photo-deletion-hold";
import { imageSize, sniffImageSource } from "@/server/photos/images";
import {
  enqueuePhotoProcessing,
  waitForPhoto,
  withPhotoWork,
} from "@/server/photos/processing-queue";
import type { StagedFile } from "@/server/photos/upload";
import { photoFolderKey, photoObjectKey, photoStorage, type PhotoVariant } from "@/server/storage";
import { lockStudioCounters } from "./analytics-counters";
import { PROCESSING_FAILED_ON_OUR_SIDE } from "./photo-processing";
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
  UPLOAD_WAIT_SECONDS,
  type UploadResult,
  ZUploadFields,
} from "./photos.schemas";
import { projectNotFound } from "./projects";
import { emitWebhookEvent, emitWebhookEvents, hasWebhookSubscribers } from "./webhooks";

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
  status: "processing" | "ready" | "failed";
  processing_error: string | null;
  processed_at: Date | null;
  tags: { memberId: string; name: string; source: "card" | "manual" }[] | null;
}

/** Photos with their tags (members by name), for rows chosen by `where` (over `p`). */
function selectPhotos(where: Prisma.Sql, orderAndLimit = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p.operator_id, p.project_id, p.photographer_id, p.file_name, p.content_type,
           p.size_bytes, p.width, p.height, p.taken_at, p.uploaded_at, p.sequence_at, p.sha256,
           p.kind::text AS kind, p.card_member_id, p.status::text AS status, p.processing_error,
           p.processed_at,
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
    status: row.status,
    processingError: row.processing_error,
    processedAt: row.processed_at?.toISOString() ?? null,
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
  if (input.status) parts.push(Prisma.sql`p.status = ${input.status}::photo_status`);
  if (input.memberId) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM photo_tags t
                                  WHERE t.photo_id = p.id AND t.member_id = ${input.memberId}::uuid)`);
  }
  if (input.tagged === true) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM photo_tags t WHERE t.photo_id = p.id)`);
  } else if (input.tagged === false) {
    parts.push(Prisma.sql`p.kind = 'photo' AND p.status = 'ready'
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
/** The form fields beside the file, checked: a 400 names the first field that is wrong. */
function uploadFields(fields: Record<string, string>) {
  const parsed = ZUploadFields.safeParse(fields);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw AppError.badRequest(String(issue?.path[0] ?? "file"), issue?.message ?? "is invalid");
}

async function uploaderOf(
  tenant: Tenant,
  caller: Caller,
  projectId: string,
  named: string | undefined,
): Promise<string> {
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

/** Removes every file of a deleted photo, once no running backup needs them. */
export async function deletePhotoFiles(photo: {
  operatorId: string;
  projectId: string;
  id: string;
}) {
  const storage = photoStorage();
  // A running backup may still need them: it holds deletions until its copy ends.
  await deletePhotoFilesWhenAllowed(async () => {
    try {
      const keys: string[] = [];
      for await (const object of storage.list(photoFolderKey(photo))) keys.push(object.key);
      await storage.delete(keys);
    } catch (error) {
      getLogger().error({ err: error, photoId: photo.id }, "photo files could not be removed");
    }
  });
}

/** The type of the staged file by its first bytes: 415 for anything but JPEG, PNG or WebP. */
async function contentTypeOf(file: StagedFile) {
  const type = await sniffImageSource(file.path);
  if (type) return type;
  throw new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    "file: must be a JPEG, PNG or WebP image (recognised by its content)",
    { fieldErrors: { file: ["must be a JPEG, PNG or WebP image"] } },
  );
}

/** A failed photo sent again: processed again (what failed may have been ours). */
async function retryFailed(tenant: Tenant, photoId: string): Promise<void> {
  await withPhotoWork(tenant.db, async (tx) => {
    const reset = await tx.photo.updateMany({
      where: { id: photoId, status: "failed" },
      data: { status: "processing", processingError: null },
    });
    if (reset.count > 0) await enqueuePhotoProcessing(tx, photoId);
  });
}

/**
 * Receives and checks a photo, stores its original, and commits its row as
 * `processing` with its processing enqueued in the same transaction. The
 * original is stored before the row is committed and removed again when the row
 * cannot be, so a failure leaves neither; the row's transaction also sends
 * `photo.uploaded`. The same bytes sent again (a retry) are the photo already
 * there, and send nothing; a failed one is processed again.
 */
async function fileUpload(
  tenant: Tenant,
  caller: Caller,
  { projectId, upload }: Pick<UploadPhotoInput, "projectId" | "upload">,
): Promise<{ id: string; created: boolean }> {
  await assertProjectOf(tenant, caller, projectId).catch(async (error: unknown) => {
    await upload.abandon();
    throw error;
  });
  const received = await upload.receive();
  try {
    const { photographerId: named, clientOrder } = uploadFields(received.fields);
    const photographerId = await uploaderOf(tenant, caller, projectId, named);
    const { file } = received;
    const contentType = await contentTypeOf(file);
    const existing = await photoBySha(tenant, projectId, file.sha256);
    if (existing) {
      if (existing.status === "failed") await retryFailed(tenant, existing.id);
      return { id: existing.id, created: false };
    }
    // 413 past the pixel limit from the header alone, before anything is stored.
    await imageSize(file.path);

    const photo = { id: randomUUID(), operatorId: tenant.operatorId, projectId };
    try {
      // Streamed from the staged file, never read whole into memory.
      await photoStorage()
        .put(
          photoObjectKey(photo, "original"),
          { stream: createReadStream(file.path), size: file.sizeBytes },
          contentType,
        )
        .catch((error: unknown) => {
          throw storageUnavailable(error);
        });
      const uploadedAt = new Date();
      await withPhotoWork(tenant.db, async (tx) => {
        const uploaded = await tx.photo.create({
          data: {
            ...photo,
            photographerId,
            fileName: file.fileName,
            contentType,
            sizeBytes: file.sizeBytes,
            uploadedAt,
            sequenceAt: uploadedAt,
            clientOrder: clientOrder === undefined ? null : BigInt(clientOrder),
            sha256: file.sha256,
            status: "processing",
          },
          select: {
            id: true,
            projectId: true,
            photographerId: true,
            fileName: true,
            sizeBytes: true,
            status: true,
            uploadedAt: true,
          },
        });
        await enqueuePhotoProcessing(tx, photo.id);
        await emitWebhookEvent(tx, tenant.operatorId, "photo.uploaded", { photo: uploaded });
      });
    } catch (error) {
      await deletePhotoFiles(photo);
      // The same bytes, sent twice at once: the other request filed them.
      const raced =
        toAppError(error).code === "CONFLICT" && (await photoBySha(tenant, projectId, file.sha256));
      if (raced) return { id: raced.id, created: false };
      throw error;
    }
    return { id: photo.id, created: true };
  } finally {
    await received.discard();
  }
}

/** A photo that failed while its uploader waited: their file's fault (400), or ours (503). */
function processingFailed(photo: Photo): AppError {
  const reason = photo.processingError ?? PROCESSING_FAILED_ON_OUR_SIDE;
  if (reason === PROCESSING_FAILED_ON_OUR_SIDE) {
    return new AppError("SERVICE_UNAVAILABLE", reason, { retryAfterSeconds: 30 });
  }
  return new AppError("BAD_REQUEST", `file: ${reason}`, { fieldErrors: { file: [reason] } });
}

/**
 * Files a photo (see `fileUpload`) and answers it once processed: it waits for
 * at most `respondWithinSeconds` (30 by default), polling the row, since any
 * instance may do the processing. A photo still processing then is answered as
 * it is (`status: "processing"`); one that failed meanwhile is the error.
 */
export async function uploadPhoto(
  tenant: Tenant,
  caller: Caller,
  input: UploadPhotoInput,
): Promise<UploadResult> {
  const { id, created } = await fileUpload(tenant, caller, input);
  const waitMs = Math.min(input.respondWithinSeconds, UPLOAD_WAIT_SECONDS) * 1000;
  if (waitMs > 0) {
    await waitForPhoto(
      id,
      async () => {
        const row = await tenant.db.photo.findFirst({ where: { id }, select: { status: true } });
        return row?.status !== "processing";
      },
      waitMs,
    );
  }
  const photo = await getPhoto(tenant, caller, id);
  if (waitMs > 0 && photo.status === "failed") throw processingFailed(photo);
  return { photo, created };
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
  await deletePhotoFiles({ operatorId: row.operator_id, projectId: row.project_id, id });
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
    await emitWebhookEvent(tx, tenant.operatorId, "photo.tagged", {
      photo: { id, projectId: row.project_id, memberIds: unique, source: "manual" },
    });
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
    const announced = await hasWebhookSubscribers(tx, tenant.operatorId, ["photo.tagged"]);
    const before = announced ? await membersTaggedIn(tx, ids) : undefined;
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
    if (before) {
      const after = await membersTaggedIn(tx, ids);
      const changed = ids.filter((photoId) => after.get(photoId) !== before.get(photoId));
      await emitWebhookEvents(
        tx,
        tenant.operatorId,
        "photo.tagged",
        changed.map((photoId) => ({
          photo: {
            id: photoId,
            projectId,
            memberIds: after.get(photoId)?.split(",") ?? [],
            source: "manual",
          },
        })),
      );
    }
  });
  return { updated: ids.length };
}

/** Each photo's tagged members, as their sorted ids joined by commas (absent: none). */
async function membersTaggedIn(
  tx: PrismaTransactionLike,
  photoIds: string[],
): Promise<Map<string, string>> {
  const rows = await tx.$queryRawUnsafe<{ photoId: string; members: string }[]>(
    `SELECT photo_id::text AS "photoId", string_agg(member_id::text, ',' ORDER BY member_id) AS members
       FROM photo_tags WHERE photo_id = ANY($1::uuid[]) GROUP BY photo_id`,
    photoIds,
  );
  return new Map(rows.map((row) => [row.photoId, row.members]));
}

// ---- Files ----

const CONTENT_TYPES: Record<PhotoVariant, (photo: PhotoRow) => string> = {
  original: (photo) => photo.content_type,
  preview: () => "image/jpeg",
  thumb: () => "image/jpeg",
};

/** Seconds a client waits before asking again for a file still being made. */
export const VARIANT_RETRY_AFTER_SECONDS = 2;

/** A derived file asked for before it exists: 409 with Retry-After, never 404 or 5xx. */
export function variantNotMade(status: "processing" | "failed" | "ready"): AppError {
  return status === "failed"
    ? new AppError("CONFLICT", "This photo could not be processed: it has no derived files")
    : new AppError("CONFLICT", "This photo is still being processed; its file is not made yet", {
        retryAfterSeconds: VARIANT_RETRY_AFTER_SECONDS,
      });
}

/** One of the photo's files, described before it is opened (for ETag and 304). */
export async function photoFile(
  tenant: Tenant,
  caller: Caller,
  { id, size }: PhotoFileInput,
): Promise<PhotoFile> {
  const row = await photoRow(tenant, caller, id);
  if (!row.sha256) throw new AppError("NOT_FOUND", "This photo has no stored file");
  if (size !== "original" && row.status !== "ready") throw variantNotMade(row.status);
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
