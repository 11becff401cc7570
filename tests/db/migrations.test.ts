import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/server/db/connection";
import {
  checksumOf,
  migrate,
  MigrationError,
  readMigrations,
  type MigrationFile,
} from "@/server/db/migrate";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createScratchDatabase, postgresServerUrl } from "../support/postgres";

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  applied_steps_count: number;
}

const recorded = (database: TestDatabase) =>
  database.withSession((session) =>
    session.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    ),
  );

describe("migrations", () => {
  let database: TestDatabase;
  let migrations: MigrationFile[];

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
    migrations = await readMigrations();
  });
  afterAll(() => database.destroy());

  it("apply every migration to a fresh database and record it as Prisma does", async () => {
    const result = await database.withSession((session) => migrate(session, migrations));

    expect(result.applied).toEqual(migrations.map((m) => m.name));
    const rows = await recorded(database);
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(checksumOf(migrations[i]!.script));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await database.withSession((session) =>
      session.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public' AND tablename = 'operators'`,
      ),
    );
    expect(tables[0]!.count).toBe(1);
  });

  it("apply nothing the second time", async () => {
    const result = await database.withSession((session) => migrate(session, migrations));
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toEqual(migrations.map((m) => m.name));
    expect(await recorded(database)).toHaveLength(migrations.length);
  });

  it("accept an applied migration whose line endings git converted", async () => {
    const converted = migrations.map((m) => ({ ...m, script: m.script.replaceAll("\n", "\r\n") }));
    const result = await database.withSession((session) => migrate(session, converted));
    expect(result.applied).toEqual([]);
  });

  it("refuse an applied migration whose file was edited", async () => {
    const edited = migrations.map((m, i) =>
      i === 0
        ? {
            ...m,
            script: `${m.script}\n-- an afterthought\n`,
            checksum: checksumOf(`${m.script}x`),
          }
        : m,
    );
    const attempt = database.withSession((session) => migrate(session, edited));
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(/was modified after it was applied/);
  });

  it("roll back a failing migration entirely and record nothing", async () => {
    const failing: MigrationFile = {
      name: "29990101000000_broken",
      script: `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";`,
      checksum: "irrelevant",
    };
    const attempt = database.withSession((session) => migrate(session, [...migrations, failing]));
    await expect(attempt).rejects.toThrow(/29990101000000_broken failed and was rolled back/);

    const leftovers = await database.withSession((session) =>
      session.query(`SELECT 1 FROM pg_tables WHERE tablename = 'half_done'`),
    );
    expect(leftovers).toEqual([]);
    expect((await recorded(database)).map((row) => row.migration_name)).not.toContain(failing.name);
  });
});

const serverUrl = postgresServerUrl();

describe.skipIf(!serverUrl)("migrations on a PostgreSQL server", () => {
  it("apply each migration exactly once when two runners start together", async () => {
    const scratch = await createScratchDatabase(serverUrl!);
    const first = openDatabase({ kind: "postgres", url: scratch.url });
    const second = openDatabase({ kind: "postgres", url: scratch.url });
    try {
      const migrations = await readMigrations();
      const results = await Promise.all(
        [first, second].map((database) =>
          database.withSession((session) => migrate(session, migrations)),
        ),
      );

      const appliedCounts = results.map((result) => result.applied.length).sort();
      expect(appliedCounts).toEqual([0, migrations.length]);
      const rows = await first.withSession((session) =>
        session.query<{ count: number }>(`SELECT count(*)::int AS count FROM "_prisma_migrations"`),
      );
      expect(rows[0]!.count).toBe(migrations.length);
    } finally {
      await first.close();
      await second.close();
      await scratch.drop();
    }
  });
});
