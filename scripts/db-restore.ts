/**
 * `npm run db:restore FILE`: restores an archive written by `npm run db:backup`
 * into an empty DATA_DIR (database and photo files), checked against the
 * archive's manifest.
 */
import path from "node:path";
import { restoreBackup } from "@/server/operations/restore";
import { loadConfig } from "./lib/config";

const [argument] = process.argv.slice(2);
if (!argument) {
  console.error("usage: npm run db:restore FILE");
  process.exit(2);
}
const env = loadConfig("development");
const file = path.resolve(argument);
try {
  const { manifest, tables, rows, photoFiles } = await restoreBackup(env, file);
  console.log(`Restored ${file} (made ${manifest.createdAt}) into ${env.dataDir}.`);
  console.log(`  database: ${rows} rows in ${tables} tables, as the backup's manifest says`);
  console.log(
    manifest.photos.included
      ? `  photos: ${photoFiles} files, as the manifest says`
      : "  photos: not in the archive (they were in an S3 bucket)",
  );
  console.log("Start the app (`npm start`); it applies any newer migrations.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
