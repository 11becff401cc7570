import { AsyncLocalStorage } from "node:async_hooks";
import { EventEmitter } from "node:events";
import type { PrismaTransactionLike } from "pg-boss";
import { sendJob } from "@/server/jobs/queue";

/**
 * The one seam between the photo domain and background work. The domain calls
 * `enqueuePhotoProcessing(tx, photoId)` and `enqueueVariantRebuild(tx,
 * operatorId)` inside the transaction of the write that causes the work (a
 * `withPhotoWork` transaction): each is a job on the `images` queue (pg-boss,
 * src/server/jobs), enqueued through that transaction, so it exists once the
 * write commits and never when it rolls back. pg-boss runs it on whichever
 * process has workers, IMAGE_CONCURRENCY at a time, retries it with backoff,
 * and takes it up again when the worker running it died. The work itself
 * (`processPhoto`, `rebuildGalleryVariants`) is idempotent, so running it twice
 * or after a crash is safe.
 */

/** Work enqueued while this is set goes nowhere: its caller does it itself (the demo seed). */
const inline = new AsyncLocalStorage<true>();

/**
 * Runs `work` with the photo work it enqueues left to the caller, who does it
 * in line (e.g. `processPhoto` right after the upload). The rows still say
 * `processing` meanwhile, so nothing is lost if the caller stops half way.
 */
export function withInlinePhotoWork<T>(work: () => Promise<T>): Promise<T> {
  return inline.run(true, work);
}

interface Transactional<Tx> {
  $transaction<R>(work: (tx: Tx) => Promise<R>): Promise<R>;
}

/** A transaction in which photo work may be enqueued: it exists once the transaction commits. */
export function withPhotoWork<Tx extends PrismaTransactionLike, R>(
  db: Transactional<Tx>,
  work: (tx: Tx) => Promise<R>,
): Promise<R> {
  return db.$transaction(work);
}

/** Processes the photo (derived files, EXIF, QR code, matching) once `tx` commits. */
export async function enqueuePhotoProcessing(
  tx: PrismaTransactionLike,
  photoId: string,
): Promise<void> {
  if (inline.getStore()) return;
  await sendJob("images.processPhoto", { photoId }, { tx });
}

export interface VariantRebuildOptions {
  /**
   * At most one such request per studio in this many seconds (a gallery asking
   * again and again for an image not made yet). A rename never sets it: each
   * rename needs its own re-make.
   */
  atMostEverySeconds?: number;
}

/** Makes the studio's gallery variants again (a new watermark) once `tx` commits. */
export async function enqueueVariantRebuild(
  tx: PrismaTransactionLike,
  operatorId: string,
  options: VariantRebuildOptions = {},
): Promise<void> {
  if (inline.getStore()) return;
  await sendJob(
    "images.rebuildGalleryVariants",
    { operatorId },
    {
      tx,
      ...(options.atMostEverySeconds && {
        singletonKey: operatorId,
        singletonSeconds: options.atMostEverySeconds,
      }),
    },
  );
}

/** Photo work ending in this process wakes the uploads waiting for it here at once. */
const holder = globalThis as typeof globalThis & { __photoWorkEnded?: EventEmitter };

function ended(): EventEmitter {
  if (!holder.__photoWorkEnded) {
    holder.__photoWorkEnded = new EventEmitter();
    holder.__photoWorkEnded.setMaxListeners(0);
  }
  return holder.__photoWorkEnded;
}

/** Called by the job's handler when an attempt at the photo ends, however it ended. */
export function photoWorkEnded(photoId: string): void {
  ended().emit(photoId);
}

/**
 * Resolves when `done()` says so, or with false after `timeoutMs`: polls the
 * database with backoff (any process with workers may do the work) and looks
 * again at once when this process ends work on the photo.
 */
export async function waitForPhoto(
  photoId: string,
  done: () => Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const events = ended();
  let pause = 25;
  for (;;) {
    if (await done()) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        events.off(photoId, finish);
        resolve();
      };
      const timer = setTimeout(finish, Math.min(pause, left));
      events.on(photoId, finish);
    });
    pause = Math.min(pause * 2, 1_000);
  }
}
