import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ABANDONED_AFTER_MS, forgetUpload, sweepAbandonedUploads } from "./abandoned-uploads";

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "uploads-"));
});
afterEach(() => rm(directory, { recursive: true, force: true }));

const HOUR = 60 * 60 * 1000;

/** An upload's two files, last written `ageMs` before `now`. */
async function upload(id: string, now: number, ageMs: number, halves = [id, `${id}.json`]) {
  const when = new Date(now - ageMs);
  for (const name of halves) {
    await writeFile(path.join(directory, name), "x");
    await utimes(path.join(directory, name), when, when);
  }
}

describe("sweeping abandoned uploads", () => {
  it("removes uploads idle for longer than the limit, with both their files, and keeps the rest", async () => {
    const now = Date.now();
    await upload("idle", now, ABANDONED_AFTER_MS + HOUR);
    await upload("recent", now, HOUR);
    await upload("stray", now, ABANDONED_AFTER_MS + HOUR, ["stray.json"]);

    expect(await sweepAbandonedUploads(directory, now)).toBe(2);
    expect((await readdir(directory)).sort()).toEqual(["recent", "recent.json"]);
  });

  it("counts an upload as active when either of its files changed lately", async () => {
    const now = Date.now();
    await upload("resumed", now, ABANDONED_AFTER_MS + HOUR);
    const lately = new Date(now - HOUR);
    await utimes(path.join(directory, "resumed"), lately, lately);

    expect(await sweepAbandonedUploads(directory, now)).toBe(0);
  });

  it("answers 0 for a folder that does not exist yet, and forgets uploads already gone", async () => {
    expect(await sweepAbandonedUploads(path.join(directory, "missing"))).toBe(0);
    await expect(forgetUpload(directory, "never-there")).resolves.toBeUndefined();
  });
});
