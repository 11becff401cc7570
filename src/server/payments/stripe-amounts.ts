import { minorUnitDigits } from "@/lib/format";

/**
 * Amounts as Stripe wants them. The app keeps money in the currency's minor
 * units as Intl counts them (cents for EUR, whole yen for JPY, fils for KWD;
 * see src/lib/format.ts); Stripe has its own list of decimals per currency:
 * https://docs.stripe.com/currencies#zero-decimal. Where the two differ (ISK:
 * no decimals in Intl, two for Stripe) the amount is scaled.
 */

/** Stripe's zero-decimal currencies: amounts in whole units (¥500 is 500). */
export const STRIPE_ZERO_DECIMAL = new Set([
  "BIF",
  "CLP",
  "DJF",
  "GNF",
  "JPY",
  "KMF",
  "KRW",
  "MGA",
  "PYG",
  "RWF",
  "UGX",
  "VND",
  "VUV",
  "XAF",
  "XOF",
  "XPF",
]);

/** Stripe's three-decimal currencies: amounts in thousandths. */
export const STRIPE_THREE_DECIMAL = new Set(["BHD", "JOD", "KWD", "OMR", "TND"]);

/** How many decimals Stripe's amounts have in `currency` (ISO 4217, any case). */
export function stripeDecimals(currency: string): number {
  const code = currency.toUpperCase();
  if (STRIPE_ZERO_DECIMAL.has(code)) return 0;
  if (STRIPE_THREE_DECIMAL.has(code)) return 3;
  return 2;
}

/** The app's amount (minor units as Intl counts them) as Stripe's `unit_amount`. */
export function toStripeAmount(minorUnits: number, currency: string): number {
  const shift = stripeDecimals(currency) - minorUnitDigits(currency.toUpperCase());
  return shift >= 0 ? minorUnits * 10 ** shift : Math.round(minorUnits / 10 ** -shift);
}

/** Stripe's amount in `currency` as the app's minor units. */
export function fromStripeAmount(stripeAmount: number, currency: string): number {
  const shift = minorUnitDigits(currency.toUpperCase()) - stripeDecimals(currency);
  return shift >= 0 ? stripeAmount * 10 ** shift : Math.round(stripeAmount / 10 ** -shift);
}
