import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "@/server/db/migrate";
import { type RunningApp, startApp } from "../support/app-server";
import { postgresServerUrl } from "../support/postgres";

/**
 * Instances of a deployment start together (a rollout, a restart of all of
 * them) on a database that may still need migrating: one applies each
 * migration, the others wait for it and find it applied.
 */
async function statusOf(url: string): Promise<number> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}

describe("three instances started at once on an empty database", () => {
  const onPostgres = Boolean(postgresServerUrl());
  const reason = "the embedded database belongs to one process";
  let app: RunningApp;
  beforeAll(async () => {
    if (onPostgres)
      app = await startApp({ instances: 3, emptyDatabase: true, env: { LOG_LEVEL: "info" } });
  });
  afterAll(() => app?.stop());

  it("apply each migration exactly once", async ({ skip }) => {
    if (!onPostgres) skip(reason);
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    const { rows } = await client
      .query<{ migration_name: string; times: number; finished: number }>(
        `SELECT migration_name, count(*)::int AS times, count(finished_at)::int AS finished
           FROM "_prisma_migrations" WHERE rolled_back_at IS NULL
          GROUP BY migration_name ORDER BY migration_name`,
      )
      .finally(() => client.end());
    const migrations = (await readMigrations()).map((migration) => migration.name);
    expect(rows).toEqual(
      migrations.map((name) => ({ migration_name: name, times: 1, finished: 1 })),
    );
    const output = app.output();
    for (const name of migrations) {
      expect(output.split(`applied migration ${name}`), name).toHaveLength(2);
    }
  });

  it("all serve, each in turn behind the proxy", async ({ skip }) => {
    if (!onPostgres) skip(reason);
    expect(app.instances).toHaveLength(3);
    for (const instance of app.instances) {
      expect(await statusOf(`${instance.url}/api/health`)).toBe(200);
    }
    for (let i = 0; i < 6; i++) {
      expect(await statusOf(`${app.url}/v1/projects`)).toBe(401);
    }
    for (const instance of app.instances) {
      expect(instance.output().match(/"path":"\/v1\/projects"/g)).toHaveLength(2);
    }
  });
});
