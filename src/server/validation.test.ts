import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  currency,
  dateTime,
  email,
  givenPassword,
  httpUrl,
  locale,
  longText,
  name,
  password,
  searchTerm,
  textProblem,
  timeZone,
} from "./validation";

const ok = <T extends z.ZodType>(schema: T, value: unknown) => schema.parse(value);
const fails = (schema: z.ZodType, value: unknown) => !schema.safeParse(value).success;

describe("validation building blocks", () => {
  it("trim names and bound them to 1-200 characters", () => {
    expect(ok(name(), "  Lumen  ")).toBe("Lumen");
    expect(fails(name(), "   ")).toBe(true);
    expect(ok(name(), "x".repeat(200))).toHaveLength(200);
    expect(fails(name(), "x".repeat(201))).toBe(true);
  });

  it("refuse NUL characters and lone surrogates anywhere", () => {
    expect(fails(name(), "a\u0000b")).toBe(true);
    expect(fails(name(), "a\ud800b")).toBe(true);
    expect(ok(name(), "emoji 📷 ok")).toBe("emoji 📷 ok");
  });

  it("refuse control characters in single-line values, after trimming", () => {
    for (const value of ["a\u0001b", "\u001b[31mred", "del\u007f", "a\u000bb"]) {
      expect(fails(name(), value), JSON.stringify(value)).toBe(true);
      expect(fails(searchTerm(100), value), JSON.stringify(value)).toBe(true);
    }
    expect(fails(searchTerm(100), "Ann\tBaker")).toBe(true);
    expect(fails(searchTerm(100), "Ann\nBaker")).toBe(true);
    expect(ok(name(), " Ann Baker\n")).toBe("Ann Baker");
    expect(ok(name(), "Ann\r\n\tBaker")).toBe("Ann Baker");
    expect(ok(searchTerm(100), "\tann ")).toBe("ann");
    expect(fails(searchTerm(100), "a\u0000b")).toBe(true);
    expect(fails(searchTerm(3), "abcd")).toBe(true);
  });

  it("keep tabs and line breaks in free text, refusing other control characters", () => {
    expect(ok(longText(), "Main Street 1\r\n\tBackyard")).toBe("Main Street 1\r\n\tBackyard");
    for (const value of ["a\u0000b", "a\u0007b", "a\u000bb", "a\ud800b"]) {
      expect(fails(longText(), value), JSON.stringify(value)).toBe(true);
    }
  });

  it("let a typed password be any text but NUL and lone surrogates", () => {
    expect(ok(givenPassword(), " any\ttext ")).toBe(" any\ttext ");
    expect(fails(givenPassword(), "secret\u0000")).toBe(true);
    expect(fails(givenPassword(), "x".repeat(1025))).toBe(true);
  });

  it("name what is wrong with a text in one message", () => {
    expect(textProblem("a\u0000", "single-line")).toMatch(/NUL/);
    expect(textProblem("a\udc00", "any")).toMatch(/Unicode/);
    expect(textProblem("a\u0001", "any")).toBeUndefined();
    expect(textProblem("a\tb\n", "multi-line")).toBeUndefined();
    expect(textProblem("a\tb", "single-line")).toMatch(/control/);
  });

  it("normalise e-mails to trimmed lower case", () => {
    expect(ok(email(), "  Ada@Example.COM ")).toBe("ada@example.com");
    expect(fails(email(), "ada@")).toBe(true);
    expect(fails(email(), "not an email")).toBe(true);
  });

  it("count password length in characters at the bottom and bytes at the top", () => {
    expect(fails(password(), "seven77")).toBe(true);
    expect(ok(password(), "eight888")).toBe("eight888");
    expect(ok(password(), "a".repeat(72))).toHaveLength(72);
    expect(fails(password(), "a".repeat(73))).toBe(true);
    expect(fails(password(), "€".repeat(25))).toBe(true); // 75 bytes
    expect(fails(password(), "password\u0000suffix")).toBe(true);
  });

  it("accept IANA time zones only", () => {
    for (const zone of ["UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT+1"]) {
      expect(ok(timeZone(), zone)).toBe(zone);
    }
    for (const zone of ["Berlin", "Mars/Olympus", "+01:00", "", "Europe/Berlin "]) {
      expect(fails(timeZone(), zone), zone).toBe(true);
    }
  });

  it("accept ISO 4217 currencies, stored upper-case", () => {
    expect(ok(currency(), "eur")).toBe("EUR");
    expect(ok(currency(), "JPY")).toBe("JPY");
    expect(fails(currency(), "EURO")).toBe(true);
    expect(fails(currency(), "XYZ")).toBe(true);
  });

  it("accept BCP 47 tags in canonical form", () => {
    expect(ok(locale(), "de-de")).toBe("de-DE");
    expect(ok(locale(), "zh-Hant-TW")).toBe("zh-Hant-TW");
    expect(fails(locale(), "not a locale!")).toBe(true);
    expect(fails(locale(), "en_US")).toBe(true);
  });

  it("accept absolute http(s) URLs only", () => {
    expect(ok(httpUrl(), " https://cdn.example.com/a.png ")).toBe("https://cdn.example.com/a.png");
    for (const url of ["ftp://example.com/a", "javascript:alert(1)", "/relative", "example.com"]) {
      expect(fails(httpUrl(), url), url).toBe(true);
    }
  });

  it("read ISO 8601 date-times with an offset into Dates", () => {
    expect(ok(dateTime(), "2026-05-04T08:00:00+02:00").toISOString()).toBe(
      "2026-05-04T06:00:00.000Z",
    );
    for (const value of [
      "2026-05-04",
      "2026-02-30T00:00:00Z",
      "2026-05-04T08:00:00",
      "yesterday",
    ]) {
      expect(fails(dateTime(), value), value).toBe(true);
    }
  });
});
