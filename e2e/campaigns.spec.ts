import { expect, test } from "@playwright/test";
import { post, registerOperator, signInAs, uniqueEmail } from "./support/backoffice";
import { mailTo } from "./support/mail";
import { captureScreens } from "./support/screenshots";
import { afternoonZone } from "../tests/support/time-zones";

test.describe.configure({ timeout: 120_000 });

test("on a phone, a studio sends its project's invitations and sees them counted", async ({
  page,
  request,
}) => {
  const studio = await registerOperator(request, "Campaign Studio");
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Lakeside Primary",
    timezone: afternoonZone(),
  });
  const addresses = [uniqueEmail("uma"), uniqueEmail("uma-parent"), uniqueEmail("vic")];
  await post(request, `/v1/projects/${project.id}/members`, studio.headers, {
    name: "Uma",
    email: addresses[0],
    email2: addresses[1],
  });
  await post(request, `/v1/projects/${project.id}/members`, studio.headers, {
    name: "Vic",
    email: addresses[2],
  });
  await post(request, `/v1/projects/${project.id}/members`, studio.headers, { name: "Wes" });

  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, studio.email);
  await page.goto(`/projects/${project.id}`);

  const block = page.getByRole("region", { name: "Campaigns" });
  await expect(block.getByRole("heading", { name: "Campaigns" })).toBeVisible();
  const send = block.getByRole("button", { name: "Send 3 invitations" });
  await send.scrollIntoViewIfNeeded();
  await expect(send).toBeVisible();
  await send.click();

  const dialog = page.getByRole("dialog", { name: "Send 3 invitations?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Send 3 invitations" }).click();
  await expect(dialog).toBeHidden();
  await expect(block.getByRole("status").filter({ hasText: "3 invitations queued" })).toBeVisible();
  await expect(block.getByRole("button", { name: "No invitations to send" })).toBeDisabled();

  // The sink has them: the gallery link with each member's code.
  await expect
    .poll(() => addresses.map((address) => mailTo(address).length), { timeout: 30_000 })
    .toEqual([1, 1, 1]);
  expect(mailTo(addresses[0]!)[0]!.text).toMatch(/\/gallery\?code=[A-Z0-9]{5}-[A-Z0-9]{5}/);

  // The numbers follow once they are out.
  const invitations = block.locator('[data-campaign-kind="invitation"]');
  await expect(invitations.locator('[data-number="Sent"]')).toHaveText("3", { timeout: 30_000 });

  await captureScreens(page, "project-campaigns");

  // Reminder days are edited in place.
  const days = block.getByLabel("Reminder days before ordering closes");
  await expect(days).toHaveValue("7, 1");
  await days.fill("10, 3, 1");
  await block.getByRole("button", { name: "Save days" }).click();
  await expect(page.getByText("Reminder days saved")).toBeVisible();
  await expect(block.getByLabel("Reminder days before ordering closes")).toHaveValue("10, 3, 1");
  await block.getByLabel("Reminder days before ordering closes").fill("90");
  await block.getByRole("button", { name: "Save days" }).click();
  await expect(block.getByText(/0 to 60 days/)).toBeVisible();

  // Nothing is wider than the phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
