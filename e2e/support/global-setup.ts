import type { FullConfig } from "@playwright/test";
import { startApp } from "../../tests/support/app-server";

/** Starts the built app for the whole run; the returned function stops it. */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]!.use.baseURL!;
  const app = await startApp({ port: Number(new URL(baseURL).port) });
  return async () => {
    await app.stop();
  };
}
