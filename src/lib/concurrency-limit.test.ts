import { describe, expect, it } from "vitest";
import { concurrencyLimit } from "./concurrency-limit";

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe("concurrencyLimit", () => {
  it("never runs more than K tasks at once, and runs every task", async () => {
    for (const k of [1, 2, 3]) {
      const limit = concurrencyLimit(k);
      let active = 0;
      let mostAtOnce = 0;
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          limit.run(async () => {
            active++;
            mostAtOnce = Math.max(mostAtOnce, active);
            await tick(1 + (index % 3));
            active--;
            return index;
          }),
        ),
      );
      expect(mostAtOnce).toBe(k);
      expect(results).toEqual(Array.from({ length: 12 }, (_, index) => index));
      expect(limit.running).toBe(0);
      expect(limit.waiting).toBe(0);
    }
  });

  it("starts waiting tasks in the order they came", async () => {
    const limit = concurrencyLimit(1);
    const started: number[] = [];
    await Promise.all(
      [0, 1, 2, 3].map((index) =>
        limit.run(async () => {
          started.push(index);
          await tick();
        }),
      ),
    );
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it("gives the turn on when a task fails", async () => {
    const limit = concurrencyLimit(1);
    const failing = limit.run(() => Promise.reject(new Error("boom")));
    const next = limit.run(async () => "ran");
    expect(limit.waiting).toBe(1);
    await expect(failing).rejects.toThrow("boom");
    await expect(next).resolves.toBe("ran");
    expect(limit.running).toBe(0);
  });

  it("refuses a limit below one", () => {
    expect(() => concurrencyLimit(0)).toThrow(RangeError);
    expect(() => concurrencyLimit(1.5)).toThrow(RangeError);
  });
});
