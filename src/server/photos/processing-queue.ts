import { AsyncLocalStorage } from "node:async_hooks";
import { EventEmitter } from "node:events";
import { getEnv } from "@/env";
import type { PrismaClient } from "@/generated/prisma/client";
import { type ConcurrencyLimit, concurrencyLimit } from "@/lib/concurrency-limit";
import { getDatabase } from "@/server/db";
import { getLogger } from "@/server/logger";
import { type ObjectStorage, photoStorage } from "@/server/storage";
import { imageConcurrency } from "./image-threads";

/**
 * The one seam between the photo domain and background work. The domain calls
 * `enqueuePhotoProcessing(tx, photoId)` and `enqueueVariantRebuild(tx,
 * operatorId)` inside the transaction of the write that causes the work (in a
 * `withPhotoWork` transaction), so a rolled-back write leaves no work behind.
 *
 * For now the work runs in this process, right after the transaction commits,
 * a bounded number at a time, retried with backoff and, when it keeps failing,
 * ended visibly (the photo `failed` with its error). A photo's row is its own
 * durable record: a process that dies mid-way leaves it `processing`, and the
 * next start picks it up again (`resumePhotoWork`). The work itself
 * (`processPhoto`, `rebuildGalleryVariants`) is idempotent, so running it twice
 * or after a crash is safe. A job queue on the database replaces the body of
 * this module, not its callers.
 */

export type PhotoWork =
  | { name: "process-photo"; photoId: string }
  | { name: "rebuild-gallery-variants"; operatorId: string };

/** What the work runs on. */
export interface PhotoWorkPlace {
  database: PrismaClient;
  storage: ObjectStorage;
}

/** Waits before the 2nd, 3rd and 4th attempt; after the 4th the work has failed. */
export const PHOTO_WORK_RETRY_DELAYS_MS = [1_000, 5_000, 20_000] as const;

type Handler = (place: PhotoWorkPlace, work: PhotoWork) => Promise<void>;
type GiveUp = (place: PhotoWorkPlace, work: PhotoWork, error: unknown) => Promise<void>;

interface QueueState {
  /** Made on first use: reading the settings at import would break `next build`. */
  limit?: ConcurrencyLimit;
  /** Work waiting or running, by key: the same work asked for twice runs once more at most. */
  active: Map<string, { again: boolean }>;
  events: EventEmitter;
  handler?: Handler;
  giveUp?: GiveUp;
}

const holder = globalThis as typeof globalThis & { __photoWorkQueue?: QueueState };

/** How many pieces of photo work this process runs at once: IMAGE_CONCURRENCY. */
function workerCount(): number {
  return imageConcurrency();
}

function state(): QueueState {
  if (!holder.__photoWorkQueue) {
    const events = new EventEmitter();
    events.setMaxListeners(0);
    holder.__photoWorkQueue = { active: new Map(), events };
  }
  return holder.__photoWorkQueue;
}

/**
 * Registers what runs a piece of work and what marks it failed for good. The
 * photo domain does this when it is loaded (photo-processing.ts).
 */
export function handlePhotoWork(handler: Handler, giveUp: GiveUp): void {
  const queue = state();
  queue.handler = handler;
  queue.giveUp = giveUp;
}

const keyOf = (work: PhotoWork) =>
  work.name === "process-photo" ? `photo:${work.photoId}` : `variants:${work.operatorId}`;

/** Work enqueued while this is set runs nowhere: its caller does it itself (the demo seed). */
const inline = new AsyncLocalStorage<true>();

/**
 * Runs `work` with the photo work it enqueues left to the caller, who does it
 * in line (e.g. `processPhoto` right after the upload). The rows still say
 * `processing` meanwhile, so nothing is lost if the caller stops half way.
 */
export function withInlinePhotoWork<T>(work: () => Promise<T>): Promise<T> {
  return inline.run(true, work);
}

const pendingByTransaction = new WeakMap<object, PhotoWork[]>();

interface Transactional<Tx> {
  $transaction<R>(work: (tx: Tx) => Promise<R>): Promise<R>;
}

/**
 * A transaction whose enqueued photo work starts once it has committed (and
 * never, when it rolls back).
 */
export async function withPhotoWork<Tx extends object, R>(
  db: Transactional<Tx>,
  work: (tx: Tx) => Promise<R>,
): Promise<R> {
  const pending: PhotoWork[] = [];
  const result = await db.$transaction((tx) => {
    pendingByTransaction.set(tx, pending);
    return work(tx);
  });
  if (!inline.getStore()) for (const item of pending) schedule(item);
  return result;
}

function enqueue(tx: object, work: PhotoWork): Promise<void> {
  const pending = pendingByTransaction.get(tx);
  if (!pending) {
    throw new Error(`${work.name} must be enqueued inside a withPhotoWork transaction`);
  }
  pending.push(work);
  return Promise.resolve();
}

/** Processes the photo (derived files, EXIF, QR code, matching) once `tx` commits. */
export function enqueuePhotoProcessing(tx: object, photoId: string): Promise<void> {
  return enqueue(tx, { name: "process-photo", photoId });
}

/** Makes the studio's gallery variants again (a new watermark) once `tx` commits. */
export function enqueueVariantRebuild(tx: object, operatorId: string): Promise<void> {
  return enqueue(tx, { name: "rebuild-gallery-variants", operatorId });
}

function defaultPlace(): PhotoWorkPlace {
  return { database: getDatabase().prisma, storage: photoStorage() };
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Starts `work` in this process (unless WORKERS=0); the same work already waiting is not doubled. */
export function schedule(work: PhotoWork): void {
  if (workerCount() === 0) return;
  const queue = state();
  const key = keyOf(work);
  const active = queue.active.get(key);
  if (active) {
    // Running already: once more afterwards, so it sees what was committed since it began.
    active.again = true;
    return;
  }
  const entry = { again: false };
  queue.active.set(key, entry);
  const limit = (queue.limit ??= concurrencyLimit(workerCount()));
  void (async () => {
    try {
      do {
        entry.again = false;
        await limit.run(() => attempt(queue, work));
      } while (entry.again);
    } catch (error) {
      getLogger().error({ err: error, work }, "photo work could not run");
    } finally {
      queue.active.delete(key);
      queue.events.emit(key);
    }
  })();
}

async function attempt(queue: QueueState, work: PhotoWork): Promise<void> {
  const log = getLogger();
  const { handler, giveUp } = queue;
  if (!handler || !giveUp) throw new Error("No handler for photo work: load photo-processing.ts");
  const place = defaultPlace();
  for (let attempt = 0; ; attempt++) {
    try {
      await handler(place, work);
      return;
    } catch (error) {
      const wait = PHOTO_WORK_RETRY_DELAYS_MS[attempt];
      if (wait === undefined) {
        log.error({ err: error, work }, "photo work failed for good");
        await giveUp(place, work, error).catch((failed: unknown) =>
          log.error({ err: failed, work }, "photo work could not be marked failed"),
        );
        return;
      }
      log.warn({ err: error, work, retryInMs: wait }, "photo work failed; trying again");
      await delay(wait);
    }
  }
}

/**
 * Resolves when `done()` says so, or with false after `timeoutMs`: polls the
 * database with backoff (another instance may do the work) and looks again at
 * once when this process finishes work on the photo.
 */
export async function waitForPhoto(
  photoId: string,
  done: () => Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const { events } = state();
  const key = `photo:${photoId}`;
  let pause = 25;
  for (;;) {
    if (await done()) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        events.off(key, finish);
        resolve();
      };
      const timer = setTimeout(finish, Math.min(pause, left));
      events.on(key, finish);
    });
    pause = Math.min(pause * 2, 1_000);
  }
}

/**
 * At start: every photo still `processing` (its process died, or none had
 * workers) and every studio whose gallery variants lag behind its watermark is
 * worked on again. Never throws.
 */
export async function resumePhotoWork(
  find: (database: PrismaClient) => Promise<PhotoWork[]>,
): Promise<void> {
  if (workerCount() === 0) return;
  try {
    const work = await find(defaultPlace().database);
    for (const item of work) schedule(item);
    if (work.length > 0) getLogger().info({ pieces: work.length }, "unfinished photo work resumed");
  } catch (error) {
    getLogger().error({ err: error }, "unfinished photo work could not be resumed");
  }
}
