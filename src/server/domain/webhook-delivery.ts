import type { PrismaClient } from "@/generated/prisma/client";
import type { Mailer } from "@/server/mail";
import { unsealData } from "@/server/sealed";
import { sendWebhook } from "@/server/webhooks/send";
import { queueDelivery, WEBHOOK_SECRET_PURPOSE } from "./webhooks";

/**
 * One attempt to deliver an event to an endpoint (the `webhooks.deliver` job).
 * A 2xx answer is a success. Anything else is a failure, retried on the
 * Standard Webhooks schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h,
 * each after the attempt before, with up to 10% jitter (the queue's own
 * exponential backoff does not give this schedule, so each retry is a new
 * attempt row and a new job, due at `nextRetryAt`). A 410 disables the
 * endpoint at once; an endpoint failing for 5 days (since the first failure
 * after its last success) is disabled and the studio e-mailed.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The wait before retry n (index n - 1), after the attempt before it. */
export const RETRY_DELAYS_MS = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
] as const;
const JITTER = 0.1;

/** Failing this long without a success disables an endpoint. */
export const FAILING_DAYS_BEFORE_DISABLE = 5;

/**
 * When attempt `attempt + 1` is due after attempt `attempt` failed at `now`,
 * or null after the last one. `random` in [0, 1) picks the jitter.
 */
export function nextRetryAt(attempt: number, now: Date, random: () => number = Math.random) {
  const delay = RETRY_DELAYS_MS[attempt - 1];
  if (delay === undefined) return null;
  return new Date(now.getTime() + Math.round(delay * (1 + JITTER * random())));
}

export interface DeliveryOptions {
  /** The clock: the attempt's time, and the 5-day rule's. */
  now: () => Date;
  allowPrivate: boolean;
  /** Where the studio's "endpoint disabled" e-mail goes (the queued mailer: a `mail.send` job). */
  mailer: Mailer;
  random?: () => number;
  timeoutMs?: number;
}

export type DeliveryResult = "succeeded" | "failed" | "skipped";

function describeFailure(outcome: Awaited<ReturnType<typeof sendWebhook>>): string {
  if (outcome.kind !== "answered") return outcome.error;
  const answer = outcome.answer.trim();
  return `HTTP ${outcome.statusCode}${answer ? `: ${answer.slice(0, 200)}` : ""}`;
}

export async function deliverWebhook(
  db: PrismaClient,
  deliveryId: string,
  options: DeliveryOptions,
): Promise<DeliveryResult> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    include: {
      endpoint: true,
      event: { select: { id: true, type: true, body: true } },
    },
  });
  // Gone with its endpoint, or already made (a job run twice): nothing to do.
  if (!delivery || delivery.status !== "pending") return "skipped";
  const { endpoint, event } = delivery;
  const now = options.now();
  if (!endpoint.enabled && event.type !== "webhook.test") {
    await db.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: "failed", error: "The endpoint is disabled", attemptedAt: now },
    });
    return "failed";
  }

  const secret = unsealData(WEBHOOK_SECRET_PURPOSE, endpoint.secretSealed) as string;
  const outcome = await sendWebhook(
    endpoint.url,
    { id: event.id, body: event.body, secret, timestamp: now },
    { allowPrivate: options.allowPrivate, timeoutMs: options.timeoutMs },
  );
  const statusCode = outcome.kind === "answered" ? outcome.statusCode : null;

  if (statusCode !== null && statusCode >= 200 && statusCode < 300) {
    await db.$transaction([
      db.webhookDelivery.update({
        where: { id: delivery.id },
        data: { status: "succeeded", statusCode, attemptedAt: now },
      }),
      db.webhookEndpoint.updateMany({
        where: { id: endpoint.id, failingSince: { not: null } },
        data: { failingSince: null },
      }),
    ]);
    return "succeeded";
  }

  const error = describeFailure(outcome);
  await db.$transaction(async (tx) => {
    let disabledReason: string | null = null;
    if (statusCode === 410) {
      disabledReason = "The endpoint answered 410 Gone";
    } else {
      const [streak] = await tx.$queryRawUnsafe<{ failing_since: Date }[]>(
        `UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $2::timestamptz)
         WHERE id = $1::uuid RETURNING failing_since`,
        endpoint.id,
        now.toISOString(),
      );
      if (
        streak &&
        now.getTime() - new Date(streak.failing_since).getTime() >=
          FAILING_DAYS_BEFORE_DISABLE * DAY
      ) {
        disabledReason = `Every delivery failed for ${FAILING_DAYS_BEFORE_DISABLE} days`;
      }
    }

    const retryAt =
      disabledReason || delivery.manual ? null : nextRetryAt(delivery.attempt, now, options.random);
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: "failed", statusCode, error, attemptedAt: now, nextRetryAt: retryAt },
    });

    if (disabledReason) {
      const disabled = await tx.webhookEndpoint.updateMany({
        where: { id: endpoint.id, enabled: true },
        data: { enabled: false, disabledReason },
      });
      if (disabled.count > 0) await tellStudio(tx, options.mailer, endpoint, disabledReason);
      return;
    }
    if (retryAt) {
      await queueDelivery(tx, {
        operatorId: delivery.operatorId,
        endpointId: endpoint.id,
        eventId: event.id,
        attempt: delivery.attempt + 1,
        startAfter: retryAt,
      });
    }
  });
  return "failed";
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** E-mails the studio's owner that an endpoint was disabled (queued in `tx`). */
async function tellStudio(
  tx: Tx,
  mailer: Mailer,
  endpoint: { operatorId: string; url: string },
  reason: string,
): Promise<void> {
  const operator = await tx.operator.findUnique({
    where: { id: endpoint.operatorId },
    select: { name: true, account: { select: { email: true } } },
  });
  if (!operator) return;
  await mailer.send(
    {
      to: operator.account.email,
      subject: "A webhook endpoint was disabled",
      text:
        `Hello ${operator.name},\n\n` +
        `Webhooks are no longer sent to ${endpoint.url}: ${reason}.\n\n` +
        "Once the receiver works again, enable the endpoint in Settings → Webhooks " +
        "(or PATCH /v1/webhooks/:id with enabled: true), and redeliver what it missed " +
        "from its delivery log.\n",
    },
    { tx },
  );
}
