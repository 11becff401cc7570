import type { PrismaClient } from "@/generated/prisma/client";
import { type Tenant, tenantOf } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import {
  manualProvider,
  type PaymentOrder,
  type PaymentProvider,
  type PaymentStart,
} from "@/server/payments";
import {
  checkoutPaymentIntent,
  createCheckoutSession,
  refundPaymentIntent,
  STRIPE,
} from "@/server/payments/stripe";
import { getOrder, refundOrder } from "./orders";
import type { Order } from "./orders.schemas";
import { stripeKeysOf } from "./payment-settings";

/**
 * Orders paid by card: the provider a studio's gallery orders are paid with,
 * the Checkout Session each card order is paid through (recorded, so a refund
 * finds its payment), and refunds made through Stripe before the order is
 * marked refunded. Orders turn paid only by a verified webhook
 * (src/server/payments/stripe-webhooks.ts), never here.
 */

/** Where the member comes back to: their gallery, with the order named. */
export function galleryReturnUrls(origin: string, orderId: string) {
  const url = (outcome: string) => {
    const address = new URL("/gallery/photos", origin);
    address.searchParams.set("order", orderId);
    address.searchParams.set("payment", outcome);
    return address.href;
  };
  return { successUrl: url("done"), cancelUrl: url("cancelled") };
}

async function beginCardPayment(
  tenant: Tenant,
  secretKey: string,
  order: PaymentOrder,
): Promise<PaymentStart> {
  const session = await createCheckoutSession(secretKey, {
    operatorId: tenant.operatorId,
    orderId: order.id,
    orderNumber: order.number,
    name: order.description,
    amountInCents: order.amountInCents,
    currency: order.currency,
    customerEmail: order.customerEmail,
    ...galleryReturnUrls(order.returnOrigin, order.id),
  });
  const row = {
    provider: STRIPE,
    checkoutSessionId: session.id,
  };
  await tenant.db.cardPayment.upsert({
    where: {
      operatorId_projectId_orderId: {
        operatorId: tenant.operatorId,
        projectId: order.projectId,
        orderId: order.id,
      },
    },
    create: {
      operatorId: tenant.operatorId,
      projectId: order.projectId,
      orderId: order.id,
      ...row,
    },
    update: row,
  });
  return { kind: "redirect", url: session.url };
}

/** The provider the studio's gallery orders are paid with: Stripe once connected, else manual. */
export async function paymentProviderFor(
  db: PrismaClient,
  operatorId: string,
): Promise<PaymentProvider> {
  const tenant = tenantOf(db, operatorId);
  const keys = await stripeKeysOf(tenant);
  if (!keys) return manualProvider;
  return { id: STRIPE, begin: (order) => beginCardPayment(tenant, keys.secretKey, order) };
}

/** Whether the studio takes card payments now (the gallery's "Pay by card" and "Pay now"). */
export async function paysByCard(tenant: Tenant): Promise<boolean> {
  const account = await tenant.db.paymentAccount.findFirst({ select: { provider: true } });
  return account?.provider === STRIPE;
}

/**
 * Refunds a paid order. Paid by card: through Stripe first (in full, once per
 * order), and only then marked refunded; a Stripe refusal is a 502 with its
 * message and leaves the order paid. Paid by hand: marked refunded, as before.
 */
export async function refundOrderThroughProvider(
  tenant: Tenant,
  id: string,
  now = new Date(),
): Promise<Order> {
  const [order, card] = await Promise.all([
    getOrder(tenant, id),
    tenant.db.cardPayment.findFirst({
      where: { orderId: id },
      select: { checkoutSessionId: true, paymentIntentId: true },
    }),
  ]);
  // Not a card payment, or not paid: the usual answers (refunded by hand, or 409).
  if (!card || order.status !== "paid") return refundOrder(tenant, id, now);
  const keys = await stripeKeysOf(tenant);
  if (!keys) {
    throw new AppError(
      "CONFLICT",
      "This order was paid by card through Stripe, which is no longer connected: connect it " +
        "again to refund here, or refund the payment in Stripe's dashboard",
    );
  }
  const paymentIntentId =
    card.paymentIntentId ?? (await checkoutPaymentIntent(keys.secretKey, card.checkoutSessionId));
  if (!paymentIntentId) {
    throw new AppError("CONFLICT", "Stripe has no payment for this order to refund");
  }
  await refundPaymentIntent(keys.secretKey, paymentIntentId, id);
  // Stripe's charge.refunded may have been quicker: refunded either way.
  await tenant.db.order.updateMany({
    where: { id, status: "paid" },
    data: { status: "refunded", refundedAt: now },
  });
  return getOrder(tenant, id);
}
