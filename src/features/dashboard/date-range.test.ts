import { describe, expect, it } from "vitest";
import {
  chartRange,
  csvFileName,
  dayIn,
  intervalFor,
  isDay,
  parseInterval,
  parseRange,
  pointsIn,
  presetOf,
  presetRange,
  slug,
} from "./date-range";

describe("days in the address", () => {
  it("takes real calendar days only", () => {
    expect(isDay("2026-02-28")).toBe(true);
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-2-28")).toBe(false);
    expect(isDay("yesterday")).toBe(false);
    expect(isDay(["2026-02-28"])).toBe(false);
  });

  it("drops what is not a day and turns a reversed range round", () => {
    expect(parseRange({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      from: "2026-03-01",
      to: "2026-03-31",
    });
    expect(parseRange({ from: "2026-03-31", to: "2026-03-01" })).toEqual({
      from: "2026-03-01",
      to: "2026-03-31",
    });
    expect(parseRange({ from: "soon", to: "2026-03-01" })).toEqual({ to: "2026-03-01" });
    expect(parseRange({})).toEqual({});
    expect(parseInterval("week")).toBe("week");
    expect(parseInterval("year")).toBeUndefined();
  });
});

describe("today in the studio's time zone", () => {
  it("is the calendar day there, not in UTC", () => {
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(dayIn("UTC", instant)).toBe("2026-12-31");
    expect(dayIn("Europe/Berlin", instant)).toBe("2027-01-01");
    expect(dayIn("America/Los_Angeles", instant)).toBe("2026-12-31");
  });
});

describe("presets", () => {
  const today = "2026-03-15";

  it("count back from today, both ends included", () => {
    expect(presetRange("last-7-days", today)).toEqual({ from: "2026-03-09", to: today });
    expect(presetRange("last-30-days", today)).toEqual({ from: "2026-02-14", to: today });
    expect(presetRange("this-month", today)).toEqual({ from: "2026-03-01", to: today });
    expect(presetRange("last-month", today)).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(presetRange("last-month", "2026-01-10")).toEqual({
      from: "2025-12-01",
      to: "2025-12-31",
    });
    expect(presetRange("this-year", today)).toEqual({ from: "2026-01-01", to: today });
    expect(presetRange("all-time", today)).toEqual({});
  });

  it("are recognised in a range, anything else is custom", () => {
    expect(presetOf({ from: "2026-03-09", to: today }, today)).toBe("last-7-days");
    expect(presetOf({}, today)).toBe("all-time");
    expect(presetOf({ from: "2026-03-08", to: today }, today)).toBe("custom");
    expect(presetOf({ from: "2026-03-09" }, today)).toBe("custom");
  });
});

describe("the revenue chart's range and interval", () => {
  const projects = [
    { createdAt: "2026-03-01T10:00:00Z", startAt: "2026-02-20T23:30:00Z" },
    { createdAt: "2026-03-05T10:00:00Z", startAt: null },
  ];

  it("starts an open range at the first project, in the studio's days", () => {
    expect(chartRange({}, projects, "Europe/Berlin", "2026-03-15")).toEqual({
      from: "2026-02-21",
      to: "2026-03-15",
    });
    expect(chartRange({}, projects, "UTC", "2026-03-15")).toEqual({
      from: "2026-02-20",
      to: "2026-03-15",
    });
    expect(chartRange({ from: "2030-01-01" }, projects, "UTC", "2026-03-15")).toEqual({
      from: "2030-01-01",
      to: "2030-01-01",
    });
    expect(chartRange({ to: "2020-01-01" }, projects, "UTC", "2026-03-15")).toEqual({
      from: "2020-01-01",
      to: "2020-01-01",
    });
    expect(chartRange({}, [], "UTC", "2026-03-15")).toBeNull();
  });

  it("picks days for two months, weeks for a year, months beyond", () => {
    expect(intervalFor("2026-03-09", "2026-03-15")).toBe("day");
    expect(intervalFor("2026-01-01", "2026-03-03")).toBe("day");
    expect(intervalFor("2026-01-01", "2026-03-04")).toBe("week");
    expect(intervalFor("2026-01-01", "2026-12-31")).toBe("week");
    expect(intervalFor("2024-01-01", "2026-12-31")).toBe("month");
    expect(pointsIn("2026-01-01", "2026-12-31", "day")).toBe(365);
    expect(pointsIn("2020-01-01", "2026-12-31", "day")).toBeGreaterThan(1000);
  });
});

describe("CSV file names", () => {
  it("say the report, the project and the days", () => {
    expect(csvFileName("projects", {})).toBe("projects-all-time.csv");
    expect(csvFileName("summary", { from: "2026-03-01", to: "2026-03-31" }, "Spring Day")).toBe(
      "summary-spring-day-2026-03-01-to-2026-03-31.csv",
    );
    expect(csvFileName("revenue-by-day", { from: "2026-03-01", to: "2026-03-01" })).toBe(
      "revenue-by-day-2026-03-01.csv",
    );
    expect(slug("Schulfotos Größe / Klasse 4ä")).toBe("schulfotos-grosse-klasse-4a");
    expect(slug("Фото")).toBe("project");
  });
});
