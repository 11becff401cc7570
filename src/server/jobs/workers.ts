import type { Job, PgBoss } from "pg-boss";
import { getMetrics } from "@/server/metrics";
import {
  isJobName,
  type JobContext,
  JobEnvelope,
  type JobHandler,
  JOBS,
  QUEUE_NAMES,
  type QueueName,
} from "./registry";

/**
 * pg-boss workers per queue: as many as the queue's concurrency in this
 * process (images: IMAGE_CONCURRENCY, by default one less than the cores, so
 * requests keep a core), each fetching one job at a time.
 */

export type WorkerContext = Omit<JobContext, "signal" | "attempt">;

export interface WorkerOptions {
  concurrency: Record<QueueName, number>;
  /** Seconds between polls of an idle queue (a committed job on a `notify` queue wakes it sooner). */
  pollingIntervalSeconds?: number;
}

/**
 * Runs one job: checks its name and data against the registry, loads its
 * handler and calls it. Throwing fails the attempt; pg-boss retries it with
 * the queue's backoff and, past the limit, keeps it `failed` with the error.
 */
export async function runJob(queue: QueueName, job: Job<unknown>, context: WorkerContext) {
  const envelope = JobEnvelope.parse(job.data);
  const name = envelope.job;
  const labels = { queue, job: isJobName(name) ? name : "unknown" };
  const log = context.log.child({ job: name, jobId: job.id, attempt: job.retryCount + 1 });
  try {
    if (!isJobName(name) || JOBS[name].queue !== queue) {
      throw new Error(`No job "${name}" runs on the ${queue} queue`);
    }
    const definition = JOBS[name];
    const data = definition.data.parse(envelope.data);
    const handler = (await definition.handler()) as JobHandler<unknown>;
    await handler(data, { ...context, log, signal: job.signal, attempt: job.retryCount });
    getMetrics().jobsCompleted.inc(labels);
  } catch (error) {
    getMetrics().jobsFailed.inc(labels);
    log.warn({ err: error }, "job attempt failed");
    throw error;
  }
}

/**
 * Queues polled more often than the rest: a worker looks for a job a polling
 * interval after it last found none, and uploaders wait for their photos.
 */
const POLLING_SECONDS: Partial<Record<QueueName, number>> = { images: 0.5, webhooks: 1 };

/**
 * Each worker of a queue is its own `work()` so its id is known: when a job
 * ends, the queue's workers are woken to fetch at once rather than wait out
 * the polling interval (pg-boss skips the wait only after a job that took
 * longer than the interval), so a backlog is worked through without pauses.
 * A worker that then finds nothing waits the interval as before.
 */
export async function startWorkers(
  boss: PgBoss,
  context: WorkerContext,
  options: WorkerOptions,
): Promise<void> {
  for (const queue of QUEUE_NAMES) {
    const workerIds: string[] = [];
    const pollingIntervalSeconds = Math.min(
      options.pollingIntervalSeconds ?? 2,
      POLLING_SECONDS[queue] ?? Number.POSITIVE_INFINITY,
    );
    for (let i = 0; i < options.concurrency[queue]; i++) {
      const workerId = await boss.work<unknown>(
        queue,
        { localConcurrency: 1, batchSize: 1, pollingIntervalSeconds },
        async ([job]) => {
          try {
            if (job) await runJob(queue, job, context);
          } finally {
            for (const id of workerIds) boss.notifyWorker(id);
          }
        },
      );
      workerIds.push(workerId);
    }
  }
}
