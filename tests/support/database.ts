import { type Database, type DatabaseTarget, openDatabase } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { createScratchDatabase, postgresServerUrl } from "./postgres";

export interface TestDatabase extends Database {
  /** Closes the database and removes it. */
  destroy(): Promise<void>;
}

/**
 * A fresh database for one test file: a new database on the PostgreSQL server
 * when DATABASE_URL is set, an in-memory PGlite database otherwise. Migrated
 * unless `migrated: false`.
 */
export async function createTestDatabase(
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  const serverUrl = postgresServerUrl();
  const scratch = serverUrl ? await createScratchDatabase(serverUrl) : undefined;
  const target: DatabaseTarget = scratch
    ? { kind: "postgres", url: scratch.url }
    : { kind: "pglite" };
  const database = openDatabase(target);
  if (options.migrated !== false) await migrateDatabase(database);
  return Object.assign(database, {
    async destroy() {
      await database.close();
      await scratch?.drop();
    },
  });
}
