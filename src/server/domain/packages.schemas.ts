import { z } from "zod";
import { name, uuid } from "@/server/validation";

export const MAX_PRICE_CENTS = 10_000_000;
export const MAX_PHOTO_COUNT = 100_000;

const price = z
  .int("must be a whole number of cents")
  .min(0, "must not be negative")
  .max(MAX_PRICE_CENTS, `must be at most ${MAX_PRICE_CENTS} cents`)
  .describe("In cents of the operator's currency");
const photoCount = z
  .int("must be a whole number")
  .min(1, "must be at least 1")
  .max(MAX_PHOTO_COUNT, `must be at most ${MAX_PHOTO_COUNT}`);

export const ZPackage = z.object({
  id: z.uuid(),
  name: z.string(),
  price: z.int().describe("In cents of the operator's currency"),
  photoCount: z.int(),
  requiresShipping: z
    .boolean()
    .describe("Prints posted to the member: ordering it in the gallery asks for a postal address"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Package = z.infer<typeof ZPackage>;

const requiresShipping = z
  .boolean("must be true or false")
  .describe("Prints posted to the member: the gallery asks for a postal address (default false)");

export const ZCreatePackageInput = z
  .object({ name: name(), price, photoCount, requiresShipping: requiresShipping.optional() })
  .strict();
export type CreatePackageInput = z.infer<typeof ZCreatePackageInput>;

export const ZUpdatePackageInput = z
  .object({
    id: uuid(),
    name: name().optional(),
    price: price.optional(),
    photoCount: photoCount.optional(),
    requiresShipping: requiresShipping.optional(),
  })
  .strict();
export type UpdatePackageInput = z.infer<typeof ZUpdatePackageInput>;

export const ZPackageIdInput = z.object({ id: uuid() }).strict();
