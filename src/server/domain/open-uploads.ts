import type { PrismaClient } from "@/generated/prisma/client";
import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";

/**
 * What a photographer may have staged at once through the resumable upload
 * endpoint: each open upload holds up to 50 MB of disk for up to a day, so
 * without a cap one account could fill the server's disk. An upload reserves
 * its declared length here before it stores a byte, in the database, so the
 * cap holds however many app instances share it.
 */

/** Unfinished resumable uploads one photographer may have open at once. */
export const MAX_OPEN_UPLOADS_PER_PHOTOGRAPHER = 20;
/** Bytes those uploads may declare together (ten photos of the 50 MB maximum). */
export const MAX_STAGED_BYTES_PER_PHOTOGRAPHER = 500 * 1024 * 1024;

const MB = 1024 * 1024;

/**
 * Reserves `sizeBytes` of the photographer's allowance for upload `uploadId`,
 * or refuses with 429 naming the limit it would pass. Counted under a lock on
 * the photographer's row, so two instances reserving at once cannot both take
 * the last place.
 */
export async function reserveOpenUpload(
  tenant: Tenant,
  photographerId: string,
  { uploadId, sizeBytes }: { uploadId: string; sizeBytes: number },
): Promise<void> {
  const { operatorId } = tenant;
  await tenant.db.$transaction(async (tx) => {
    await tx.$queryRaw`
      SELECT 1 FROM photographers
       WHERE id = ${photographerId}::uuid AND operator_id = ${operatorId}::uuid
         FOR UPDATE`;
    const [open] = await tx.$queryRaw<{ uploads: number; bytes: number }[]>`
      SELECT count(*)::int AS uploads, coalesce(sum(size_bytes), 0)::float8 AS bytes
        FROM open_uploads
       WHERE photographer_id = ${photographerId}::uuid AND operator_id = ${operatorId}::uuid`;
    if ((open?.uploads ?? 0) >= MAX_OPEN_UPLOADS_PER_PHOTOGRAPHER) {
      throw new AppError(
        "TOO_MANY_REQUESTS",
        `You have ${MAX_OPEN_UPLOADS_PER_PHOTOGRAPHER} unfinished uploads, the most a photographer ` +
          "may have open at once: let them finish, or cancel some, before starting more",
        { fieldErrors: { upload: [`at most ${MAX_OPEN_UPLOADS_PER_PHOTOGRAPHER} open uploads`] } },
      );
    }
    if ((open?.bytes ?? 0) + sizeBytes > MAX_STAGED_BYTES_PER_PHOTOGRAPHER) {
      const limit = MAX_STAGED_BYTES_PER_PHOTOGRAPHER / MB;
      throw new AppError(
        "TOO_MANY_REQUESTS",
        `Your unfinished uploads would hold more than ${limit} MB, the most a photographer may ` +
          "have waiting at once: let them finish, or cancel some, before starting more",
        { fieldErrors: { "Upload-Length": [`at most ${limit} MB in open uploads together`] } },
      );
    }
    await tx.openUpload.create({
      data: { id: uploadId, operatorId, photographerId, sizeBytes },
      select: { id: true },
    });
  });
}

/** Gives an upload's reservation back (it was filed, refused or cancelled); a missing one is fine. */
export async function releaseOpenUpload(db: PrismaClient, uploadId: string): Promise<void> {
  await db.openUpload.deleteMany({ where: { id: uploadId } });
}

/**
 * Gives back every reservation older than `madeBefore` whose upload is not
 * among `presentIds` (its files were swept, or an instance stopped between
 * removing them and releasing it). Answers how many it released.
 */
export async function releaseVanishedUploads(
  db: PrismaClient,
  presentIds: ReadonlySet<string>,
  madeBefore: Date,
): Promise<number> {
  const old = await db.openUpload.findMany({
    where: { createdAt: { lt: madeBefore } },
    select: { id: true },
  });
  const vanished = old.map((row) => row.id).filter((id) => !presentIds.has(id));
  if (vanished.length === 0) return 0;
  const { count } = await db.openUpload.deleteMany({ where: { id: { in: vanished } } });
  return count;
}
