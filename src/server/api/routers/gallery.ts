import {
  clearedGallerySessionCookie,
  gallerySessionCookie,
  hasGallerySessionCookie,
} from "@/server/auth/gallery-session";
import {
  chooseGalleryOrderPhotos,
  galleryImage,
  galleryMemberFrom,
  getGallery,
  openGallery,
  orderDownload,
  orderPhotoDownload,
  payGalleryOrder,
  placeGalleryOrder,
  quoteGalleryOrder,
  SESSION_ENDED_MESSAGE,
} from "@/server/domain/gallery";
import {
  ZChoosePhotosInput,
  ZGallery,
  ZGalleryImage,
  ZGalleryImageInput,
  ZGalleryOrder,
  ZOpenGalleryInput,
  ZOpenGalleryResult,
  ZOrderDownload,
  ZOrderDownloadInput,
  ZPaymentStart,
  ZPhotoDownload,
  ZPhotoDownloadInput,
  ZPayGalleryOrderInput,
  ZPlaceGalleryOrderInput,
  ZPlaceGalleryOrderResult,
  ZQuote,
  ZQuoteInput,
} from "@/server/domain/gallery.schemas";
import { galleryPrivacy } from "@/server/domain/gallery-privacy";
import { ZGalleryPrivacy } from "@/server/domain/gallery-privacy.schemas";
import { AppError } from "@/server/errors";
import { appOrigin } from "@/server/http/app-origin";
import { createTRPCRouter, publicProcedure } from "../trpc";

/**
 * The members' gallery. Public procedures: the access code opens a gallery
 * session (an httpOnly cookie), and every other procedure reads the member
 * from that cookie, never from its input.
 */
const galleryProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const member = await galleryMemberFrom(ctx.db, ctx.headers, ctx.now());
  if (!member) {
    if (hasGallerySessionCookie(ctx.headers)) {
      ctx.responseHeaders.append("set-cookie", clearedGallerySessionCookie());
    }
    throw new AppError("UNAUTHORIZED", SESSION_ENDED_MESSAGE);
  }
  return next({ ctx: { member } });
});

export const galleryRouter = createTRPCRouter({
  /**
   * Checks the code (10 wrong ones per address in 15 minutes; wrong codes
   * slowed past the platform's budget, the wait in Server-Timing) and sets
   * the session cookie.
   */
  open: publicProcedure
    .input(ZOpenGalleryInput)
    .output(ZOpenGalleryResult)
    .mutation(async ({ ctx, input }) => {
      const { token, projectName } = await openGallery(
        ctx.db,
        input,
        ctx.clientAddress,
        ctx.now(),
        {
          log: ctx.log,
          onSlowDown: (delayMs) =>
            ctx.responseHeaders.append("server-timing", `slowdown;dur=${delayMs}`),
        },
      );
      ctx.responseHeaders.append("set-cookie", gallerySessionCookie(token));
      return { projectName };
    }),

  /** Ends the session on this device. */
  close: publicProcedure.mutation(({ ctx }) => {
    ctx.responseHeaders.append("set-cookie", clearedGallerySessionCookie());
    return { closed: true };
  }),

  /** The project, the member's photos and orders, and the packages to order. */
  get: galleryProcedure
    .output(ZGallery)
    .query(({ ctx }) => getGallery(ctx.db, ctx.member, ctx.now())),

  /**
   * The privacy page: signed in, the studio's contact and notice and the
   * project's dates; signed out (or a session that has ended), the general text.
   */
  privacy: publicProcedure.output(ZGalleryPrivacy).query(async ({ ctx }) =>
    galleryPrivacy(
      ctx.db,
      // A suspended studio's member reads the general text, like a visitor.
      await galleryMemberFrom(ctx.db, ctx.headers, ctx.now()).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "STUDIO_SUSPENDED") return null;
        throw error;
      }),
    ),
  ),

  /** The price of a package now: the early bird and a coupon (4xx naming `couponCode`). */
  quote: galleryProcedure
    .input(ZQuoteInput)
    .output(ZQuote)
    .query(({ ctx, input }) => quoteGalleryOrder(ctx.db, ctx.member, input, ctx.now())),

  /**
   * A pending order, with an optional coupon (without photoIds the photos are
   * chosen later; 409 after the project's deadline), paid through the studio's
   * payment provider: `offline` (paid by hand), or `redirect` to a card
   * checkout (the order turns paid by the provider's webhook only).
   */
  placeOrder: galleryProcedure
    .input(ZPlaceGalleryOrderInput)
    .output(ZPlaceGalleryOrderResult)
    .mutation(({ ctx, input }) =>
      placeGalleryOrder(
        ctx.db,
        ctx.mailer,
        ctx.log,
        ctx.member,
        input,
        ctx.now(),
        appOrigin(ctx.headers),
      ),
    ),

  /** "Pay now": a new card checkout for one of the member's pending orders. */
  payOrder: galleryProcedure
    .input(ZPayGalleryOrderInput)
    .output(ZPaymentStart)
    .mutation(({ ctx, input }) =>
      payGalleryOrder(ctx.db, ctx.member, input.orderId, appOrigin(ctx.headers)),
    ),

  /** The photos of one of the member's orders placed without them; fixed once chosen. */
  choosePhotos: galleryProcedure
    .input(ZChoosePhotosInput)
    .output(ZGalleryOrder)
    .mutation(({ ctx, input }) => chooseGalleryOrderPhotos(ctx.db, ctx.member, input)),

  /** A watermarked thumbnail or preview: served by /api/gallery/photos/:id. */
  image: galleryProcedure
    .input(ZGalleryImageInput)
    .output(ZGalleryImage)
    .query(({ ctx, input }) => galleryImage(ctx.db, ctx.member, input)),

  /** A paid order's originals: streamed as a zip by /api/gallery/orders/:id/download. */
  download: galleryProcedure
    .input(ZOrderDownloadInput)
    .output(ZOrderDownload)
    .query(({ ctx, input }) => orderDownload(ctx.db, ctx.member, input.orderId)),

  /** One original of a paid order: served by /api/gallery/orders/:id/photos/:photoId. */
  photoDownload: galleryProcedure
    .input(ZPhotoDownloadInput)
    .output(ZPhotoDownload)
    .query(({ ctx, input }) =>
      orderPhotoDownload(ctx.db, ctx.member, input.orderId, input.photoId),
    ),
});
