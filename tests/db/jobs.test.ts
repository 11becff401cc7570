import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJob, startJobs, stopJobs } from "@/server/jobs";
import { storageFromUrl } from "@/server/storage";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { eventually } from "../support/eventually";
import { jobById, jobsNamed } from "../support/jobs";

/**
 * The job queue on the app's own database (PGlite: the very instance Prisma
 * uses; PostgreSQL: a pool of its own), with workers in this process.
 */

let database: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), "jobs-"));
  await startJobs(database, {
    workers: true,
    dataDir,
    storage: storageFromUrl(undefined, dataDir),
    pollingIntervalSeconds: 0.5,
  });
});
afterAll(async () => {
  await stopJobs();
  await database?.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

const expiredWindow = (key: string) =>
  database.prisma.rateLimitBucket.create({
    data: { key, hits: 3, resetAt: new Date(Date.now() - 60_000) },
  });

describe("jobs enqueued with a write", () => {
  it("run once the write's transaction commits", async () => {
    // The chores sent at start have run, so what removes this row is the job below.
    await eventually(
      async () => {
        const chores = await jobsNamed(database.query, "maintenance.purgeExpiredRows");
        return chores.length > 0 && chores.every((job) => job.state === "completed")
          ? true
          : undefined;
      },
      { what: "the start-up chores" },
    );
    await expiredWindow("committed:1");
    const id = await database.prisma.$transaction(async (tx) => {
      await tx.rateLimitBucket.create({
        data: { key: "committed:2", hits: 1, resetAt: new Date(Date.now() - 1_000) },
      });
      return sendJob("maintenance.purgeExpiredRows", {}, { tx });
    });
    expect(id).toBeTruthy();
    const done = await eventually(
      async () => {
        const job = await jobById(database.query, id!);
        return job?.state === "completed" ? job : undefined;
      },
      { what: "the committed job's completion" },
    );
    expect(done.data).toEqual({ job: "maintenance.purgeExpiredRows", data: {} });
    expect(
      await database.prisma.rateLimitBucket.count({ where: { key: { startsWith: "committed:" } } }),
    ).toBe(0);
  });

  it("never exist when the write's transaction rolls back", async () => {
    let id: string | null = null;
    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.rateLimitBucket.create({
          data: { key: "rolled-back", hits: 1, resetAt: new Date(Date.now() + 60_000) },
        });
        id = await sendJob("mail.send", { sealed: "v1.never-sent" }, { tx });
        throw new Error("the write fails after the job was enqueued");
      }),
    ).rejects.toThrow("the write fails");
    expect(id).toBeTruthy();
    expect(await jobById(database.query, id!)).toBeUndefined();
    expect(await jobsNamed(database.query, "mail.send")).toEqual([]);
    expect(await database.prisma.rateLimitBucket.count({ where: { key: "rolled-back" } })).toBe(0);
  });
});

describe("a job that keeps failing", () => {
  it("is retried with growing delays and ends failed with its error", async () => {
    // A message that does not open (not sealed with this app's secret) fails every attempt.
    const id = await sendJob(
      "mail.send",
      { sealed: `v1.${Buffer.alloc(40, 7).toString("base64url")}` },
      { retryLimit: 2, retryDelay: 2 },
    );
    const failed = await eventually(
      async () => {
        const job = await jobById(database.query, id!);
        return job?.state === "failed" ? job : undefined;
      },
      { timeoutMs: 40_000, what: "the job's failure" },
    );
    expect(failed.retry_count).toBe(2);
    expect(failed.retry_backoff).toBe(true);
    expect(failed.output?.message).toMatch(/could not be opened/);
    // Backoff: the retries waited 2-4 s, then 4-8 s (a fixed delay would be 2 s, then 2 s).
    const tookMs = failed.completed_on!.getTime() - failed.created_on.getTime();
    expect(tookMs).toBeGreaterThanOrEqual(6_000);
  }, 60_000);
});
