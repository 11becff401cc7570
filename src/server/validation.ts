import { z } from "zod";

/**
 * Zod building blocks shared by every input schema. Strings from clients never
 * carry NUL characters (PostgreSQL refuses them) or lone surrogates, so those
 * are 400s here instead of 500s in the database.
 */

const NUL = "\u0000";

function cleanString() {
  return z
    .string()
    .refine((value) => !value.includes(NUL), "must not contain NUL characters")
    .refine((value) => value.isWellFormed(), "must be valid Unicode text");
}

/** A required single-line name, 1-200 characters after trimming. */
export function name(max = 200) {
  return cleanString()
    .transform((value) => value.trim())
    .pipe(z.string().min(1, "must not be empty").max(max, `must be at most ${max} characters`))
    .describe(`1 to ${max} characters after trimming`);
}

/** Free text such as an address or terms and conditions. */
export function longText(max = 20_000) {
  return cleanString()
    .pipe(z.string().max(max, `must be at most ${max} characters`))
    .describe(`Text, at most ${max} characters`);
}

/** An e-mail address, trimmed and lower-cased: one address is one login. */
export function email() {
  return cleanString()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.email("must be a valid e-mail address").max(254, "must be at most 254 characters"))
    .describe("An e-mail address; trimmed and compared case-insensitively");
}

export const PASSWORD_MIN_CHARACTERS = 8;
/** bcrypt reads only the first 72 bytes, so longer passwords are refused, never truncated. */
export const PASSWORD_MAX_BYTES = 72;

export function password() {
  return cleanString()
    .refine(
      (value) => value.length >= PASSWORD_MIN_CHARACTERS,
      `must be at least ${PASSWORD_MIN_CHARACTERS} characters`,
    )
    .refine(
      (value) => Buffer.byteLength(value, "utf8") <= PASSWORD_MAX_BYTES,
      `must be at most ${PASSWORD_MAX_BYTES} bytes`,
    )
    .describe(
      `At least ${PASSWORD_MIN_CHARACTERS} characters and at most ${PASSWORD_MAX_BYTES} bytes`,
    );
}

export function uuid() {
  return z.uuid("must be a UUID");
}

function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function timeZone() {
  return cleanString()
    .refine(isIanaTimeZone, "must be an IANA time zone such as Europe/Berlin")
    .describe("An IANA time zone such as Europe/Berlin");
}

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** An ISO 4217 code, stored upper-case. */
export function currency() {
  return cleanString()
    .transform((value) => value.trim().toUpperCase())
    .refine(
      (value) => /^[A-Z]{3}$/.test(value) && CURRENCIES.has(value),
      "must be an ISO 4217 currency code such as EUR",
    )
    .describe("An ISO 4217 currency code such as EUR");
}

function canonicalLocale(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

/** A BCP 47 language tag, stored in canonical form (en-us becomes en-US). */
export function locale() {
  return cleanString()
    .transform((value, ctx) => {
      const canonical = canonicalLocale(value.trim());
      if (!canonical) {
        ctx.addIssue({ code: "custom", message: "must be a BCP 47 language tag such as de-DE" });
        return z.NEVER;
      }
      return canonical;
    })
    .pipe(z.string().max(64, "must be at most 64 characters"))
    .describe("A BCP 47 language tag such as de-DE");
}

/** An absolute http(s) URL. */
export function httpUrl() {
  return cleanString()
    .transform((value) => value.trim())
    .pipe(
      z
        .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" })
        .max(2048, "must be at most 2048 characters"),
    )
    .describe("An absolute http(s) URL");
}

/** An ISO 8601 date-time with a time zone offset (or Z), as a Date. */
export function dateTime() {
  return z.iso
    .datetime({ offset: true, error: "must be an ISO 8601 date-time such as 2026-06-01T09:00:00Z" })
    .transform((value) => new Date(value))
    .describe("An ISO 8601 date-time with a time zone offset, such as 2026-06-01T09:00:00Z");
}
