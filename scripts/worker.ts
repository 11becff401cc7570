/**
 * `npm run worker`: runs the background jobs (src/server/jobs) without
 * serving HTTP, beside app instances started with WORKERS=0, on PostgreSQL.
 * The embedded database belongs to the one app process, which runs the jobs
 * itself, so this refuses to start without DATABASE_URL.
 *
 * It lowers its own OS priority, so on a shared machine the web processes'
 * interactive requests win the CPU over photo work. SIGTERM/SIGINT let the
 * running jobs finish (up to 20 s; the rest are retried) before it exits.
 */
import { setPriority } from "node:os";
import { closeDatabase, getDatabase } from "@/server/db";
import { startJobs, stopJobs } from "@/server/jobs";
import { getLogger } from "@/server/logger";
import { loadConfig } from "./lib/config";

/** Niceness: positive is lower priority; 10 leaves the web processes well ahead. */
const WORKER_NICENESS = 10;

const env = loadConfig(process.env.NODE_ENV === "development" ? "development" : "production");
const log = getLogger();

if (!env.DATABASE_URL) {
  console.error(
    "npm run worker needs PostgreSQL (DATABASE_URL). On the embedded database the app " +
      "process runs the jobs itself: start it with `npm start` (or `npm run dev`) alone.",
  );
  process.exit(2);
}

try {
  setPriority(0, WORKER_NICENESS);
} catch (error) {
  log.warn({ err: error }, "could not lower the worker's priority; running at normal priority");
}

await startJobs(getDatabase(), { workers: true });
log.info({ imageConcurrency: env.IMAGE_CONCURRENCY }, "worker ready");

let stopping = false;
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "worker stopping; letting running jobs finish");
  await stopJobs();
  await closeDatabase();
  log.info("worker stopped");
  process.exit(0);
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void shutdown(signal));
