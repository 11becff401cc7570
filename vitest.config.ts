import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Unit tests sit beside the module they test (src/**\/*.test.ts). Integration
 * tests in tests/ run against a real database (embedded PGlite, or the
 * PostgreSQL server in DATABASE_URL) and against the built app over HTTP.
 */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "src") } },
  test: {
    env: {
      AUTH_SECRET: "test-secret-that-is-long-enough-for-hs256-0123456789",
      BCRYPT_COST: "4",
      LOG_LEVEL: "silent",
    },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"] } },
      {
        extends: true,
        test: { name: "db", include: ["tests/db/**/*.test.ts", "tests/api/**/*.test.ts"] },
      },
      { extends: true, test: { name: "http", include: ["tests/http/**/*.test.ts"] } },
    ],
  },
});
