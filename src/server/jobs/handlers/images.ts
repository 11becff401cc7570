import {
  markPhotoFailed,
  processPhoto as processUploadedPhoto,
  PROCESSING_FAILED_ON_OUR_SIDE,
  rebuildGalleryVariants as rebuildStudioVariants,
} from "@/server/domain/photo-processing";
import { photoWorkEnded } from "@/server/photos/processing-queue";
import { type JobContext, QUEUES } from "../registry";

/**
 * The photo work (photo-processing.ts) as jobs on the `images` queue. pg-boss
 * retries a failed attempt with backoff and re-runs one whose worker died; the
 * work is idempotent, so that is safe.
 */

/** Attempts that do the work; the one after them only gives up (see `processPhoto`). */
const WORKING_ATTEMPTS = QUEUES.images.retryLimit;

/**
 * `images.processPhoto`: makes a `processing` photo `ready`, or `failed` with
 * its reason. When the attempts that do the work have all failed (thrown, or
 * their worker died: a photo that brings its process down every time), the
 * next and last one marks the photo `failed` ("on our side") instead of trying
 * again, so no photo stays `processing` once its job has ended. The last
 * working attempt that throws marks it at once, not a retry delay later.
 */
export async function processPhoto(data: { photoId: string }, context: JobContext): Promise<void> {
  const { database, storage, log, attempt } = context;
  try {
    if (attempt >= WORKING_ATTEMPTS) {
      await markPhotoFailed(database.prisma, data.photoId, PROCESSING_FAILED_ON_OUR_SIDE);
      log.error({ photoId: data.photoId, attempts: attempt }, "photo could not be processed");
      throw new Error(`Photo processing gave up after ${attempt} attempts`);
    }
    try {
      const outcome = await processUploadedPhoto(database.prisma, storage, data.photoId);
      log.info({ photoId: data.photoId, outcome }, "photo processed");
    } catch (error) {
      if (attempt === WORKING_ATTEMPTS - 1) {
        await markPhotoFailed(database.prisma, data.photoId, PROCESSING_FAILED_ON_OUR_SIDE);
      }
      throw error;
    }
  } finally {
    photoWorkEnded(data.photoId);
  }
}

/**
 * `images.rebuildGalleryVariants`: the studio's gallery images with its current
 * watermark. Photos keep their old images until it succeeds.
 */
export async function rebuildGalleryVariants(
  data: { operatorId: string },
  context: JobContext,
): Promise<void> {
  const remade = await rebuildStudioVariants(
    context.database.prisma,
    context.storage,
    data.operatorId,
  );
  context.log.info({ operatorId: data.operatorId, remade }, "gallery images made again");
}
