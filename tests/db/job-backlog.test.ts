import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJob, startJobs, stopJobs } from "@/server/jobs";
import { JOB_SCHEMA } from "@/server/jobs/queue";
import { storageFromUrl } from "@/server/storage";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { eventually } from "../support/eventually";

/**
 * A queue with a backlog is worked through job after job: a worker waits its
 * polling interval only when it finds nothing, never between jobs.
 */

const POLLING_SECONDS = 5;

let database: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), "job-backlog-"));
  await startJobs(database, {
    workers: true,
    dataDir,
    storage: storageFromUrl(undefined, dataDir),
    pollingIntervalSeconds: POLLING_SECONDS,
  });
});
afterAll(async () => {
  await stopJobs();
  await database?.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

interface Timed {
  id: string;
  state: string;
  started_on: Date | null;
  completed_on: Date | null;
}

describe("a backlog on a queue", () => {
  it("is worked through without waiting the polling interval between jobs", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      ids.push((await sendJob("maintenance.purgeExpiredRows", {}))!);
    }
    expect(new Set(ids).size).toBe(4);

    // The maintenance queue has one worker: the jobs run one after the other.
    const jobs = await eventually(
      async () => {
        const rows = await database.query<Timed>(
          `SELECT id, state, started_on, completed_on FROM ${JOB_SCHEMA}.job
            WHERE id = ANY($1::uuid[]) ORDER BY started_on`,
          [ids],
        );
        return rows.every((row) => row.state === "completed") ? rows : undefined;
      },
      { timeoutMs: 60_000, what: "the backlog to be worked through" },
    );
    for (let i = 1; i < jobs.length; i++) {
      const gapMs = jobs[i]!.started_on!.getTime() - jobs[i - 1]!.completed_on!.getTime();
      expect(gapMs).toBeLessThan((POLLING_SECONDS * 1000) / 2);
    }
  }, 90_000);
});
