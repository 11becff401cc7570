import type { Prisma } from "@/generated/prisma/client";
import type { Tenant } from "@/server/db/tenant";
import { AppError, toAppError } from "@/server/errors";
import type { Coupon, CouponIdInput, CreateCouponInput } from "./coupons.schemas";
import { type Price, priceOrder } from "./pricing";
import { assertProjectExists, projectNotFound } from "./projects";

/**
 * A project's coupons, and the offers an order gets: the project's early bird
 * and a coupon, priced by `priceOrder`. A coupon is redeemed by
 * `redeemCoupon` in the transaction that inserts the order: one conditional
 * UPDATE counts the redemption only while it is under `maxRedemptions` and
 * not expired, so simultaneous orders can never redeem it more often.
 */

export const couponNotFound = () => AppError.notFound("Coupon");

const couponSelect = {
  id: true,
  projectId: true,
  code: true,
  percentOff: true,
  amountOffInCents: true,
  expiresAt: true,
  maxRedemptions: true,
  redemptions: true,
  createdAt: true,
} as const satisfies Prisma.CouponSelect;

type CouponRow = Prisma.CouponGetPayload<{ select: typeof couponSelect }>;

function toCoupon(row: CouponRow): Coupon {
  return {
    ...row,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Codes are unique per project in any case (they are stored upper-case): a repeat is a 409. */
export async function createCoupon(tenant: Tenant, input: CreateCouponInput): Promise<Coupon> {
  await assertProjectExists(tenant, input.projectId);
  try {
    const row = await tenant.db.coupon.create({
      data: {
        operatorId: tenant.operatorId,
        projectId: input.projectId,
        code: input.code,
        percentOff: input.percentOff ?? null,
        amountOffInCents: input.amountOffInCents ?? null,
        expiresAt: input.expiresAt ?? null,
        maxRedemptions: input.maxRedemptions ?? null,
      },
      select: couponSelect,
    });
    return toCoupon(row);
  } catch (error) {
    if (toAppError(error).code === "CONFLICT") {
      throw new AppError("CONFLICT", `code: this project has a coupon ${input.code} already`, {
        fieldErrors: { code: ["this project has a coupon with this code already"] },
      });
    }
    throw error;
  }
}

/** A project's coupons with their redemption counts, newest first. */
export async function listCoupons(tenant: Tenant, projectId: string): Promise<Coupon[]> {
  const [project, rows] = await Promise.all([
    tenant.db.project.findFirst({ where: { id: projectId }, select: { id: true } }),
    tenant.db.coupon.findMany({
      where: { projectId },
      select: couponSelect,
      orderBy: [{ createdAt: "desc" }, { code: "asc" }],
    }),
  ]);
  if (!project) throw projectNotFound();
  return rows.map(toCoupon);
}

/** Orders that redeemed it keep its code. */
export async function deleteCoupon(tenant: Tenant, input: CouponIdInput): Promise<void> {
  const { count } = await tenant.db.coupon.deleteMany({
    where: { id: input.couponId, projectId: input.projectId },
  });
  if (count === 0) throw couponNotFound();
}

const couponProblem = (message: string, code: "BAD_REQUEST" | "CONFLICT" = "BAD_REQUEST") =>
  new AppError(code, `couponCode: ${message}`, { fieldErrors: { couponCode: [message] } });

/** The normalised form of a typed code: trimmed, upper case; empty is none. */
export function normaliseCouponCode(code: string | null | undefined): string | null {
  const trimmed = code?.trim().toUpperCase();
  return trimmed ? trimmed : null;
}

export interface OfferPrice extends Price {
  /** The coupon applied (upper case) and its id, to redeem with the order. */
  coupon: { id: string; code: string } | null;
}

/**
 * What an order of a package costs now in a project: its list price less the
 * project's early bird and the coupon (see pricing.ts for how they combine).
 * An unknown or expired coupon, or one used up, is a 4xx naming `couponCode`.
 */
export async function offerPrice(
  tenant: Tenant,
  input: { projectId: string; listPriceInCents: number; couponCode?: string | null },
  now: Date,
): Promise<OfferPrice> {
  const code = normaliseCouponCode(input.couponCode);
  const [project, coupon] = await Promise.all([
    tenant.db.project.findFirst({
      where: { id: input.projectId },
      select: { earlyBirdPercentOff: true, earlyBirdUntil: true },
    }),
    code
      ? tenant.db.coupon.findFirst({ where: { projectId: input.projectId, code } })
      : Promise.resolve(null),
  ]);
  if (!project) throw projectNotFound();
  if (code && !coupon) throw couponProblem("this code is not valid for this gallery");
  if (coupon?.expiresAt && coupon.expiresAt.getTime() <= now.getTime()) {
    throw couponProblem("this code has expired");
  }
  if (coupon?.maxRedemptions != null && coupon.redemptions >= coupon.maxRedemptions) {
    throw couponProblem("this code has been used up", "CONFLICT");
  }
  const price = priceOrder({
    listPriceInCents: input.listPriceInCents,
    earlyBird:
      project.earlyBirdPercentOff != null && project.earlyBirdUntil
        ? { percentOff: project.earlyBirdPercentOff, until: project.earlyBirdUntil }
        : null,
    coupon: !coupon
      ? null
      : coupon.percentOff != null
        ? { percentOff: coupon.percentOff }
        : { amountOffInCents: coupon.amountOffInCents ?? 0 },
    now,
  });
  return { ...price, coupon: coupon && { id: coupon.id, code: coupon.code } };
}

type Transaction = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Counts one redemption, in the transaction that inserts the order. The
 * UPDATE takes the coupon's row lock and re-checks the limit and expiry, so
 * of simultaneous orders exactly as many as are left succeed; the others are
 * a 409 naming `couponCode` (and their transaction rolls back). A coupon
 * deleted meanwhile is a 400.
 */
export async function redeemCoupon(
  tx: Transaction,
  operatorId: string,
  couponId: string,
  now: Date,
): Promise<void> {
  const updated = await tx.$executeRaw`
    UPDATE coupons SET redemptions = redemptions + 1
     WHERE id = ${couponId}::uuid AND operator_id = ${operatorId}::uuid
       AND (max_redemptions IS NULL OR redemptions < max_redemptions)
       AND (expires_at IS NULL OR expires_at > ${now})`;
  if (updated === 0) {
    throw couponProblem("this code has been used up or is no longer valid", "CONFLICT");
  }
}
