import { describe, expect, it } from "vitest";
import { timeLeft } from "./countdown";

const now = new Date("2026-12-18T10:00:00Z");
const after = (ms: number) => new Date(now.getTime() + ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("timeLeft", () => {
  it("says days and hours, hours and minutes, or minutes", () => {
    expect(timeLeft(after(2 * DAY + 5 * HOUR + 10 * MINUTE), now)).toBe("2 days 5 hours left");
    expect(timeLeft(after(DAY), now)).toBe("1 day left");
    expect(timeLeft(after(3 * HOUR + 20 * MINUTE), now)).toBe("3 hours 20 minutes left");
    expect(timeLeft(after(HOUR), now)).toBe("1 hour left");
    expect(timeLeft(after(12 * MINUTE), now)).toBe("12 minutes left");
    expect(timeLeft(after(10_000), now)).toBe("1 minute left");
  });

  it("is null once the time has passed", () => {
    expect(timeLeft(now, now)).toBeNull();
    expect(timeLeft(after(-MINUTE), now)).toBeNull();
  });
});
