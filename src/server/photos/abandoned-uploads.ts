import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * The resumable upload endpoint keeps each partial upload as two files in
 * DATA_DIR/uploads: `<id>` (the bytes so far) and `<id>.json` (its length and
 * metadata). A finished upload is filed and removed at once; one that stops
 * arriving is removed here once it has been idle long enough.
 */

/** An upload that has received nothing for this long is abandoned. */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/** Where partial uploads live: DATA_DIR/uploads. */
export function uploadsDirectory(dataDir: string): string {
  return path.join(dataDir, "uploads");
}

/** Removes an upload's files; files already gone (another instance was first) are fine. */
export async function forgetUpload(directory: string, id: string): Promise<void> {
  await Promise.all([
    rm(path.join(directory, id), { force: true }),
    rm(path.join(directory, `${id}.json`), { force: true }),
  ]);
}

/** The ids of the uploads that have files in `directory` (either half counts). */
export async function presentUploadIds(directory: string): Promise<Set<string>> {
  const names = await readdir(directory).catch(() => []);
  return new Set(names.map((name) => name.replace(/\.json$/, "")));
}

/**
 * Removes every upload whose files have not changed for `abandonedAfterMs`
 * (each PATCH moves the bytes file's modification time on), and stray halves
 * of one. It runs as the `maintenance.purgeAbandonedUploads` job (on the
 * schedule, src/server/jobs/schedule.ts); sweeping a shared folder twice is
 * harmless. Answers how many uploads it removed.
 */
export async function sweepAbandonedUploads(
  directory: string,
  now = Date.now(),
  abandonedAfterMs = ABANDONED_AFTER_MS,
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return 0;
  }
  const lastChange = (name: string) =>
    stat(path.join(directory, name)).then(
      (stats) => stats.mtimeMs,
      () => 0,
    );
  let removed = 0;
  for (const id of new Set(names.map((name) => name.replace(/\.json$/, "")))) {
    const changed = Math.max(await lastChange(id), await lastChange(`${id}.json`));
    if (now - changed > abandonedAfterMs) {
      await forgetUpload(directory, id);
      removed += 1;
    }
  }
  return removed;
}
