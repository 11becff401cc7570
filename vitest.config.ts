import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

/**
 * Unit tests sit beside the module they test (src/**\/*.test.ts) and run once.
 * The database suite (tests/db, tests/api) and the HTTP suite against the
 * built app (tests/http) run on the embedded database (PGlite), and again on
 * PostgreSQL when DATABASE_URL names a server (each test file makes its own
 * database there); on PostgreSQL the HTTP suite talks to TEST_APP_INSTANCES
 * (default 3) instances of the app behind a round-robin proxy.
 */
const postgres = process.env.DATABASE_URL || undefined;

/**
 * Files whose subject does not depend on the database they run on: the photo
 * storage (folder, S3), the app on a PostgreSQL server it stops and starts, the
 * demo seed, the cookies and headers behind HTTPS. They run once, with the
 * embedded database's projects.
 */
const ONCE = [
  "tests/db/photo-storage.test.ts",
  "tests/db/demo-seed.test.ts",
  "tests/http/photos-s3.test.ts",
  "tests/http/database-outage.test.ts",
  "tests/http/https-deployment.test.ts",
];

type Database = "pglite" | "postgres";

function environment(database: Database): Record<string, string> {
  return { DATABASE_URL: database === "pglite" ? "" : postgres! };
}

function databaseProject(database: Database): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: `db:${database}`,
      include: ["tests/db/**/*.test.ts", "tests/api/**/*.test.ts"],
      exclude: database === "pglite" ? [] : ONCE,
      env: environment(database),
      globalSetup: ["tests/setup/database-templates.ts"],
    },
  };
}

function httpProject(database: Database): TestProjectInlineConfiguration {
  const instances = database === "postgres" ? process.env.TEST_APP_INSTANCES || "3" : "1";
  return {
    extends: true,
    test: {
      name: `http:${database}`,
      include: ["tests/http/**/*.test.ts"],
      exclude: database === "pglite" ? [] : ONCE,
      env: { ...environment(database), TEST_APP_INSTANCES: instances },
      globalSetup: ["tests/setup/database-templates.ts", "tests/setup/shared-apps.ts"],
      setupFiles: ["tests/setup/client-address.ts"],
    },
  };
}

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "src") } },
  test: {
    env: {
      AUTH_SECRET: "test-secret-that-is-long-enough-for-hs256-0123456789",
      BCRYPT_COST: "4",
      LOG_LEVEL: "silent",
    },
    // Files spend much of their time waiting on the app: two at once even on two cores.
    maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"] } },
      databaseProject("pglite"),
      httpProject("pglite"),
      ...(postgres ? [databaseProject("postgres"), httpProject("postgres")] : []),
    ],
  },
});
