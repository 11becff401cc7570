import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatFileSize,
  formatMoney,
  formatSchedule,
  moneyInput,
  parseMoney,
} from "./format";

const euro = { currency: "EUR", locale: "de-DE" };
const dollar = { currency: "USD", locale: "en-US" };

describe("money on screen", () => {
  it("formats minor units with the operator's currency and locale", () => {
    expect(formatMoney(123456, euro)).toBe("1.234,56\u00a0€");
    expect(formatMoney(123456, dollar)).toBe("$1,234.56");
    expect(formatMoney(1500, { currency: "JPY", locale: "ja-JP" })).toBe("￥1,500");
  });

  it("reads what a person types back into minor units", () => {
    expect(parseMoney("19,99", euro)).toBe(1999);
    expect(parseMoney("1.234,5", euro)).toBe(123450);
    expect(parseMoney("19.99", dollar)).toBe(1999);
    expect(parseMoney("1,234", dollar)).toBe(123400);
    expect(parseMoney("1500", { currency: "JPY", locale: "ja-JP" })).toBe(1500);
    expect(parseMoney("19.999", dollar)).toBeNull();
    expect(parseMoney("-5", dollar)).toBeNull();
    expect(parseMoney("abc", dollar)).toBeNull();
  });

  it("round-trips an amount through the input", () => {
    expect(moneyInput(1999, euro)).toBe("19,99");
    expect(parseMoney(moneyInput(1999, euro), euro)).toBe(1999);
  });
});

describe("a shoot's schedule", () => {
  it("is shown in the shoot's own time zone", () => {
    const text = formatSchedule(
      "2026-05-04T06:00:00.000Z",
      "2026-05-04T14:00:00.000Z",
      "Europe/Berlin",
      "en-GB",
    );
    expect(text).toMatch(/4 May 2026/);
    expect(text).toMatch(/08:00/);
    expect(text).toMatch(/16:00/);
    expect(formatSchedule(null, null, "UTC", "en-US")).toBe("Date to be announced");
  });

  it("shows a start without an end, with its time zone", () => {
    const text = formatSchedule("2030-03-01T09:00:00.000Z", null, "Europe/Lisbon", "en-US");
    expect(text).toMatch(/Mar 1, 2030/);
    expect(text).toMatch(/9:00/);
    expect(text).toMatch(/GMT|WET/);
  });
});

describe("one date style per page", () => {
  const start = "2026-12-07T08:00:00.000Z";
  const end = "2026-12-07T15:00:00.000Z";

  it("writes a shoot's span, a moment and a day alike, in the page's language", () => {
    expect(formatSchedule(start, end, "Europe/Berlin", "en-GB")).toBe(
      "7 Dec 2026, 09:00–16:00 CET",
    );
    expect(formatDateTime(start, "Europe/Berlin", "en-GB")).toBe("7 Dec 2026, 09:00 CET");
    expect(formatDate(start, "Europe/Berlin", "en-GB")).toBe("7 Dec 2026");
    expect(formatSchedule(start, end, "Europe/Berlin", "de-DE")).toBe(
      "7. Dez. 2026, 09:00–16:00 Uhr MEZ",
    );
    expect(formatDate(start, "Europe/Berlin", "de-DE")).toBe("7. Dez. 2026");
  });

  it("says when a shoot has no date yet in the words it is given", () => {
    expect(formatSchedule(null, null, "UTC", "de-DE", "Termin folgt")).toBe("Termin folgt");
  });
});

describe("a file's size", () => {
  it("is never 0 MB for a small file, and follows the page's locale", () => {
    expect(formatFileSize(7_900, "de-DE")).toBe("7,9 kB");
    expect(formatFileSize(7_900, "en-GB")).toBe("7.9 kB");
    expect(formatFileSize(640, "en-GB")).toBe("640 byte");
    expect(formatFileSize(999_960, "en-GB")).toBe("1 MB");
    expect(formatFileSize(4_250_000, "de-DE")).toBe("4,3 MB");
  });
});
