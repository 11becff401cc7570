import { inject } from "vitest";
import { type ObjectStorage, storageFromUrl } from "@/server/storage";
import { S3_TEST_CREDENTIALS } from "./s3";

/**
 * The app that plain HTTP test files share instead of starting their own: one
 * per vitest worker, started by tests/setup/shared-apps.ts before the files
 * run. A file that needs settings of its own, the app's logs, or to stop or
 * restart it, starts its own with startApp().
 */
export interface SharedAppAddress {
  url: string;
  databaseUrl?: string;
  dataDir: string;
  storageUrl?: string;
}

export interface SharedApp {
  url: string;
  /** Its PostgreSQL database when the project runs there, to look inside it. */
  databaseUrl?: string;
  /** Its DATA_DIR. */
  dataDir: string;
  /** Where it keeps photo files. */
  storage: ObjectStorage;
  /** The X-Forwarded-For this file's requests carry (tests/setup/client-address.ts). */
  clientAddress: string;
}

export function sharedApp(): SharedApp {
  const apps = inject("sharedApps");
  if (!apps?.length)
    throw new Error("No shared app: run this file in an HTTP project of vitest.config.ts.");
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  const app = apps[(worker - 1) % apps.length]!;
  if (app.storageUrl?.startsWith("s3://")) Object.assign(process.env, S3_TEST_CREDENTIALS);
  return {
    url: app.url,
    databaseUrl: app.databaseUrl,
    dataDir: app.dataDir,
    storage: storageFromUrl(app.storageUrl, app.dataDir),
    clientAddress: process.env.TEST_CLIENT_ADDRESS!,
  };
}
