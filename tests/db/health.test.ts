import { describe, expect, it } from "vitest";
import { openDatabase } from "@/server/db/connection";
import { checkHealth, HEALTH_CHECK_TIMEOUT_MS } from "@/server/domain/health";
import { createTestDatabase } from "../support/database";
import { startSilentServer } from "../support/silent-server";

/** Far more than any answer takes, however busy the machine: what is measured is the outcome. */
const PATIENT_MS = 20_000;

describe("checkHealth", () => {
  it("is ok while the database answers, unavailable once it does not", async () => {
    const database = await createTestDatabase();
    expect(await checkHealth(database.prisma, PATIENT_MS)).toEqual({ status: "ok" });
    await database.destroy();
    expect(await checkHealth(database.prisma, PATIENT_MS)).toEqual({
      status: "unavailable",
      database: "unreachable",
    });
  });

  it("answers within its timeout when the server accepts connections but never responds", async () => {
    const silent = await startSilentServer();
    const connectTimeoutMs = 60_000;
    const database = openDatabase({
      kind: "postgres",
      url: `postgresql://postgres@127.0.0.1:${silent.port}/postgres`,
      connectTimeoutMs,
    });
    // Longer than the default, so that answering before it would show it was not the one used.
    const timeoutMs = HEALTH_CHECK_TIMEOUT_MS + 100;
    try {
      const started = performance.now();
      expect(await checkHealth(database.prisma, timeoutMs)).toEqual({
        status: "unavailable",
        database: "timeout",
      });
      const elapsed = performance.now() - started;
      // Its own timeout ended it, not the driver, which would still be waiting to connect.
      expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 10);
      expect(elapsed).toBeLessThan(connectTimeoutMs / 6);
    } finally {
      // Hanging up ends the driver's attempt to connect, which closing the database waits for.
      await silent.close();
      await database.close().catch(() => undefined);
    }
  });
});
