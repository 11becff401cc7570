/**
 * Payment providers: how a member pays for an order placed in the gallery.
 * The gallery talks to one interface; a provider either settles the payment
 * later, away from the app (the "manual" provider: at the studio or by
 * invoice, and the studio marks the order paid), or sends the member to a
 * checkout page and confirms by webhook (Stripe: src/server/payments/stripe.ts,
 * chosen per studio in src/server/domain/card-payments.ts). The order itself
 * is created the same way for every provider: pending, then paid.
 */
export interface PaymentOrder {
  id: string;
  projectId: string;
  number: string;
  amountInCents: number;
  currency: string;
  /** What is bought, as a checkout page names it: the package. */
  description: string;
  /** The member's address, when known, for the provider's receipt. */
  customerEmail: string | null;
  /** The app's origin, to come back to the gallery after paying. */
  returnOrigin: string;
}

export type PaymentStart =
  /** Nothing to do online: the instructions tell the member how to pay. */
  | { kind: "offline"; instructions: string }
  /** The member continues on the provider's checkout page. */
  | { kind: "redirect"; url: string };

export interface PaymentProvider {
  /** Names the provider in logs and answers. */
  readonly id: string;
  /** Starts paying a pending order: right after it was placed, or again ("Pay now"). */
  begin(order: PaymentOrder): Promise<PaymentStart>;
}

export const PAY_OFFLINE_INSTRUCTIONS =
  "Pay at the studio or by invoice. Your download opens here as soon as the studio has received your payment.";

/** Offline payment: the studio collects the money and marks the order paid. */
export const manualProvider: PaymentProvider = {
  id: "manual",
  async begin() {
    return { kind: "offline", instructions: PAY_OFFLINE_INSTRUCTIONS };
  },
};
