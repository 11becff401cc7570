import type { PgBoss } from "pg-boss";
import { type JobName, JOBS } from "./registry";

/**
 * The app's one schedule: every recurring chore, with its cron expression
 * (UTC). pg-boss keeps it in the database and, across all processes that run
 * workers, sends each occurrence once. No other timer in the app does
 * background work.
 *
 * `CHORES_CRON` replaces every expression (tests use `* * * * *`).
 */
export const SCHEDULE: readonly { job: JobName; cron: string; alsoAtStart: boolean }[] = [
  /** Daily, at a quiet hour; and at start, where a crash may have left files behind. */
  { job: "maintenance.sweepOrphanFiles", cron: "17 3 * * *", alsoAtStart: true },
  /** Every five minutes: each new client address adds a rate-limit row, so rows otherwise grow. */
  { job: "maintenance.purgeExpiredRows", cron: "*/5 * * * *", alsoAtStart: true },
  { job: "maintenance.purgeAbandonedUploads", cron: "37 * * * *", alsoAtStart: true },
  /** Hourly: a retention date is a day, and the warning goes out 14 days before it. */
  { job: "maintenance.applyRetention", cron: "47 * * * *", alsoAtStart: true },
  /** Daily: the audit log keeps a year (domain/audit-log.ts). */
  { job: "maintenance.purgeAuditLog", cron: "53 3 * * *", alsoAtStart: false },
  /** Every ten minutes: campaign reminders that have come due (domain/campaigns.ts). */
  { job: "campaigns.dispatch", cron: "*/10 * * * *", alsoAtStart: true },
];

/** Writes the schedule to the queue, dropping chores no longer on it. */
export async function applySchedule(boss: PgBoss, cronOverride?: string): Promise<void> {
  const queues = new Set(SCHEDULE.map(({ job }) => JOBS[job].queue));
  for (const { job, cron } of SCHEDULE) {
    await boss.schedule(JOBS[job].queue, cronOverride ?? cron, { job, data: {} }, { key: job });
  }
  for (const queue of queues) {
    for (const schedule of await boss.getSchedules(queue)) {
      if (!SCHEDULE.some(({ job }) => job === schedule.key)) {
        await boss.unschedule(queue, schedule.key);
      }
    }
  }
}
