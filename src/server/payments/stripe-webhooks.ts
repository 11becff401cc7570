import type Stripe from "stripe";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { tenantOf } from "@/server/db/tenant";
import { stripeKeysOf } from "@/server/domain/payment-settings";
import { isUuid } from "@/server/domain/paging";
import { AppError, toAppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { orderOfPaymentIntent, STRIPE, stripeIdOf, verifiedStripeEvent } from "./stripe";

/**
 * Stripe's events for one studio, at POST /api/payments/stripe/:operatorId.
 * The signature is checked on the raw body with that studio's webhook secret.
 * Each event acts once: its id is recorded in the same transaction as its
 * effect, so a second delivery (even at the same moment: it waits on the
 * first's row, then finds it) changes nothing. The effects also hold in any
 * order: an order is paid only from pending, so a payment confirmed after its
 * refund leaves it refunded.
 *
 * - checkout.session.completed with payment_status "paid", and
 *   checkout.session.async_payment_succeeded: the order is paid.
 * - charge.refunded (in full, e.g. from Stripe's dashboard): the order is refunded.
 * - an order that is not the studio's: 200, and a log line.
 */

export interface WebhookAnswer {
  status: number;
  body: Record<string, unknown>;
}

type Outcome = "paid" | "refunded" | "no change" | "unknown order" | "ignored";

const PAID_EVENTS = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
]);

/** The order a Checkout Session was made for. */
function orderIdOf(session: Stripe.Checkout.Session): string | null {
  return session.metadata?.orderId ?? session.client_reference_id ?? null;
}

const reply = (status: number, body: Record<string, unknown>): WebhookAnswer => ({ status, body });

async function recordCardPayment(
  tx: Prisma.TransactionClient,
  operatorId: string,
  order: { id: string; projectId: string },
  ids: { checkoutSessionId?: string; paymentIntentId: string | null },
) {
  const key = { operatorId, projectId: order.projectId, orderId: order.id };
  const update = {
    ...(ids.checkoutSessionId && { checkoutSessionId: ids.checkoutSessionId }),
    ...(ids.paymentIntentId && { paymentIntentId: ids.paymentIntentId }),
  };
  await tx.cardPayment.upsert({
    where: { operatorId_projectId_orderId: key },
    create: {
      ...key,
      provider: STRIPE,
      checkoutSessionId: ids.checkoutSessionId ?? "",
      paymentIntentId: ids.paymentIntentId,
    },
    update,
  });
}

/** The event's effect, inside the transaction that records it. Every query names the studio. */
async function act(
  tx: Prisma.TransactionClient,
  operatorId: string,
  event: Stripe.Event,
  refundedOrderId: string | null,
  now: Date,
): Promise<{ outcome: Outcome; orderId: string | null }> {
  const findOrder = (id: string | null) =>
    id && isUuid(id)
      ? tx.order.findFirst({ where: { id, operatorId }, select: { id: true, projectId: true } })
      : null;

  if (PAID_EVENTS.has(event.type)) {
    const session = event.data.object as Stripe.Checkout.Session;
    const orderId = orderIdOf(session);
    if (session.payment_status !== "paid") return { outcome: "ignored", orderId };
    const order = await findOrder(orderId);
    if (!order) return { outcome: "unknown order", orderId };
    await recordCardPayment(tx, operatorId, order, {
      checkoutSessionId: session.id,
      paymentIntentId: stripeIdOf(session.payment_intent),
    });
    // As "Mark paid" does: only a pending order turns paid (the counters follow by trigger).
    const paid = await tx.order.updateMany({
      where: { id: order.id, operatorId, status: "pending" },
      data: { status: "paid", paidAt: now },
    });
    return { outcome: paid.count > 0 ? "paid" : "no change", orderId: order.id };
  }

  if (event.type === "charge.refunded") {
    const charge = event.data.object as Stripe.Charge;
    const paymentIntentId = stripeIdOf(charge.payment_intent);
    if (!charge.refunded || !paymentIntentId) return { outcome: "ignored", orderId: null };
    const known = await tx.cardPayment.findFirst({
      where: { operatorId, paymentIntentId },
      select: { orderId: true },
    });
    const order = await findOrder(known?.orderId ?? refundedOrderId);
    if (!order) return { outcome: "unknown order", orderId: refundedOrderId };
    await recordCardPayment(tx, operatorId, order, { paymentIntentId });
    // Refunded from paid, or from pending when the refund overtook the payment's event.
    const refunded = await tx.order.updateMany({
      where: { id: order.id, operatorId, status: { in: ["pending", "paid"] } },
      data: { status: "refunded", refundedAt: now },
    });
    return { outcome: refunded.count > 0 ? "refunded" : "no change", orderId: order.id };
  }

  return { outcome: "ignored", orderId: null };
}

/** The event's row exists: another delivery of it acted (or is acting, and this one waited). */
const isUniqueViolation = (error: unknown) =>
  toAppError(error).code === "CONFLICT" && (error as { code?: unknown }).code === "P2002";

/** Answers one webhook delivery. */
export async function handleStripeWebhook(
  db: PrismaClient,
  operatorId: string,
  rawBody: Uint8Array,
  signature: string | null,
  log: Logger,
  now: Date,
): Promise<WebhookAnswer> {
  if (!isUuid(operatorId)) return reply(404, { message: "No such studio" });
  const tenant = tenantOf(db, operatorId);
  const keys = await stripeKeysOf(tenant);
  if (!keys) return reply(404, { message: "This studio has no Stripe account connected" });
  const event = verifiedStripeEvent(
    Buffer.from(rawBody).toString("utf8"),
    signature,
    keys.webhookSecret,
  );
  if (!event) {
    log.warn({ operatorId }, "a Stripe webhook's signature did not verify");
    return reply(400, { message: "The Stripe-Signature header does not verify" });
  }
  const handled = PAID_EVENTS.has(event.type) || event.type === "charge.refunded";
  if (!handled) return reply(200, { received: true });

  // An event naming only the payment intent, not seen before: its order, asked of Stripe
  // before the transaction (no network wait while it holds locks).
  let refundedOrderId: string | null = null;
  if (event.type === "charge.refunded") {
    const paymentIntentId = stripeIdOf((event.data.object as Stripe.Charge).payment_intent);
    const known =
      paymentIntentId &&
      (await tenant.db.cardPayment.findFirst({
        where: { paymentIntentId },
        select: { orderId: true },
      }));
    if (paymentIntentId && !known) {
      refundedOrderId = await orderOfPaymentIntent(keys.secretKey, paymentIntentId).catch(
        (error: unknown) => {
          throw new AppError("BAD_GATEWAY", "Stripe could not be asked about this payment", {
            cause: error,
          });
        },
      );
    }
  }

  let result: { outcome: Outcome; orderId: string | null };
  try {
    result = await db.$transaction(async (tx) => {
      await tx.paymentWebhookEvent.create({
        data: {
          operatorId,
          provider: STRIPE,
          eventId: event.id,
          type: event.type,
          receivedAt: now,
        },
      });
      return act(tx, operatorId, event, refundedOrderId, now);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      log.info(
        { event: "payments.webhook", operatorId, eventId: event.id, type: event.type },
        "a Stripe event delivered again: it acted already",
      );
      return reply(200, { received: true, duplicate: true });
    }
    throw error;
  }
  const fields = {
    event: "payments.webhook",
    operatorId,
    eventId: event.id,
    type: event.type,
    orderId: result.orderId,
    outcome: result.outcome,
  };
  if (result.outcome === "unknown order") {
    log.warn(fields, "a Stripe event names no order of this studio");
  } else {
    log.info(fields, "a Stripe event was handled");
  }
  return reply(200, { received: true });
}
