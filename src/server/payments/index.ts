/**
 * Payment providers: how a member pays for an order placed in the gallery.
 * The gallery talks to one interface; a provider either settles the payment
 * later, away from the app (the "manual" provider: at the studio or by
 * invoice, and the studio marks the order paid), or will send the member to a
 * checkout page and confirm by webhook (a card provider, later). The order
 * itself is created the same way for every provider: pending, then paid.
 */
export interface PaymentOrder {
  id: string;
  number: string;
  amountInCents: number;
  currency: string;
}

export type PaymentStart =
  /** Nothing to do online: the instructions tell the member how to pay. */
  | { kind: "offline"; instructions: string }
  /** The member continues on the provider's checkout page. */
  | { kind: "redirect"; url: string };

export interface PaymentProvider {
  /** Stored nowhere yet; names the provider in logs and answers. */
  readonly id: string;
  /** Starts paying a pending order, right after it was placed. */
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

/** The provider gallery orders are paid with. One for now; a studio setting later. */
export function paymentProvider(): PaymentProvider {
  return manualProvider;
}
