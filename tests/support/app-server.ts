import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, type DatabaseTarget, openDatabase } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { createScratchDatabase, postgresServerUrl, type ScratchDatabase } from "./postgres";

/**
 * Starts the built app (`npm run build` first) the way `npm start` does, on a
 * free port, with a fresh embedded database folder or a fresh database on the
 * PostgreSQL server in DATABASE_URL. `stop()` sends SIGTERM and cleans up.
 */
export interface RunningApp {
  url: string;
  /** The app's database when the suite runs on PostgreSQL, to look inside it. */
  databaseUrl?: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<number | null>;
}

export interface StartAppOptions {
  env?: Record<string, string>;
  port?: number;
  /** Writes data into the app's (migrated) database before the app starts. */
  prepare?: (database: Database) => Promise<void>;
}

async function prepareDatabase(
  target: DatabaseTarget,
  prepare: (database: Database) => Promise<void>,
) {
  const database = openDatabase(target);
  try {
    await migrateDatabase(database);
    await prepare(database);
  } finally {
    await database.close();
  }
}

export const TEST_AUTH_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `the app exited with code ${child.exitCode} before it was healthy:\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app did not become healthy within 90 s:\n${output()}`);
}

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  if (!existsSync(path.resolve(".next/BUILD_ID"))) {
    throw new Error("No production build found: run `npm run build` before the HTTP tests.");
  }
  const port = options.port ?? (await freePort());
  const serverUrl = postgresServerUrl();
  let scratch: ScratchDatabase | undefined;
  let dataDir: string | undefined;
  const databaseEnv: Record<string, string> = {};
  if (serverUrl) {
    scratch = await createScratchDatabase(serverUrl, "app");
    databaseEnv.DATABASE_URL = scratch.url;
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), "photo-backoffice-"));
    databaseEnv.DATA_DIR = dataDir;
  }

  if (options.prepare) {
    await prepareDatabase(
      scratch
        ? { kind: "postgres", url: scratch.url }
        : { kind: "pglite", dataDir: path.join(dataDir!, "pglite") },
      options.prepare,
    );
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    AUTH_SECRET: TEST_AUTH_SECRET,
    BCRYPT_COST: "4",
    LOG_LEVEL: "warn",
    DATABASE_URL: "",
    ...databaseEnv,
    ...options.env,
  };
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/serve.ts", "start"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  child.stdout?.on("data", (chunk) => (printed += chunk));
  child.stderr?.on("data", (chunk) => (printed += chunk));
  const output = () => printed;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );

  const url = `http://127.0.0.1:${port}`;
  const cleanUp = async () => {
    await scratch?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilHealthy(url, child, output);
  } catch (error) {
    child.kill("SIGKILL");
    await exited;
    await cleanUp();
    throw error;
  }

  return {
    url,
    databaseUrl: scratch?.url,
    process: child,
    output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      const code = await exited;
      await cleanUp();
      return code;
    },
  };
}
