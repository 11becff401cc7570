import { z } from "zod";
import { longText, singleLine } from "@/server/validation";
import { ORDER_NUMBER_PLACEHOLDER } from "@/server/payments";

export const PAYMENT_PROVIDERS = ["manual", "stripe"] as const;
export type PaymentProviderId = (typeof PAYMENT_PROVIDERS)[number];

const key = (pattern: RegExp, example: string) =>
  z
    .string("must be a string")
    .trim()
    .max(500, "must be at most 500 characters")
    .regex(pattern, `must look like ${example}`);

export const ZConnectPaymentsInput = z
  .object({
    provider: z
      .enum(PAYMENT_PROVIDERS, "must be stripe or manual")
      .describe("`stripe`: card payments through Stripe Checkout; `manual`: paid by hand"),
    secretKey: key(/^(sk|rk)_(test|live)_[A-Za-z0-9_]{8,}$/, "sk_live_… or sk_test_…")
      .optional()
      .describe("For stripe: the account's secret (or restricted) key; never shown again"),
    webhookSecret: key(/^whsec_[A-Za-z0-9+/=_-]{8,}$/, "whsec_…")
      .optional()
      .describe("For stripe: the signing secret of the webhook endpoint; never shown again"),
  })
  .strict()
  .superRefine((input, context) => {
    if (input.provider !== "stripe") {
      for (const field of ["secretKey", "webhookSecret"] as const) {
        if (input[field] !== undefined) {
          context.addIssue({ code: "custom", path: [field], message: "only for stripe" });
        }
      }
      return;
    }
    for (const field of ["secretKey", "webhookSecret"] as const) {
      if (input[field] === undefined) {
        context.addIssue({ code: "custom", path: [field], message: "is required for stripe" });
      }
    }
  });
export type ConnectPaymentsInput = z.infer<typeof ZConnectPaymentsInput>;

/** Blank is none. */
const blankToNull = (value: string | null | undefined) => (value ? value : null);

const line = (max: number) =>
  singleLine().pipe(z.string().max(max, `must be at most ${max} characters`));

export const ZSetPaymentInstructionsInput = z
  .object({
    bankDetails: longText(1_000)
      .transform((value) => value.trim())
      .nullable()
      .optional()
      .transform(blankToNull)
      .describe(
        "How to pay by bank transfer: account holder, IBAN, BIC and bank, one per line. Without it members are told to pay at the studio or by invoice",
      ),
    reference: line(140)
      .refine((value) => value === "" || value.includes(ORDER_NUMBER_PLACEHOLDER), {
        message: `must contain ${ORDER_NUMBER_PLACEHOLDER}, where the order number goes`,
      })
      .nullable()
      .optional()
      .transform(blankToNull)
      .describe(
        `The transfer's reference, with ${ORDER_NUMBER_PLACEHOLDER} for the order number (\`Photos {number}\`); left out, the order number alone`,
      ),
    contact: line(200)
      .nullable()
      .optional()
      .transform(blankToNull)
      .describe("Whom members ask about paying: an e-mail address or a phone number"),
    deadline: line(200)
      .nullable()
      .optional()
      .transform(blankToNull)
      .describe('When to pay, in your words ("within 14 days of ordering")'),
  })
  .strict();
export type SetPaymentInstructionsInput = z.infer<typeof ZSetPaymentInstructionsInput>;

export const ZPaymentInstructions = z
  .object({
    bankDetails: z.string().nullable(),
    reference: z
      .string()
      .nullable()
      .describe(`With ${ORDER_NUMBER_PLACEHOLDER} for the order number; null: the order number`),
    contact: z.string().nullable(),
    deadline: z.string().nullable(),
  })
  .describe("What members are told when they pay by hand: after ordering and in the confirmation");
export type PaymentInstructions = z.infer<typeof ZPaymentInstructions>;

export const ZPaymentSettings = z.object({
  provider: z.enum(PAYMENT_PROVIDERS),
  connected: z.boolean().describe("A card account is connected and its key was accepted"),
  keyLast4: z
    .string()
    .optional()
    .describe("When connected: the last four characters of the stored secret key"),
  instructions: ZPaymentInstructions,
});
export type PaymentSettings = z.infer<typeof ZPaymentSettings>;
