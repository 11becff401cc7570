import {
  dispatchCampaigns as dispatchDue,
  markCampaignMailFailed,
  sendCampaignMail,
} from "@/server/domain/campaigns";
import { sendJob } from "../queue";
import { type JobContext, QUEUES } from "../registry";

/**
 * The campaign jobs (domain/campaigns.ts). Both take the time as their last
 * argument, the clock by default: tests run them at any instant.
 */

/**
 * `campaigns.send`: one campaign e-mail. In the project's quiet hours, or past
 * the studio's budget, it is queued again for when it may go (never dropped).
 * A transport error is retried by the queue; after the last attempt the
 * e-mail is recorded `failed`.
 */
export async function sendCampaign(
  data: { mailId: string },
  context: JobContext,
  now: Date = new Date(),
): Promise<void> {
  const { database, mailer, log, attempt } = context;
  try {
    const result = await sendCampaignMail(database.prisma, mailer, data.mailId, now);
    if (result.outcome === "deferred") {
      await sendJob("campaigns.send", data, { startAfter: result.until });
    }
    log.info({ mailId: data.mailId, ...result }, "campaign e-mail");
  } catch (error) {
    if (attempt >= QUEUES.campaigns.retryLimit) {
      await markCampaignMailFailed(database.prisma, data.mailId, now);
    }
    throw error;
  }
}

/** `campaigns.dispatch`: queues the reminders that have come due (from the schedule). */
export async function dispatchCampaigns(
  _data: object,
  context: JobContext,
  now: Date = new Date(),
): Promise<void> {
  const queued = await dispatchDue(context.database.prisma, now);
  context.log.info(queued, "campaign reminders queued");
}
