import { getEnv } from "@/env";
import { deliverWebhook } from "@/server/domain/webhook-delivery";
import { queuedMailer } from "@/server/mail";
import type { JobContext } from "../registry";

/**
 * `webhooks.deliver`: one attempt of one event to one endpoint. Failures are
 * recorded and retried by the domain on the webhook schedule, never by
 * throwing (which would retry on the queue's own backoff).
 */
export async function deliverWebhookJob(
  data: { deliveryId: string },
  context: JobContext,
): Promise<void> {
  const result = await deliverWebhook(context.database.prisma, data.deliveryId, {
    now: () => new Date(),
    allowPrivate: getEnv().WEBHOOK_ALLOW_PRIVATE,
    mailer: queuedMailer,
  });
  context.log.info({ result }, "webhook delivery attempted");
}
