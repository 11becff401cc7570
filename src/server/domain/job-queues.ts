import type { PgBoss } from "pg-boss";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { JOB_SCHEMA } from "@/server/jobs/queue";
import { QUEUE_NAMES, type QueueName } from "@/server/jobs/registry";
import type {
  FailedJobsInput,
  FailedJobsPage,
  QueueOverview,
  Retried,
  RetryJobInput,
} from "./job-queues.schemas";
import { decodeCursor, encodeCursor, isTimestamp, isUuid } from "./paging";

/**
 * The job queues as the admin console sees them, read from pg-boss's own
 * table (`pgboss.job`, shared by every process), so every app instance shows
 * the same numbers. A job's data is never read: mail jobs carry sealed
 * messages, and other jobs may name people.
 */

const JOB_TABLE = Prisma.raw(`${JOB_SCHEMA}.job`);

/** Minutes the rate is averaged over. */
const RATE_WINDOW_MINUTES = 15;

/** An error message longer than this is cut (a stack or an SMTP transcript is not for the console). */
const MAX_ERROR_CHARACTERS = 2_000;

interface QueueRow {
  name: string;
  queued: number;
  active: number;
  failed: number;
  completed_last_hour: number;
  failed_last_hour: number;
  completed_in_window: number;
  oldest_queued_seconds: number | null;
}

/** Every queue of the registry with its depth, rate and failures (a queue with no jobs shows zeros). */
export async function queueOverview(db: PrismaClient): Promise<QueueOverview[]> {
  // Only live, failed and recently finished rows: completed jobs stay for days and are not counted.
  const rows = await db.$queryRaw<QueueRow[]>`
    SELECT name,
           count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
           count(*) FILTER (WHERE state = 'active')::int AS active,
           count(*) FILTER (WHERE state = 'failed')::int AS failed,
           count(*) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '1 hour')::int
             AS completed_last_hour,
           count(*) FILTER (WHERE state = 'failed' AND completed_on > now() - interval '1 hour')::int
             AS failed_last_hour,
           count(*) FILTER (WHERE state = 'completed'
                              AND completed_on > now() - make_interval(mins => ${RATE_WINDOW_MINUTES}))::int
             AS completed_in_window,
           floor(extract(epoch FROM now() - min(created_on) FILTER (WHERE state IN ('created', 'retry'))))::int
             AS oldest_queued_seconds
      FROM ${JOB_TABLE}
     WHERE name = ANY(${QUEUE_NAMES})
       AND (state IN ('created', 'retry', 'active', 'failed') OR completed_on > now() - interval '1 hour')
     GROUP BY name`;
  return QUEUE_NAMES.map((queue) => {
    const row = rows.find((found) => found.name === queue);
    return {
      queue,
      queued: row?.queued ?? 0,
      active: row?.active ?? 0,
      failed: row?.failed ?? 0,
      completedLastHour: row?.completed_last_hour ?? 0,
      failedLastHour: row?.failed_last_hour ?? 0,
      completedPerMinute:
        Math.round(((row?.completed_in_window ?? 0) / RATE_WINDOW_MINUTES) * 100) / 100,
      oldestQueuedSeconds: row?.oldest_queued_seconds ?? null,
    };
  });
}

interface FailedRow {
  id: string;
  name: QueueName;
  job: string | null;
  error: string | null;
  retry_count: number;
  failed_at: Date;
}

/** When the job failed, to the millisecond: the cursor holds it as an ISO string, which has no more. */
const FAILED_AT = Prisma.raw("date_trunc('milliseconds', completed_on)");

const readCursor = (text: string) =>
  decodeCursor(text, ([failedAt, id]) =>
    isTimestamp(failedAt) && isUuid(id) ? { failedAt, id } : null,
  );

/** Failed jobs, newest failure first, a page at a time: what failed, why, after how many attempts. */
export async function listFailedJobs(
  db: PrismaClient,
  input: FailedJobsInput,
): Promise<FailedJobsPage> {
  const cursor = input.cursor ? readCursor(input.cursor) : undefined;
  const queues = input.queue ? [input.queue] : QUEUE_NAMES;
  const after = cursor
    ? Prisma.sql`AND (${FAILED_AT}, id) < (${new Date(cursor.failedAt)}::timestamptz, ${cursor.id}::uuid)`
    : Prisma.empty;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<FailedRow[]>`
      SELECT id::text AS id, name, data->>'job' AS job,
             left(coalesce(output->>'message', output->'value'->>'message', output::text),
                  ${MAX_ERROR_CHARACTERS}::int) AS error,
             retry_count, ${FAILED_AT} AS failed_at
        FROM ${JOB_TABLE}
       WHERE name = ANY(${queues}) AND state = 'failed' ${after}
       ORDER BY ${FAILED_AT} DESC, id DESC
       LIMIT ${input.limit + 1}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM ${JOB_TABLE} WHERE name = ANY(${queues}) AND state = 'failed'`,
  ]);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => ({
      id: row.id,
      queue: row.name,
      job: row.job ?? "unknown",
      error: row.error ?? "No error was recorded",
      attempts: row.retry_count + 1,
      failedAt: row.failed_at.toISOString(),
    })),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor([last.failed_at.toISOString(), last.id])
        : null,
    total: count!.total,
  };
}

const affected = (response: unknown) => (response as { affected?: number }).affected ?? 0;

/**
 * Queues a failed job again (pg-boss `retry`): it runs once more with one more
 * attempt allowed. A job that is no longer failed (retried already, or
 * removed) is a 404.
 */
export async function retryFailedJob(boss: PgBoss, input: RetryJobInput): Promise<Retried> {
  const retried = affected(await boss.retry(input.queue, input.id));
  if (retried === 0) throw AppError.notFound("Failed job");
  return { retried };
}

/** Queues every failed job of `queue` again; answers how many. */
export async function retryFailedJobsOf(
  db: PrismaClient,
  boss: PgBoss,
  queue: QueueName,
): Promise<Retried> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM ${JOB_TABLE} WHERE name = ${queue} AND state = 'failed'`;
  if (rows.length === 0) return { retried: 0 };
  return {
    retried: affected(
      await boss.retry(
        queue,
        rows.map((row) => row.id),
      ),
    ),
  };
}
