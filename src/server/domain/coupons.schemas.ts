import { z } from "zod";
import { dateTime, singleLine, uuid } from "@/server/validation";
import { MAX_PRICE_CENTS } from "./packages.schemas";

export const MAX_COUPON_REDEMPTIONS = 1_000_000;

/** A coupon code as typed: letters, digits, dashes and underscores; compared in upper case. */
export function couponCode() {
  return singleLine()
    .pipe(
      z
        .string()
        .min(3, "must be at least 3 characters")
        .max(40, "must be at most 40 characters")
        .regex(/^[A-Za-z0-9_-]+$/, "may only hold letters, digits, dashes and underscores"),
    )
    .transform((code) => code.toUpperCase())
    .describe("Letters, digits, dashes and underscores (3-40); case-insensitive");
}

export const ZCreateCouponInput = z
  .object({
    projectId: uuid(),
    code: couponCode(),
    percentOff: z
      .number("must be a number")
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(100, "must be at most 100")
      .optional()
      .describe("Percentage off (1-100); or amountOffInCents, not both"),
    amountOffInCents: z
      .number("must be a number")
      .int("must be a whole number of cents")
      .min(1, "must be at least 1")
      .max(MAX_PRICE_CENTS, `must be at most ${MAX_PRICE_CENTS}`)
      .optional()
      .describe("Amount off in cents of the studio's currency; or percentOff, not both"),
    expiresAt: dateTime().nullable().optional().describe("No longer redeemable from this instant"),
    maxRedemptions: z
      .number("must be a number")
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(MAX_COUPON_REDEMPTIONS, `must be at most ${MAX_COUPON_REDEMPTIONS}`)
      .nullable()
      .optional()
      .describe("Redeemed at most this many times; no limit when left out"),
  })
  .strict()
  .superRefine((value, ctx) => {
    const hasPercent = value.percentOff !== undefined;
    const hasAmount = value.amountOffInCents !== undefined;
    if (hasPercent && hasAmount) {
      for (const field of ["percentOff", "amountOffInCents"]) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: "give either percentOff or amountOffInCents, not both",
        });
      }
    } else if (!hasPercent && !hasAmount) {
      ctx.addIssue({
        code: "custom",
        path: ["percentOff"],
        message: "give either percentOff or amountOffInCents",
      });
    }
  });
export type CreateCouponInput = z.infer<typeof ZCreateCouponInput>;

export const ZCouponListInput = z.object({ projectId: uuid() }).strict();

export const ZCouponIdInput = z.object({ projectId: uuid(), couponId: uuid() }).strict();
export type CouponIdInput = z.infer<typeof ZCouponIdInput>;

export const ZCoupon = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  code: z.string().describe("Upper case"),
  percentOff: z.int().nullable(),
  amountOffInCents: z.int().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  maxRedemptions: z.int().nullable(),
  redemptions: z.int().describe("Orders that redeemed it"),
  createdAt: z.iso.datetime(),
});
export type Coupon = z.infer<typeof ZCoupon>;
