import path from "node:path";
import { PGlite, type Transaction as PGliteTransaction } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Env } from "@/env";
import { PrismaClient } from "@/generated/prisma/client";
import { lockDataDir } from "./pglite-lock";

/** Where the data lives: a PostgreSQL server, or an embedded PGlite database. */
export type DatabaseTarget =
  | ({ kind: "postgres"; url: string } & PoolSettings)
  /**
   * `dataDir` undefined keeps the database in memory (tests); `snapshot`, a
   * tarball that `Database.snapshot()` made, is loaded into a database that is new.
   */
  | { kind: "pglite"; dataDir?: string; snapshot?: Blob };

/** How the app uses a PostgreSQL server; unset values keep the defaults below. */
export interface PoolSettings {
  poolSize?: number;
  /** How long to wait for a new connection to the server. */
  connectTimeoutMs?: number;
  /** How long a query waits for a free connection when all of them are busy. */
  poolTimeoutMs?: number;
  /** The server's `statement_timeout` on every connection; unset means none. */
  statementTimeoutMs?: number;
}

const DEFAULT_POOL_SIZE = 10;
const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
const DEFAULT_POOL_TIMEOUT_MS = 10_000;

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
  /**
   * PGlite only: the embedded database itself, for the job queue (pg-boss's
   * `fromPglite`), which shares its single connection with Prisma.
   */
  readonly embedded?: PGlite;
  /** Borrows one connection for raw SQL for the duration of `work`. */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** One statement on any free connection, straight over the driver (see driver-query.ts). */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /**
   * PGlite only: its data folder as a gzipped tar, taken between two statements,
   * so restoring it is like restarting after a crash at that instant: every
   * committed transaction is there, nothing else.
   */
  snapshot?(): Promise<Uint8Array>;
  close(): Promise<void>;
}

type DatabaseEnv = Pick<
  Env,
  | "DATABASE_URL"
  | "DATABASE_POOL_SIZE"
  | "DATABASE_CONNECT_TIMEOUT_MS"
  | "DATABASE_POOL_TIMEOUT_MS"
  | "DATABASE_STATEMENT_TIMEOUT_MS"
  | "dataDir"
>;

export function targetFromEnv(env: DatabaseEnv): DatabaseTarget {
  return env.DATABASE_URL
    ? {
        kind: "postgres",
        url: env.DATABASE_URL,
        poolSize: env.DATABASE_POOL_SIZE,
        connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
        poolTimeoutMs: env.DATABASE_POOL_TIMEOUT_MS,
        statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      }
    : { kind: "pglite", dataDir: path.join(env.dataDir, "pglite") };
}

// Which database each Prisma client was opened on, kept on globalThis like the
// database itself (src/server/db/index.ts): Next.js's bundles and the server's
// own modules each have their copy of this module.
const registry = globalThis as typeof globalThis & {
  __photoBackofficeDatabaseOfClient?: WeakMap<PrismaClient, Database>;
};
const databaseOfClient = (registry.__photoBackofficeDatabaseOfClient ??= new WeakMap());

/** Opens the database. Nothing connects until the first query. */
export function openDatabase(target: DatabaseTarget): Database {
  const database = target.kind === "postgres" ? openPostgres(target) : openPGlite(target);
  databaseOfClient.set(database.prisma, database);
  return database;
}

/** The database `openDatabase` opened this client on, if it did. */
export function databaseOf(prisma: PrismaClient): Database | undefined {
  return databaseOfClient.get(prisma);
}

/**
 * pg's pool has one timeout for both connecting and queueing for a busy pool;
 * its clients take their own connect timeout, so a client class splits the two:
 * an unreachable server is noticed quickly, while a burst of requests queues.
 */
function clientWithConnectTimeout(connectTimeoutMs: number): typeof pg.Client {
  return class extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super({
        ...(typeof config === "string" ? { connectionString: config } : config),
        connectionTimeoutMillis: connectTimeoutMs,
      });
    }
  };
}

function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): Database {
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? DEFAULT_POOL_SIZE,
    Client: clientWithConnectTimeout(target.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS),
    connectionTimeoutMillis: target.poolTimeoutMs ?? DEFAULT_POOL_TIMEOUT_MS,
    // Sent with each new connection, so it holds for Prisma's queries and raw sessions alike.
    ...(target.statementTimeoutMs !== undefined && {
      statement_timeout: target.statementTimeoutMs,
    }),
  });
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
    async query<Row>(sql: string, params?: unknown[]) {
      return (await pool.query(sql, params)).rows as Row[];
    },
    async withSession(work) {
      const client = await pool.connect();
      // A connection lost between two queries: the next query fails, the process does not.
      let lost: Error | undefined;
      const onError = (error: Error) => (lost = error);
      client.on("error", onError);
      try {
        return await work(sessionOf(client));
      } finally {
        client.off("error", onError);
        client.release(lost);
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
  const pglite = new PGlite({ dataDir: target.dataDir, loadDataDir: target.snapshot });
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
    embedded: pglite,
    query: (sql, params) => sessionOf(pglite).query(sql, params),
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
