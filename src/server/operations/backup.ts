import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Env } from "@/env";
import {
  GALLERY_VARIANTS,
  PHOTO_VARIANTS,
  photoObjectKey,
  storageFromUrl,
  storageLocation,
} from "@/server/storage";
import type { SnapshotPhoto } from "./database-snapshot";
import { type BackupManifest, writeBackupArchive } from "./backup-archive";
import { requestSnapshot } from "./control-socket";
import { readSnapshot, snapshotStoppedDatabase } from "./database-snapshot";

/** A backup that cannot be made as asked; the message says what to do instead. */
export class OperationRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OperationRefusedError";
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
  /** Whether the running app made the snapshot, or this process opened the database. */
  snapshotBy: "the running app" | "this process";
}

export function defaultBackupFile(dataDir: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replaceAll(":", "-")
    .replace(/\.\d+Z$/, "Z");
  return path.join(dataDir, "backups", `backup-${stamp}.zip`);
}

/** The files a photo row has: the original, and once processed its derived files and gallery images. */
function photoKeysOf(photo: SnapshotPhoto): string[] {
  if (photo.status === "processing" || photo.status === "failed") {
    return [photoObjectKey(photo, "original")];
  }
  return [
    ...PHOTO_VARIANTS.map((variant) => photoObjectKey(photo, variant)),
    ...(photo.galleryVariant
      ? GALLERY_VARIANTS.map((variant) => photoObjectKey(photo, variant, photo.galleryVariant!))
      : []),
  ];
}

/**
 * Writes one archive with the embedded database and, for folder storage, the
 * photo files of every photo row in it. The database snapshot comes first, from
 * the running app if there is one; photo deletions wait until the files are
 * copied, so every row in the snapshot finds its files.
 */
export async function createBackup(env: Env, file: string): Promise<BackupResult> {
  if (env.DATABASE_URL) {
    throw new OperationRefusedError(
      "DATABASE_URL is set: db:backup is for the embedded database. Back up PostgreSQL with " +
        "pg_dump (see the README, Operations).",
    );
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const live = await requestSnapshot(env.dataDir);
  const snapshot = live ?? (await snapshotStoppedDatabase(path.join(env.dataDir, "pglite")));
  try {
    const contents = await readSnapshot(snapshot.tar);
    const location = storageLocation(env.STORAGE_URL, env.dataDir);
    const included = location.kind === "folder";
    const photoKeys = included ? contents.photos.flatMap((photo) => photoKeysOf(photo)) : [];
    const createdAt = new Date().toISOString();
    const manifest = await writeBackupArchive(
      file,
      {
        snapshot: snapshot.tar,
        photoKeys,
        manifest: ({ files, missing }) => ({
          format: "photo-backoffice-backup",
          formatVersion: 1,
          createdAt,
          database: {
            kind: "pglite",
            migrations: contents.migrations,
            rowCounts: contents.rowCounts,
          },
          photos: { included, storage: location.kind, files, missing },
        }),
      },
      storageFromUrl(env.STORAGE_URL, env.dataDir),
    );
    return {
      file,
      bytes: (await stat(file)).size,
      manifest,
      snapshotBy: live ? "the running app" : "this process",
    };
  } finally {
    await snapshot.release();
  }
}
