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
    const connectTimeoutMs = 1_000;
    const database = openDatabase({
      kind: "postgres",
      url: serverUrl!,
      poolSize: 1,
      connectTimeoutMs,
      poolTimeoutMs: 60_000,
    });
    // The pool's only connection, held until the test lets it go.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    try {
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      const busy = database.withSession(async (session) => {
        await session.query("SELECT 1");
        holding();
        await released;
      });
      await held;

      let settled = false;
      const queued = database.prisma.$queryRaw`SELECT 1 AS one`.finally(() => (settled = true));
      // Well past the connect timeout (with time to spare for the query to reach the pool),
      // it is still waiting for the connection, not failed.
      await new Promise((resolve) => setTimeout(resolve, connectTimeoutMs + 2_000));
      expect(settled, "the query stopped waiting for the busy connection").toBe(false);
      release();
      await expect(queued).resolves.toEqual([{ one: 1 }]);
      await busy;
    } finally {
      release();
      await database.close();
    }
  });

  it("gives up on a server that does not answer after the connect timeout, not the pool's", async () => {
    const silent = await startSilentServer();
    const connectTimeoutMs = 300;
    const poolTimeoutMs = 60_000;
    const database = openDatabase({
      kind: "postgres",
      url: `postgresql://postgres@127.0.0.1:${silent.port}/postgres`,
      connectTimeoutMs,
      poolTimeoutMs,
    });
    try {
      const started = performance.now();
      // node-postgres's client's own connect timeout; the pool's says "timeout exceeded when
      // trying to connect" or "Connection terminated due to connection timeout".
      await expect(database.withSession((session) => session.query("SELECT 1"))).rejects.toThrow(
        /^timeout expired$/,
      );
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(connectTimeoutMs - 10);
      expect(elapsed).toBeLessThan(poolTimeoutMs / 6);
    } finally {
      await database.close().catch(() => undefined);
      await silent.close();
    }
  });
});
