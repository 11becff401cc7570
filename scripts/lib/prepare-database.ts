import type { PrismaClient } from "@/generated/prisma/client";
import type { Env } from "@/env";
import { openDatabase, targetFromEnv } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { getLogger } from "@/server/logger";
import {
  type DemoCredentials,
  demoLogins,
  hasAnyOperator,
  seedDemo,
  seedDemoAdmin,
} from "../seed/demo";

/**
 * Applies pending migrations (expired rate-limit windows and codes are purged by
 * a job, at start and on the schedule: src/server/jobs/schedule.ts); with
 * `seedDemoIfEmpty` (development) it also loads the demo studio (and the demo
 * admin, where no admin exists) into a database that has no operator yet, and answers the demo logins while they
 * work. Closes the database again.
 */
export async function prepareDatabase(
  env: Env,
  options: { seedDemoIfEmpty?: boolean } = {},
): Promise<{ demo: DemoCredentials | null }> {
  const log = getLogger();
  const target = targetFromEnv(env);
  // Migrations and the demo data may take longer than any request should.
  const database = openDatabase(
    target.kind === "postgres" ? { ...target, statementTimeoutMs: undefined } : target,
  );
  try {
    const result = await migrateDatabase(database, (message) => log.info(message));
    log.info(
      { applied: result.applied.length, alreadyApplied: result.alreadyApplied.length },
      "database is up to date",
    );
    await assertStoredKeysReadable(env, database.prisma);
    if (options.seedDemoIfEmpty && !(await hasAnyOperator(database.prisma))) {
      log.info(
        "empty database: loading the demo studio and its photos, once (up to half a minute)",
      );
      await seedDemo(database.prisma, { progress: (message) => log.info(message) });
      await seedDemoAdmin(database.prisma);
      log.info("empty database: loaded the demo studio");
    }
    return { demo: options.seedDemoIfEmpty ? await demoLogins(database.prisma) : null };
  } finally {
    await database.close();
  }
}

/**
 * Production refuses to start without DATA_ENCRYPTION_KEY once a studio's
 * payment keys are stored under it: every card order and webhook would fail.
 */
async function assertStoredKeysReadable(env: Env, prisma: PrismaClient): Promise<void> {
  if (env.NODE_ENV !== "production" || env.DATA_ENCRYPTION_KEY) return;
  const stored = await prisma.paymentAccount.count();
  if (stored > 0) {
    throw new Error(
      `DATA_ENCRYPTION_KEY: required in production: ${stored} studio(s) have payment keys stored under it`,
    );
  }
}
