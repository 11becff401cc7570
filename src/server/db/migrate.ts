import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Database, SqlSession } from "./connection";

/**
 * Applies `prisma/migrations/<timestamp>_<name>/migration.sql` in order, the way
 * `prisma migrate deploy` does, without Prisma's native schema engine (which
 * cannot be downloaded on our machines; see docs/decisions.md):
 *
 * - each migration runs in its own transaction and is recorded in Prisma's own
 *   `_prisma_migrations` table with the same SHA-256 checksum, so Prisma's CLI,
 *   where it exists, agrees with what was applied;
 * - an applied migration whose file has changed since is refused;
 * - concurrent runners against one database serialise on the advisory lock
 *   Prisma Migrate itself takes, so each migration is applied exactly once.
 */

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

/** The advisory lock key Prisma Migrate uses on PostgreSQL. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  script: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
  }
}

export function checksumOf(script: string): string {
  return createHash("sha256").update(script).digest("hex");
}

/** Prisma accepts a checksum taken with either line ending, as git may convert them. */
function matchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
  return variants.some((variant) => checksumOf(variant) === checksum);
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const script = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, script, checksum: checksumOf(script) };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
}

export async function migrate(
  session: SqlSession,
  migrations: MigrationFile[],
  log: (message: string) => void = () => {},
): Promise<MigrationResult> {
  await session.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
  try {
    await session.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await session.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
        WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const result: MigrationResult = { applied: [], alreadyApplied: [] };

    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row) {
        assertIntact(migration, row);
        result.alreadyApplied.push(migration.name);
        continue;
      }
      await applyOne(session, migration);
      log(`applied migration ${migration.name}`);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
  }
}

function assertIntact(migration: MigrationFile, row: AppliedRow): void {
  if (row.finished_at === null) {
    throw new MigrationError(
      `Migration ${migration.name} was started but never finished on this database. ` +
        `Inspect the database, then mark it rolled back or applied before migrating again.`,
    );
  }
  if (!matchesChecksum(migration.script, row.checksum)) {
    throw new MigrationError(
      `Migration ${migration.name} was modified after it was applied ` +
        `(recorded checksum ${row.checksum}, file checksum ${migration.checksum}). ` +
        `Restore the file and put the change in a new migration.`,
    );
  }
}

async function applyOne(session: SqlSession, migration: MigrationFile): Promise<void> {
  try {
    await session.transaction(async (tx) => {
      await tx.exec(migration.script);
      await tx.query(
        `INSERT INTO "_prisma_migrations"
           (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`, {
      cause: error,
    });
  }
}

/** Applies the project's pending migrations to `database`. */
export async function migrateDatabase(
  database: Database,
  log?: (message: string) => void,
): Promise<MigrationResult> {
  const migrations = await readMigrations();
  return database.withSession((session) => migrate(session, migrations, log));
}
