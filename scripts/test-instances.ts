/**
 * `npm run test:instances`: the HTTP suite against three app instances on one
 * PostgreSQL database and one S3 store, behind a round-robin proxy (the
 * http:postgres project of vitest.config.ts; TEST_APP_INSTANCES changes how
 * many). `npm test` runs it too when DATABASE_URL is set. Builds first when
 * there is no production build.
 */
import { spawnSync } from "node:child_process";
import { hasProductionBuild } from "./lib/app-process";

if (!process.env.DATABASE_URL) {
  console.error(
    "test:instances needs PostgreSQL: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres; " +
      "each test file makes its own scratch database there).",
  );
  process.exit(2);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!hasProductionBuild()) run("npm", ["run", "build"]);
run("npx", ["vitest", "run", "--project", "http:postgres", ...process.argv.slice(2)]);
