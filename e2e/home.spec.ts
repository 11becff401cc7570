import { expect, test } from "@playwright/test";
import { captureScreens } from "./support/screenshots";

test("the home page introduces the product and leads to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Photo Backoffice" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/signin");
  await captureScreens(page, "home");
});

test("a parent with a code finds the gallery from the home page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Have a code? Open your gallery" }).click();
  await expect(page).toHaveURL(/\/gallery$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your photos" })).toBeVisible();
  await expect(page.getByLabel("Access code")).toBeVisible();
});
