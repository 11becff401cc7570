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
 * One pg-boss `work()` per queue. Each runs at most its queue's concurrency
 * of jobs at once in this process (images: IMAGE_CONCURRENCY, by default one
 * less than the cores, so requests keep a core), fetching one job at a time.
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
 * Queues polled more often than the rest: a worker looks for its next job a
 * polling interval after the last one ended, and uploaders wait for their
 * photos, so a batch of 30 would otherwise spend a minute between photos.
 */
const POLLING_SECONDS: Partial<Record<QueueName, number>> = { images: 0.5, webhooks: 1 };

export async function startWorkers(
  boss: PgBoss,
  context: WorkerContext,
  options: WorkerOptions,
): Promise<void> {
  for (const queue of QUEUE_NAMES) {
    await boss.work<unknown>(
      queue,
      {
        localConcurrency: options.concurrency[queue],
        batchSize: 1,
        pollingIntervalSeconds: Math.min(
          options.pollingIntervalSeconds ?? 2,
          POLLING_SECONDS[queue] ?? Number.POSITIVE_INFINITY,
        ),
      },
      async ([job]) => {
        if (job) await runJob(queue, job, context);
      },
    );
  }
}
