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

/**
 * A file's size for people: "850 byte", "12.3 kB", "4.2 MB" (decimal units, in
 * the page's locale). Never "0 MB" for a small file.
 */
export function formatFileSize(bytes: number, locale: string): string {
  // Rounded to one decimal, 999,950 bytes would read "1,000 kB": that is 1 MB.
  const [value, unit] =
    bytes >= 999_950
      ? [bytes / 1_000_000, "megabyte"]
      : bytes >= 1000
        ? [bytes / 1000, "kilobyte"]
        : [bytes, "byte"];
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatPercent(ratio: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(
    ratio,
  );
}

/**
 * One date style everywhere: "4 May 2026" / "4. Mai 2026", with the time as
 * "08:00 CEST" after it. (dateStyle "medium" would be "04.05.2026" in German,
 * a second style beside the dates with a time.)
 */
const DATE_FIELDS = { year: "numeric", month: "short", day: "numeric" } as const;
// dateStyle/timeStyle cannot be combined with timeZoneName: spell the fields out.
const DATE_TIME_FIELDS = {
  ...DATE_FIELDS,
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
} as const;

/** A date and time in a given time zone, e.g. "4 May 2026, 08:00 CEST". */
export function formatDateTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...DATE_TIME_FIELDS, timeZone }).format(new Date(iso));
}

/** A day in a given time zone, e.g. "4 May 2026" or "4. Mai 2026". */
export function formatDate(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...DATE_FIELDS, timeZone }).format(new Date(iso));
}

/**
 * A shoot's time span in its own time zone, in the style of `formatDateTime`
 * ("4 May 2026, 08:00–16:00 CEST"); `toBeAnnounced` (English unless the page
 * passes its own words) without a start.
 */
export function formatSchedule(
  startAt: string | null,
  endAt: string | null,
  timeZone: string,
  locale: string,
  toBeAnnounced = "Date to be announced",
): string {
  if (!startAt) return toBeAnnounced;
  if (!endAt) return formatDateTime(startAt, timeZone, locale);
  return new Intl.DateTimeFormat(locale, { ...DATE_TIME_FIELDS, timeZone }).formatRange(
    new Date(startAt),
    new Date(endAt),
  );
}
