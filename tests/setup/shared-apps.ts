import type { TestProject } from "vitest/node";
import { appInstanceCount, type RunningApp, startApp } from "../support/app-server";
import type { SharedAppAddress } from "../support/shared-app";

/**
 * Global setup of the HTTP projects: starts the app that plain test files
 * share, one per worker (a cluster of TEST_APP_INSTANCES behind a proxy where
 * the project asks for it), on the project's database kind. Each file still
 * makes its own studios and speaks from its own client address
 * (tests/setup/client-address.ts), so the files do not see each other.
 */
declare module "vitest" {
  export interface ProvidedContext {
    sharedApps: SharedAppAddress[];
  }
}

export default async function setup(project: TestProject) {
  const env = project.config.env ?? {};
  // startApp reads these from the environment, as a test worker's does.
  const saved = {
    DATABASE_URL: process.env.DATABASE_URL,
    TEST_APP_INSTANCES: process.env.TEST_APP_INSTANCES,
  };
  process.env.DATABASE_URL = env.DATABASE_URL ?? "";
  process.env.TEST_APP_INSTANCES = env.TEST_APP_INSTANCES ?? "";
  const count = Math.max(1, Number(project.globalConfig.maxWorkers) || 1);
  let apps: RunningApp[];
  try {
    apps = await Promise.all(
      // Webhook receivers in the tests listen on 127.0.0.1.
      Array.from({ length: count }, () =>
        startApp({
          instances: appInstanceCount(),
          env: { TRUST_PROXY: "true", WEBHOOK_ALLOW_PRIVATE: "true" },
        }),
      ),
    );
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  project.provide(
    "sharedApps",
    apps.map((app) => ({
      url: app.url,
      databaseUrl: app.databaseUrl,
      dataDir: app.dataDir,
      storageUrl: app.storageUrl,
    })),
  );
  return async () => {
    await Promise.all(apps.map((app) => app.stop()));
  };
}
