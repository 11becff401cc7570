import { z } from "zod";
import { name, searchTerm, singleLine, uuid } from "@/server/validation";
import { pageCursor, pageLimit, pageOf } from "./paging";

export const ORDER_STATUSES = ["pending", "paid", "refunded"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** A generous ceiling: a typo of three zeros is a 400, not a sale. */
export const MAX_ORDER_CENTS = 10_000_000;

export const ZCreateOrderInput = z
  .object({
    projectId: uuid(),
    memberId: uuid(),
    packageId: uuid().describe("A package linked to the project"),
    photoIds: z
      .array(uuid())
      .max(500, "must have at most 500 photos")
      .optional()
      .describe("Photos of the member, at most the package's photoCount"),
    amountInCents: z
      .number("must be a number")
      .int("must be a whole number of cents")
      .min(0, "must not be negative")
      .max(MAX_ORDER_CENTS, `must be at most ${MAX_ORDER_CENTS}`)
      .optional()
      .describe("What was charged; the package's price when left out"),
    externalId: singleLine()
      .pipe(z.string().min(1, "must not be empty").max(100, "must be at most 100 characters"))
      .optional()
      .describe("The shop's own order number, unique per studio: a repeat returns the first order"),
  })
  .strict();
export type CreateOrderInput = z.infer<typeof ZCreateOrderInput>;

export const ZListOrdersInput = z
  .object({
    projectId: uuid(),
    status: z.enum(ORDER_STATUSES, "must be pending, paid or refunded").optional(),
    memberId: uuid().optional(),
    search: searchTerm(200)
      .optional()
      .describe(
        "An order number as the gallery shows it (`A1C43F92` or `Order a1c43f92`; its first 4 or more characters will do) or part of the member's name, in any case",
      ),
    limit: pageLimit(),
    cursor: pageCursor(),
  })
  .strict();
export type ListOrdersInput = z.infer<typeof ZListOrdersInput>;

export const ZOrderIdInput = z.object({ id: uuid() }).strict();

/** A postal address for a package that is posted, as the member types it. */
export const ZShippingAddressInput = z
  .object({
    name: name().describe("Who the post is addressed to"),
    street: name().describe("Street and number (and any flat or c/o line)"),
    postcode: name(20),
    city: name(100),
    country: name(100),
  })
  .strict()
  .describe("The postal address, for a package that is posted (requiresShipping)");
export type ShippingAddress = z.infer<typeof ZShippingAddressInput>;

export const ZShippingAddress = z
  .object({
    name: z.string(),
    street: z.string(),
    postcode: z.string(),
    city: z.string(),
    country: z.string(),
  })
  .nullable()
  .describe("Where a package that is posted goes; null for one that is not");

export const ZOrder = z.object({
  id: z.uuid(),
  number: z
    .string()
    .describe('What the member quotes when paying: the gallery\'s "Order A1C43F92"'),
  projectId: z.uuid(),
  memberId: z
    .uuid()
    .nullable()
    .describe("Null once the member was erased: the order stays for the books"),
  packageId: z.uuid(),
  packageName: z.string(),
  photoIds: z.array(z.uuid()),
  listPriceInCents: z.int().describe("The package's price when the order was placed"),
  discountInCents: z.int().describe("Early bird and coupon together (or the shop's own discount)"),
  couponCode: z.string().nullable().describe("The coupon redeemed, upper case"),
  amountInCents: z.int().describe("What is paid: listPriceInCents - discountInCents"),
  currency: z.string().describe("ISO 4217, fixed when the order was placed"),
  status: z.enum(ORDER_STATUSES),
  externalId: z.string().nullable(),
  orderedAt: z.iso.datetime(),
  paidAt: z.iso.datetime().nullable(),
  refundedAt: z.iso.datetime().nullable(),
  email: z
    .string()
    .nullable()
    .describe(
      "Where the confirmation went: the address given at checkout, or the member's then; null for a reported sale",
    ),
  shippingAddress: ZShippingAddress,
});
export type Order = z.infer<typeof ZOrder>;

export const ZOrderPage = pageOf(ZOrder, "Orders matching the filters");
export type OrderPage = z.infer<typeof ZOrderPage>;

export const ZCreateOrderResult = z.object({
  order: ZOrder,
  created: z.boolean().describe("false: an order with this externalId existed already"),
});
export type CreateOrderResult = z.infer<typeof ZCreateOrderResult>;
