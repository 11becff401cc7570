import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { seedDemo } from "../../scripts/seed/demo";
import { insertOperator } from "../../tests/support/fixtures";
import { startApp, TEST_AUTH_SECRET } from "../../tests/support/app-server";
import { failedMailJob } from "../../tests/support/jobs";
import { startMailbox } from "../../tests/support/smtp";
import { FAILED_MAIL, MAIL_DIR } from "./mail";
import { STRIPE_STAND_IN_URL } from "./stripe";

/**
 * Starts the built app for the whole run, with the demo studio loaded (the
 * dashboard journey compares its numbers), 21 quiet studios (the admins'
 * overview pages through them), one failed mail job, and its mail going to a real SMTP
 * server whose messages land in MAIL_DIR; the returned function stops both.
 */
export default async function globalSetup(config: FullConfig) {
  // The demo data is written from this process: hash its passwords quickly.
  process.env.BCRYPT_COST ??= "4";
  process.env.AUTH_SECRET ??= TEST_AUTH_SECRET;
  // The demo's photo files are uploaded from this process: into the folder the app reads.
  const photos = mkdtempSync(path.join(tmpdir(), "e2e-photos-"));
  process.env.STORAGE_URL = photos;
  rmSync(MAIL_DIR, { recursive: true, force: true });
  const mailbox = await startMailbox({ saveTo: MAIL_DIR });

  const baseURL = config.projects[0]!.use.baseURL!;
  const app = await startApp({
    port: Number(new URL(baseURL).port),
    env: {
      NEXTAUTH_URL: baseURL,
      SMTP_URL: mailbox.url,
      STORAGE_URL: photos,
      // Card payments go to the stand-in that e2e/card-payments.spec.ts starts there.
      STRIPE_API_URL: STRIPE_STAND_IN_URL,
      // The app runs as in production, which stores payment keys only under this key.
      DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      // e2e/webhooks.spec.ts receives webhooks on 127.0.0.1.
      WEBHOOK_ALLOW_PRIVATE: "true",
      // Set-up requests name their own client address (support/backoffice.ts).
      TRUST_PROXY: "true",
    },
    prepare: async (database) => {
      await seedDemo(database.prisma);
      // Enough studios for the admins' overview to have a second page.
      for (let i = 1; i <= 21; i++) await insertOperator(database.prisma, `Quiet Studio ${i}`);
      // A mail that failed while the mail server was away (the admins' Background jobs page).
      await failedMailJob(database, FAILED_MAIL, TEST_AUTH_SECRET);
    },
  });
  return async () => {
    await app.stop();
    await mailbox.stop();
    rmSync(photos, { recursive: true, force: true });
  };
}
