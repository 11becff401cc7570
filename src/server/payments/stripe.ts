import Stripe from "stripe";
import { getEnv } from "@/env";
import { AppError } from "@/server/errors";
import { toStripeAmount } from "./stripe-amounts";

/**
 * Stripe, as the app calls it: a client per studio (each studio connects its
 * own account with its own secret key), pointed at STRIPE_API_URL, and the few
 * calls the app makes: the key check, Checkout Sessions, refunds. Nothing here
 * touches the database; card-payments.ts records what these calls return.
 */

export const STRIPE = "stripe";

/** STRIPE_API_URL as the SDK's host, port and protocol options. */
export function stripeApiAddress(url: string): {
  host: string;
  port: number;
  protocol: "http" | "https";
} {
  const parsed = new URL(url);
  const protocol = parsed.protocol === "http:" ? "http" : "https";
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : protocol === "http" ? 80 : 443,
    protocol,
  };
}

/** A client for one studio's account. */
export function stripeClient(secretKey: string): Stripe {
  return new Stripe(secretKey, {
    ...stripeApiAddress(getEnv().STRIPE_API_URL),
    maxNetworkRetries: 1,
    timeout: 20_000,
    telemetry: false,
  });
}

/** Stripe's own message for a refusal; a generic one when it could not be reached. */
export function stripeFailure(action: string, error: unknown): AppError {
  if (error instanceof Stripe.errors.StripeConnectionError || !(error instanceof Error)) {
    return new AppError("BAD_GATEWAY", `Stripe could not be reached to ${action}; try again`, {
      cause: error,
    });
  }
  if (error instanceof Stripe.errors.StripeError) {
    return new AppError("BAD_GATEWAY", `Stripe could not ${action}: ${error.message}`, {
      cause: error,
    });
  }
  return new AppError("BAD_GATEWAY", `Stripe could not ${action}`, { cause: error });
}

/**
 * Checks a secret key with a call that changes nothing (the account's
 * balance): a key Stripe refuses is a 400 on `secretKey`; Stripe away a 502.
 */
export async function checkStripeKey(secretKey: string): Promise<void> {
  try {
    await stripeClient(secretKey).balance.retrieve();
  } catch (error) {
    if (
      error instanceof Stripe.errors.StripeAuthenticationError ||
      error instanceof Stripe.errors.StripePermissionError
    ) {
      throw AppError.badRequest(
        "secretKey",
        "was not accepted by Stripe: paste the secret key (sk_… or rk_…) of your Stripe account",
      );
    }
    throw stripeFailure("check the key", error);
  }
}

export interface CheckoutRequest {
  operatorId: string;
  orderId: string;
  orderNumber: string;
  /** The line's name: the package. */
  name: string;
  amountInCents: number;
  currency: string;
  customerEmail: string | null;
  successUrl: string;
  cancelUrl: string;
}

/** A Checkout Session for one order: one line, the order's amount, the order's id to find it again. */
export async function createCheckoutSession(
  secretKey: string,
  request: CheckoutRequest,
): Promise<{ id: string; url: string }> {
  const metadata = { orderId: request.orderId, operatorId: request.operatorId };
  let session: Stripe.Checkout.Session;
  try {
    session = await stripeClient(secretKey).checkout.sessions.create({
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: request.currency.toLowerCase(),
            unit_amount: toStripeAmount(request.amountInCents, request.currency),
            product_data: { name: request.name, description: `Order ${request.orderNumber}` },
          },
        },
      ],
      client_reference_id: request.orderId,
      metadata,
      payment_intent_data: { metadata },
      ...(request.customerEmail && { customer_email: request.customerEmail }),
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
    });
  } catch (error) {
    throw stripeFailure("start the card payment", error);
  }
  if (!session.url) throw stripeFailure("start the card payment", new Error("no session url"));
  return { id: session.id, url: session.url };
}

const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === "string" ? value : (value?.id ?? null);

/** The payment intent of a Checkout Session, once it has one. */
export async function checkoutPaymentIntent(
  secretKey: string,
  sessionId: string,
): Promise<string | null> {
  try {
    const session = await stripeClient(secretKey).checkout.sessions.retrieve(sessionId);
    return idOf(session.payment_intent);
  } catch (error) {
    throw stripeFailure("find the payment", error);
  }
}

/** The order a payment intent paid, from its Checkout Session (for events that name only the intent). */
export async function orderOfPaymentIntent(
  secretKey: string,
  paymentIntentId: string,
): Promise<string | null> {
  try {
    const sessions = await stripeClient(secretKey).checkout.sessions.list({
      payment_intent: paymentIntentId,
      limit: 1,
    });
    const session = sessions.data[0];
    return session ? (session.metadata?.orderId ?? session.client_reference_id ?? null) : null;
  } catch (error) {
    throw stripeFailure("find the payment", error);
  }
}

/** Refunds a payment in full; once per order, whatever the retries (idempotency key). */
export async function refundPaymentIntent(
  secretKey: string,
  paymentIntentId: string,
  orderId: string,
): Promise<void> {
  try {
    await stripeClient(secretKey).refunds.create(
      { payment_intent: paymentIntentId, metadata: { orderId } },
      { idempotencyKey: `refund-order-${orderId}` },
    );
  } catch (error) {
    throw stripeFailure("refund the payment", error);
  }
}

/** Verifies a webhook's signature on its raw body; null when it does not verify. */
export function verifiedStripeEvent(
  rawBody: string,
  signature: string | null,
  webhookSecret: string,
): Stripe.Event | null {
  if (!signature) return null;
  try {
    return Stripe.webhooks.constructEvent(rawBody, signature, webhookSecret);
  } catch {
    return null;
  }
}

export { idOf as stripeIdOf };
