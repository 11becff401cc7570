/**
 * Formatting for people, with the operator's currency and locale. Amounts are
 * integer minor units (cents) everywhere but on screen.
 */

export interface Money {
  currency: string;
  locale: string;
}

export function formatMoney(minorUnits: number, { currency, locale }: Money): string {
  const digits = minorUnitDigits(currency, locale);
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(
    minorUnits / 10 ** digits,
  );
}

/** A short amount for chart axes: "8.000 €", "$12K". */
export function formatMoneyCompact(minorUnits: number, { currency, locale }: Money): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(minorUnits / 10 ** minorUnitDigits(currency, locale));
}

/** 2 for EUR or USD, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string, locale = "en-US"): number {
  return (
    new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** "19.99" or "19,99" (as typed in `locale`) to minor units, or null when it is not an amount. */
export function parseMoney(text: string, { currency, locale }: Money): number | null {
  const decimal =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value ??
    ".";
  const normalised = text
    .trim()
    .replace(/[\s'’]/g, "")
    .replace(decimal === "," ? /\./g : /,/g, "")
    .replace(decimal, ".");
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  const digits = minorUnitDigits(currency, locale);
  const [, fraction = ""] = normalised.split(".");
  if (fraction.length > digits) return null;
  return Math.round(Number(normalised) * 10 ** digits);
}

/** Minor units as the number a person types, e.g. 1999 -> "19.99" (in the locale's notation). */
export function moneyInput(minorUnits: number, { currency, locale }: Money): string {
  const digits = minorUnitDigits(currency, locale);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(minorUnits / 10 ** digits);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(
    ratio,
  );
}

/** A date and time in a given time zone, e.g. "4 May 2026, 08:00 CEST". */
export function formatDateTime(iso: string, timeZone: string, locale: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName: spell the fields out.
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

export function formatDate(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(new Date(iso));
}

/** A shoot's time span in its own time zone; "Date to be announced" without a start. */
export function formatSchedule(
  startAt: string | null,
  endAt: string | null,
  timeZone: string,
  locale: string,
): string {
  if (!startAt) return "Date to be announced";
  if (!endAt) return formatDateTime(startAt, timeZone, locale);
  const range = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }) as Intl.DateTimeFormat & { formatRange(a: Date, b: Date): string };
  const zone = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
    .formatToParts(new Date(startAt))
    .find((part) => part.type === "timeZoneName")?.value;
  return `${range.formatRange(new Date(startAt), new Date(endAt))}${zone ? ` ${zone}` : ""}`;
}
