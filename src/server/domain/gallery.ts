import type { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/env";
import {
  accessCodeFingerprint,
  fingerprintMatches,
  galleryTokenFrom,
  signGallerySession,
  verifyGallerySession,
} from "@/server/auth/gallery-session";
import { driverQuery } from "@/server/db/driver-query";
import { type Tenant, tenantOf } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { getLogger, type Logger } from "@/server/logger";
import type { Mailer } from "@/server/mail";
import { appOrigin } from "@/server/http/app-origin";
import {
  manualProvider,
  type PaymentProvider,
  type PaymentStart,
  type StudioPaymentInstructions,
  type TransferInstructions,
  transferInstructions,
} from "@/server/payments";
import { enqueueVariantRebuild, withPhotoWork } from "@/server/photos/processing-queue";
import {
  assertWithinLimits,
  delayPastLimitMs,
  hit,
  type RateLimit,
  undoHit,
} from "@/server/rate-limit";
import { photoObjectKey, photoStorage } from "@/server/storage";
import { normaliseAccessCode } from "./access-codes";
import { paymentProviderFor, paysByCard } from "./card-payments";
import { retentionDates } from "./retention";
import {
  type ChoosePhotosInput,
  type Gallery,
  type GalleryImage,
  type GalleryImageInput,
  type GalleryOrder,
  MAX_GALLERY_PHOTOS,
  type OpenGalleryInput,
  type OrderDownload,
  type PhotoDownload,
  type PlaceGalleryOrderInput,
  type PlaceGalleryOrderResult,
  type Quote,
  type QuoteInput,
} from "./gallery.schemas";
import { offerPrice } from "./coupons";
import { chooseOrderPhotos, createOrder, memberOrders, orderNotFound, orderNumber } from "./orders";
import type { Order, ShippingAddress } from "./orders.schemas";
import { memberMailMessages } from "./member-mail-messages";
import { consentedPhoto, consentedPhotoSql } from "./photo-consent";
import { photoNotFound, VARIANT_RETRY_AFTER_SECONDS } from "./photos";
import { emitWebhookEvent } from "./webhooks";

/**
 * The members' gallery: a member opens it with their access code and sees
 * their own photos (watermarked), the project's packages and their orders;
 * they order a package with some of their photos (pending until the studio is
 * paid) and, once paid, download the originals of that order. Everything here
 * is reached through a `GalleryMember`, the member of a verified gallery
 * session, and scoped to that member's studio, project and self.
 */

/** Wrong codes per client address (an IPv6 client's /64): the guesser's budget. */
export const WRONG_CODE_LIMIT: RateLimit = {
  name: "gallery-code-address",
  limit: 10,
  windowSeconds: 15 * 60,
};

/**
 * Wrong codes per minute on the whole platform, every address together: the
 * budget of many guessers at once (GALLERY_WRONG_CODES_PER_MINUTE).
 */
export function wrongCodePlatformBudget(): RateLimit {
  return {
    name: "gallery-code-platform",
    limit: getEnv().GALLERY_WRONG_CODES_PER_MINUTE,
    windowSeconds: 60,
  };
}

/** Past the platform budget, each wrong code waits 1 s more per budget's worth over it, at most 3 s. */
export const WRONG_CODE_SLOW_DOWN = { msPerLimit: 1_000, maxMs: 3_000 };

/** The platform budget's one counter. */
const PLATFORM = "all";

/** Orders placed by one member, so a shared code cannot flood the studio. */
export const GALLERY_ORDER_LIMIT: RateLimit = {
  name: "gallery-order-member",
  limit: 20,
  windowSeconds: 60 * 60,
};

export const WRONG_CODE_MESSAGE =
  "This access code is not valid. Check the code on your card and try again.";

const wrongCode = () =>
  new AppError("UNAUTHORIZED", WRONG_CODE_MESSAGE, { fieldErrors: { code: [WRONG_CODE_MESSAGE] } });

export const SESSION_ENDED_MESSAGE =
  "Your gallery session has ended. Enter your access code again to continue.";

/** The member behind a verified gallery session. */
export interface GalleryMember {
  id: string;
  operatorId: string;
  projectId: string;
  name: string;
  email: string | null;
}

export interface OpenGalleryOptions {
  /** Where the platform budget's warning goes; the app's logger by default. */
  log?: Logger;
  /** Told how long a wrong code's answer is held back, before it waits. */
  onSlowDown?: (delayMs: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The answer to a wrong code. It counts against the platform's budget; past
 * the budget the answer waits, longer the further past, and the first wrong
 * code over it in each minute logs a warning (the counter is shared, so one
 * line per minute whatever the number of instances). Right codes never come
 * here: a member typing their own code is never slowed by someone else's guesses.
 */
async function refuseWrongCode(
  db: PrismaClient,
  now: Date,
  options: OpenGalleryOptions,
): Promise<never> {
  const budget = wrongCodePlatformBudget();
  const platform = await hit(db, budget, PLATFORM, now);
  if (platform.hits === budget.limit + 1) {
    (options.log ?? getLogger()).warn(
      { wrongCodesPerMinute: budget.limit, windowEndsInSeconds: platform.retryAfterSeconds },
      "wrong gallery access codes are over the platform budget: wrong codes are slowed down",
    );
  }
  const delayMs = delayPastLimitMs(platform, budget, WRONG_CODE_SLOW_DOWN);
  if (delayMs > 0) {
    options.onSlowDown?.(delayMs);
    await sleep(delayMs);
  }
  throw wrongCode();
}

/**
 * Opens a member's gallery with their access code. Every attempt is counted
 * against the client address before the code is looked up (one atomic upsert),
 * and a right code takes its count back: an address (an IPv6 client's /64)
 * gets 10 wrong codes in 15 minutes, then 429. A wrong code also counts
 * against the platform's budget, past which wrong codes are answered slowly
 * (`refuseWrongCode`). Codes are unique platform-wide, so the code alone finds
 * the member; a wrong code says only that it is wrong. Every open with a
 * right code is a `gallery_opened` entry of the audit log (`openedBy`).
 */
export async function openGallery(
  db: PrismaClient,
  input: OpenGalleryInput,
  clientAddress: string,
  now: Date,
  options: OpenGalleryOptions = {},
): Promise<{ token: string; projectName: string }> {
  const attempt = await hit(db, WRONG_CODE_LIMIT, clientAddress, now);
  assertWithinLimits(
    [attempt],
    "Too many wrong access codes from your network. Wait a while, then try again.",
  );
  const code = normaliseAccessCode(input.code);
  const member = code ? await openedBy(db, code, now) : null;
  if (!member) return refuseWrongCode(db, now, options);
  await undoHit(db, WRONG_CODE_LIMIT, clientAddress);
  // A right code of a suspended studio: unavailable, and not recorded as an opening.
  if (member.studioSuspended) throw AppError.galleryUnavailable();
  if (!member.firstViewedAt) {
    // The "login rate" of the analytics: the first visit only, whoever wins a race.
    await db.$transaction(async (tx) => {
      const first = await tx.member.updateMany({
        where: { id: member.id, firstViewedAt: null },
        data: { firstViewedAt: now },
      });
      if (first.count === 0) return;
      await emitWebhookEvent(
        tx,
        member.operatorId,
        "gallery.first_visit",
        {
          member: { id: member.id, projectId: member.projectId, name: member.name },
          visitedAt: now,
        },
        now,
      );
    });
  }
  const token = await signGallerySession(
    { memberId: member.id, codeFingerprint: accessCodeFingerprint(member.accessCode) },
    now,
  );
  return { token, projectName: member.projectName };
}

interface OpeningMemberRow {
  id: string;
  operator_id: string;
  project_id: string;
  name: string;
  access_code: string;
  first_viewed_at: Date | null;
  project_name: string;
  studio_suspended: boolean;
}

/**
 * The member whose code this is, and the audit log's `gallery_opened` entry
 * for them (actor and subject the member), in one statement: every open is
 * recorded, on the hot path, without a round trip of its own. A code of no
 * one finds no row and records nothing.
 */
async function openedBy(db: PrismaClient, accessCode: string, now: Date) {
  const [row] = await db.$queryRaw<OpeningMemberRow[]>`
    WITH member AS (
      SELECT m.id, m.operator_id, m.project_id, m.name, m.access_code, m.first_viewed_at,
             p.name AS project_name, o.suspended_at IS NOT NULL AS studio_suspended
        FROM members m
        JOIN projects p ON p.operator_id = m.operator_id AND p.id = m.project_id
        JOIN operators o ON o.id = m.operator_id
       WHERE m.access_code = ${accessCode}
    ), opened AS (
      INSERT INTO audit_entries (operator_id, at, actor_type, actor_id, action, subject_type, subject_id)
      SELECT operator_id, ${now}, 'member'::audit_actor_type, id, 'gallery_opened'::audit_action, 'member', id
        FROM member WHERE NOT studio_suspended
    )
    SELECT * FROM member`;
  if (!row) return null;
  return {
    id: row.id,
    operatorId: row.operator_id,
    projectId: row.project_id,
    name: row.name,
    accessCode: row.access_code,
    firstViewedAt: row.first_viewed_at,
    projectName: row.project_name,
    studioSuspended: row.studio_suspended,
  };
}

/**
 * The member of the request's gallery cookie, or null: no cookie, a bad or
 * expired token, a deleted member, or a code regenerated since it was opened.
 * While the member's studio is suspended, STUDIO_SUSPENDED (403, "This gallery
 * is unavailable…").
 */
export async function galleryMemberFrom(
  db: PrismaClient,
  headers: Headers,
  now: Date,
): Promise<GalleryMember | null> {
  const token = galleryTokenFrom(headers);
  if (!token) return null;
  const claims = await verifyGallerySession(token, now);
  if (!claims) return null;
  // Every gallery request and image asks this: straight over the driver (src/server/db/driver-query.ts).
  const [member] = await driverQuery(db)<SessionMemberRow>(
    `SELECT m.id, m.operator_id, m.project_id, m.name, m.email, m.access_code, o.suspended_at
       FROM members m JOIN operators o ON o.id = m.operator_id WHERE m.id = $1::uuid`,
    [claims.memberId],
  );
  if (!member || !fingerprintMatches(claims, member.access_code)) return null;
  if (member.suspended_at) throw AppError.galleryUnavailable();
  return {
    id: member.id,
    operatorId: member.operator_id,
    projectId: member.project_id,
    name: member.name,
    email: member.email,
  };
}

interface SessionMemberRow {
  id: string;
  operator_id: string;
  project_id: string;
  name: string;
  email: string | null;
  access_code: string;
  suspended_at: Date | null;
}

/**
 * An order as its member sees it. One without photos (ordered before
 * choosing, or reported without them) has the package's count to choose and
 * no download until they are chosen: never "Download 0 photos".
 */
function toGalleryOrder(
  order: Order,
  photoCount: number,
  byCard: boolean,
  instructions: StudioPaymentInstructions,
): GalleryOrder {
  const chosen = order.photoIds.length > 0;
  const downloadable = order.status === "paid" && chosen;
  return {
    id: order.id,
    number: orderNumber(order.id),
    packageName: order.packageName,
    photoIds: order.photoIds,
    photoCount,
    photosToChoose: chosen || order.status === "refunded" ? 0 : photoCount,
    listPriceInCents: order.listPriceInCents,
    discountInCents: order.discountInCents,
    couponCode: order.couponCode,
    amountInCents: order.amountInCents,
    currency: order.currency,
    status: order.status,
    orderedAt: order.orderedAt,
    paidAt: order.paidAt,
    downloadUrl: downloadable ? `/api/gallery/orders/${order.id}/download` : null,
    payByCard: byCard && order.status === "pending",
    paymentReference: transferInstructions(instructions, orderNumber(order.id)).reference,
    shippingAddress: order.shippingAddress,
    photoDownloads: downloadable
      ? order.photoIds.map((photoId) => ({
          photoId,
          url: `/api/gallery/orders/${order.id}/photos/${photoId}`,
        }))
      : [],
  };
}

/** The studio's payment instructions, as the payment providers take them. */
async function studioInstructionsOf(tenant: Tenant): Promise<StudioPaymentInstructions> {
  const row = await tenant.db.operator.findFirstOrThrow({ select: instructionsSelect });
  return studioInstructions(row);
}

const instructionsSelect = {
  paymentBankDetails: true,
  paymentReference: true,
  paymentContact: true,
  paymentDeadline: true,
} as const;

function studioInstructions(row: {
  paymentBankDetails: string | null;
  paymentReference: string | null;
  paymentContact: string | null;
  paymentDeadline: string | null;
}): StudioPaymentInstructions {
  return {
    bankDetails: row.paymentBankDetails,
    reference: row.paymentReference,
    contact: row.paymentContact,
    deadline: row.paymentDeadline,
  };
}

/** The photo counts of packages, deleted ones too (past orders keep theirs). */
async function packagePhotoCounts(tenant: Tenant, ids: string[]): Promise<Map<string, number>> {
  const rows = await tenant.db.package.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, photoCount: true },
  });
  return new Map(rows.map((row) => [row.id, row.photoCount]));
}

async function galleryOrdersOf(
  tenant: Tenant,
  orders: Order[],
  byCard: boolean,
  instructions?: StudioPaymentInstructions,
): Promise<GalleryOrder[]> {
  const [counts, studio] = await Promise.all([
    packagePhotoCounts(
      tenant,
      orders.map((order) => order.packageId),
    ),
    instructions ?? studioInstructionsOf(tenant),
  ]);
  return orders.map((order) =>
    toGalleryOrder(order, counts.get(order.packageId) ?? 0, byCard, studio),
  );
}

/** Ordering has closed once the project's deadline has passed. */
export function orderingClosed(ordersCloseAt: Date | null, now: Date): boolean {
  return ordersCloseAt !== null && now.getTime() >= ordersCloseAt.getTime();
}

function formatInZone(date: Date, timeZone: string, locale: string): string {
  try {
    // dateStyle/timeStyle cannot be combined with timeZoneName: the fields spelt out.
    return new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    }).format(date);
  } catch {
    return date.toISOString();
  }
}

/** 409 naming the deadline, in the project's zone and as ISO 8601. */
function orderingHasClosed(ordersCloseAt: Date, timeZone: string, locale: string): AppError {
  const when = formatInZone(ordersCloseAt, timeZone, locale);
  return new AppError(
    "CONFLICT",
    `Ordering closed on ${when} (ordersCloseAt ${ordersCloseAt.toISOString()}); the gallery can still be viewed`,
  );
}

/**
 * Photos the member is tagged in (matched by card or by hand), once processed;
 * never cards, and none in which a member without photo consent is tagged.
 */
function memberPhotosWhere(member: GalleryMember) {
  return {
    projectId: member.projectId,
    kind: "photo" as const,
    status: "ready" as const,
    sha256: { not: null },
    AND: [{ tags: { some: { memberId: member.id } } }, consentedPhoto],
  };
}

async function ordersOf(
  tenant: Tenant,
  member: GalleryMember,
  byCard: boolean,
  instructions: StudioPaymentInstructions,
): Promise<GalleryOrder[]> {
  const orders = await memberOrders(tenant, member.projectId, member.id);
  return galleryOrdersOf(tenant, orders, byCard, instructions);
}

/** Everything the gallery page shows, in one round of queries. */
export async function getGallery(
  db: PrismaClient,
  member: GalleryMember,
  now = new Date(),
): Promise<Gallery> {
  const tenant = tenantOf(db, member.operatorId);
  const [byCard, instructions] = await Promise.all([
    paysByCard(tenant),
    studioInstructionsOf(tenant),
  ]);
  const [project, studio, photos, links, orders] = await Promise.all([
    tenant.db.project.findFirstOrThrow({
      where: { id: member.projectId },
      select: {
        name: true,
        termsAndConditions: true,
        timezone: true,
        ordersCloseAt: true,
        earlyBirdPercentOff: true,
        earlyBirdUntil: true,
        startAt: true,
        endAt: true,
        createdAt: true,
        deletePhotosAfter: true,
        anonymiseMembersAfter: true,
        photosDeletedAt: true,
      },
    }),
    tenant.db.operator.findFirstOrThrow({
      select: { name: true, currency: true, locale: true, timezone: true },
    }),
    tenant.db.photo.findMany({
      where: memberPhotosWhere(member),
      orderBy: [{ sequenceAt: "asc" }, { fileName: "asc" }, { id: "asc" }],
      take: MAX_GALLERY_PHOTOS,
      select: { id: true, width: true, height: true, takenAt: true },
    }),
    tenant.db.projectPackage.findMany({
      where: { projectId: member.projectId, package: { deletedAt: null } },
      select: {
        package: {
          select: { id: true, name: true, price: true, photoCount: true, requiresShipping: true },
        },
      },
    }),
    ordersOf(tenant, member, byCard, instructions),
  ]);
  return {
    member: { name: member.name, hasEmail: Boolean(member.email) },
    project: {
      name: project.name,
      terms: project.termsAndConditions?.trim() || null,
      timezone: project.timezone,
      ordersCloseAt: project.ordersCloseAt?.toISOString() ?? null,
      orderingClosed: orderingClosed(project.ordersCloseAt, now),
      earlyBird:
        project.earlyBirdPercentOff != null &&
        project.earlyBirdUntil &&
        now.getTime() < project.earlyBirdUntil.getTime()
          ? {
              percentOff: project.earlyBirdPercentOff,
              until: project.earlyBirdUntil.toISOString(),
            }
          : null,
      photosAvailableUntil: project.photosDeletedAt
        ? null
        : retentionDates(project).deletePhotosAfter.toISOString(),
    },
    studio,
    photos: photos.map((photo) => ({ ...photo, takenAt: photo.takenAt?.toISOString() ?? null })),
    packages: links
      .map(({ package: pkg }) => ({
        id: pkg.id,
        name: pkg.name,
        priceInCents: pkg.price,
        photoCount: pkg.photoCount,
        requiresShipping: pkg.requiresShipping,
      }))
      .sort((a, b) => a.priceInCents - b.priceInCents || a.name.localeCompare(b.name)),
    orders,
    payment: {
      byCard,
      instructions: {
        bankDetails: instructions.bankDetails,
        contact: instructions.contact,
        deadline: instructions.deadline,
      },
    },
  };
}

function formatAmount(cents: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(cents / 10 ** digits);
}

/** What a package costs the member now, with the early bird and a coupon (4xx naming `couponCode`). */
export async function quoteGalleryOrder(
  db: PrismaClient,
  member: GalleryMember,
  input: QuoteInput,
  now: Date,
): Promise<Quote> {
  const tenant = tenantOf(db, member.operatorId);
  const pkg = await tenant.db.projectPackage.findFirst({
    where: {
      projectId: member.projectId,
      packageId: input.packageId,
      package: { deletedAt: null },
    },
    select: { package: { select: { price: true } } },
  });
  if (!pkg) throw AppError.badRequest("packageId", "is not a package of this project");
  const { coupon, ...price } = await offerPrice(
    tenant,
    {
      projectId: member.projectId,
      listPriceInCents: pkg.package.price,
      couponCode: input.couponCode,
    },
    now,
  );
  return { ...price, couponCode: coupon?.code ?? null };
}

/**
 * Chooses the photos of one of the member's own orders placed without them
 * (see `chooseOrderPhotos`: the member's photos, at most the package's count,
 * fixed once chosen).
 */
export async function chooseGalleryOrderPhotos(
  db: PrismaClient,
  member: GalleryMember,
  input: ChoosePhotosInput,
): Promise<GalleryOrder> {
  const tenant = tenantOf(db, member.operatorId);
  const order = await chooseOrderPhotos(tenant, {
    projectId: member.projectId,
    memberId: member.id,
    orderId: input.orderId,
    photoIds: input.photoIds,
  });
  const [galleryOrder] = await galleryOrdersOf(tenant, [order], await paysByCard(tenant));
  return galleryOrder!;
}

/**
 * Places a pending order for a package with some of the member's photos, or
 * none to choose later (`createOrder` checks the package is the project's,
 * the photos are the member's, and their number; it prices the order with the
 * project's early bird and the coupon and redeems the coupon), starts paying
 * it with the payment provider, and e-mails the member a confirmation with
 * the studio's payment instructions. The address is the one given at
 * checkout or the member's; a member without one must give one (400 naming
 * `email`), and a package that is posted needs a postal address (400 naming
 * `shippingAddress`). After the project's deadline it is a 409.
 */
export async function placeGalleryOrder(
  db: PrismaClient,
  mailer: Mailer,
  log: Logger,
  member: GalleryMember,
  input: PlaceGalleryOrderInput,
  now: Date,
  returnOrigin = appOrigin(),
): Promise<PlaceGalleryOrderResult> {
  assertWithinLimits(
    [await hit(db, GALLERY_ORDER_LIMIT, member.id, now)],
    "You have placed many orders in a short time. Please wait a while, or contact the studio.",
  );
  const tenant = tenantOf(db, member.operatorId);
  const [project, studio] = await Promise.all([
    tenant.db.project.findFirstOrThrow({
      where: { id: member.projectId },
      select: { name: true, termsAndConditions: true, ordersCloseAt: true, timezone: true },
    }),
    tenant.db.operator.findFirstOrThrow({
      select: { name: true, locale: true, ...instructionsSelect },
    }),
  ]);
  if (project.ordersCloseAt && orderingClosed(project.ordersCloseAt, now)) {
    throw orderingHasClosed(project.ordersCloseAt, project.timezone, studio.locale);
  }
  if (project.termsAndConditions?.trim() && !input.acceptTerms) {
    throw AppError.badRequest("acceptTerms", "Accept the terms to place your order");
  }
  // The photos and the confirmation are delivered by e-mail: an order needs an address.
  const email = input.email ?? member.email;
  if (!email) {
    throw AppError.badRequest(
      "email",
      "Enter your e-mail address: your confirmation and the news of your photos are sent there",
    );
  }
  const instructions = studioInstructions(studio);
  const { order } = await createOrder(
    tenant,
    {
      projectId: member.projectId,
      memberId: member.id,
      packageId: input.packageId,
      photoIds: input.photoIds ?? [],
    },
    "pending",
    now,
    { couponCode: input.couponCode, email, shippingAddress: input.shippingAddress },
  );
  // A card checkout cannot take nothing: an order a coupon made free is settled by the studio.
  const provider =
    order.amountInCents === 0 ? manualProvider : await paymentProviderFor(db, member.operatorId);
  const [galleryOrder] = await galleryOrdersOf(
    tenant,
    [order],
    provider.id !== "manual",
    instructions,
  );
  if (!galleryOrder) throw orderNotFound();
  const payment = await beginPayment(
    provider,
    { ...member, email },
    order,
    returnOrigin,
    instructions,
  );

  let emailed = false;
  // In the studio's language, amounts written its way.
  const { t, locale } = memberMailMessages(studio.locale);
  const money = (cents: number) => formatAmount(cents, order.currency, locale);
  const count = order.photoIds.length || galleryOrder.photoCount;
  const pkg = { package: order.packageName, photos: t("photoCount", { count }) };
  try {
    await mailer.send({
      to: email,
      subject: t("orderSubject", { number: galleryOrder.number, studio: studio.name }),
      text: [
        t("helloName", { name: member.name }),
        "",
        t("orderThanks", { project: project.name }),
        "",
        t("orderNumber", { number: galleryOrder.number }),
        order.photoIds.length === 0 ? t("orderPackageToChoose", pkg) : t("orderPackage", pkg),
        ...(order.discountInCents > 0
          ? [
              t("orderPrice", { amount: money(order.listPriceInCents) }),
              order.couponCode
                ? t("orderDiscountCoupon", {
                    code: order.couponCode,
                    amount: money(order.discountInCents),
                  })
                : t("orderDiscount", { amount: money(order.discountInCents) }),
            ]
          : []),
        t("orderAmount", { amount: money(order.amountInCents) }),
        t("orderStatus"),
        ...(order.shippingAddress
          ? ["", t("postedTo"), ...addressLines(order.shippingAddress)]
          : []),
        "",
        payment.kind === "offline"
          ? offlinePaymentText(t, payment.transfer, galleryOrder.number)
          : t("payHere", { url: payment.url }),
        "",
        t("orderGallery"),
        "",
        studio.name,
      ].join("\n"),
    });
    emailed = true;
  } catch (error) {
    log.error({ err: error, orderId: order.id }, "order confirmation could not be e-mailed");
  }
  return { order: galleryOrder, payment, emailed };
}

/**
 * How to pay by hand, in the e-mail's language: by bank transfer when the
 * studio gave its bank details, else at the studio or by invoice; with the
 * reference, the deadline and whom to ask, when the studio set them.
 */
function offlinePaymentText(
  t: ReturnType<typeof memberMailMessages>["t"],
  transfer: TransferInstructions,
  orderNumber: string,
): string {
  const { bankDetails, reference, contact, deadline } = transfer;
  if (!bankDetails && !contact && !deadline && reference === orderNumber) {
    return `${t("payAtStudioPlain")} ${t("afterPayment")}`;
  }
  return [
    ...(bankDetails ? [t("payByTransfer", { reference }), bankDetails] : []),
    ...(bankDetails ? [] : [t("payAtStudio", { reference })]),
    ...(deadline ? [t("paymentDue", { deadline })] : []),
    ...(contact ? [t("paymentQuestions", { contact })] : []),
    t("afterPayment"),
  ].join("\n");
}

/** A postal address as it is written on an envelope. */
function addressLines(address: ShippingAddress): string[] {
  return [address.name, address.street, `${address.postcode} ${address.city}`, address.country];
}

function beginPayment(
  provider: PaymentProvider,
  member: GalleryMember,
  order: Order,
  returnOrigin: string,
  studioInstructions: StudioPaymentInstructions,
): Promise<PaymentStart> {
  return provider.begin({
    id: order.id,
    projectId: order.projectId,
    number: orderNumber(order.id),
    amountInCents: order.amountInCents,
    currency: order.currency,
    description: order.packageName,
    customerEmail: order.email ?? member.email,
    returnOrigin,
    studioInstructions,
  });
}

/**
 * "Pay now": a new checkout for one of the member's pending orders, while the
 * studio takes cards. A paid or refunded order is a 409, as is a studio paid
 * by hand; another member's order a 404.
 */
export async function payGalleryOrder(
  db: PrismaClient,
  member: GalleryMember,
  orderId: string,
  returnOrigin = appOrigin(),
): Promise<PaymentStart> {
  const tenant = tenantOf(db, member.operatorId);
  const order = (await memberOrders(tenant, member.projectId, member.id)).find(
    (candidate) => candidate.id === orderId,
  );
  if (!order) throw orderNotFound();
  if (order.status !== "pending") {
    throw new AppError(
      "CONFLICT",
      order.status === "paid" ? "This order is paid already" : "This order was refunded",
    );
  }
  const provider = await paymentProviderFor(db, member.operatorId);
  if (provider.id === "manual") {
    throw new AppError(
      "CONFLICT",
      "The studio does not take card payments: pay at the studio or by invoice",
    );
  }
  return beginPayment(provider, member, order, returnOrigin, await studioInstructionsOf(tenant));
}

// ---- Files ----

function storageUnavailable(cause: unknown) {
  return new AppError("SERVICE_UNAVAILABLE", "The photos cannot be reached; try again shortly", {
    cause,
  });
}

/** A gallery image not made yet: asked again after a moment, it will be there. */
function imageNotMadeYet(): AppError {
  return new AppError("CONFLICT", "This photo's gallery image is being made; try again shortly", {
    retryAfterSeconds: VARIANT_RETRY_AFTER_SECONDS,
  });
}

/**
 * A watermarked thumbnail or preview of one of the member's own photos, made
 * once by processing (and again when the studio's name changes) and stored.
 * Any other photo, a card, another member's or one showing a member without
 * photo consent, is a 404, as is an id that does not exist; one still being processed, or whose image is not made yet, is a
 * 409 with Retry-After.
 */
export async function galleryImage(
  db: PrismaClient,
  member: GalleryMember,
  { id, size }: GalleryImageInput,
): Promise<GalleryImage> {
  // The member's own photos as memberPhotosWhere has them, and also those still processing.
  const [found] = await tenantOf(db, member.operatorId).sql<ImagePhotoRow>(
    `SELECT p.id, p.sha256, p.status, p.gallery_variant FROM photos p
      WHERE p.id = $1::uuid AND p.operator_id = $2::uuid AND p.project_id = $3::uuid
        AND p.kind = 'photo' AND p.status <> 'failed' AND p.sha256 IS NOT NULL
        AND EXISTS (SELECT 1 FROM photo_tags t WHERE t.photo_id = p.id AND t.member_id = $4::uuid)
        AND ${consentedPhotoSql("p")}`,
    [id, member.operatorId, member.projectId, member.id],
  );
  if (!found?.sha256) throw photoNotFound();
  if (found.status !== "ready") throw imageNotMadeYet();
  const photo = { id: found.id, operatorId: member.operatorId, projectId: member.projectId };
  const version = found.gallery_variant;
  if (version === null) {
    // Filed before gallery images were stored, or a re-make that has not reached it yet.
    await withPhotoWork(db, (tx) =>
      enqueueVariantRebuild(tx, member.operatorId, { atMostEverySeconds: 60 }),
    );
    throw imageNotMadeYet();
  }
  const key = photoObjectKey(photo, `gallery-${size}`, version);
  return {
    etag: `"${found.sha256.slice(0, 32)}-${size}-${version}"`,
    async open() {
      const object = await photoStorage()
        .open(key)
        .catch((error: unknown) => {
          throw storageUnavailable(error);
        });
      if (object) return object;
      // Lost from storage: made again, and until then not there yet.
      await withPhotoWork(db, async (tx) => {
        await tx.photo.updateMany({
          where: { id: photo.id, galleryVariant: version },
          data: { galleryVariant: null },
        });
        await enqueueVariantRebuild(tx, member.operatorId, { atMostEverySeconds: 60 });
      });
      throw imageNotMadeYet();
    },
  };
}

interface ImagePhotoRow {
  id: string;
  sha256: string | null;
  status: "processing" | "ready" | "failed";
  gallery_variant: string | null;
}

/** A name safe in any unzip tool: no folders, no control or reserved characters. */
function entryName(fileName: string, taken: Set<string>): string {
  const safe = fileName.replace(/[\u0000-\u001f/\\:*?"<>|]/g, "_").replace(/^\.+/, "") || "photo";
  const dot = safe.lastIndexOf(".");
  const [stem, extension] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ""];
  let name = safe;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n})${extension}`;
  taken.add(name.toLowerCase());
  return name;
}

function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .toLowerCase()
      .slice(0, 60) || "photos"
  );
}

/**
 * The originals of one of the member's paid orders, to stream as a zip, less
 * any photo showing a member without photo consent. Another member's order is
 * a 404; a pending or refunded one a 403.
 */
export async function orderDownload(
  db: PrismaClient,
  member: GalleryMember,
  orderId: string,
): Promise<OrderDownload> {
  const tenant = tenantOf(db, member.operatorId);
  const order = await tenant.db.order.findFirst({
    where: { id: orderId, projectId: member.projectId, memberId: member.id },
    select: {
      id: true,
      status: true,
      photos: {
        orderBy: { photoId: "asc" },
        select: {
          photo: {
            select: {
              id: true,
              operatorId: true,
              projectId: true,
              fileName: true,
              contentType: true,
              sizeBytes: true,
              takenAt: true,
              uploadedAt: true,
              sequenceAt: true,
              _count: { select: { tags: { where: { member: { photoConsent: false } } } } },
            },
          },
        },
      },
    },
  });
  if (!order) throw orderNotFound();
  if (order.photos.length === 0 && order.status !== "refunded") {
    throw new AppError(
      "CONFLICT",
      "photoIds: choose this order's photos in your gallery first; then download them",
      { fieldErrors: { photoIds: ["choose this order's photos first"] } },
    );
  }
  if (order.status !== "paid") {
    throw new AppError(
      "FORBIDDEN",
      order.status === "refunded"
        ? "This order was refunded; its photos cannot be downloaded"
        : "This order is not paid yet: the download opens once the studio has marked it paid",
    );
  }
  const project = await tenant.db.project.findFirstOrThrow({
    where: { id: member.projectId },
    select: { name: true },
  });
  const photos = order.photos
    .map(({ photo }) => photo)
    // A photo showing a member without photo consent stays out of the download too.
    .filter((photo) => photo._count.tags === 0)
    .sort(
      (a, b) =>
        a.sequenceAt.getTime() - b.sequenceAt.getTime() || a.fileName.localeCompare(b.fileName),
    );
  const taken = new Set<string>();
  return {
    fileName: `${slug(project.name)}-${orderNumber(order.id)}.zip`,
    entries: photos.map((photo) => ({
      photoId: photo.id,
      contentType: photo.contentType,
      name: entryName(photo.fileName, taken),
      size: photo.sizeBytes,
      modifiedAt: photo.takenAt ?? photo.uploadedAt,
      async open() {
        const object = await photoStorage()
          .open(photoObjectKey(photo, "original"))
          .catch((error: unknown) => {
            throw storageUnavailable(error);
          });
        if (!object) throw new AppError("NOT_FOUND", "A photo's file is missing");
        return object.body;
      },
    })),
  };
}

/**
 * One original of one of the member's paid orders, to save on its own (a zip
 * is awkward on a phone): the same checks as the order's zip (another member's
 * order a 404, a pending or refunded one a 403, a photo showing a member
 * without photo consent left out), and a photo not in the order a 404.
 */
export async function orderPhotoDownload(
  db: PrismaClient,
  member: GalleryMember,
  orderId: string,
  photoId: string,
): Promise<PhotoDownload> {
  const download = await orderDownload(db, member, orderId);
  const entry = download.entries.find((candidate) => candidate.photoId === photoId);
  if (!entry) throw photoNotFound();
  return {
    fileName: entry.name,
    contentType: entry.contentType,
    size: entry.size,
    open: entry.open,
  };
}
