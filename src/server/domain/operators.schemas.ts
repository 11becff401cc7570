import { z } from "zod";
import { currency, httpUrl, locale, longText, name, timeZone } from "@/server/validation";

export const ZOperatorProfile = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  address: z.string().nullable(),
  billingAddress: z.string().nullable(),
  currency: z.string().describe("ISO 4217 code"),
  locale: z.string().describe("BCP 47 language tag"),
  timezone: z.string().describe("IANA time zone"),
  profilePictureUrl: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type OperatorProfile = z.infer<typeof ZOperatorProfile>;

export const ZUpdateOperatorProfileInput = z
  .object({
    name: name().optional(),
    address: longText(2_000).nullable().optional(),
    billingAddress: longText(2_000).nullable().optional(),
    currency: currency().optional(),
    locale: locale().optional(),
    timezone: timeZone().optional(),
    profilePictureUrl: httpUrl().nullable().optional(),
  })
  .strict();
export type UpdateOperatorProfileInput = z.infer<typeof ZUpdateOperatorProfileInput>;
