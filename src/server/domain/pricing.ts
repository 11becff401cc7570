/**
 * What a gallery order costs: the package's list price less the project's
 * early-bird offer and a coupon. Pure: no database, no clock (the caller
 * passes `now`).
 *
 * How they combine: the early bird comes first, as a percentage of the list
 * price; the coupon then applies to what remains (a percentage of the
 * remainder, or an amount off it). Each percentage is rounded to the nearest
 * cent (halves up, in the buyer's favour); the price never goes below 0.
 * Amounts are in the currency's minor unit, whatever its number of decimals.
 */

export interface EarlyBird {
  percentOff: number;
  until: Date;
}

export type CouponDiscount = { percentOff: number } | { amountOffInCents: number };

export interface PriceInput {
  listPriceInCents: number;
  earlyBird?: EarlyBird | null;
  coupon?: CouponDiscount | null;
  now: Date;
}

export interface Price {
  listPriceInCents: number;
  earlyBirdInCents: number;
  couponInCents: number;
  /** Early bird and coupon together. */
  discountInCents: number;
  /** What is paid: listPriceInCents - discountInCents, never below 0. */
  amountInCents: number;
}

/** A percentage of an amount in minor units, rounded to the nearest unit (halves up). */
export function percentOf(amountInCents: number, percent: number): number {
  return Math.floor((amountInCents * percent + 50) / 100);
}

/** Whether the early bird still applies at `now` (until is exclusive). */
export function earlyBirdApplies(earlyBird: EarlyBird | null | undefined, now: Date): boolean {
  return Boolean(earlyBird && now.getTime() < earlyBird.until.getTime());
}

export function priceOrder({ listPriceInCents, earlyBird, coupon, now }: PriceInput): Price {
  const list = Math.max(0, Math.trunc(listPriceInCents));
  const earlyBirdInCents =
    earlyBird && earlyBirdApplies(earlyBird, now)
      ? Math.min(list, percentOf(list, earlyBird.percentOff))
      : 0;
  const remainder = list - earlyBirdInCents;
  const couponInCents = !coupon
    ? 0
    : Math.min(
        remainder,
        "percentOff" in coupon ? percentOf(remainder, coupon.percentOff) : coupon.amountOffInCents,
      );
  const discountInCents = earlyBirdInCents + couponInCents;
  return {
    listPriceInCents: list,
    earlyBirdInCents,
    couponInCents,
    discountInCents,
    amountInCents: list - discountInCents,
  };
}
