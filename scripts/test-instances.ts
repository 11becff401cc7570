/**
 * `npm run test:instances`: the HTTP suite against three app instances on one
 * PostgreSQL database and one S3 store, behind a round-robin proxy
 * (TEST_APP_INSTANCES=3, see tests/support/app-server.ts). Builds first when
 * there is no production build.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!process.env.DATABASE_URL) {
  console.error(
    "test:instances needs PostgreSQL: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres; " +
      "each test file makes its own scratch database there).",
  );
  process.exit(2);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(".next/BUILD_ID")) run("npm", ["run", "build"]);
run("npx", ["vitest", "run", "--project", "http", ...process.argv.slice(2)], {
  ...process.env,
  TEST_APP_INSTANCES: process.env.TEST_APP_INSTANCES ?? "3",
});
