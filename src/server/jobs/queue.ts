import {
  fromPglite,
  fromPrisma,
  PgBoss,
  type PrismaTransactionLike,
  type SendOptions,
} from "pg-boss";
import type { Database } from "@/server/db";
import { getLogger } from "@/server/logger";
import { type JobData, type JobName, JOBS, QUEUE_NAMES, QUEUES } from "./registry";

/**
 * The job queue: one pg-boss per process, kept on globalThis like the
 * database (src/server/db/index.ts), so the server's own modules and
 * Next.js's bundles enqueue through the same one.
 *
 * On PostgreSQL it has a small pool of its own. On the embedded database it
 * runs on the app's own PGlite instance (`fromPglite`): PGlite has one
 * connection and queues every statement and transaction on it, so pg-boss's
 * polls wait while a Prisma transaction is open and never interleave with it.
 * That is also why a job enqueued during a transaction must go through that
 * transaction (`tx`): on the embedded database a statement outside it would
 * wait for the transaction to end, which waits for the statement.
 */

export const JOB_SCHEMA = "pgboss";

interface QueueHolder {
  boss: PgBoss;
  database: Database;
}

const holder = globalThis as typeof globalThis & { __photoBackofficeJobQueue?: QueueHolder };

export interface OpenQueueOptions {
  /** This process keeps the queue's tables and runs the schedule (a process with workers). */
  maintains: boolean;
}

/** Starts this process's queue on `database`: installs pg-boss's tables and the app's queues. */
export async function openQueue(database: Database, options: OpenQueueOptions): Promise<PgBoss> {
  if (holder.__photoBackofficeJobQueue) {
    if (holder.__photoBackofficeJobQueue.database !== database) {
      throw new Error("The job queue is already open on another database");
    }
    return holder.__photoBackofficeJobQueue.boss;
  }
  const common = {
    schema: JOB_SCHEMA,
    supervise: options.maintains,
    schedule: options.maintains,
    // A chore comes due within 10 s of its minute (30 s by default).
    cronMonitorIntervalSeconds: 10,
    // Jobs whose worker died (its heartbeat stopped, registry.ts) are retried within 10 s of it
    // being noticed (every 60 s by default).
    superviseIntervalSeconds: 10,
    // Workers poll (every 2 s). With LISTEN/NOTIFY on, an idle worker polled only every 30 s,
    // and jobs committed here (and retries coming due) waited that long on both databases.
    useListenNotify: false,
    // A queue's settings come from the registry; not counted per instance in the database.
    registerInstance: false,
    openTelemetry: { enabled: false },
  };
  const boss = database.embedded
    ? new PgBoss({ ...common, db: fromPglite(database.embedded), backend: "pglite" })
    : new PgBoss({
        ...common,
        connectionString: (database.target as { url: string }).url,
        max: 4,
        application_name: "photo-backoffice jobs",
      });
  const log = getLogger();
  boss.on("error", (error) => log.error({ err: error }, "job queue: error"));
  // Only the message: a slow-query warning carries the statement's values (job data).
  boss.on("warning", (warning) => log.warn({ detail: warning.message }, "job queue: warning"));
  await boss.start();
  for (const name of QUEUE_NAMES) {
    const settings = QUEUES[name];
    // Both reload pg-boss's cache of the queue, so enqueueing later never reads it
    // outside the caller's transaction (see above).
    await boss.createQueue(name, settings);
    await boss.updateQueue(name, settings);
  }
  holder.__photoBackofficeJobQueue = { boss, database };
  return boss;
}

/** This process's queue; throws when it was not started (scripts/serve.ts and worker.ts start it). */
export function getQueue(): PgBoss {
  const queue = holder.__photoBackofficeJobQueue;
  if (!queue) throw new Error("The job queue is not started in this process (startJobs)");
  return queue.boss;
}

export function queueIsOpen(): boolean {
  return holder.__photoBackofficeJobQueue !== undefined;
}

/** Stops the queue (after the workers, see index.ts); the database stays open. */
export async function closeQueue(options: { graceful: boolean; timeoutMs: number }): Promise<void> {
  const queue = holder.__photoBackofficeJobQueue;
  holder.__photoBackofficeJobQueue = undefined;
  await queue?.boss.stop({ graceful: options.graceful, timeout: options.timeoutMs, close: true });
}

export interface SendJobOptions {
  /**
   * The Prisma interactive transaction of the write that causes the job: the
   * job exists once that transaction commits, and never if it rolls back.
   */
  tx?: PrismaTransactionLike;
  /** Not before then. */
  startAfter?: Date;
  /** At most one such job queued at a time (later sends while one waits are dropped). */
  singletonKey?: string;
  /** With `singletonKey`: at most one job of that key per this many seconds (later sends dropped). */
  singletonSeconds?: number;
  /** Overrides of the queue's retry policy for this one job. */
  retryLimit?: number;
  retryDelay?: number;
}

/** Enqueues job `name` with `data` (checked against its schema); answers the job's id. */
export async function sendJob<Name extends JobName>(
  name: Name,
  data: JobData<Name>,
  options: SendJobOptions = {},
): Promise<string | null> {
  const definition = JOBS[name];
  const checked: unknown = definition.data.parse(data);
  const { tx, ...rest } = options;
  const sendOptions: SendOptions = { ...rest, ...(tx && { db: fromPrisma(tx) }) };
  return getQueue().send(definition.queue, { job: name, data: checked }, sendOptions);
}

/**
 * Enqueues one job of `name` per item of `items` (each checked against its
 * schema) in a single statement: many e-mails from one write stay one round
 * trip inside its transaction. The queue's retry policy applies to each.
 */
export async function sendJobs<Name extends JobName>(
  name: Name,
  items: JobData<Name>[],
  options: Pick<SendJobOptions, "tx" | "startAfter"> = {},
): Promise<void> {
  if (items.length === 0) return;
  const definition = JOBS[name];
  const jobs = items.map((data) => ({
    data: { job: name, data: definition.data.parse(data) as unknown },
    ...(options.startAfter && { startAfter: options.startAfter }),
  }));
  await getQueue().insert(definition.queue, jobs, options.tx ? { db: fromPrisma(options.tx) } : {});
}
