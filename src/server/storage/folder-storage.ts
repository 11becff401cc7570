import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  assertSafeKey,
  isStreamedBody,
  type ListedObject,
  type ObjectStorage,
} from "./object-storage";

/** Objects as files under one folder; a write goes to a temporary file first, then is renamed. */
export function folderStorage(root: string): ObjectStorage {
  const fileOf = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key);
  };
  return {
    async put(key, body) {
      let partial: string | undefined;
      try {
        const file = fileOf(key);
        partial = `${file}.${randomBytes(6).toString("hex")}.partial`;
        await mkdir(path.dirname(partial), { recursive: true });
        if (isStreamedBody(body)) {
          const writer = createWriteStream(partial, { mode: 0o600 });
          await pipeline(body.stream, writer);
          if (writer.bytesWritten !== body.size) {
            throw new Error(`Expected ${body.size} bytes, received ${writer.bytesWritten}`);
          }
        } else {
          await writeFile(partial, body, { mode: 0o600 });
        }
        await rename(partial, file);
      } catch (error) {
        if (isStreamedBody(body)) body.stream.destroy();
        if (partial) await rm(partial, { force: true });
        throw error;
      }
    },
    async open(key) {
      const file = fileOf(key);
      try {
        const { size } = await stat(file);
        const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
        return { body, size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(keys) {
      await Promise.all(keys.map((key) => rm(fileOf(key), { force: true })));
    },
    list(prefix) {
      return filesUnder(root, prefix);
    },
  };
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/** The files under `root` whose key (path from `root`, with `/`) starts with `prefix`. */
async function* filesUnder(root: string, prefix: string): AsyncGenerator<ListedObject> {
  // Only the folders that can hold such keys: `photos/ab` is read from `photos/`.
  const start = prefix.slice(0, prefix.lastIndexOf("/") + 1);
  const folders = [start];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let entries;
    try {
      entries = await readdir(path.join(root, folder), { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) continue;
      throw error;
    }
    for (const entry of entries) {
      const key = `${folder}${entry.name}`;
      if (entry.isDirectory()) {
        const inside = `${key}/`;
        if (prefix.startsWith(inside) || inside.startsWith(prefix)) folders.push(inside);
      } else if (entry.isFile() && key.startsWith(prefix)) {
        // A file removed since the folder was read is simply not listed.
        const stats = await stat(path.join(root, key)).catch((error: unknown) => {
          if (isMissing(error)) return null;
          throw error;
        });
        if (stats) yield { key, lastModified: stats.mtime };
      }
    }
  }
}
