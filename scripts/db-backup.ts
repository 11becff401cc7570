/**
 * `npm run db:backup [FILE]`: writes the embedded database and, for folder
 * storage, the photo files to one zip (default DATA_DIR/backups/backup-<time>.zip).
 * Works while the app runs (it asks the app for the snapshot) and while it is stopped.
 */
import path from "node:path";
import { DatabaseInUseError } from "@/server/db/pglite-lock";
import { createBackup, defaultBackupFile } from "@/server/operations/backup";
import { controlSocketPath } from "@/server/operations/control-socket";
import { loadConfig } from "./lib/config";

const env = loadConfig("development");
const file = path.resolve(process.argv[2] ?? defaultBackupFile(env.dataDir));
try {
  const { manifest, bytes, snapshotBy } = await createBackup(env, file);
  const counts = Object.values(manifest.database.rowCounts);
  const rows = counts.reduce((sum, count) => sum + count, 0);
  console.log(`Backup written to ${file} (${(bytes / 1_000_000).toFixed(1)} MB).`);
  console.log(
    `  database: ${rows} rows in ${counts.length} tables, ${manifest.database.migrations.length} ` +
      `migrations (snapshot taken by ${snapshotBy})`,
  );
  if (manifest.photos.included) {
    console.log(`  photos: ${manifest.photos.files} files`);
    for (const key of manifest.photos.missing) console.warn(`  missing from storage: ${key}`);
  } else {
    console.log(
      "  photos: not included; they live in an S3 bucket (keep them with bucket versioning)",
    );
  }
} catch (error) {
  if (error instanceof DatabaseInUseError) {
    console.error(
      `${error.message}\nThe running app did not answer on ${controlSocketPath(env.dataDir)}; ` +
        "restart it with this version, or stop it, to make a backup.",
    );
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
}
