import { applyRetention as applyDue } from "@/server/domain/retention";
import { queuedMailer } from "@/server/mail";
import type { JobContext } from "../registry";

/**
 * `maintenance.applyRetention` (schedule.ts): warns studios, deletes photos and
 * anonymises members whose project's dates have come. Takes the time as its
 * last argument, the clock by default: tests run it at any instant. The
 * warning goes through the mail queue, in the transaction that records it.
 */
export async function applyRetention(
  _data: object,
  context: JobContext,
  now: Date = new Date(),
): Promise<void> {
  const { database, storage, log } = context;
  const report = await applyDue({ db: database.prisma, storage, mailer: queuedMailer, log }, now);
  log.info(report, "retention applied");
}
