import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Database, type DatabaseTarget, openDatabase } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { type ObjectStorage, storageFromUrl } from "@/server/storage";
import { type AppProcess, launchApp } from "../../scripts/lib/app-process";
import { launchCluster } from "./app-cluster";
import { copyPgliteTemplate, postgresTemplate } from "./database-templates";
import { createScratchDatabase, postgresServerUrl, type ScratchDatabase } from "./postgres";
import { type LocalS3, S3_TEST_CREDENTIALS, startLocalS3 } from "./s3";

/**
 * Starts the built app (`npm run build` first) the way `npm start` does, on a
 * free port, with a fresh embedded database folder or a fresh database on the
 * PostgreSQL server in DATABASE_URL. `stop()` sends SIGTERM and cleans up.
 *
 * With TEST_APP_INSTANCES=3 (PostgreSQL only) it starts three instances at
 * once instead, on one database, one DATA_DIR and one S3 store (s3rver),
 * behind a round-robin proxy whose address is `url`: every test then also
 * checks that nothing one request leaves in an instance's memory is needed by
 * the next.
 */
export interface RunningApp extends AppProcess {
  /** The app's database when the suite runs on PostgreSQL, to look inside it. */
  databaseUrl?: string;
  /** The app's DATA_DIR, shared by every instance. */
  dataDir: string;
  /** Where the app keeps photo files (DATA_DIR/photos, or the S3 store of a cluster). */
  storage: ObjectStorage;
  /** Its STORAGE_URL, when not the default folder. */
  storageUrl?: string;
  /** Every process behind `url`: one, or TEST_APP_INSTANCES. `process` is the first. */
  instances: AppProcess[];
  /**
   * Stops the app (if it still runs) and starts it again on the same DATA_DIR,
   * database, storage and settings (with `env` changed, if given); the new
   * app's `stop()` cleans up.
   */
  restart(env?: Record<string, string>): Promise<RunningApp>;
}

export interface StartAppOptions {
  env?: Record<string, string>;
  /** A PostgreSQL database to use as it is, instead of a scratch database (or PGlite) of its own. */
  databaseUrl?: string;
  port?: number;
  /** Writes data into the app's (migrated) database before the app starts. */
  prepare?: (database: Database) => Promise<void>;
  /**
   * How many instances share the database; 1 by default. A file whose subject
   * is several instances (limits and budgets counted across them, a chore run
   * once among them) passes `appInstanceCount()`; the shared app runs that
   * many for every other file.
   */
  instances?: number;
  /**
   * Start on an empty database that the app migrates itself, instead of a copy
   * of the run's migrated template (see database-templates.ts).
   */
  emptyDatabase?: boolean;
}

export const TEST_AUTH_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

/** TEST_APP_INSTANCES, or 1. */
export function appInstanceCount(): number {
  const value = process.env.TEST_APP_INSTANCES;
  if (!value) return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`TEST_APP_INSTANCES must be a whole number of instances, not "${value}"`);
  }
  return count;
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

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  const count = options.instances ?? 1;
  const serverUrl = options.databaseUrl ? undefined : postgresServerUrl();
  if (count > 1 && !serverUrl && !options.databaseUrl) {
    throw new Error(
      "Several app instances need PostgreSQL: set DATABASE_URL (the embedded database " +
        "belongs to one process and cannot be shared).",
    );
  }
  let scratch: ScratchDatabase | undefined;
  let s3: LocalS3 | undefined;
  const template = options.emptyDatabase ? undefined : postgresTemplate();
  if (serverUrl) scratch = await createScratchDatabase(serverUrl, "app", template);
  const databaseUrl = options.databaseUrl ?? scratch?.url;
  // Photo files live in DATA_DIR on either database, unless a cluster keeps them in S3.
  const dataDir = await mkdtemp(path.join(tmpdir(), "photo-backoffice-"));
  const cleanUp = async () => {
    await s3?.stop();
    await scratch?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    if (!databaseUrl && !options.emptyDatabase && !options.env?.DATA_DIR) {
      await copyPgliteTemplate(dataDir);
    }
    if (options.prepare) {
      await prepareDatabase(
        databaseUrl
          ? { kind: "postgres", url: databaseUrl }
          : { kind: "pglite", dataDir: path.join(dataDir, "pglite") },
        options.prepare,
      );
    }
    if (count > 1 && !options.env?.STORAGE_URL) s3 = await startLocalS3();
    const env = {
      AUTH_SECRET: TEST_AUTH_SECRET,
      BCRYPT_COST: "4",
      LOG_LEVEL: "warn",
      SHUTDOWN_DRAIN_MS: "0",
      DATA_DIR: dataDir,
      ...(databaseUrl && { DATABASE_URL: databaseUrl }),
      ...(s3 && { STORAGE_URL: s3.url, ...S3_TEST_CREDENTIALS }),
      ...options.env,
    };
    const settings = {
      count,
      env,
      port: options.port,
      trustForwardedFor: ["true", "1"].includes(options.env?.TRUST_PROXY ?? ""),
    };
    return await launched(settings, { databaseUrl, dataDir }, cleanUp);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

interface LaunchSettings {
  count: number;
  env: Record<string, string>;
  port?: number;
  trustForwardedFor: boolean;
}

async function launched(
  settings: LaunchSettings,
  place: { databaseUrl?: string; dataDir: string },
  cleanUp: () => Promise<void>,
): Promise<RunningApp> {
  const { count, env, port } = settings;
  const app =
    count > 1 ? await launchCluster({ ...settings, port }) : await launchApp({ port, env });
  let handedOver = false;
  return {
    instances: [app],
    ...app,
    ...place,
    storage: storageFromUrl(env.STORAGE_URL, place.dataDir),
    storageUrl: env.STORAGE_URL,
    async stop() {
      const code = await app.stop();
      if (!handedOver) await cleanUp();
      return code;
    },
    async restart(changed = {}) {
      await app.stop();
      const env = { ...settings.env, ...changed };
      const next = await launched({ ...settings, env, port: undefined }, place, cleanUp);
      handedOver = true;
      return next;
    },
  };
}
