import { describe, expect, it } from "vitest";
import { earlyBirdApplies, percentOf, priceOrder } from "./pricing";

const now = new Date("2026-12-18T10:00:00Z");
const later = new Date("2026-12-20T00:00:00Z");
const earlier = new Date("2026-12-01T00:00:00Z");

describe("priceOrder", () => {
  it("charges the list price without offers", () => {
    expect(priceOrder({ listPriceInCents: 2500, now })).toEqual({
      listPriceInCents: 2500,
      earlyBirdInCents: 0,
      couponInCents: 0,
      discountInCents: 0,
      amountInCents: 2500,
    });
  });

  it("takes the early-bird percentage off before its end, and nothing from its end on", () => {
    const earlyBird = { percentOff: 20, until: later };
    expect(priceOrder({ listPriceInCents: 2500, earlyBird, now })).toMatchObject({
      earlyBirdInCents: 500,
      discountInCents: 500,
      amountInCents: 2000,
    });
    expect(
      priceOrder({ listPriceInCents: 2500, earlyBird: { percentOff: 20, until: earlier }, now }),
    ).toMatchObject({ discountInCents: 0, amountInCents: 2500 });
    expect(earlyBirdApplies({ percentOff: 20, until: now }, now)).toBe(false);
  });

  it("applies a percentage coupon to what the early bird leaves", () => {
    const price = priceOrder({
      listPriceInCents: 2500,
      earlyBird: { percentOff: 20, until: later },
      coupon: { percentOff: 10 },
      now,
    });
    expect(price).toEqual({
      listPriceInCents: 2500,
      earlyBirdInCents: 500,
      couponInCents: 200,
      discountInCents: 700,
      amountInCents: 1800,
    });
  });

  it("takes an amount coupon off after the early bird", () => {
    expect(
      priceOrder({
        listPriceInCents: 2500,
        earlyBird: { percentOff: 10, until: later },
        coupon: { amountOffInCents: 300 },
        now,
      }),
    ).toMatchObject({ earlyBirdInCents: 250, couponInCents: 300, amountInCents: 1950 });
  });

  it("never goes below zero", () => {
    expect(
      priceOrder({ listPriceInCents: 999, coupon: { amountOffInCents: 5000 }, now }),
    ).toMatchObject({ couponInCents: 999, discountInCents: 999, amountInCents: 0 });
    expect(
      priceOrder({
        listPriceInCents: 1000,
        earlyBird: { percentOff: 90, until: later },
        coupon: { percentOff: 100 },
        now,
      }),
    ).toMatchObject({ earlyBirdInCents: 900, couponInCents: 100, amountInCents: 0 });
    expect(priceOrder({ listPriceInCents: 0, coupon: { percentOff: 50 }, now })).toMatchObject({
      amountInCents: 0,
      discountInCents: 0,
    });
  });

  it("rounds each percentage to the nearest cent, halves in the buyer's favour", () => {
    expect(percentOf(1999, 15)).toBe(300); // 299.85
    expect(percentOf(1990, 15)).toBe(299); // 298.5 -> 299
    expect(percentOf(333, 10)).toBe(33); // 33.3
    expect(
      priceOrder({
        listPriceInCents: 1999,
        earlyBird: { percentOff: 15, until: later },
        coupon: { percentOff: 15 },
        now,
      }),
    ).toMatchObject({ earlyBirdInCents: 300, couponInCents: 255, amountInCents: 1444 });
  });

  it("keeps amount = list - discount for every combination", () => {
    for (const list of [0, 1, 99, 1000, 1999, 123_457]) {
      for (const percentOff of [1, 33, 90]) {
        for (const coupon of [null, { percentOff: 7 }, { amountOffInCents: 250 }]) {
          const price = priceOrder({
            listPriceInCents: list,
            earlyBird: { percentOff, until: later },
            coupon,
            now,
          });
          expect(price.amountInCents).toBe(list - price.discountInCents);
          expect(price.amountInCents).toBeGreaterThanOrEqual(0);
          expect(price.discountInCents).toBe(price.earlyBirdInCents + price.couponInCents);
        }
      }
    }
  });
});
