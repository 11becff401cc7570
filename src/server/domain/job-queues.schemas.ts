import { z } from "zod";
import { QUEUE_NAMES } from "@/server/jobs/registry";
import { uuid } from "@/server/validation";
import { pageCursor, pageLimit, pageOf } from "./paging";

/** One of the app's queues (src/server/jobs/registry.ts). */
export const ZQueueName = z.enum(QUEUE_NAMES, `must be one of ${QUEUE_NAMES.join(", ")}`);

export const ZQueueOverview = z.object({
  queue: ZQueueName,
  /** Waiting to run: new, or waiting for their next attempt. */
  queued: z.int(),
  active: z.int(),
  failed: z.int(),
  completedLastHour: z.int(),
  failedLastHour: z.int(),
  /** Jobs completed per minute over the last 15 minutes. */
  completedPerMinute: z.number(),
  /** Seconds since the oldest queued job was enqueued; null when none waits. */
  oldestQueuedSeconds: z.int().nullable(),
});
export type QueueOverview = z.infer<typeof ZQueueOverview>;

export const ZFailedJobsInput = z
  .object({
    queue: ZQueueName.optional(),
    limit: pageLimit().default(20),
    cursor: pageCursor(),
  })
  .strict();
export type FailedJobsInput = z.infer<typeof ZFailedJobsInput>;

/** A failed job as the console shows it: never its data (sealed mail, personal data). */
export const ZFailedJob = z.object({
  id: z.uuid(),
  queue: ZQueueName,
  /** The registry's job name (`mail.send`); "unknown" for a row without one. */
  job: z.string(),
  /** The last attempt's error message. */
  error: z.string(),
  /** Attempts made: the first one and its retries. */
  attempts: z.int(),
  failedAt: z.iso.datetime(),
});
export type FailedJob = z.infer<typeof ZFailedJob>;

export const ZFailedJobsPage = pageOf(ZFailedJob, "Failed jobs");
export type FailedJobsPage = z.infer<typeof ZFailedJobsPage>;

export const ZRetryJobInput = z.object({ queue: ZQueueName, id: uuid() }).strict();
export type RetryJobInput = z.infer<typeof ZRetryJobInput>;

export const ZRetryQueueInput = z.object({ queue: ZQueueName }).strict();

export const ZRetried = z.object({ retried: z.int() });
export type Retried = z.infer<typeof ZRetried>;
