import type { Env } from "@/env";
import { openDatabase, targetFromEnv } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { getLogger } from "@/server/logger";

/** Applies pending migrations, then closes the database again. */
export async function prepareDatabase(env: Env): Promise<void> {
  const log = getLogger();
  const database = openDatabase(targetFromEnv(env));
  try {
    const result = await migrateDatabase(database, (message) => log.info(message));
    log.info(
      { applied: result.applied.length, alreadyApplied: result.alreadyApplied.length },
      "database is up to date",
    );
  } finally {
    await database.close();
  }
}
