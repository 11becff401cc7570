import { emitWebhookEvent } from "./webhooks";
import type { PrismaClient } from "@/generated/prisma/client";
import { tenantOf } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { getLogger } from "@/server/logger";
import { deletePhotoFilesWhenAllowed } from "@/server/operations/photo-deletion-hold";
import { analysePhoto } from "@/server/photos/process";
import { enqueueVariantRebuild, withPhotoWork } from "@/server/photos/processing-queue";
import { codeFromQrText } from "@/server/photos/qr";
import {
  watermarkedVariants,
  WatermarkUnavailableError,
  watermarkVersion,
} from "@/server/photos/watermark";
import {
  GALLERY_VARIANTS,
  isStrayPhotoKey,
  type ObjectStorage,
  photoFolderKey,
  photoObjectKey,
} from "@/server/storage";
import { findMemberByAccessCode } from "./members";
import { lockSequence, rematchLockedSequence } from "./photo-matching";

/**
 * The work an upload leaves for later: `processPhoto` makes a `processing`
 * photo `ready` (derived files, capture time, QR code, card, gallery variants,
 * matching) or `failed` with its reason; `rebuildGalleryVariants` makes a
 * studio's watermarked gallery images again after its name changed. Both
 * derive everything from the stored original and the rows, so they may run
 * twice, or again after a crash half way: files are overwritten whole, the row
 * changes in one transaction, and files a deleted photo no longer needs are
 * removed.
 */

/** What the uploader reads when the failure was ours, not the file's. */
export const PROCESSING_FAILED_ON_OUR_SIDE =
  "The photo could not be processed on our side; upload it again to retry";

export type PhotoWorkOutcome = "ready" | "failed" | "skipped";

interface ProcessingRow {
  id: string;
  operator_id: string;
  project_id: string;
  photographer_id: string;
  status: "processing" | "ready" | "failed";
  timezone: string;
  studio_name: string;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** "file: the image cannot be decoded (damaged?)" as the uploader reads it. */
function reasonOf(error: AppError): string {
  const text = error.message.replace(/^file: /, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends a `processing` photo as `failed` with `reason`; a photo in any other state stays as it is. */
export async function markPhotoFailed(
  database: PrismaClient,
  photoId: string,
  reason: string,
): Promise<void> {
  await database.$executeRaw`
    UPDATE photos SET status = 'failed', processing_error = ${reason}, processed_at = now()
     WHERE id = ${photoId}::uuid AND status = 'processing'`;
}

/** Removes every file of a photo whose row is gone (it was deleted while being processed). */
async function removeFilesOfDeleted(
  database: PrismaClient,
  storage: ObjectStorage,
  photo: { operatorId: string; projectId: string; id: string },
): Promise<void> {
  const still = await database.photo.findFirst({ where: { id: photo.id }, select: { id: true } });
  if (still) return;
  const keys: string[] = [];
  for await (const object of storage.list(photoFolderKey(photo))) keys.push(object.key);
  await deletePhotoFilesWhenAllowed(() => storage.delete(keys));
}

/**
 * Removes what the photo's folder holds besides its current files: gallery
 * images of an older watermark, and writes cut off by a crash.
 */
async function removeStrayFiles(
  storage: ObjectStorage,
  photo: { operatorId: string; projectId: string; id: string },
  galleryVersion: string | null,
): Promise<void> {
  const keys: string[] = [];
  for await (const object of storage.list(photoFolderKey(photo))) {
    if (isStrayPhotoKey(photo, object.key, galleryVersion)) keys.push(object.key);
  }
  if (keys.length > 0) await deletePhotoFilesWhenAllowed(() => storage.delete(keys));
}

/** Stores the watermarked gallery images; null when no font can draw the watermark here. */
async function storeGalleryVariants(
  storage: ObjectStorage,
  photo: { operatorId: string; projectId: string; id: string },
  derived: { thumb: Uint8Array; preview: Uint8Array },
  studioName: string,
): Promise<string | null> {
  const version = watermarkVersion(studioName);
  let images;
  try {
    images = await watermarkedVariants(derived, studioName);
  } catch (error) {
    if (!(error instanceof WatermarkUnavailableError)) throw error;
    getLogger().error({ err: error }, "gallery variants cannot be made: no font for the watermark");
    return null;
  }
  await Promise.all(
    GALLERY_VARIANTS.map((variant) =>
      storage.put(photoObjectKey(photo, variant, version), images[variant], "image/jpeg"),
    ),
  );
  return version;
}

/**
 * Processes one uploaded photo: reads its original from storage, stores the
 * derived files and gallery variants, reads its card, then in one transaction
 * marks it ready and re-matches its photographer's sequence. A photo that is
 * gone or no longer `processing` is skipped; a file that cannot be decoded
 * ends `failed` with the reason. Anything else throws, to be tried again.
 */
export async function processPhoto(
  database: PrismaClient,
  storage: ObjectStorage,
  photoId: string,
): Promise<PhotoWorkOutcome> {
  const [row] = await database.$queryRaw<ProcessingRow[]>`
    SELECT p.id, p.operator_id, p.project_id, p.photographer_id, p.status::text AS status,
           pr.timezone, o.name AS studio_name
      FROM photos p
      JOIN projects pr ON pr.id = p.project_id AND pr.operator_id = p.operator_id
      JOIN operators o ON o.id = p.operator_id
     WHERE p.id = ${photoId}::uuid`;
  if (!row || row.status !== "processing") return "skipped";
  const photo = { operatorId: row.operator_id, projectId: row.project_id, id: row.id };
  const tenant = tenantOf(database, row.operator_id);

  const object = await storage.open(photoObjectKey(photo, "original"));
  if (!object) {
    await markPhotoFailed(database, photoId, "The uploaded file is missing from storage");
    return "failed";
  }
  const original = await readAll(object.body);
  let analysed;
  try {
    analysed = await analysePhoto(original, row.timezone);
  } catch (error) {
    if (error instanceof AppError && error.code !== "INTERNAL") {
      await markPhotoFailed(database, photoId, reasonOf(error));
      return "failed";
    }
    throw error;
  }
  const isCard = analysed.qrText !== null;
  await Promise.all([
    storage.put(photoObjectKey(photo, "preview"), analysed.preview, "image/jpeg"),
    storage.put(photoObjectKey(photo, "thumb"), analysed.thumb, "image/jpeg"),
  ]);
  // Cards never reach a gallery: no watermarked images for them.
  const galleryVariant = isCard
    ? null
    : await storeGalleryVariants(storage, photo, analysed, row.studio_name);
  const member = isCard
    ? await findMemberByAccessCode(tenant, row.project_id, codeFromQrText(analysed.qrText!))
    : null;

  const updated = await withPhotoWork(database, async (tx) => {
    await lockSequence(tx, row.operator_id, row.project_id, row.photographer_id);
    // A rename committed meanwhile is waited for and seen: its re-make then covers this photo.
    const [studio] = await tx.$queryRaw<{ name: string }[]>`
      SELECT name FROM operators WHERE id = ${row.operator_id}::uuid FOR SHARE`;
    const count = await tx.$executeRaw`
      UPDATE photos
         SET status = 'ready', processing_error = NULL, processed_at = now(),
             width = ${analysed.width}, height = ${analysed.height}, taken_at = ${analysed.takenAt},
             sequence_at = coalesce(${analysed.takenAt}::timestamptz, uploaded_at),
             content_type = ${analysed.contentType},
             kind = ${isCard ? "card" : "photo"}::photo_kind, card_member_id = ${member?.id ?? null}::uuid,
             gallery_variant = ${galleryVariant}
       WHERE id = ${photoId}::uuid AND status = 'processing'`;
    if (count === 0) return false;
    if (galleryVariant !== null && studio && watermarkVersion(studio.name) !== galleryVariant) {
      await enqueueVariantRebuild(tx, row.operator_id);
    }
    await rematchLockedSequence(tx, row.operator_id, row.project_id, row.photographer_id);
    await emitWebhookEvent(tx, row.operator_id, "photo.processed", {
      photo: {
        id: photoId,
        projectId: row.project_id,
        photographerId: row.photographer_id,
        kind: isCard ? "card" : "photo",
        cardMemberId: member?.id ?? null,
        width: analysed.width,
        height: analysed.height,
        takenAt: analysed.takenAt,
      },
    });
    return true;
  });
  if (!updated) {
    await removeFilesOfDeleted(database, storage, photo);
    return "skipped";
  }
  await removeStrayFiles(storage, photo, galleryVariant);
  return "ready";
}

interface VariantRow {
  id: string;
  project_id: string;
  gallery_variant: string | null;
}

/** Photos re-made per round: a round's rows are read at once, their files one photo at a time. */
const REBUILD_BATCH = 100;

/**
 * Makes the studio's gallery variants with its current watermark, photo by
 * photo: the new files are stored beside the old ones, then the row switches
 * to them, then the old files go. A photo is never without variants meanwhile,
 * and none shows the old name once this has run. Stops when the name changes
 * again half way (the rename's own re-make takes over).
 */
export async function rebuildGalleryVariants(
  database: PrismaClient,
  storage: ObjectStorage,
  operatorId: string,
): Promise<number> {
  const studio = await database.operator.findUnique({
    where: { id: operatorId },
    select: { name: true },
  });
  if (!studio) return 0;
  const version = watermarkVersion(studio.name);
  let remade = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await database.$queryRaw<VariantRow[]>`
      SELECT id, project_id, gallery_variant FROM photos
       WHERE operator_id = ${operatorId}::uuid AND status = 'ready' AND kind = 'photo'
         AND sha256 IS NOT NULL AND gallery_variant IS DISTINCT FROM ${version} AND id > ${after}::uuid
       ORDER BY id LIMIT ${REBUILD_BATCH}`;
    if (rows.length === 0) return remade;
    for (const row of rows) {
      after = row.id;
      const photo = { operatorId, projectId: row.project_id, id: row.id };
      const [thumb, preview] = await Promise.all(
        (["thumb", "preview"] as const).map(async (variant) => {
          const object = await storage.open(photoObjectKey(photo, variant));
          return object ? readAll(object.body) : null;
        }),
      );
      if (!thumb || !preview) {
        getLogger().error({ photoId: row.id }, "a photo's derived files are missing");
        continue;
      }
      const made = await storeGalleryVariants(storage, photo, { thumb, preview }, studio.name);
      if (made === null) return remade;
      const switched = await database.$transaction(async (tx) => {
        const [now] = await tx.$queryRaw<{ name: string }[]>`
          SELECT name FROM operators WHERE id = ${operatorId}::uuid FOR SHARE`;
        if (!now || watermarkVersion(now.name) !== made) return null;
        return tx.$executeRaw`
          UPDATE photos SET gallery_variant = ${made}
           WHERE id = ${row.id}::uuid AND status = 'ready'`;
      });
      if (switched === null) {
        // Renamed again: the newer re-make owns the photo's files from here.
        return remade;
      }
      if (switched === 0) await removeFilesOfDeleted(database, storage, photo);
      else {
        remade++;
        await removeStrayFiles(storage, photo, made);
      }
    }
  }
}
