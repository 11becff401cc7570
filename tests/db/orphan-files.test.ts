import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORPHAN_GRACE_MS, orphanCutoff, sweepOrphanFiles } from "@/server/photos/orphan-files";
import { type ObjectStorage, photoObjectKey, storageFromUrl } from "@/server/storage";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertShootPlace } from "../support/fixtures";
import { type LocalS3, startLocalS3 } from "../support/s3";

let database: TestDatabase;
let s3: LocalS3;
let folder: string;
let place: { operatorId: string; projectId: string; photographerId: string };

beforeAll(async () => {
  database = await createTestDatabase();
  s3 = await startLocalS3();
  folder = await mkdtemp(path.join(tmpdir(), "orphans-"));
  place = await insertShootPlace(database.prisma);
});
afterAll(async () => {
  await database?.destroy();
  await s3?.stop();
  await rm(folder, { recursive: true, force: true });
});

const VARIANTS = ["original", "preview", "thumb"] as const;

async function storeFiles(storage: ObjectStorage, id: string): Promise<string[]> {
  const photo = { ...place, id };
  const keys = VARIANTS.map((variant) => photoObjectKey(photo, variant));
  for (const key of keys) await storage.put(key, Buffer.from(key), "image/jpeg");
  return keys;
}

async function keysIn(storage: ObjectStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of storage.list("")) keys.push(object.key);
  return keys.sort();
}

/** A moment after everything written so far, in whole seconds as S3 keeps times. */
async function aSecondLater(): Promise<Date> {
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}

describe.each([
  ["a folder", () => storageFromUrl(undefined, folder)],
  ["an S3-compatible bucket", () => storageFromUrl(s3.url, folder)],
])("sweeping orphaned photo files in %s", (_name, storageOf) => {
  it("removes the files of photos without a row written before the cut-off, and nothing else", async () => {
    const storage = storageOf();
    const filed = await database.prisma.photo.create({
      data: { ...place, fileName: "filed.jpg" },
      select: { id: true },
    });
    const filedKeys = await storeFiles(storage, filed.id);
    // A process killed between writing the files and the row, one of them half way.
    const orphanKeys = await storeFiles(storage, randomUUID());
    const halfWritten = `${photoObjectKey({ ...place, id: randomUUID() }, "original")}.3f9a1c.partial`;
    await storage.put(halfWritten, Buffer.from("half"), "application/octet-stream");
    // Not the photo layout: not the sweep's to judge.
    const foreign = `exports/${randomUUID()}.zip`;
    await storage.put(foreign, Buffer.from("zip"), "application/zip");

    const cutoff = await aSecondLater();
    // An upload still in flight: files written, row not yet.
    const inFlightKeys = await storeFiles(storage, randomUUID());

    const before = await keysIn(storage);
    expect(await sweepOrphanFiles(database.prisma, storage, cutoff)).toBe(4);
    const after = await keysIn(storage);
    expect(after).toEqual([...filedKeys, ...inFlightKeys, foreign].sort());
    expect(before.filter((key) => !after.includes(key)).sort()).toEqual(
      [...orphanKeys, halfWritten].sort(),
    );

    // The next sweep finds nothing more of what it removed.
    expect(await sweepOrphanFiles(database.prisma, storage, cutoff)).toBe(0);
    await storage.delete(after);
  });
});

describe("the cut-off of the sweep", () => {
  const now = Date.parse("2026-06-01T12:00:00.000Z");
  const servingSince = Date.parse("2026-06-01T11:59:40.750Z");

  it("on PostgreSQL spares files younger than the grace period: another instance may be uploading them", () => {
    const cutoff = orphanCutoff({ kind: "postgres", url: "postgresql://x" }, now, servingSince);
    expect(cutoff.getTime()).toBe(now - ORPHAN_GRACE_MS);
  });

  it("on the embedded database takes every file written before this process served, in whole seconds", () => {
    const cutoff = orphanCutoff({ kind: "pglite", dataDir: "/data" }, now, servingSince);
    expect(cutoff.toISOString()).toBe("2026-06-01T11:59:40.000Z");
    // Long after the start, the grace period applies (files of its own failed deletes).
    const later = now + 3 * ORPHAN_GRACE_MS;
    expect(orphanCutoff({ kind: "pglite" }, later, servingSince).getTime()).toBe(
      later - ORPHAN_GRACE_MS,
    );
  });
});
