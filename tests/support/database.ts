import { type Database, type DatabaseTarget, openDatabase } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { pgliteTemplateSnapshot, postgresTemplate } from "./database-templates";
import { createScratchDatabase, postgresServerUrl } from "./postgres";

export interface TestDatabase extends Database {
  /** Closes the database and removes it. */
  destroy(): Promise<void>;
}

/**
 * A fresh database for one test file: a new database on the PostgreSQL server
 * when DATABASE_URL is set, an in-memory PGlite database otherwise. Migrated
 * unless `migrated: false`: a copy of the run's migrated template where there
 * is one (see database-templates.ts).
 */
export async function createTestDatabase(
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  const migrated = options.migrated !== false;
  const serverUrl = postgresServerUrl();
  const scratch = serverUrl
    ? await createScratchDatabase(serverUrl, "test", migrated ? postgresTemplate() : undefined)
    : undefined;
  const target: DatabaseTarget = scratch
    ? { kind: "postgres", url: scratch.url }
    : { kind: "pglite", snapshot: migrated ? await pgliteTemplateSnapshot() : undefined };
  const database = openDatabase(target);
  // On a copy of the template this finds nothing to apply, and says so quickly.
  if (migrated) await migrateDatabase(database);
  return Object.assign(database, {
    async destroy() {
      await database.close();
      await scratch?.drop();
    },
  });
}
