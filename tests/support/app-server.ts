import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, type DatabaseTarget, openDatabase } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { type AppProcess, launchApp } from "../../scripts/lib/app-process";
import { createScratchDatabase, postgresServerUrl, type ScratchDatabase } from "./postgres";

/**
 * Starts the built app (`npm run build` first) the way `npm start` does, on a
 * free port, with a fresh embedded database folder or a fresh database on the
 * PostgreSQL server in DATABASE_URL. `stop()` sends SIGTERM and cleans up.
 */
export interface RunningApp extends AppProcess {
  /** The app's database when the suite runs on PostgreSQL, to look inside it. */
  databaseUrl?: string;
  /** The app's DATA_DIR (photo files live in its `photos` folder by default). */
  dataDir: string;
  /**
   * Stops this process (if it still runs) and starts the app again on the same
   * DATA_DIR, database and settings; the new app's `stop()` cleans up.
   */
  restart(): Promise<RunningApp>;
}

export interface StartAppOptions {
  env?: Record<string, string>;
  /** A PostgreSQL database to use as it is, instead of a scratch database (or PGlite) of its own. */
  databaseUrl?: string;
  port?: number;
  /** Writes data into the app's (migrated) database before the app starts. */
  prepare?: (database: Database) => Promise<void>;
}

export const TEST_AUTH_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

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

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  const serverUrl = options.databaseUrl ? undefined : postgresServerUrl();
  let scratch: ScratchDatabase | undefined;
  if (serverUrl) scratch = await createScratchDatabase(serverUrl, "app");
  const databaseUrl = options.databaseUrl ?? scratch?.url;
  // Photo files live in DATA_DIR on either database.
  const dataDir = await mkdtemp(path.join(tmpdir(), "photo-backoffice-"));
  const cleanUp = async () => {
    await scratch?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    if (options.prepare) {
      await prepareDatabase(
        databaseUrl
          ? { kind: "postgres", url: databaseUrl }
          : { kind: "pglite", dataDir: path.join(dataDir, "pglite") },
        options.prepare,
      );
    }
    const env = {
      AUTH_SECRET: TEST_AUTH_SECRET,
      BCRYPT_COST: "4",
      LOG_LEVEL: "warn",
      SHUTDOWN_DRAIN_MS: "0",
      DATA_DIR: dataDir,
      ...(databaseUrl && { DATABASE_URL: databaseUrl }),
      ...options.env,
    };
    return await launched({ env, port: options.port }, { databaseUrl, dataDir }, cleanUp);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

async function launched(
  settings: Parameters<typeof launchApp>[0],
  place: { databaseUrl?: string; dataDir: string },
  cleanUp: () => Promise<void>,
): Promise<RunningApp> {
  const app = await launchApp(settings);
  let handedOver = false;
  return {
    ...app,
    ...place,
    async stop() {
      const code = await app.stop();
      if (!handedOver) await cleanUp();
      return code;
    },
    async restart() {
      await app.stop();
      const next = await launched({ env: settings.env }, place, cleanUp);
      handedOver = true;
      return next;
    },
  };
}
