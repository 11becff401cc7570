import path from "node:path";
import { PGlite, type Transaction as PGliteTransaction } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { lockDataDir } from "./pglite-lock";

/** Where the data lives: a PostgreSQL server, or an embedded PGlite database. */
export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  /** `dataDir` undefined keeps the database in memory (tests). */
  | { kind: "pglite"; dataDir?: string };

/** Raw SQL on one connection, for migrations, advisory locks and bulk loads. */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements. */
  exec(script: string): Promise<void>;
  /** Runs `work` in a transaction on this connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
}

export interface Database {
  readonly target: DatabaseTarget;
  readonly prisma: PrismaClient;
  /** Borrows one connection for raw SQL for the duration of `work`. */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /**
   * PGlite only: its data folder as a gzipped tar, taken between two statements,
   * so restoring it is like restarting after a crash at that instant: every
   * committed transaction is there, nothing else.
   */
  snapshot?(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function targetFromEnv(env: { DATABASE_URL?: string; dataDir: string }): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: path.join(env.dataDir, "pglite") };
}

/** Opens the database. Nothing connects until the first query. */
export function openDatabase(target: DatabaseTarget): Database {
  return target.kind === "postgres" ? openPostgres(target) : openPGlite(target);
}

function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): Database {
  const pool = new pg.Pool({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });

  const sessionOf = (client: pg.PoolClient): SqlSession => ({
    async query<Row>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as Row[];
    },
    async exec(script) {
      await client.query(script);
    },
    async transaction(work) {
      await client.query("BEGIN");
      try {
        const result = await work(sessionOf(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
  });

  return {
    target,
    prisma,
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work(sessionOf(client));
      } finally {
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

function openPGlite(target: Extract<DatabaseTarget, { kind: "pglite" }>): Database {
  const unlock = target.dataDir ? lockDataDir(target.dataDir) : () => {};
  const pglite = new PGlite(target.dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });

  const sessionOf = (client: PGlite | PGliteTransaction): SqlSession => ({
    async query<Row>(sql: string, params?: unknown[]) {
      return (await client.query<Row>(sql, params)).rows;
    },
    async exec(script) {
      await client.exec(script);
    },
    async transaction(work) {
      // PGlite has one connection: its transaction() holds it, so nothing else interleaves.
      if (!(client instanceof PGlite)) return work(sessionOf(client));
      return client.transaction((tx) => work(sessionOf(tx)));
    },
  });

  return {
    target,
    prisma,
    withSession: (work) => work(sessionOf(pglite)),
    async snapshot() {
      // PGlite 0.5's dumpDataDir takes its query lock before waiting for start-up,
      // which start-up needs: called on a database not yet started, it never returns.
      await pglite.waitReady;
      return new Uint8Array(await (await pglite.dumpDataDir("gzip")).arrayBuffer());
    },
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
      unlock();
    },
  };
}
