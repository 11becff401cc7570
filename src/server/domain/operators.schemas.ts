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
  privacyContact: z
    .string()
    .nullable()
    .describe("Whom parents ask for a copy or the erasure of their data; shown in the gallery"),
  privacyText: z
    .string()
    .nullable()
    .describe("The studio's own privacy notice, shown on the gallery's privacy page"),
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
    privacyContact: longText(500)
      .nullable()
      .optional()
      .describe(
        "Whom parents write to for a copy or the erasure of their data (an e-mail address, or a name and address); shown on the gallery's privacy page",
      ),
    privacyText: longText(20_000)
      .nullable()
      .optional()
      .describe("The studio's own privacy notice, shown on the gallery's privacy page"),
  })
  .strict();
export type UpdateOperatorProfileInput = z.infer<typeof ZUpdateOperatorProfileInput>;
