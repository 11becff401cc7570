import { z } from "zod";
import { email, singleLine, uuid } from "@/server/validation";
import { ORDER_STATUSES, ZShippingAddress, ZShippingAddressInput } from "./orders.schemas";

/** At most this many photos are listed in one member's gallery. */
export const MAX_GALLERY_PHOTOS = 1000;

export const ZOpenGalleryInput = z
  .object({
    code: singleLine()
      .pipe(
        z
          .string()
          .min(1, "Enter the access code from your card")
          .max(40, "must be at most 40 characters"),
      )
      .describe("The access code, in any case, with or without dashes and spaces"),
  })
  .strict();
export type OpenGalleryInput = z.infer<typeof ZOpenGalleryInput>;

export const ZOpenGalleryResult = z.object({ projectName: z.string() });

export const ZGalleryPhoto = z.object({
  id: z.uuid(),
  width: z.int(),
  height: z.int(),
  takenAt: z.iso.datetime().nullable(),
});
export type GalleryPhoto = z.infer<typeof ZGalleryPhoto>;

export const ZGalleryPackage = z.object({
  id: z.uuid(),
  name: z.string(),
  priceInCents: z.int(),
  photoCount: z.int(),
  /** Prints posted to the member: ordering it asks for a postal address. */
  requiresShipping: z.boolean(),
});
export type GalleryPackage = z.infer<typeof ZGalleryPackage>;

/** How to pay one order by hand: the studio's instructions with the order's reference. */
export const ZTransferInstructions = z.object({
  bankDetails: z.string().nullable(),
  reference: z.string().describe("What to write on the transfer: the order number by default"),
  contact: z.string().nullable(),
  deadline: z.string().nullable(),
});

export const ZPaymentStart = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("offline"),
    instructions: z.string(),
    transfer: ZTransferInstructions,
  }),
  z.object({ kind: z.literal("redirect"), url: z.string() }),
]);

export const ZGalleryOrder = z.object({
  id: z.uuid(),
  number: z.string().describe("What the member quotes: the first 8 characters of the id"),
  packageName: z.string(),
  photoIds: z.array(z.uuid()),
  /** The package's photo count: how many photos the member may choose. */
  photoCount: z.int(),
  /** Photos still to choose: the package's count while none are chosen, then 0. */
  photosToChoose: z.int(),
  listPriceInCents: z.int(),
  discountInCents: z.int(),
  couponCode: z.string().nullable(),
  amountInCents: z.int(),
  currency: z.string(),
  status: z.enum(ORDER_STATUSES),
  orderedAt: z.iso.datetime(),
  paidAt: z.iso.datetime().nullable(),
  /** The zip of the ordered originals; only for a paid order with its photos chosen. */
  downloadUrl: z.string().nullable(),
  /** A pending order the member can pay by card now ("Pay now"). */
  payByCard: z.boolean(),
  /** What to write on a bank transfer for this order: the studio's reference with its number. */
  paymentReference: z.string(),
  /** Where a posted package goes; null for one that is not posted. */
  shippingAddress: ZShippingAddress,
  /** Each ordered photo on its own, at full resolution: only with `downloadUrl`. */
  photoDownloads: z.array(z.object({ photoId: z.uuid(), url: z.string() })),
});
export type GalleryOrder = z.infer<typeof ZGalleryOrder>;

export const ZGallery = z.object({
  member: z.object({ name: z.string(), hasEmail: z.boolean() }),
  project: z.object({
    name: z.string(),
    terms: z.string().nullable(),
    /** IANA zone: the deadline and the early bird's end are shown in it. */
    timezone: z.string(),
    ordersCloseAt: z.iso.datetime().nullable(),
    /** The deadline has passed: the gallery can be viewed, not ordered from. */
    orderingClosed: z.boolean(),
    /** The early bird, while it runs. */
    earlyBird: z.object({ percentOff: z.int(), until: z.iso.datetime() }).nullable(),
    /** When the photos are deleted (retention.ts); null once they have been. */
    photosAvailableUntil: z.iso.datetime().nullable(),
  }),
  studio: z.object({
    name: z.string(),
    currency: z.string(),
    locale: z.string(),
    timezone: z.string(),
  }),
  photos: z.array(ZGalleryPhoto),
  packages: z.array(ZGalleryPackage),
  orders: z.array(ZGalleryOrder),
  /** How orders are paid: by card through the studio's Stripe account, or at the studio. */
  payment: z.object({
    byCard: z.boolean(),
    /** What the studio tells members paying by hand (the reference is per order). */
    instructions: z.object({
      bankDetails: z.string().nullable(),
      contact: z.string().nullable(),
      deadline: z.string().nullable(),
    }),
  }),
});
export type Gallery = z.infer<typeof ZGallery>;

export const ZPlaceGalleryOrderInput = z
  .object({
    packageId: uuid(),
    photoIds: z
      .array(uuid())
      .max(500, "must have at most 500 photos")
      .optional()
      .describe("Left out or empty: the member chooses the photos later (choosePhotos)"),
    acceptTerms: z.boolean("must be true or false"),
    couponCode: galleryCouponCode(),
    email: email()
      .optional()
      .describe(
        "Where the confirmation and the news of the photos go; required when the member has no e-mail address",
      ),
    shippingAddress: ZShippingAddressInput.optional(),
  })
  .strict();
export type PlaceGalleryOrderInput = z.infer<typeof ZPlaceGalleryOrderInput>;

export const ZPayGalleryOrderInput = z.object({ orderId: uuid() }).strict();

/** A coupon code as the member typed it: any case; empty is none. */
function galleryCouponCode() {
  return singleLine()
    .pipe(z.string().max(40, "must be at most 40 characters"))
    .nullable()
    .optional()
    .describe("A coupon of the project, in any case");
}

export const ZQuoteInput = z
  .object({ packageId: uuid(), couponCode: galleryCouponCode() })
  .strict();
export type QuoteInput = z.infer<typeof ZQuoteInput>;

export const ZQuote = z.object({
  listPriceInCents: z.int(),
  earlyBirdInCents: z.int(),
  couponInCents: z.int(),
  discountInCents: z.int(),
  amountInCents: z.int(),
  couponCode: z.string().nullable(),
});
export type Quote = z.infer<typeof ZQuote>;

export const ZChoosePhotosInput = z
  .object({
    orderId: uuid(),
    photoIds: z
      .array(uuid())
      .min(1, "Choose at least one photo")
      .max(500, "must have at most 500 photos"),
  })
  .strict();
export type ChoosePhotosInput = z.infer<typeof ZChoosePhotosInput>;

export const ZPlaceGalleryOrderResult = z.object({
  order: ZGalleryOrder,
  payment: ZPaymentStart,
  emailed: z.boolean().describe("A confirmation went to the member's e-mail address"),
});
export type PlaceGalleryOrderResult = z.infer<typeof ZPlaceGalleryOrderResult>;

export const GALLERY_IMAGE_SIZES = ["thumb", "preview"] as const;
export type GalleryImageSize = (typeof GALLERY_IMAGE_SIZES)[number];

export const ZGalleryImageInput = z
  .object({
    id: uuid(),
    size: z.enum(GALLERY_IMAGE_SIZES, "must be thumb or preview"),
  })
  .strict();
export type GalleryImageInput = z.infer<typeof ZGalleryImageInput>;

/** A stored watermarked image, opened only when the client does not have it already (ETag). */
export interface GalleryImage {
  etag: string;
  open(): Promise<{ body: ReadableStream<Uint8Array>; size: number }>;
}
export const ZGalleryImage = z.custom<GalleryImage>(
  (value) => typeof value === "object" && value !== null && "open" in value,
);

export const ZOrderDownloadInput = z.object({ orderId: uuid() }).strict();

export const ZPhotoDownloadInput = z.object({ orderId: uuid(), photoId: uuid() }).strict();

/** One original of a paid order, to save on its own. */
export interface PhotoDownload {
  fileName: string;
  contentType: string;
  size: number;
  open(): Promise<ReadableStream<Uint8Array>>;
}
export const ZPhotoDownload = z.custom<PhotoDownload>(
  (value) => typeof value === "object" && value !== null && "open" in value && "fileName" in value,
);

/** A paid order's originals, opened one at a time while the zip streams. */
export interface OrderDownload {
  fileName: string;
  entries: {
    photoId: string;
    contentType: string;
    name: string;
    size: number;
    modifiedAt: Date;
    open(): Promise<ReadableStream<Uint8Array>>;
  }[];
}
export const ZOrderDownload = z.custom<OrderDownload>(
  (value) => typeof value === "object" && value !== null && "entries" in value,
);
