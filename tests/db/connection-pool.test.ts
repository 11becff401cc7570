import { describe, expect, it } from "vitest";
import { openDatabase } from "@/server/db/connection";
import { postgresServerUrl } from "../support/postgres";
import { startSilentServer } from "../support/silent-server";

/**
 * The PostgreSQL pool's two waits: a server that does not answer is given up on
 * after the connect timeout, while a query that finds every connection busy
 * queues for the (longer) pool timeout instead of failing.
 */
const serverUrl = postgresServerUrl();

describe.skipIf(!serverUrl)("the PostgreSQL connection pool (needs DATABASE_URL)", () => {
  it("queues a query while every connection is busy, past the connect timeout", async () => {
    const database = openDatabase({
      kind: "postgres",
      url: serverUrl!,
      poolSize: 1,
      connectTimeoutMs: 200,
      poolTimeoutMs: 10_000,
    });
    try {
      const busy = database.withSession((session) => session.query("SELECT pg_sleep(0.8)"));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = performance.now();
      await expect(database.prisma.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
      expect(performance.now() - started).toBeGreaterThan(400);
      await busy;
    } finally {
      await database.close();
    }
  });

  it("gives up on a server that does not answer after the connect timeout, not the pool's", async () => {
    const silent = await startSilentServer();
    const database = openDatabase({
      kind: "postgres",
      url: `postgresql://postgres@127.0.0.1:${silent.port}/postgres`,
      connectTimeoutMs: 300,
      poolTimeoutMs: 10_000,
    });
    try {
      const started = performance.now();
      await expect(database.withSession((session) => session.query("SELECT 1"))).rejects.toThrow(
        /timeout/i,
      );
      expect(performance.now() - started).toBeLessThan(3_000);
    } finally {
      await database.close().catch(() => undefined);
      await silent.close();
    }
  });
});
