import { expect, test } from "@playwright/test";
import { captureScreens } from "./support/screenshots";

test("the home page introduces the product and leads to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Photo Backoffice" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/signin");
  await captureScreens(page, "home");
});
