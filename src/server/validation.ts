import { z } from "zod";

/**
 * Zod building blocks shared by every input schema. Strings from clients never
 * carry NUL characters (PostgreSQL refuses them) or lone surrogates, so those
 * are 400s here instead of 500s in the database; single-line values carry no
 * control characters at all, free text none but tabs and line breaks.
 */

const NUL = "\u0000";
/** C0 controls and DEL. */
const CONTROL = /[\u0000-\u001f\u007f]/;
/** The same without tab, line feed and carriage return. */
const CONTROL_BUT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * How much of a client's text is allowed: `any` refuses only what no text
 * may hold (NUL, lone surrogates), `multi-line` also control characters but
 * tab and line breaks, `single-line` every control character.
 */
export type TextKind = "any" | "multi-line" | "single-line";

/**
 * What is wrong with a client's text, or undefined when nothing is: the one
 * rule behind the blocks below, also applied to CSV cells and multipart fields.
 */
export function textProblem(value: string, kind: TextKind): string | undefined {
  if (value.includes(NUL)) return "must not contain NUL characters";
  if (!value.isWellFormed()) return "must be valid Unicode text";
  if (kind === "single-line" && CONTROL.test(value)) {
    return "must not contain control characters (tabs and line breaks included)";
  }
  if (kind === "multi-line" && CONTROL_BUT_WHITESPACE.test(value)) {
    return "must not contain control characters other than tabs and line breaks";
  }
  return undefined;
}

function checkedText(kind: TextKind) {
  return z.string().superRefine((value, ctx) => {
    const problem = textProblem(value, kind);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  });
}

/** Any text that is text: no NUL, no lone surrogates (passwords, tokens). */
export function cleanString() {
  return checkedText("any");
}

/** A one-line value, trimmed first, then free of control characters. */
export function singleLine() {
  return z.string().trim().pipe(checkedText("single-line"));
}

/** Text that may span lines: tabs and line breaks are kept, other control characters refused. */
export function freeText() {
  return checkedText("multi-line");
}

/** What a search box sends: one line, trimmed, at most `max` characters. */
export function searchTerm(max: number) {
  return singleLine()
    .pipe(z.string().max(max, `must be at most ${max} characters`))
    .describe(`At most ${max} characters`);
}

/**
 * A password typed to prove who one is: any text up to 1024 characters, so a
 * wrong one is refused by comparison, never by a hint about the rules.
 */
export function givenPassword() {
  return cleanString().max(1024, "must be at most 1024 characters");
}

/** The 6-digit code from an e-mail. */
export function emailedCode() {
  return singleLine()
    .pipe(z.string().regex(/^\d{6}$/, "must be the 6-digit code from the e-mail"))
    .describe("The 6-digit code from the e-mail");
}

/**
 * A required single-line name, 1-200 characters after trimming. A tab or a
 * line break inside (a spreadsheet cell typed on two lines) is one space.
 */
export function name(max = 200) {
  return z
    .string()
    .transform((value) => value.replace(/[\t\r\n]+/g, " "))
    .pipe(singleLine())
    .pipe(z.string().min(1, "must not be empty").max(max, `must be at most ${max} characters`))
    .describe(`1 to ${max} characters after trimming`);
}

/** Free text such as an address or terms and conditions. */
export function longText(max = 20_000) {
  return freeText()
    .pipe(z.string().max(max, `must be at most ${max} characters`))
    .describe(`Text, at most ${max} characters`);
}

/** An e-mail address, trimmed and lower-cased: one address is one login. */
export function email() {
  return singleLine()
    .transform((value) => value.toLowerCase())
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
  return checkedText("single-line")
    .refine(isIanaTimeZone, "must be an IANA time zone such as Europe/Berlin")
    .describe("An IANA time zone such as Europe/Berlin");
}

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** An ISO 4217 code, stored upper-case. */
export function currency() {
  return singleLine()
    .transform((value) => value.toUpperCase())
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
  return singleLine()
    .transform((value, ctx) => {
      const canonical = canonicalLocale(value);
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
  return singleLine()
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
