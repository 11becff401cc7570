import { z } from "zod";

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

export const ZPaymentSettings = z.object({
  provider: z.enum(PAYMENT_PROVIDERS),
  connected: z.boolean().describe("A card account is connected and its key was accepted"),
  keyLast4: z
    .string()
    .optional()
    .describe("When connected: the last four characters of the stored secret key"),
});
export type PaymentSettings = z.infer<typeof ZPaymentSettings>;
