import { describe, expect, it } from "vitest";
import { fromStripeAmount, stripeDecimals, toStripeAmount } from "./stripe-amounts";

describe("amounts for Stripe", () => {
  it("stay in cents for two-decimal currencies", () => {
    expect(toStripeAmount(1999, "EUR")).toBe(1999);
    expect(toStripeAmount(1999, "usd")).toBe(1999);
    expect(toStripeAmount(0, "GBP")).toBe(0);
  });

  it("are whole units for zero-decimal currencies", () => {
    // ¥1,500 is kept as 1500 (JPY has no minor unit) and sent as 1500, not 150000 or 15.
    expect(stripeDecimals("JPY")).toBe(0);
    expect(toStripeAmount(1500, "JPY")).toBe(1500);
    expect(toStripeAmount(25000, "krw")).toBe(25000);
    expect(toStripeAmount(3000, "VND")).toBe(3000);
  });

  it("are thousandths for three-decimal currencies", () => {
    expect(stripeDecimals("KWD")).toBe(3);
    expect(toStripeAmount(12500, "KWD")).toBe(12500);
  });

  it("are scaled where Stripe counts decimals that Intl does not (ISK)", () => {
    // Intl shows ISK without decimals; Stripe wants it in hundredths.
    expect(toStripeAmount(990, "ISK")).toBe(99000);
    expect(fromStripeAmount(99000, "ISK")).toBe(990);
  });

  it("come back to the same amount", () => {
    for (const [amount, currency] of [
      [1999, "EUR"],
      [1500, "JPY"],
      [12500, "KWD"],
      [990, "ISK"],
    ] as const) {
      expect(fromStripeAmount(toStripeAmount(amount, currency), currency)).toBe(amount);
    }
  });
});
