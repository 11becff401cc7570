import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROCESSING_FAILED_ON_OUR_SIDE } from "@/server/domain/photo-processing";
import { startJobs, stopJobs } from "@/server/jobs";
import { processPhoto as processPhotoJob } from "@/server/jobs/handlers/images";
import { type JobContext, QUEUES } from "@/server/jobs/registry";
import { getLogger } from "@/server/logger";
import { getMailTransport } from "@/server/mail";
import { enqueuePhotoProcessing, withPhotoWork } from "@/server/photos/processing-queue";
import { type ObjectStorage, photoObjectKey, storageFromUrl } from "@/server/storage";
import { freePort } from "../../scripts/lib/app-process";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { eventually } from "../support/eventually";
import { insertShootPlace } from "../support/fixtures";
import { makePhoto } from "../support/images";
import { jobsNamed } from "../support/jobs";

/**
 * Photo processing is a job on the `images` queue: enqueued in the upload's
 * transaction, run by the queue's workers, and a photo whose attempts are all
 * spent ends `failed`, never `processing` for ever.
 */

let database: TestDatabase;
let dataDir: string;
let storage: ObjectStorage;
let place: { operatorId: string; projectId: string; photographerId: string };

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), "photo-jobs-"));
  storage = storageFromUrl(undefined, dataDir);
  await startJobs(database, { workers: true, dataDir, storage, pollingIntervalSeconds: 0.5 });
  place = await insertShootPlace(database.prisma);
});
afterAll(async () => {
  await stopJobs();
  await database?.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

/** A photo as an upload leaves it: the original stored, the row `processing`. */
async function uploadedPhoto(seed: number, enqueue: boolean): Promise<string> {
  const id = randomUUID();
  const bytes = await makePhoto({ width: 1200, height: 800, seed });
  await storage.put(photoObjectKey({ ...place, id }, "original"), bytes, "image/jpeg");
  await withPhotoWork(database.prisma, async (tx) => {
    await tx.photo.create({
      data: {
        ...place,
        id,
        fileName: `IMG_${seed}.JPG`,
        contentType: "image/jpeg",
        sizeBytes: bytes.byteLength,
        sha256: randomUUID().replaceAll("-", "").padEnd(64, "0"),
        status: "processing",
      },
    });
    if (enqueue) await enqueuePhotoProcessing(tx, id);
  });
  return id;
}

const statusOf = async (id: string) =>
  database.prisma.photo.findUniqueOrThrow({
    where: { id },
    select: { status: true, processingError: true, width: true },
  });

describe("images.processPhoto", () => {
  it("is enqueued with the upload's row and makes the photo ready with its files", async () => {
    const id = await uploadedPhoto(701, true);
    const done = await eventually(
      async () => {
        const photo = await statusOf(id);
        return photo.status === "processing" ? undefined : photo;
      },
      { timeoutMs: 60_000, what: "the photo's processing" },
    );
    expect(done).toEqual({ status: "ready", processingError: null, width: 1200 });
    for (const variant of ["preview", "thumb"] as const) {
      expect(await storage.open(photoObjectKey({ ...place, id }, variant))).not.toBeNull();
    }
  }, 90_000);

  it("leaves no job behind an upload whose transaction rolled back", async () => {
    const id = randomUUID();
    await expect(
      withPhotoWork(database.prisma, async (tx) => {
        await tx.photo.create({
          data: { ...place, id, fileName: "lost.jpg", status: "processing" },
        });
        await enqueuePhotoProcessing(tx, id);
        throw new Error("the upload failed after enqueueing");
      }),
    ).rejects.toThrow("the upload failed after enqueueing");
    const jobs = await jobsNamed(database.query, "images.processPhoto");
    expect(jobs.map((job) => (job.data.data as { photoId: string }).photoId)).not.toContain(id);
    expect(await database.prisma.photo.findUnique({ where: { id } })).toBeNull();
  });
});

describe("a photo whose processing attempts are spent", () => {
  /** The handler's context on an attempt, with `storage` (an unreachable bucket: our side fails). */
  function attemptContext(attempt: number, on: ObjectStorage): JobContext {
    return {
      database,
      storage: on,
      mailer: getMailTransport(),
      log: getLogger(),
      dataDir,
      startedAt: new Date(),
      signal: new AbortController().signal,
      attempt,
    };
  }
  let unreachable: ObjectStorage;
  beforeAll(async () => {
    const endpoint = `http://127.0.0.1:${await freePort()}`;
    unreachable = storageFromUrl(
      `s3://photos?endpoint=${encodeURIComponent(endpoint)}&region=us-east-1`,
      dataDir,
    );
  });

  it("stays processing after an early attempt fails on our side (it is retried)", async () => {
    const id = await uploadedPhoto(702, false);
    await expect(
      processPhotoJob({ photoId: id }, attemptContext(0, unreachable)),
    ).rejects.toThrow();
    expect((await statusOf(id)).status).toBe("processing");
  });

  it("ends failed on our side when the last working attempt fails", async () => {
    const id = await uploadedPhoto(703, false);
    const last = QUEUES.images.retryLimit - 1;
    await expect(
      processPhotoJob({ photoId: id }, attemptContext(last, unreachable)),
    ).rejects.toThrow();
    expect(await statusOf(id)).toMatchObject({
      status: "failed",
      processingError: PROCESSING_FAILED_ON_OUR_SIDE,
    });
  });

  it("ends failed when every working attempt died with its worker (the attempt after them gives up)", async () => {
    const id = await uploadedPhoto(704, false);
    await expect(
      processPhotoJob({ photoId: id }, attemptContext(QUEUES.images.retryLimit, storage)),
    ).rejects.toThrow(/gave up/);
    expect(await statusOf(id)).toMatchObject({
      status: "failed",
      processingError: PROCESSING_FAILED_ON_OUR_SIDE,
    });
  });
});
