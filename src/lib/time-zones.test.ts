import { describe, expect, it } from "vitest";
import { isoToWallTime, wallTimeToIso } from "./time-zones";

describe("wall-clock times in a shoot's time zone", () => {
  it("turn into the right instant, daylight saving included", () => {
    expect(wallTimeToIso("2026-05-04T08:00", "Europe/Berlin")).toBe("2026-05-04T06:00:00.000Z");
    expect(wallTimeToIso("2026-01-15T08:00", "Europe/Berlin")).toBe("2026-01-15T07:00:00.000Z");
    expect(wallTimeToIso("2026-05-04T08:00", "America/New_York")).toBe("2026-05-04T12:00:00.000Z");
    expect(wallTimeToIso("2026-05-04", "UTC")).toBeNull();
  });

  it("come back from an instant", () => {
    expect(isoToWallTime("2026-05-04T06:00:00.000Z", "Europe/Berlin")).toBe("2026-05-04T08:00");
    expect(isoToWallTime("2026-12-31T23:30:00.000Z", "Asia/Tokyo")).toBe("2027-01-01T08:30");
    expect(isoToWallTime(null, "UTC")).toBe("");
  });
});
