import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * PGlite runs inside one process and nothing stops a second process from
 * opening the same folder, which corrupts it. This lock file makes the second
 * opener fail with a clear message instead (say, `npm run db:seed` while
 * `npm run dev` is running). A lock left by a dead process is taken over.
 */
export class DatabaseInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid}. ` +
        `Stop that process (is \`npm run dev\` or \`npm start\` running?) and try again.`,
    );
    this.name = "DatabaseInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock on `dataDir`; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "..", `${path.basename(dataDir)}.lock`);
  try {
    writeFileSync(file, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number(readFileSync(file, "utf8"));
    if (holder !== process.pid && Number.isInteger(holder) && isAlive(holder)) {
      throw new DatabaseInUseError(dataDir, holder);
    }
    writeFileSync(file, String(process.pid));
  }
  const release = () => {
    try {
      if (Number(readFileSync(file, "utf8")) === process.pid) rmSync(file);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}
