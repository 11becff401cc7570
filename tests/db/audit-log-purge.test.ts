import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJob, startJobs, stopJobs } from "@/server/jobs";
import { storageFromUrl } from "@/server/storage";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { eventually } from "../support/eventually";
import { insertOperator } from "../support/fixtures";
import { jobById } from "../support/jobs";

/**
 * `maintenance.purgeAuditLog` through the real queue: entries older than a
 * year go, in every studio; younger ones stay.
 */

let database: TestDatabase;
let dataDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), "audit-purge-"));
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

const DAY_MS = 24 * 60 * 60 * 1000;

async function entryAged(operatorId: string, days: number, hours = 0) {
  const entry = await database.prisma.auditEntry.create({
    data: {
      operatorId,
      at: new Date(Date.now() - days * DAY_MS - hours * 60 * 60 * 1000),
      actorType: "operator",
      actorId: operatorId,
      action: "access_code_reissued",
      subjectType: "member",
      subjectId: crypto.randomUUID(),
    },
  });
  return entry.id;
}

describe("maintenance.purgeAuditLog", () => {
  it("removes every studio's entries older than a year and keeps the rest", async () => {
    const studio = await insertOperator(database.prisma, "Studio");
    const rival = await insertOperator(database.prisma, "Rival");
    const old = [
      await entryAged(studio.id, 800),
      await entryAged(studio.id, 365, 1),
      await entryAged(rival.id, 400),
    ];
    const kept = [
      await entryAged(studio.id, 364, 23),
      await entryAged(studio.id, 30),
      await entryAged(rival.id, 0),
    ];

    const id = await sendJob("maintenance.purgeAuditLog", {});
    await eventually(
      async () => ((await jobById(database.query, id!))?.state === "completed" ? true : undefined),
      { what: "the purge job's completion" },
    );

    const left = await database.prisma.auditEntry.findMany({
      where: { id: { in: [...old, ...kept] } },
      select: { id: true },
    });
    expect(left.map((entry) => entry.id).sort()).toEqual([...kept].sort());
  });
});
