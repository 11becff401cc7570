import { expect, type Page, test } from "@playwright/test";
import { registerOperator, signInAs } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/**
 * A studio gives its print lab an API key on a phone: Settings → API keys,
 * the key shown once, used by the lab within its scope, then revoked.
 */

async function fitsThePhone(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a studio makes an API key for its print lab, which works within its scope until revoked", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const studio = await registerOperator(request, "Key Studio");
  await signInAs(page, studio.email);
  await page.goto("/settings#api-keys");
  const section = page.getByRole("region", { name: "API keys" });
  await expect(section.getByTestId("no-api-keys")).toBeVisible();
  await captureScreens(page, "settings-api-keys-empty");

  await section.getByLabel("Name").fill("Print lab");
  await section.getByRole("checkbox", { name: "orders:read" }).check();
  await section.getByRole("button", { name: "Create key" }).click();
  const shown = section.getByTestId("new-api-key");
  await expect(shown).toHaveText(/^pbk_[A-Za-z0-9_-]{43}$/);
  const key = (await shown.textContent())!;
  await expect(section.getByRole("listitem", { name: "API key Print lab" })).toContainText(
    "orders:read",
  );
  await fitsThePhone(page);
  await captureScreens(page, "settings-api-key-created");

  const lab = { authorization: `Bearer ${key}` };
  const project = (await (
    await request.post("/v1/projects", {
      headers: studio.headers,
      data: { name: "Summer fair", timezone: "Europe/Berlin" },
    })
  ).json()) as { id: string };
  const orders = await request.get(`/v1/projects/${project.id}/orders`, { headers: lab });
  expect(orders.status()).toBe(200);
  expect((await request.get("/v1/analytics", { headers: lab })).status()).toBe(403);
  expect((await request.get("/v1/projects", { headers: lab })).status()).toBe(403);

  await section.getByRole("button", { name: "Done" }).click();
  await expect(shown).toBeHidden();
  await section.getByRole("button", { name: "Revoke" }).click();
  await page
    .getByRole("dialog", { name: 'Revoke "Print lab"?' })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(section.getByTestId("no-api-keys")).toBeVisible();
  expect((await request.get(`/v1/projects/${project.id}/orders`, { headers: lab })).status()).toBe(
    401,
  );
});
