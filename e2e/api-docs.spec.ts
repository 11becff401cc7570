import { expect, test } from "@playwright/test";
import { captureScreens } from "./support/screenshots";

test("the API reference renders offline, with every Backoffice operation", async ({
  page,
  baseURL,
}) => {
  const external: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(baseURL!)) return route.continue();
    external.push(url);
    return route.abort();
  });

  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: /Photo Backoffice API/ })).toBeVisible();
  await expect(page.locator('.opblock-summary-path[data-path="/v1/analytics"]')).toBeVisible();
  for (const tag of ["Projects", "Members", "Photos", "Orders", "Analytics"]) {
    await expect(page.locator(".opblock-tag", { hasText: tag }).first()).toBeVisible();
  }
  expect(external).toEqual([]);
  await captureScreens(page, "api-docs");
});
