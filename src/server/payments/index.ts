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
  /** How the studio is paid by hand (Settings → Payments): what offline payment tells the member. */
  studioInstructions: StudioPaymentInstructions;
}

/** The studio's payment instructions as set in Settings; each part optional. */
export interface StudioPaymentInstructions {
  bankDetails: string | null;
  /** "{number}" stands for the order number; null: the order number alone. */
  reference: string | null;
  contact: string | null;
  deadline: string | null;
}

/** The instructions for one order: the reference filled in. */
export interface TransferInstructions {
  bankDetails: string | null;
  reference: string;
  contact: string | null;
  deadline: string | null;
}

export const ORDER_NUMBER_PLACEHOLDER = "{number}";

/** The studio's instructions for one order: its reference is the template with the number, or the number. */
export function transferInstructions(
  studio: StudioPaymentInstructions,
  orderNumber: string,
): TransferInstructions {
  return {
    bankDetails: studio.bankDetails,
    reference: studio.reference
      ? studio.reference.replaceAll(ORDER_NUMBER_PLACEHOLDER, orderNumber)
      : orderNumber,
    contact: studio.contact,
    deadline: studio.deadline,
  };
}

export type PaymentStart =
  /** Nothing to do online: the instructions tell the member how to pay, `transfer` in parts. */
  | { kind: "offline"; instructions: string; transfer: TransferInstructions }
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

const AFTER_PAYMENT = "Your download opens here as soon as the studio has received your payment.";

/**
 * What a member is told to do to pay by hand, as one text (the gallery's
 * notice and the confirmation e-mail): by bank transfer when the studio gave
 * its bank details, else at the studio or by invoice; with the reference,
 * the deadline and whom to ask, when the studio set them.
 */
export function offlineInstructionsText(
  transfer: TransferInstructions,
  orderNumber: string,
): string {
  const { bankDetails, reference, contact, deadline } = transfer;
  if (!bankDetails && !contact && !deadline && reference === orderNumber) {
    return PAY_OFFLINE_INSTRUCTIONS;
  }
  return [
    bankDetails
      ? `Pay by bank transfer, with the reference ${reference}, to:\n${bankDetails}`
      : `Pay at the studio or by invoice, quoting ${reference}.`,
    ...(deadline ? [`Payment due: ${deadline}`] : []),
    ...(contact ? [`Questions about paying: ${contact}`] : []),
    AFTER_PAYMENT,
  ].join("\n");
}

/** Offline payment: the studio collects the money and marks the order paid. */
export const manualProvider: PaymentProvider = {
  id: "manual",
  async begin(order) {
    const transfer = transferInstructions(order.studioInstructions, order.number);
    return {
      kind: "offline",
      instructions: offlineInstructionsText(transfer, order.number),
      transfer,
    };
  },
};
