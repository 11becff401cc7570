import { expect, type Page, test } from "@playwright/test";
import { post, registerOperator, signInAs } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/**
 * A studio checks on a phone who touched a member's data: Settings → Audit
 * log, empty at first, then the new access code it gave and the member's
 * gallery visit, newest first, without the member's name.
 */

async function fitsThePhone(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a studio reads its audit log under Settings", async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const studio = await registerOperator(request, "Audit Studio");
  await signInAs(page, studio.email);
  await page.goto("/settings");
  await page.getByRole("link", { name: "Open the audit log" }).click();
  await expect(page).toHaveURL(/\/settings\/audit-log$/);
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await expect(page.getByText("Nothing recorded yet")).toBeVisible();
  await fitsThePhone(page);
  await captureScreens(page, "settings-audit-log-empty");

  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Audit school",
    timezone: "Europe/Berlin",
  });
  const member = await post<{ id: string }>(
    request,
    `/v1/projects/${project.id}/members`,
    studio.headers,
    { name: "Greta Gallery", email: "greta.parent@example.test" },
  );
  const renewed = await post<{ accessCode: string }>(
    request,
    `/v1/members/${member.id}/access-code`,
    studio.headers,
    {},
  );
  const opened = await request.post("/api/trpc/gallery.open", {
    data: { code: renewed.accessCode },
    headers: { "x-forwarded-for": "10.78.0.1" },
  });
  expect(opened.status()).toBe(200);

  await page.reload();
  const table = page.getByRole("region", { name: "Audit log table" });
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("The member");
  await expect(rows.nth(1)).toContainText("Opened their gallery");
  await expect(rows.nth(2)).toContainText("You");
  await expect(rows.nth(2)).toContainText("Gave a new access code");
  await expect(rows.nth(2)).toContainText(member.id.slice(0, 8));
  await expect(table).not.toContainText("Greta");
  await expect(page.getByText("Page 1 of 1 · 2 records")).toBeVisible();

  await page.getByLabel("Action").selectOption({ label: "Opened their gallery" });
  await expect(rows).toHaveCount(2);
  await fitsThePhone(page);
  await captureScreens(page, "settings-audit-log");
});
