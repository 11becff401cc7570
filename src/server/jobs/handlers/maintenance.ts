import { purgeAuditLog } from "@/server/domain/audit-log";
import { purgeExpiredCodes } from "@/server/one-time-codes";
import { sweepUploads } from "@/server/photos/resumable-uploads";
import { orphanCutoff, sweepOrphanFiles as sweepFiles } from "@/server/photos/orphan-files";
import { purgeExpiredRateLimitBuckets } from "@/server/rate-limit";
import type { JobContext } from "../registry";

/**
 * The recurring chores (schedule.ts). Each is harmless to run twice or on
 * several instances at once, so a retry or an overlap does no damage.
 */

/** `maintenance.sweepOrphanFiles`: photo files that no photo row owns (orphan-files.ts). */
export async function sweepOrphanFiles(_data: object, context: JobContext): Promise<void> {
  const { database, storage, log } = context;
  const writtenBefore = orphanCutoff(database.target, Date.now(), context.startedAt.getTime());
  const removed = await sweepFiles(database.prisma, storage, writtenBefore);
  log.info({ removed, writtenBefore }, "orphaned photo files swept");
}

/** `maintenance.purgeExpiredRows`: rate-limit windows that have passed, one-time codes that expired. */
export async function purgeExpiredRows(_data: object, context: JobContext): Promise<void> {
  const now = new Date();
  const rateLimitWindows = await purgeExpiredRateLimitBuckets(context.database.prisma, now);
  const oneTimeCodes = await purgeExpiredCodes(context.database.prisma, now);
  context.log.info({ rateLimitWindows, oneTimeCodes }, "expired rows purged");
}

/**
 * `maintenance.purgeAbandonedUploads`: resumable uploads idle for a day, and the
 * reservations of uploads whose files are gone.
 */
export async function purgeAbandonedUploads(_data: object, context: JobContext): Promise<void> {
  const removed = await sweepUploads(context.database.prisma, context.dataDir);
  context.log.info({ removed }, "abandoned uploads removed");
}

/** `maintenance.purgeAuditLog`: audit log entries older than a year, every studio's. */
export async function purgeAuditLogEntries(_data: object, context: JobContext): Promise<void> {
  const removed = await purgeAuditLog(context.database.prisma, new Date());
  context.log.info({ removed }, "audit log entries older than a year purged");
}
