import { type Prisma } from "@/generated/prisma/client";
import type { Tenant } from "@/server/db/tenant";
import { AppError, toAppError } from "@/server/errors";
import { offerPrice, redeemCoupon } from "./coupons";
import { memberNotFound } from "./members";
import {
  type CreateOrderInput,
  type CreateOrderResult,
  type ListOrdersInput,
  type Order,
  type OrderPage,
  type OrderStatus,
  type ShippingAddress,
} from "./orders.schemas";
import { packageNotFound } from "./packages";
import { decodeCursor, encodeCursor, isTimestamp, isUuid } from "./paging";
import { projectNotFound } from "./projects";
import { emitWebhookEvent, hasWebhookSubscribers } from "./webhooks";
import type { PrismaTransactionLike } from "pg-boss";
import { consentedPhoto } from "./photo-consent";

export const orderNotFound = () => AppError.notFound("Order");

/** What the member quotes when paying: the first 8 characters of the order's id. */
export function orderNumber(orderId: string): string {
  return orderId.slice(0, 8).toUpperCase();
}

/**
 * The ids an order number someone typed stands for, as a range: "Order
 * A1C43F92", "#a1c4" or the whole id all do; at least 4 digits, so a short
 * name such as "Bea" is not also read as a number. Null for anything else.
 */
export function orderNumberRange(search: string): { gte: string; lte: string } | null {
  const digits = search
    .trim()
    .replace(/^order\s*/i, "")
    .replace(/^(no\.?|#)\s*/i, "")
    .replace(/[\s-]/g, "")
    .toLowerCase();
  if (!/^[0-9a-f]{4,32}$/.test(digits)) return null;
  const asUuid = (hex: string) =>
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { gte: asUuid(digits.padEnd(32, "0")), lte: asUuid(digits.padEnd(32, "f")) };
}

const orderSelect = {
  id: true,
  projectId: true,
  memberId: true,
  packageId: true,
  listPriceInCents: true,
  discountInCents: true,
  couponCode: true,
  amountInCents: true,
  currency: true,
  status: true,
  externalId: true,
  orderedAt: true,
  paidAt: true,
  refundedAt: true,
  email: true,
  shipName: true,
  shipStreet: true,
  shipPostcode: true,
  shipCity: true,
  shipCountry: true,
  package: { select: { name: true } },
  photos: { select: { photoId: true }, orderBy: { photoId: "asc" } },
} as const satisfies Prisma.OrderSelect;

type OrderRow = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

function toOrder(row: OrderRow): Order {
  return {
    id: row.id,
    number: orderNumber(row.id),
    projectId: row.projectId,
    memberId: row.memberId,
    packageId: row.packageId,
    packageName: row.package.name,
    photoIds: row.photos.map((photo) => photo.photoId),
    listPriceInCents: row.listPriceInCents,
    discountInCents: row.discountInCents,
    couponCode: row.couponCode,
    amountInCents: row.amountInCents,
    currency: row.currency,
    status: row.status,
    externalId: row.externalId,
    orderedAt: row.orderedAt.toISOString(),
    paidAt: iso(row.paidAt),
    refundedAt: iso(row.refundedAt),
    email: row.email,
    shippingAddress: shippingAddressOf(row),
  };
}

/** The order's postal address (the database keeps all five parts or none). */
function shippingAddressOf(row: {
  shipName: string | null;
  shipStreet: string | null;
  shipPostcode: string | null;
  shipCity: string | null;
  shipCountry: string | null;
}): ShippingAddress | null {
  if (row.shipName === null) return null;
  return {
    name: row.shipName,
    street: row.shipStreet ?? "",
    postcode: row.shipPostcode ?? "",
    city: row.shipCity ?? "",
    country: row.shipCountry ?? "",
  };
}

export async function getOrder(tenant: Tenant, id: string): Promise<Order> {
  const row = await tenant.db.order.findFirst({ where: { id }, select: orderSelect });
  if (!row) throw orderNotFound();
  return toOrder(row);
}

/** One member's orders in a project, newest first. */
export async function memberOrders(
  tenant: Tenant,
  projectId: string,
  memberId: string,
): Promise<Order[]> {
  const rows = await tenant.db.order.findMany({
    where: { projectId, memberId },
    orderBy: [{ orderedAt: "desc" }, { id: "desc" }],
    select: orderSelect,
  });
  return rows.map(toOrder);
}

async function orderByExternalId(tenant: Tenant, externalId: string): Promise<Order | null> {
  const row = await tenant.db.order.findFirst({ where: { externalId }, select: orderSelect });
  return row && toOrder(row);
}

/** Checks the member, package and photos of a new order; returns the package's price. */
async function assertOrderable(tenant: Tenant, input: CreateOrderInput) {
  const [project, member, pkg] = await Promise.all([
    tenant.db.project.findFirst({ where: { id: input.projectId }, select: { id: true } }),
    tenant.db.member.findFirst({ where: { id: input.memberId }, select: { projectId: true } }),
    tenant.db.package.findFirst({
      where: { id: input.packageId },
      select: {
        price: true,
        photoCount: true,
        requiresShipping: true,
        projects: { where: { projectId: input.projectId }, select: { projectId: true } },
      },
    }),
  ]);
  if (!project) throw projectNotFound();
  if (!member) throw memberNotFound();
  if (member.projectId !== input.projectId) {
    throw AppError.badRequest("memberId", "is not a member of this project");
  }
  if (!pkg) throw packageNotFound();
  if (pkg.projects.length === 0) {
    throw AppError.badRequest("packageId", "is not a package of this project");
  }
  const photoIds = await assertMemberPhotos(tenant, input, pkg.photoCount);
  return { price: pkg.price, photoIds, requiresShipping: pkg.requiresShipping };
}

/**
 * The distinct photos of an order: the member's own, ready, none showing a
 * member without photo consent, at most `photoCount`.
 */
async function assertMemberPhotos(
  tenant: Tenant,
  input: { projectId: string; memberId: string; photoIds?: string[] },
  photoCount: number,
): Promise<string[]> {
  const photoIds = [...new Set(input.photoIds ?? [])];
  if (photoIds.length > photoCount) {
    throw AppError.badRequest(
      "photoIds",
      `must have at most ${photoCount} photos (the package's photo count)`,
    );
  }
  const theirs = await tenant.db.photoTag.findMany({
    where: {
      projectId: input.projectId,
      memberId: input.memberId,
      photoId: { in: photoIds },
      // A photo showing a member without photo consent cannot be ordered.
      photo: { status: "ready", ...consentedPhoto },
    },
    select: { photoId: true },
  });
  const known = new Set(theirs.map((tag) => tag.photoId));
  const stranger = (input.photoIds ?? []).findIndex((photoId) => !known.has(photoId));
  if (stranger >= 0) {
    throw AppError.badRequest(`photoIds.${stranger}`, "is not a photo of this member");
  }
  return photoIds;
}

/** The offers a gallery order gets: the project's early bird and, optionally, a coupon. */
export interface OrderOffers {
  couponCode?: string | null;
  /** Where the confirmation goes. */
  email?: string | null;
  /** Required for a package that is posted, refused for one that is not. */
  shippingAddress?: ShippingAddress | null;
}

/**
 * The list price, discount and amount of a reported sale: the package's
 * price, less what the shop says it charged when that is less; a charge
 * above the price (postage, say) is its own list price, without discount.
 */
function reportedPrice(price: number, charged: number | undefined) {
  const amountInCents = charged ?? price;
  const listPriceInCents = Math.max(price, amountInCents);
  return { listPriceInCents, discountInCents: listPriceInCents - amountInCents, amountInCents };
}

/**
 * The postal address columns of a gallery order: a package that is posted
 * needs one (400 naming `shippingAddress`), one that is not takes none.
 */
function checkoutShipping(requiresShipping: boolean, address: ShippingAddress | null | undefined) {
  if (requiresShipping && !address) {
    throw AppError.badRequest(
      "shippingAddress",
      "This package is posted: enter the postal address (name, street, postcode, city, country)",
    );
  }
  if (!requiresShipping && address) {
    throw AppError.badRequest(
      "shippingAddress",
      "This package is not posted: leave out the address",
    );
  }
  return address
    ? {
        shipName: address.name,
        shipStreet: address.street,
        shipPostcode: address.postcode,
        shipCity: address.city,
        shipCountry: address.country,
      }
    : {};
}

/**
 * Sends `type` (order.created, order.paid, order.refunded) with the order as
 * it is in `tx`, to the endpoints subscribed to it, when `tx` commits.
 */
export async function emitOrderEvent(
  tx: PrismaTransactionLike,
  operatorId: string,
  type: "order.created" | "order.paid" | "order.refunded",
  orderId: string,
  now = new Date(),
): Promise<void> {
  const order = await orderAsSent(tx, operatorId, orderId);
  if (order) await emitWebhookEvent(tx, operatorId, type, { order }, now);
}

/** The order as the `order.*` webhook events carry it; undefined when there is none. */
export async function orderAsSent(
  tx: PrismaTransactionLike,
  operatorId: string,
  orderId: string,
): Promise<Record<string, unknown> | undefined> {
  const [order] = await tx.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT id, project_id AS "projectId", member_id AS "memberId", package_id AS "packageId",
            list_price_cents AS "listPriceInCents", discount_cents AS "discountInCents",
            amount_cents AS "amountInCents", coupon_code AS "couponCode", currency, status::text AS status,
            external_id AS "externalId", ordered_at AS "orderedAt", paid_at AS "paidAt",
            refunded_at AS "refundedAt"
       FROM orders WHERE operator_id = $1::uuid AND id = $2::uuid`,
    operatorId,
    orderId,
  );
  return order;
}

/**
 * Records a sale: paid when a shop reports it, pending when placed in the
 * gallery. The amount and currency are fixed now; a repeated `externalId` is
 * the first order, also when two reports race. With `offers` (gallery
 * orders) the price is the package's less the project's early bird and the
 * coupon, and the coupon is redeemed in the order's own transaction.
 */
export async function createOrder(
  tenant: Tenant,
  input: CreateOrderInput,
  status: Extract<OrderStatus, "pending" | "paid"> = "paid",
  now = new Date(),
  offers?: OrderOffers,
): Promise<CreateOrderResult> {
  if (input.externalId) {
    const existing = await orderByExternalId(tenant, input.externalId);
    if (existing) return { order: existing, created: false };
  }
  const { price, photoIds, requiresShipping } = await assertOrderable(tenant, input);
  const shipping = offers ? checkoutShipping(requiresShipping, offers.shippingAddress) : null;
  const [operator, offer] = await Promise.all([
    tenant.db.operator.findUniqueOrThrow({
      where: { id: tenant.operatorId },
      select: { currency: true },
    }),
    offers
      ? offerPrice(
          tenant,
          { projectId: input.projectId, listPriceInCents: price, couponCode: offers.couponCode },
          now,
        )
      : null,
  ]);
  const coupon = offer?.coupon ?? null;
  const priced = offer
    ? {
        listPriceInCents: offer.listPriceInCents,
        discountInCents: offer.discountInCents,
        amountInCents: offer.amountInCents,
      }
    : reportedPrice(price, input.amountInCents);
  try {
    const data = {
      operatorId: tenant.operatorId,
      projectId: input.projectId,
      memberId: input.memberId,
      packageId: input.packageId,
      ...priced,
      couponCode: coupon?.code ?? null,
      currency: operator.currency,
      status,
      externalId: input.externalId ?? null,
      email: offers?.email ?? null,
      ...shipping,
      orderedAt: now,
      paidAt: status === "paid" ? now : null,
    };
    // Without photos the order is one statement: no transaction round trips
    // while it holds the studio's analytics counter lock.
    const id =
      photoIds.length === 0 &&
      !coupon &&
      !(await hasWebhookSubscribers(
        tenant.db,
        tenant.operatorId,
        status === "paid" ? ["order.created", "order.paid"] : ["order.created"],
      ))
        ? (await tenant.db.order.create({ data, select: { id: true } })).id
        : await tenant.db.$transaction(async (tx) => {
            if (coupon) await redeemCoupon(tx, tenant.operatorId, coupon.id, now);
            const order = await tx.order.create({ data, select: { id: true } });
            if (photoIds.length > 0) {
              await tx.orderPhoto.createMany({
                data: photoIds.map((photoId) => ({
                  operatorId: tenant.operatorId,
                  projectId: input.projectId,
                  orderId: order.id,
                  photoId,
                })),
              });
            }
            await emitOrderEvent(tx, tenant.operatorId, "order.created", order.id, now);
            if (status === "paid") {
              await emitOrderEvent(tx, tenant.operatorId, "order.paid", order.id, now);
            }
            return order.id;
          });
    return { order: await getOrder(tenant, id), created: true };
  } catch (error) {
    const raced =
      input.externalId &&
      toAppError(error).code === "CONFLICT" &&
      (await orderByExternalId(tenant, input.externalId));
    if (raced) return { order: raced, created: false };
    throw error;
  }
}

const readCursor = (text: string) =>
  decodeCursor(text, ([orderedAt, id]) =>
    isTimestamp(orderedAt) && isUuid(id) ? { orderedAt, id } : null,
  );

/** Prisma's `contains` passes `%` and `_` on to LIKE: they are escaped to mean themselves. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Orders whose number starts with the search, or whose member's name holds it. */
function searchFilter(search: string | undefined): Prisma.OrderWhereInput {
  const text = search?.trim();
  if (!text) return {};
  const numbers = orderNumberRange(text);
  return {
    OR: [
      { member: { name: { contains: escapeLike(text), mode: "insensitive" } } },
      ...(numbers ? [{ id: numbers }] : []),
    ],
  };
}

/**
 * Newest first, optionally of one status or member and matching a search;
 * the cursor is the last row's (orderedAt, id).
 */
export async function listOrders(tenant: Tenant, input: ListOrdersInput): Promise<OrderPage> {
  const cursor = input.cursor ? readCursor(input.cursor) : undefined;
  const where: Prisma.OrderWhereInput = {
    projectId: input.projectId,
    ...(input.status && { status: input.status }),
    ...(input.memberId && { memberId: input.memberId }),
    ...searchFilter(input.search),
  };
  const after: Prisma.OrderWhereInput = cursor
    ? {
        OR: [
          { orderedAt: { lt: new Date(cursor.orderedAt) } },
          { orderedAt: new Date(cursor.orderedAt), id: { lt: cursor.id } },
        ],
      }
    : {};
  const [project, rows, total] = await Promise.all([
    tenant.db.project.findFirst({ where: { id: input.projectId }, select: { id: true } }),
    tenant.db.order.findMany({
      where: { ...where, ...after },
      select: orderSelect,
      orderBy: [{ orderedAt: "desc" }, { id: "desc" }],
      take: input.limit + 1,
    }),
    tenant.db.order.count({ where }),
  ]);
  if (!project) throw projectNotFound();
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items: items.map(toOrder),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor([last.orderedAt.toISOString(), last.id])
        : null,
    total,
  };
}

/** A pending order is paid now; a paid one stays as it is; a refunded one is a 409. */
export async function markOrderPaid(tenant: Tenant, id: string, now = new Date()): Promise<Order> {
  await tenant.db.$transaction(async (tx) => {
    const paid = await tx.order.updateMany({
      where: { id, status: "pending" },
      data: { status: "paid", paidAt: now },
    });
    if (paid.count > 0) await emitOrderEvent(tx, tenant.operatorId, "order.paid", id, now);
  });
  const order = await getOrder(tenant, id);
  if (order.status === "refunded") {
    throw new AppError("CONFLICT", "This order was refunded; it cannot be paid again");
  }
  return order;
}

/** How long a "paid" set by hand can be taken back without a refund. */
export const MARK_PENDING_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Sets a mistaken "paid" back to pending: only one marked paid by hand (not
 * paid by card, not reported paid by a shop) within the last day, so it is
 * not a refund in disguise. A pending order stays as it is. The analytics
 * counters follow by trigger; no webhook event is sent (there is no
 * "order.unpaid"), and `paidAt` is cleared.
 */
export async function markOrderPending(
  tenant: Tenant,
  id: string,
  now = new Date(),
): Promise<Order> {
  const since = new Date(now.getTime() - MARK_PENDING_WINDOW_MS);
  const changed = await tenant.db.order.updateMany({
    where: {
      id,
      status: "paid",
      externalId: null,
      paidAt: { gte: since },
      // A checkout started but paid another way has no payment intent.
      OR: [{ cardPayment: { is: null } }, { cardPayment: { is: { paymentIntentId: null } } }],
    },
    data: { status: "pending", paidAt: null },
  });
  const order = await getOrder(tenant, id);
  if (changed.count > 0 || order.status === "pending") return order;
  const card = await tenant.db.cardPayment.findFirst({
    where: { orderId: id, paymentIntentId: { not: null } },
    select: { orderId: true },
  });
  const why =
    order.status === "refunded"
      ? "This order was refunded; it cannot be set back to pending"
      : card
        ? "This order was paid by card; refund it instead"
        : order.externalId
          ? "This order was reported paid by a shop (externalId); refund it instead"
          : "This order was marked paid more than 24 hours ago; refund it instead";
  throw new AppError("CONFLICT", why);
}

/** Takes a paid sale back; 409 for an order that is pending or refunded already. */
export async function refundOrder(tenant: Tenant, id: string, now = new Date()): Promise<Order> {
  const refunded = await tenant.db.$transaction(async (tx) => {
    const changed = await tx.order.updateMany({
      where: { id, status: "paid" },
      data: { status: "refunded", refundedAt: now },
    });
    if (changed.count > 0) await emitOrderEvent(tx, tenant.operatorId, "order.refunded", id, now);
    return changed;
  });
  const order = await getOrder(tenant, id);
  if (refunded.count === 0) {
    throw new AppError(
      "CONFLICT",
      order.status === "refunded"
        ? "This order was refunded already"
        : "Only a paid order can be refunded; this one is not paid",
    );
  }
  return order;
}

/**
 * Chooses the photos of an order placed without them (reported through the
 * API without `photoIds`, or ordered in the gallery before choosing): photos
 * the member is tagged in, at most the package's count. Once chosen they are
 * fixed, so what was paid for is what is downloaded; choosing again is a 409.
 * The order's row is locked while its photos are written, so two choices at
 * once are one choice and a 409. Another member's order is a 404, a refunded
 * one a 409.
 */
export async function chooseOrderPhotos(
  tenant: Tenant,
  input: { projectId: string; memberId: string; orderId: string; photoIds: string[] },
): Promise<Order> {
  const order = await tenant.db.order.findFirst({
    where: { id: input.orderId, projectId: input.projectId, memberId: input.memberId },
    select: {
      id: true,
      status: true,
      package: { select: { photoCount: true } },
      _count: { select: { photos: true } },
    },
  });
  if (!order) throw orderNotFound();
  if (order.status === "refunded") {
    throw new AppError("CONFLICT", "photoIds: this order was refunded", {
      fieldErrors: { photoIds: ["this order was refunded"] },
    });
  }
  const alreadyChosen = () =>
    new AppError("CONFLICT", "photoIds: this order's photos are chosen already", {
      fieldErrors: { photoIds: ["this order's photos are chosen already"] },
    });
  if (order._count.photos > 0) throw alreadyChosen();
  const photoIds = await assertMemberPhotos(tenant, input, order.package.photoCount);
  if (photoIds.length === 0) throw AppError.badRequest("photoIds", "Choose at least one photo");
  await tenant.db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ chosen: number }[]>`
      SELECT (SELECT count(*)::int FROM order_photos op WHERE op.order_id = o.id) AS chosen
        FROM orders o
       WHERE o.id = ${order.id}::uuid AND o.operator_id = ${tenant.operatorId}::uuid
         FOR UPDATE`;
    if (!locked) throw orderNotFound();
    if (locked.chosen > 0) throw alreadyChosen();
    await tx.orderPhoto.createMany({
      data: photoIds.map((photoId) => ({
        operatorId: tenant.operatorId,
        projectId: input.projectId,
        orderId: order.id,
        photoId,
      })),
    });
  });
  return getOrder(tenant, order.id);
}
