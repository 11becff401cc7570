import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appInstanceCount, type RunningApp, startApp } from "../support/app-server";
import { eventually } from "../support/eventually";
import { onServer } from "../support/postgres";

/**
 * The recurring chores run from the one schedule while the app serves: here
 * every minute (CHORES_CRON), so rate-limit windows that end after start-up
 * are purged by a later, scheduled run, not by the run at start.
 */

const WINDOWS = 3;
/** The windows end this long after the app was asked to start: after its start-up purge. */
const ENDS_AFTER_MS = 45_000;

let app: RunningApp;

beforeAll(async () => {
  const resetAt = new Date(Date.now() + ENDS_AFTER_MS);
  app = await startApp({
    instances: appInstanceCount(),
    env: { CHORES_CRON: "* * * * *", LOG_LEVEL: "info" },
    async prepare(database) {
      for (let index = 0; index < WINDOWS; index += 1) {
        await database.prisma.rateLimitBucket.create({
          data: { key: `scheduled-purge:${index}`, hits: 1, resetAt },
        });
      }
    },
  });
});
afterAll(() => app?.stop());

interface PurgeLine {
  time: string;
  rateLimitWindows: number;
}

const purges = (): PurgeLine[] =>
  app
    .output()
    .split("\n")
    .filter((line) => line.includes('"expired rows purged"'))
    .map((line) => JSON.parse(line) as PurgeLine);

describe("the chores' schedule", () => {
  it("purges rate-limit windows that have passed while the app runs", async () => {
    // Each instance purges once at start, before the windows end: nothing to remove yet.
    const atStart = await eventually(() => (purges().length > 0 ? purges() : undefined), {
      timeoutMs: 30_000,
      what: "the start-up purge",
    });
    expect(atStart[0]!.rateLimitWindows).toBe(0);

    const scheduled = await eventually(
      () => purges().find((line) => line.rateLimitWindows >= WINDOWS),
      { timeoutMs: ENDS_AFTER_MS + 100_000, everyMs: 500, what: "a scheduled purge" },
    );
    expect(scheduled.rateLimitWindows).toBe(WINDOWS);

    if (app.databaseUrl) {
      const left = await onServer(app.databaseUrl, async (client) => {
        const { rows } = await client.query(
          "SELECT count(*)::int AS n FROM rate_limit_buckets WHERE key LIKE 'scheduled-purge:%'",
        );
        return (rows[0] as { n: number }).n;
      });
      expect(left).toBe(0);
    }
  }, 200_000);
});
