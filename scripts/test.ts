/**
 * `npm test`: the whole suite, in the order that fails fastest.
 *
 *  1. preflight: a Node that runs the app, a Chromium for the journeys (installed
 *     when missing), a reachable PostgreSQL when DATABASE_URL is set; seconds;
 *  2. the production build, once;
 *  3. every vitest project: unit tests once, the database and HTTP suites on the
 *     embedded database, and with DATABASE_URL on PostgreSQL too (the HTTP suite
 *     there against three app instances behind a proxy);
 *  4. the browser journeys in Chromium: all of them on PostgreSQL with
 *     DATABASE_URL (plus a smoke set on the embedded database), all of them on
 *     the embedded database without.
 *
 * Each step prints its duration, and a table of them ends the run.
 * `-- --skip-build` reuses the build that is there.
 */
import { spawnSync } from "node:child_process";
import { hasProductionBuild } from "./lib/app-process";
import pg from "pg";
import { ensureChromium, installAdvice } from "./lib/browser";
import { isSupportedNode, SUPPORTED_NODE } from "@/lib/node-version";

const postgres = process.env.DATABASE_URL || undefined;
const skipBuild = process.argv.includes("--skip-build");
const timings: { step: string; seconds: number }[] = [];
const started = Date.now();

function say(line: string) {
  console.log(`\n== ${line}`);
}

function fail(message: string): never {
  console.error(`\nnpm test: ${message}`);
  process.exit(1);
}

function step(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  say(name);
  const began = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  timings.push({ step: name, seconds: (Date.now() - began) / 1000 });
  if (result.status !== 0) {
    printTimings();
    fail(`${name} failed (${command} ${args.join(" ")}).`);
  }
}

function printTimings() {
  const total = (Date.now() - started) / 1000;
  const width = Math.max(...timings.map((t) => t.step.length), 5);
  console.log("\n" + "step".padEnd(width) + "  minutes");
  for (const { step, seconds } of timings) {
    console.log(`${step.padEnd(width)}  ${(seconds / 60).toFixed(1).padStart(7)}`);
  }
  console.log(`${"total".padEnd(width)}  ${(total / 60).toFixed(1).padStart(7)}`);
}

async function preflight() {
  if (!isSupportedNode(process.versions.node)) {
    fail(
      `Node ${process.versions.node} cannot run the app: it needs ${SUPPORTED_NODE} (24 is ` +
        "what it is built on). With nvm: `nvm install` (reads .nvmrc); or without it: " +
        "`npm install --prefix ~/.cache/node24 node@24 && export PATH=~/.cache/node24/node_modules/node/bin:$PATH`.",
    );
  }
  const browser = ensureChromium((line) => console.log(line));
  if (!browser) {
    fail(
      process.env.CHROMIUM_PATH
        ? `CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, and there is no browser there.`
        : `the browser journeys need Chromium, and installing one failed. Run:\n  ${installAdvice()}`,
    );
  }
  console.log(`Chromium: ${browser.executablePath ?? "Playwright's own"} (${browser.source})`);
  if (postgres) {
    const client = new pg.Client({ connectionString: postgres, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.end();
    } catch (error) {
      fail(
        `DATABASE_URL is set, but PostgreSQL does not answer there (${(error as Error).message}). ` +
          "Start it, or unset DATABASE_URL to test on the embedded database only.",
      );
    }
  }
  console.log(
    postgres
      ? "Databases: the embedded one (PGlite) and PostgreSQL at DATABASE_URL"
      : "Database: the embedded one (PGlite); set DATABASE_URL to a PostgreSQL server to test there too",
  );
}

say(`Preflight (Node ${process.versions.node})`);
const preflightStarted = Date.now();
await preflight();
timings.push({ step: "Preflight", seconds: (Date.now() - preflightStarted) / 1000 });

if (!(skipBuild && hasProductionBuild())) step("Build", "npm", ["run", "build"]);
step("Vitest: unit, database and HTTP suites", "npx", ["vitest", "run"]);
if (postgres) {
  step("Playwright journeys on PostgreSQL", "npx", ["playwright", "test"]);
  step(
    "Playwright smoke set on the embedded database",
    "npx",
    ["playwright", "test", "--grep", "@smoke"],
    {
      DATABASE_URL: "",
    },
  );
} else {
  step("Playwright journeys on the embedded database", "npx", ["playwright", "test"]);
}
printTimings();
