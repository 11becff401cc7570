import type { PrismaClient } from "@/generated/prisma/client";
import type { DatabaseTarget } from "@/server/db/connection";
import { deletePhotoFilesWhenAllowed } from "@/server/operations/photo-deletion-hold";
import {
  type ListedObject,
  type ObjectStorage,
  PHOTO_KEY_PREFIX,
  photoIdOfObjectKey,
} from "@/server/storage";

/**
 * A photo's files are stored before its row is committed, and its row is
 * deleted before its files, so a process killed half way leaves files without
 * a row, never a row without files. This sweep removes such orphans.
 *
 * Files of an upload still in flight have no row yet either. On PostgreSQL
 * another instance may be writing them right now, so only files older than a
 * grace period go. The embedded database can only be open in one process, so
 * there every file written before this process started is from a dead one.
 *
 * The sweep is the `maintenance.sweepOrphanFiles` job: once when the workers
 * start, then on the schedule (src/server/jobs/schedule.ts).
 */

/** Longer than any upload takes from its first file to its row. */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

/** Rows are looked up for this many objects at a time. */
const BATCH = 1000;

/**
 * Files without a row written before this are orphans: older than the grace
 * period, or on the embedded database, older than the moment this process
 * began running jobs, before it served (in whole seconds, as S3 keeps times;
 * none of this process's uploads wrote a file before it served).
 */
export function orphanCutoff(target: DatabaseTarget, now: number, servingSince: number): Date {
  const graced = now - ORPHAN_GRACE_MS;
  if (target.kind !== "pglite") return new Date(graced);
  return new Date(Math.max(graced, Math.floor(servingSince / 1000) * 1000));
}

async function removeOrphans(
  db: PrismaClient,
  storage: ObjectStorage,
  batch: readonly (ListedObject & { photoId: string })[],
): Promise<number> {
  const ids = [...new Set(batch.map((object) => object.photoId))];
  const rows = await db.photo.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const filed = new Set(rows.map((row) => row.id));
  const orphans = batch.filter((object) => !filed.has(object.photoId)).map(({ key }) => key);
  // A backup copying files keeps them until it ends; a failed removal is retried by the next sweep.
  await deletePhotoFilesWhenAllowed(() => storage.delete(orphans).catch(() => undefined));
  return orphans.length;
}

/**
 * Removes every object under the photo key layout that was last written before
 * `writtenBefore` and whose photo has no row. Answers how many it removed.
 */
export async function sweepOrphanFiles(
  db: PrismaClient,
  storage: ObjectStorage,
  writtenBefore: Date,
): Promise<number> {
  let removed = 0;
  let batch: (ListedObject & { photoId: string })[] = [];
  for await (const object of storage.list(PHOTO_KEY_PREFIX)) {
    const photoId = photoIdOfObjectKey(object.key);
    if (!photoId || object.lastModified >= writtenBefore) continue;
    batch.push({ ...object, photoId });
    if (batch.length >= BATCH) {
      removed += await removeOrphans(db, storage, batch);
      batch = [];
    }
  }
  if (batch.length > 0) removed += await removeOrphans(db, storage, batch);
  return removed;
}
