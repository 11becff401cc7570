import { describe, expect, it } from "vitest";
import { openDatabase } from "@/server/db/connection";
import { checkHealth } from "@/server/domain/health";
import { createTestDatabase } from "../support/database";
import { startSilentServer } from "../support/silent-server";

describe("checkHealth", () => {
  it("is ok while the database answers, unavailable once it does not", async () => {
    const database = await createTestDatabase();
    expect(await checkHealth(database.prisma)).toEqual({ status: "ok" });
    await database.destroy();
    expect(await checkHealth(database.prisma)).toEqual({
      status: "unavailable",
      database: "unreachable",
    });
  });

  it("answers within its timeout when the server accepts connections but never responds", async () => {
    const silent = await startSilentServer();
    const database = openDatabase({
      kind: "postgres",
      url: `postgresql://postgres@127.0.0.1:${silent.port}/postgres`,
      connectTimeoutMs: 10_000,
    });
    try {
      const started = performance.now();
      expect(await checkHealth(database.prisma, 300)).toEqual({
        status: "unavailable",
        database: "timeout",
      });
      // Far below the 10 s the driver would wait to connect.
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      await database.close().catch(() => undefined);
      await silent.close();
    }
  });
});
