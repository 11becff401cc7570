import { chmodSync, lstatSync, mkdirSync, type Stats } from "node:fs";
import { chmod, lstat, mkdir, readdir, rm } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { getEnv } from "@/env";

/**
 * Where an upload's bytes wait before they are filed: folders only the app's
 * own user can enter (0700, every file 0600), in DATA_DIR rather than a
 * shared temporary folder another local user could read or plant first.
 *
 * A multipart upload (`POST /v1/projects/:id/photos`) is received into
 * `DATA_DIR/staging/<host>-<pid>/<uuid>` and removed once filed or refused; a
 * process that dies in between leaves its file behind, and the next start
 * sweeps it (`sweepStaging`). The resumable uploads have a folder of their
 * own (`DATA_DIR/uploads`, see resumable-uploads.ts).
 */

function assertOwnFolder(stats: Stats, folder: string): void {
  if (!stats.isDirectory()) throw new Error(`${folder} must be a folder (not a link or a file)`);
  if (process.getuid && stats.uid !== process.getuid()) {
    throw new Error(`${folder} belongs to another user; the app keeps uploads in its own folders`);
  }
}

/** Creates `folder` (and its parents) for this user alone, or makes an existing one so. */
export async function privateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  assertOwnFolder(await lstat(folder), folder);
  await chmod(folder, 0o700);
}

/** `privateFolder`, for code that must not wait (made on first use). */
export function privateFolderSync(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  assertOwnFolder(lstatSync(folder), folder);
  chmodSync(folder, 0o700);
}

/** DATA_DIR/staging. */
export function stagingRoot(dataDir = getEnv().dataDir): string {
  return path.join(dataDir, "staging");
}

/** This process's own folder's name: whose it is, for the sweep of a later start. */
const OWN_FOLDER = `${hostname()}-${process.pid}`;

/** This process's staging folder, made private (again) on every call: cheap, and safe after a sweep. */
export async function stagingFolder(root = stagingRoot()): Promise<string> {
  const own = path.join(root, OWN_FOLDER);
  await privateFolder(root);
  await privateFolder(own);
  return own;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A folder of another host untouched for this long belongs to a process that is gone. */
export const FOREIGN_STAGING_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Removes what no running upload can need from the staging folder: a folder
 * of this host whose process is gone, or has this process's id (a restarted
 * container reuses it; this process has received nothing yet), a folder of
 * another host (instances sharing DATA_DIR) untouched for a day, and anything
 * that is not a folder. Call it at start, before the first request. Answers
 * how many entries it removed.
 */
export async function sweepStaging(root = stagingRoot(), now = Date.now()): Promise<number> {
  let entries;
  try {
    await privateFolder(root);
    entries = await readdir(/* turbopackIgnore: true */ root, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw error;
  }
  const host = hostname();
  let removed = 0;
  for (const entry of entries) {
    const entryPath = path.join(root, entry.name);
    let stale = !entry.isDirectory();
    if (!stale) {
      const owner = /^(.*)-(\d+)$/.exec(entry.name);
      if (owner?.[1] === host) {
        const pid = Number(owner[2]);
        stale = pid === process.pid || !isRunning(pid);
      } else {
        const { mtimeMs } = await lstat(entryPath);
        stale = now - mtimeMs > FOREIGN_STAGING_AFTER_MS;
      }
    }
    if (stale) {
      await rm(entryPath, { recursive: true, force: true });
      removed += 1;
    }
  }
  return removed;
}
