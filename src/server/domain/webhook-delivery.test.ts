import { describe, expect, it } from "vitest";
import { nextRetryAt, RETRY_DELAYS_MS } from "./webhook-delivery";

const now = new Date("2026-12-18T12:00:00.000Z");
const after = (ms: number) => new Date(now.getTime() + ms);

describe("nextRetryAt", () => {
  it("follows 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, each after the attempt before", () => {
    const seconds = [5, 300, 1800, 7200, 18000, 36000, 36000];
    expect(RETRY_DELAYS_MS.map((ms) => ms / 1000)).toEqual(seconds);
    seconds.forEach((delay, index) => {
      expect(nextRetryAt(index + 1, now, () => 0)).toEqual(after(delay * 1000));
    });
  });

  it("adds at most 10% jitter", () => {
    const late = nextRetryAt(2, now, () => 0.999_999)!;
    expect(late.getTime()).toBeGreaterThan(after(300_000).getTime());
    expect(late.getTime()).toBeLessThanOrEqual(after(330_000).getTime());
  });

  it("has no retry after the eighth attempt", () => {
    expect(nextRetryAt(8, now)).toBeNull();
  });
});
