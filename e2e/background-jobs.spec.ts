import AxeBuilder from "@axe-core/playwright";
import { type Page, expect, test } from "@playwright/test";
import { FAILED_MAIL, mailTo } from "./support/mail";
import { captureScreens } from "./support/screenshots";

/**
 * An admin watches the background job queues and sends a failed job again.
 * The global setup left one `mail.send` job failed (the mail server was away
 * when it ran); the app's mail server is up now.
 */

test.describe.configure({ mode: "serial" });

// The same root admin as admin-console.spec.ts: whichever journey runs first registers it.
const root = { email: "root-admin@example.test", password: "root admin password" };
const wrap = (input: Record<string, unknown>) => ({ data: JSON.stringify(input) });

test.beforeAll(async ({ request }) => {
  const response = await request.post("/api/admins/register", {
    data: wrap({ fullName: "Root Admin", ...root }),
  });
  if (response.status() === 201) return;
  expect((await request.post("/api/admins/login", { data: wrap(root) })).status()).toBe(200);
});

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("an admin sees the queues and a failed mail, retries it, and it is sent", async ({ page }) => {
  await page.goto("/admin/signin");
  await page.getByLabel("E-mail").fill(root.email);
  await page.getByLabel("Password").fill(root.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admins" })).toBeVisible();

  await page.getByRole("link", { name: "Jobs", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Background jobs" })).toBeVisible();
  for (const queue of ["Images", "Mail", "Maintenance"]) {
    await expect(page.getByRole("heading", { level: 3, name: queue, exact: true })).toBeVisible();
  }
  const mailQueue = page.getByRole("article", { name: "Mail" });
  await expect(mailQueue).toContainText(/Failed\s*1\s*1 in the last hour/);

  const failed = page.getByRole("list", { name: "Failed jobs" });
  const job = failed.getByRole("listitem").filter({ hasText: "mail.send" });
  await expect(job).toHaveCount(1);
  await expect(job).toContainText("ECONNREFUSED");
  await expect(job).toContainText("after 1 attempt");
  // The job's data (whom the mail is for) never reaches the page.
  await expect(page.locator("body")).not.toContainText(FAILED_MAIL.to);

  await captureScreens(page, "admin-background-jobs");
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSidewaysScroll(page);
  }
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id),
  ).toEqual([]);

  await job.getByRole("button", { name: /^Retry mail\.send job/ }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "mail.send queued again" }),
  ).toBeVisible();
  await expect(page.getByText("No failed jobs")).toBeVisible();
  await expect(mailQueue).toContainText(/Failed\s*0/);
  await expect
    .poll(() => mailTo(FAILED_MAIL.to).map((mail) => mail.subject))
    .toEqual([FAILED_MAIL.subject]);
  // Sent: once the page shows it done, it is still off the failed list.
  await expect(mailQueue.locator(".kpi", { hasText: "Done per minute" })).toContainText(
    /[1-9]\d* in the last hour/,
    { timeout: 15_000 },
  );
  await expect(page.getByText("No failed jobs")).toBeVisible();
  await captureScreens(page, "admin-background-jobs-empty");
});
