import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalS3, startLocalS3 } from "../support/s3";
import { type ObjectStorage, photoObjectKey, storageFromUrl } from "@/server/storage";

let s3: LocalS3;
let folder: string;
beforeAll(async () => {
  s3 = await startLocalS3();
  folder = await mkdtemp(path.join(tmpdir(), "photos-"));
});
afterAll(async () => {
  await s3?.stop();
  await rm(folder, { recursive: true, force: true });
});

async function readAll(storage: ObjectStorage, key: string): Promise<Buffer | null> {
  const object = await storage.open(key);
  if (!object) return null;
  return Buffer.from(await new Response(object.body).arrayBuffer());
}

const photo = {
  operatorId: "0b7a1a4e-3c1f-4a49-9a3c-6c3f5b3d2e10",
  projectId: "5d0c7d9e-4a3b-4f5e-9a1b-2c3d4e5f6a7b",
  id: "9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
};

describe.each([
  ["a folder", () => storageFromUrl(undefined, folder)],
  ["an S3-compatible bucket", () => storageFromUrl(s3.url, folder)],
])("photo storage in %s", (_name, storage) => {
  it("keeps the exact bytes it was given, and their size", async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    bytes.write("binary\u0000data", 100);
    const key = photoObjectKey(photo, "original");
    await storage().put(key, bytes, "image/jpeg");
    const object = await storage().open(key);
    await object?.body.cancel();
    expect(object?.size).toBe(bytes.length);
    expect((await readAll(storage(), key))?.equals(bytes)).toBe(true);
  });

  it("streams an original of known size into place, byte for byte", async () => {
    const bytes = Buffer.alloc(5 * 1024 * 1024 + 3, 9);
    bytes.write("streamed\u0000original", 4096);
    const key = photoObjectKey({ ...photo, id: randomUUID() }, "original");
    // Delivered in 64 KB pieces, as a staged file is read.
    const stream = Readable.from(
      Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, index) =>
        bytes.subarray(index * 65536, (index + 1) * 65536),
      ),
    );
    await storage().put(key, { stream, size: bytes.length }, "image/jpeg");
    expect((await readAll(storage(), key))?.equals(bytes)).toBe(true);
  });

  it("answers null for an object that is not there", async () => {
    expect(await storage().open(photoObjectKey({ ...photo, id: "missing" }, "thumb"))).toBeNull();
  });

  it("deletes objects, and a missing one is no error", async () => {
    const keys = (["thumb", "preview"] as const).map((variant) => photoObjectKey(photo, variant));
    for (const key of keys) await storage().put(key, Buffer.from(key), "image/jpeg");
    await storage().delete([...keys, photoObjectKey({ ...photo, id: "never" }, "thumb")]);
    for (const key of keys) expect(await storage().open(key)).toBeNull();
  });

  it("refuses keys that could leave its place", async () => {
    await expect(storage().put("../escape", Buffer.from("x"), "text/plain")).rejects.toThrow();
  });
});

describe("the folder storage", () => {
  it("refuses a stream that ends short of its size, and keeps nothing of it", async () => {
    const storage = storageFromUrl(undefined, folder);
    const key = photoObjectKey({ ...photo, id: randomUUID() }, "original");
    const stream = Readable.from([Buffer.alloc(1000)]);
    await expect(storage.put(key, { stream, size: 2000 }, "image/jpeg")).rejects.toThrow(
      /2000 bytes/,
    );
    expect(await storage.open(key)).toBeNull();
    const directory = path.join(folder, "photos", path.dirname(key));
    expect(await readdir(directory)).toEqual([]);
  });

  it("leaves no partial file behind", async () => {
    const storage = storageFromUrl(undefined, folder);
    await storage.put(photoObjectKey(photo, "preview"), Buffer.from("whole"), "image/jpeg");
    const directory = path.join(folder, "photos", path.dirname(photoObjectKey(photo, "preview")));
    expect((await readdir(directory)).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });
});

describe.each([
  ["a folder", (root: string) => storageFromUrl(undefined, root)],
  ["an S3-compatible bucket", () => storageFromUrl(s3.url, folder)],
])("listing photo storage in %s", (_name, storageIn) => {
  it("lists every object under a prefix, in nested folders, with its last change", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "listed-"));
    const storage = storageIn(root);
    const prefix = `listed-${randomUUID()}/`;
    // One page: s3rver's continuation tokens use DES, which this Node's OpenSSL 3 refuses.
    // One folder per key, and one object that stays: s3rver races on emptied folders.
    const keys = Array.from({ length: 120 }, (_, index) => `${prefix}${index}/object`);
    const kept = `${prefix}kept`;
    const before = Date.now() - 2_000;
    for (let start = 0; start < keys.length; start += 50) {
      await Promise.all(
        keys
          .slice(start, start + 50)
          .map((key) => storage.put(key, Buffer.from(key), "text/plain")),
      );
    }
    await storage.put(kept, Buffer.from("kept"), "text/plain");
    await storage.put(`other-${prefix}outside`, Buffer.from("x"), "text/plain");

    const listed = [];
    for await (const object of storage.list(prefix)) listed.push(object);
    expect(listed.map((object) => object.key).sort()).toEqual([...keys, kept].sort());
    for (const object of listed) {
      expect(object.lastModified.getTime()).toBeGreaterThan(before);
      expect(object.lastModified.getTime()).toBeLessThanOrEqual(Date.now());
    }

    await storage.delete(keys);
    const left = [];
    for await (const object of storage.list(prefix)) left.push(object.key);
    expect(left).toEqual([kept]);
    await rm(root, { recursive: true, force: true });
  });

  it("lists nothing under a prefix nobody wrote to", async () => {
    const listed = [];
    for await (const object of storageIn(folder).list(`never-${randomUUID()}/`))
      listed.push(object);
    expect(listed).toEqual([]);
  });
});
