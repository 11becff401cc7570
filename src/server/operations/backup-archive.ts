import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import yauzl from "yauzl";
import { ZipFile } from "yazl";
import { z } from "zod";
import type { ObjectStorage } from "@/server/storage";

/**
 * A backup is one zip file:
 *
 *     manifest.json            what the archive holds (BackupManifest)
 *     database/pglite.tar.gz   the embedded database's snapshot
 *     storage/<key>            each photo file, by its storage key (folder storage only)
 *
 * Entries are stored, not deflated: the snapshot is gzipped and photos do not
 * compress.
 */
export const DATABASE_ENTRY = "database/pglite.tar.gz";
export const MANIFEST_ENTRY = "manifest.json";
const STORAGE_PREFIX = "storage/";

export const ZBackupManifest = z.object({
  format: z.literal("photo-backoffice-backup"),
  formatVersion: z.literal(1),
  createdAt: z.iso.datetime(),
  database: z.object({
    kind: z.literal("pglite"),
    migrations: z.array(z.string()),
    rowCounts: z.record(z.string(), z.number().int().min(0)),
  }),
  photos: z.object({
    /** False when the photos live in an S3 bucket: the archive then holds the database only. */
    included: z.boolean(),
    storage: z.enum(["folder", "s3"]),
    files: z.number().int().min(0),
    /** Files of photo rows that were not in storage when the backup was made. */
    missing: z.array(z.string()),
  }),
});
export type BackupManifest = z.infer<typeof ZBackupManifest>;

export interface ArchiveContents {
  snapshot: Uint8Array;
  /** Photo files by storage key; each is read once, when copied. */
  photoKeys: string[];
  manifest: (photos: { files: number; missing: string[] }) => BackupManifest;
}

/**
 * Writes the archive to `file` (through a temporary file, renamed at the end,
 * readable by its owner only: it holds every password hash). Photo files are
 * read one at a time; the manifest is written last, once the missing ones are known.
 */
export async function writeBackupArchive(
  file: string,
  contents: ArchiveContents,
  storage: ObjectStorage,
): Promise<BackupManifest> {
  const partial = `${file}.partial`;
  const zip = new ZipFile();
  const output = createWriteStream(partial, { mode: 0o600 });
  const written = new Promise<void>((resolve, reject) => {
    zip.outputStream.once("error", reject);
    output.once("error", reject);
    output.once("close", () => resolve());
  });
  written.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  zip.outputStream.pipe(output);
  try {
    zip.addBuffer(Buffer.from(contents.snapshot), DATABASE_ENTRY, { compress: false });
    let files = 0;
    const missing: string[] = [];
    for (const key of contents.photoKeys) {
      const object = await storage.open(key);
      if (!object) {
        missing.push(key);
        continue;
      }
      const stream = Readable.fromWeb(object.body as NodeWebReadableStream<Uint8Array>);
      const copied = new Promise<void>((resolve, reject) => {
        stream.once("end", resolve);
        stream.once("error", reject);
      });
      zip.addReadStream(stream, `${STORAGE_PREFIX}${key}`, { compress: false, size: object.size });
      // One file open at a time, however many photos there are.
      await Promise.race([copied, written]);
      files += 1;
    }
    const manifest = contents.manifest({ files, missing });
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_ENTRY);
    zip.end();
    await written;
    await rename(partial, file);
    return manifest;
  } catch (error) {
    zip.outputStream.unpipe(output);
    output.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

export class BackupArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupArchiveError";
  }
}

export interface BackupArchive {
  manifest: BackupManifest;
  readSnapshot(): Promise<Uint8Array>;
  /** Photo files in the archive, by storage key. */
  photoKeys: string[];
  readPhoto(key: string): Promise<Buffer>;
  close(): void;
}

/** Opens an archive and checks its manifest. */
export async function openBackupArchive(file: string): Promise<BackupArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, opened) =>
      error
        ? reject(new BackupArchiveError(`${file} is not a backup archive: ${error.message}`))
        : resolve(opened),
    ),
  );
  try {
    const entries = await entriesOf(zip);
    const read = async (name: string) => {
      const entry = entries.get(name);
      if (!entry) throw new BackupArchiveError(`${file} has no ${name}`);
      return readEntry(zip, entry);
    };
    const parsed = ZBackupManifest.safeParse(
      parseJson((await read(MANIFEST_ENTRY)).toString("utf8")),
    );
    if (!parsed.success) {
      throw new BackupArchiveError(
        `${file} has a manifest this version cannot read: ${z.prettifyError(parsed.error)}`,
      );
    }
    return {
      manifest: parsed.data,
      readSnapshot: async () => new Uint8Array(await read(DATABASE_ENTRY)),
      photoKeys: [...entries.keys()]
        .filter((name) => name.startsWith(STORAGE_PREFIX) && !name.endsWith("/"))
        .map((name) => name.slice(STORAGE_PREFIX.length)),
      readPhoto: (key) => read(`${STORAGE_PREFIX}${key}`),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function entriesOf(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", reject);
    zip.readEntry();
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.once("end", () => resolve(Buffer.concat(chunks)));
      stream.once("error", reject);
    });
  });
}
