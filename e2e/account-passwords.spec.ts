import { expect, type Page, test } from "@playwright/test";
import { PASSWORD, post, registerOperator, signInAs, uniqueEmail } from "./support/backoffice";
import { resetCodeFor } from "./support/mail";
import { captureScreens } from "./support/screenshots";

async function signInAgain(page: Page, email: string, password: string) {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("Repeat the new password").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
}

test("an operator changes the password in settings; every other session ends", async ({
  page,
  browser,
  request,
}) => {
  const studio = await registerOperator(request, "Changing Studio");
  const elsewhere = await browser.newPage();
  await signInAs(elsewhere, studio.email);
  await signInAs(page, studio.email);

  await page.goto("/settings");
  await captureScreens(page, "settings-password");
  await changePassword(page, "not my password", "a brand new password");
  await expect(page.getByText("is not the current password")).toBeVisible();

  await changePassword(page, PASSWORD, "a brand new password");
  await expect(page).toHaveURL(/\/signin\?changed=1$/);
  await expect(page.getByText("Your password was changed")).toBeVisible();
  await signInAgain(page, studio.email, "a brand new password");

  await elsewhere.goto("/dashboard");
  await expect(elsewhere).toHaveURL(/\/signin/);
  await elsewhere.close();
  const oldToken = await request.get("/v1/operators/me", { headers: studio.headers });
  expect(oldToken.status()).toBe(401);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin\?signedout=1$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
});

test("a studio resets a forgotten password with the e-mailed code", async ({ page, request }) => {
  const studio = await registerOperator(request, "Forgetful Studio");
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("E-mail").fill(studio.email);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a code is on its way" })).toBeVisible();
  const code = await resetCodeFor(studio.email);

  await page.getByLabel("Code from the e-mail").fill(code === "000000" ? "111111" : "000000");
  await page.getByLabel("New password", { exact: true }).fill("recovered password");
  await page.getByLabel("Repeat the new password").fill("recovered password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("is wrong, used or expired")).toBeVisible();

  await page.getByLabel("Code from the e-mail").fill(code);
  await captureScreens(page, "forgot-password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1$/);
  await expect(page.getByText("Your password was reset.")).toBeVisible();
  await signInAgain(page, studio.email, "recovered password");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("a photographer replaces the password the studio chose", async ({ page, request }) => {
  const studio = await registerOperator(request, "Hiring Studio");
  const email = uniqueEmail("new-shooter");
  await post(request, "/v1/auth/register-photographer", studio.headers, {
    name: "Nia New",
    email,
    password: PASSWORD,
  });
  await signInAs(page, email);
  const banner = page.getByRole("status").filter({ hasText: "Your studio chose your password" });
  await expect(banner).toBeVisible();
  await banner.getByRole("link", { name: "Choose your own" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await captureScreens(page, "portal-account");

  await changePassword(page, PASSWORD, "my very own password");
  await expect(page).toHaveURL(/\/signin\?changed=1$/);
  await signInAgain(page, email, "my very own password");
  await expect(page.getByRole("heading", { name: "My projects" })).toBeVisible();
  await expect(page.getByText("Your studio chose your password")).toHaveCount(0);
});
