import { getEnv } from "@/env";
import type { Database } from "@/server/db";
import { getLogger } from "@/server/logger";
import { getMailTransport, type Mailer } from "@/server/mail";
import { measureQueuesOf } from "@/server/metrics";
import { type ObjectStorage, photoStorage } from "@/server/storage";
import { closeQueue, openQueue, sendJob } from "./queue";
import type { QueueName } from "./registry";
import { applySchedule, SCHEDULE } from "./schedule";
import { startWorkers } from "./workers";

export { sendJob } from "./queue";
export type { JobData, JobName } from "./registry";

/**
 * Background work (docs/decisions.md): `startJobs` opens this process's
 * queue; with `workers` it also runs the jobs, keeps the queue's tables and
 * runs the schedule. scripts/serve.ts starts it (with workers unless
 * WORKERS=0), scripts/worker.ts starts workers alone; `stopJobs` lets the
 * running jobs finish and stops, before the database is closed.
 */
export interface StartJobsOptions {
  workers: boolean;
  /** Photo jobs at once; IMAGE_CONCURRENCY by default. */
  imageConcurrency?: number;
  /** Defaults: DATA_DIR, the photo storage and mail transport from the configuration. */
  dataDir?: string;
  storage?: ObjectStorage;
  mailer?: Mailer;
  /** Seconds between polls of an idle queue. */
  pollingIntervalSeconds?: number;
  /** Replaces every chore's cron expression; CHORES_CRON by default. */
  choresCron?: string;
}

/** How long stopping waits for running jobs before it leaves them to expire and be retried. */
const STOP_TIMEOUT_MS = 20_000;

export async function startJobs(database: Database, options: StartJobsOptions): Promise<void> {
  const env = getEnv();
  const startedAt = new Date();
  const boss = await openQueue(database, { maintains: options.workers });
  measureQueuesOf(database);
  if (!options.workers) return;
  await startWorkers(
    boss,
    {
      database,
      storage: options.storage ?? photoStorage(),
      mailer: options.mailer ?? getMailTransport(),
      log: getLogger().child({ component: "jobs" }),
      dataDir: options.dataDir ?? env.dataDir,
      startedAt,
    },
    {
      concurrency: {
        images: options.imageConcurrency ?? env.IMAGE_CONCURRENCY,
        mail: 4,
        campaigns: 2,
        maintenance: 1,
        webhooks: 4,
      } satisfies Record<QueueName, number>,
      pollingIntervalSeconds: options.pollingIntervalSeconds,
    },
  );
  await applySchedule(boss, options.choresCron ?? env.CHORES_CRON);
  for (const { job } of SCHEDULE.filter((chore) => chore.alsoAtStart)) {
    await sendJob(job, {});
  }
}

export async function stopJobs(): Promise<void> {
  await closeQueue({ graceful: true, timeoutMs: STOP_TIMEOUT_MS });
}
