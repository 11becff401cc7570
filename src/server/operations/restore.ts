import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Env } from "@/env";
import { readMigrations } from "@/server/db/migrate";
import { storageFromUrl, storageLocation } from "@/server/storage";
import { type BackupManifest, openBackupArchive } from "./backup-archive";
import { OperationRefusedError } from "./backup";
import { restoreSnapshot } from "./database-snapshot";

export interface RestoreResult {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  photoFiles: number;
}

async function isEmptyFolder(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw error;
  }
}

function differences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...tables]
    .filter((table) => expected[table] !== actual[table])
    .map(
      (table) =>
        `${table}: ${actual[table] ?? "missing"} rows, the backup says ${expected[table] ?? "none"}`,
    );
}

/**
 * Restores an archive written by `createBackup` into an empty DATA_DIR: the
 * database, then the photo files, each checked against the manifest's counts.
 * A restore that fails half-way removes what it wrote (both places were empty).
 */
export async function restoreBackup(env: Env, file: string): Promise<RestoreResult> {
  if (env.DATABASE_URL) {
    throw new OperationRefusedError(
      "DATABASE_URL is set: db:restore is for the embedded database. Restore PostgreSQL with " +
        "pg_restore (see the README, Operations).",
    );
  }
  const pgliteDir = path.join(env.dataDir, "pglite");
  const location = storageLocation(env.STORAGE_URL, env.dataDir);
  const archive = await openBackupArchive(file);
  try {
    const { manifest } = archive;
    const known = new Set((await readMigrations()).map((migration) => migration.name));
    const unknown = manifest.database.migrations.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new OperationRefusedError(
        `${file} was made by a newer version of the app (migrations ${unknown.join(", ")}); ` +
          "restore it with that version.",
      );
    }
    if (!(await isEmptyFolder(pgliteDir))) {
      throw new OperationRefusedError(
        `${pgliteDir} is not empty: db:restore only restores into an empty DATA_DIR. ` +
          "Point DATA_DIR at a new folder, or move this one away first.",
      );
    }
    const photoFolder =
      location.kind === "folder" && archive.photoKeys.length > 0 ? location.folder : undefined;
    if (photoFolder && !(await isEmptyFolder(photoFolder))) {
      throw new OperationRefusedError(
        `${photoFolder} is not empty: db:restore only restores photos into an empty folder.`,
      );
    }

    try {
      const restored = await restoreSnapshot(pgliteDir, await archive.readSnapshot());
      const wrong = differences(manifest.database.rowCounts, restored.rowCounts);
      if (wrong.length > 0) {
        throw new Error(
          `The restored database does not match the backup:\n  ${wrong.join("\n  ")}`,
        );
      }
      const storage = storageFromUrl(env.STORAGE_URL, env.dataDir);
      let photoFiles = 0;
      for (const key of archive.photoKeys) {
        // The app serves a photo with the type recorded in its row, not the object's.
        await storage.put(key, await archive.readPhoto(key), "application/octet-stream");
        photoFiles += 1;
      }
      if (photoFiles !== manifest.photos.files) {
        throw new Error(
          `The archive holds ${photoFiles} photo files; its manifest says ${manifest.photos.files}.`,
        );
      }
      const counts = Object.values(restored.rowCounts);
      return {
        manifest,
        tables: counts.length,
        rows: counts.reduce((sum, count) => sum + count, 0),
        photoFiles,
      };
    } catch (error) {
      await rm(pgliteDir, { recursive: true, force: true });
      if (photoFolder) await rm(photoFolder, { recursive: true, force: true });
      throw error;
    }
  } finally {
    archive.close();
  }
}
