import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hit, peek, purgeExpiredRateLimitBuckets, type RateLimit } from "@/server/rate-limit";
import { createTestDatabase, type TestDatabase } from "../support/database";

/**
 * Every new client address leaves a rate-limit row behind; the purge removes
 * the rows whose window has ended and nothing that still counts.
 */
describe("purging rate-limit buckets", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  const short: RateLimit = { name: "purge-short", limit: 5, windowSeconds: 60 };
  const long: RateLimit = { name: "purge-long", limit: 5, windowSeconds: 3_600 };
  const keys = async () =>
    (
      await database.prisma.rateLimitBucket.findMany({
        where: { key: { startsWith: "purge-" } },
        orderBy: { key: "asc" },
      })
    ).map((bucket) => bucket.key);

  it("removes the windows that have ended, keeps the running ones and their counts", async () => {
    const start = new Date("2026-06-01T10:00:00Z");
    for (let i = 0; i < 50; i++) await hit(database.prisma, short, `10.0.${i}.1`, start);
    await hit(database.prisma, long, "10.1.0.1", start);
    await hit(database.prisma, long, "10.1.0.1", start);
    const later = new Date(start.getTime() + 61_000);
    await hit(database.prisma, short, "10.2.0.1", later);

    expect(await purgeExpiredRateLimitBuckets(database.prisma, later)).toBe(50);
    expect(await keys()).toEqual(["purge-long:10.1.0.1", "purge-short:10.2.0.1"]);
    expect((await peek(database.prisma, long, "10.1.0.1", later)).hits).toBe(2);
    expect((await peek(database.prisma, short, "10.2.0.1", later)).hits).toBe(1);

    // A purged key starts a fresh window on its next hit.
    expect((await hit(database.prisma, short, "10.0.0.1", later)).hits).toBe(1);
    expect(await purgeExpiredRateLimitBuckets(database.prisma, later)).toBe(0);
  });

  it("takes the current time by default", async () => {
    const past = new Date(Date.now() - 2 * 60_000);
    await hit(database.prisma, short, "10.3.0.1", past);
    await hit(database.prisma, short, "10.3.0.2", new Date());
    await purgeExpiredRateLimitBuckets(database.prisma);
    const left = await keys();
    expect(left).not.toContain("purge-short:10.3.0.1");
    expect(left).toContain("purge-short:10.3.0.2");
  });
});
