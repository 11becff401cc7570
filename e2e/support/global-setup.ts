import type { FullConfig } from "@playwright/test";
import { seedDemo } from "../../scripts/seed/demo";
import { startApp, TEST_AUTH_SECRET } from "../../tests/support/app-server";

/**
 * Starts the built app for the whole run, with the demo studio loaded (the
 * dashboard journey compares its numbers); the returned function stops it.
 */
export default async function globalSetup(config: FullConfig) {
  // The demo data is written from this process: hash its passwords quickly.
  process.env.BCRYPT_COST ??= "4";
  process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;
  const baseURL = config.projects[0]!.use.baseURL!;
  const app = await startApp({
    port: Number(new URL(baseURL).port),
    env: { NEXTAUTH_URL: baseURL },
    prepare: async (database) => {
      await seedDemo(database.prisma);
    },
  });
  return async () => {
    await app.stop();
  };
}
