import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { PASSWORD, registerOperator, uniqueEmail } from "./support/backoffice";
import { resetCodeFor } from "./support/mail";
import { captureScreens } from "./support/screenshots";

test.describe.configure({ mode: "serial" });

// Fixed, so that a retry (a new worker) can sign in as the admin the first attempt registered.
const root = { email: "root-admin@example.test", password: "root admin password" };
const wrap = (input: Record<string, unknown>) => ({ data: JSON.stringify(input) });

async function adminToken(request: APIRequestContext): Promise<string> {
  const login = await request.post("/api/admins/login", { data: wrap(root) });
  return ((await login.json()) as { data: { accessToken: string } }).data.accessToken;
}

async function signInAsAdmin(page: Page, email = root.email, password = root.password) {
  await page.goto("/admin/signin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admins" })).toBeVisible();
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test("the first admin is created on the setup page, which afterwards says the console is set up", async ({
  page,
  request,
}) => {
  await page.goto("/admin/setup");
  await expect(
    page.getByRole("heading", { level: 1, name: "Set up the admin console" }),
  ).toBeVisible();
  // The suite's first admin comes from here; in a run where another journey (background-jobs)
  // went first, the root admin exists already and the page says so.
  if (await page.getByLabel("Full name").isVisible()) {
    await captureScreens(page, "admin-setup");
    await expectAccessible(page);
    await page.getByLabel("Full name").fill("Root Admin");
    await page.getByLabel("E-mail").fill(root.email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create admin" }).click();
    await expect(page.getByText("must be at least 8 characters")).toBeVisible();
    await page.getByLabel("Password").fill(root.password);
    await page.getByRole("button", { name: "Create admin" }).click();
    await expect(page).toHaveURL(/\/admin\/studios$/);
    await expect(page.getByRole("heading", { level: 1, name: "Studios" })).toBeVisible();
  }
  expect((await request.post("/api/admins/login", { data: wrap(root) })).status()).toBe(200);

  await page.context().clearCookies();
  await page.goto("/admin/setup");
  await expect(page.getByText("An admin exists already")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveCount(0);
  await captureScreens(page, "admin-setup-done");
  await page.getByRole("link", { name: "Sign in to the admin console" }).click();
  await expect(page).toHaveURL(/\/admin\/signin$/);
});

test("a signed-out visitor is sent to sign in and brought back to the console", async ({
  page,
}) => {
  await page.goto("/admin/studios");
  await expect(page).toHaveURL(/\/admin\/signin\?callbackUrl=%2Fadmin%2Fstudios/);
  await page.getByLabel("E-mail").fill(root.email);
  await page.getByLabel("Password").fill(root.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/studios$/);
  await expect(page.getByRole("heading", { level: 1, name: "Studios" })).toBeVisible();
});

test("an admin creates, edits and deletes another admin", async ({ page }) => {
  await signInAsAdmin(page);
  await expect(page.getByRole("link", { name: "Admins" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("list", { name: "Admins" })).toContainText("Root Admin");
  await captureScreens(page, "admin-list");
  await expectAccessible(page);

  const email = uniqueEmail("second-admin");
  await page.getByRole("button", { name: "Add admin" }).click();
  const add = page.getByRole("dialog", { name: "Add an admin" });
  await add.getByLabel("Full name").fill("Grace Hopper");
  await add.getByLabel("E-mail").fill(email);
  await add.getByLabel("Password").fill("short");
  await add.getByRole("button", { name: "Add admin" }).click();
  await expect(add.getByText("must be at least 8 characters")).toBeVisible();
  await add.getByLabel("Password").fill(PASSWORD);
  await add.getByRole("button", { name: "Add admin" }).click();
  await expect(add).toBeHidden();
  await expect(page.getByRole("heading", { name: "Grace Hopper" })).toBeVisible();

  await page.getByRole("button", { name: "Edit Grace Hopper" }).click();
  const edit = page.getByRole("dialog", { name: "Edit admin" });
  await edit.getByLabel("Full name").fill("Rear Admiral Grace Hopper");
  await edit.getByLabel("Profile image URL").fill("not a url");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByText("must be an absolute http(s) URL")).toBeVisible();
  await edit.getByLabel("Profile image URL").fill("");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole("heading", { name: "Rear Admiral Grace Hopper" })).toBeVisible();

  await page.getByRole("button", { name: "Delete Rear Admiral Grace Hopper" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete admin?" });
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Delete admin" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("heading", { name: "Rear Admiral Grace Hopper" })).toHaveCount(0);

  await page.getByRole("button", { name: "Delete Root Admin" }).click();
  await confirm.getByRole("button", { name: "Delete admin" }).click();
  await expect(confirm.getByRole("alert")).toHaveText("The last admin cannot be deleted");
  await confirm.getByRole("button", { name: "Cancel" }).click();
});

test("an admin resets a forgotten password with the e-mailed code", async ({ page, request }) => {
  const email = uniqueEmail("forgetful-admin");
  const created = await request.post("/api/admins/register", {
    headers: { authorization: `Bearer ${await adminToken(request)}` },
    data: wrap({ fullName: "Forgetful Admin", email, password: PASSWORD }),
  });
  expect(created.status()).toBe(201);

  await page.goto("/admin/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a code is on its way" })).toBeVisible();
  const code = await resetCodeFor(email);

  await page.getByLabel("Code from the e-mail").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid or expired OTP" })).toBeVisible();
  await page.getByLabel("Code from the e-mail").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();

  await page.getByLabel("New password", { exact: true }).fill("a brand new password");
  await page.getByLabel("Repeat the new password").fill("a brand new password");
  await captureScreens(page, "admin-reset-password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/admin\/signin\?reset=1$/);
  await expect(page.getByText("Your password was reset.")).toBeVisible();

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a brand new password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admins" })).toBeVisible();
});

test("an admin browses and searches the studios on the platform", async ({ page, request }) => {
  for (let i = 0; i < 2; i++) await registerOperator(request, `Overview Studio ${i}`);
  await registerOperator(request, "Zebra Photography");
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Studios" }).click();
  const table = page.getByRole("table");
  await expect(table).toContainText("Zebra Photography");
  await expect(page.getByText(/Page 1 of [2-9] · \d+ studios/)).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(21);
  const firstPage = await table.getByRole("row").allInnerTexts();
  await captureScreens(page, "admin-studios");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(/Page 2 of/)).toBeVisible();
  const secondPage = await table.getByRole("row").allInnerTexts();
  expect(secondPage.slice(1).some((row) => firstPage.includes(row))).toBe(false);
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page.getByText(/Page 1 of/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Previous" })).toBeDisabled();

  await page.getByLabel("Search studios").fill("zebra");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("Page 1 of 1 · 1 studio")).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2);
  await page.getByLabel("Search studios").fill("no such studio");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No studio matches “no such studio”")).toBeVisible();
});

test("an admin changes their own password and signs in again", async ({ page, request }) => {
  const email = uniqueEmail("changing-admin");
  await request.post("/api/admins/register", {
    headers: { authorization: `Bearer ${await adminToken(request)}` },
    data: wrap({ fullName: "Changing Admin", email, password: PASSWORD }),
  });
  await signInAsAdmin(page, email, PASSWORD);
  await page.getByRole("link", { name: "My password" }).click();
  await expectAccessible(page);
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("my new password!");
  await page.getByLabel("Repeat the new password").fill("my new password!");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("is not the current password")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/admin\/signin\?changed=1$/);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("my new password!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admins" })).toBeVisible();
});

test("an admin opens a studio, suspends it, lifts the suspension and sends its owner a reset", async ({
  page,
  browser,
  request,
}) => {
  const studio = await registerOperator(request, "Suspendable Studio");
  await signInAsAdmin(page);
  await page.getByRole("link", { name: "Studios" }).click();
  await page.getByLabel("Search studios").fill("Suspendable");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Suspendable Studio" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Suspendable Studio" })).toBeVisible();
  await expect(page.getByText(`Owner ${studio.email}`)).toBeVisible();
  const numbers = page
    .getByRole("list", { name: "The studio's numbers" })
    .or(page.locator('dl[aria-label="The studio\'s numbers"]'));
  await expect(numbers).toContainText("Members");
  await expect(numbers).toContainText("Revenue");
  await expect(page.getByText("No photographers yet")).toBeVisible();
  await captureScreens(page, "admin-studio");
  await expectAccessible(page);

  // The owner is signed in elsewhere while the admin suspends the studio.
  const owner = await browser.newPage();
  await owner.goto("/signin");
  await owner.getByLabel("E-mail").fill(studio.email);
  await owner.getByLabel("Password").fill(PASSWORD);
  await owner.getByRole("button", { name: "Sign in" }).click();
  await expect(owner).not.toHaveURL(/\/signin/);

  await page.getByRole("button", { name: "Suspend studio" }).click();
  const confirm = page.getByRole("dialog", { name: "Suspend Suspendable Studio?" });
  await expect(confirm).toContainText("Nothing is deleted.");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Suspend studio" }).click();
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Suspend studio" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Suspended since" })).toBeVisible();
  await captureScreens(page, "admin-studio-suspended");

  // The owner's session is refused, and so is signing in again.
  await owner.goto("/dashboard");
  await expect(owner).toHaveURL(/\/signin\?suspended$/);
  await expect(
    owner.getByText("This studio is suspended, so its sign-ins are refused"),
  ).toBeVisible();
  await owner.getByLabel("E-mail").fill(studio.email);
  await owner.getByLabel("Password").fill(PASSWORD);
  await owner.getByRole("button", { name: "Sign in" }).click();
  await expect(
    owner.getByRole("alert").filter({ hasText: "until the platform's admins lift the suspension" }),
  ).toBeVisible();

  await page.getByRole("link", { name: "All studios" }).click();
  await expect(page.getByRole("row", { name: /Suspendable Studio/ })).toContainText("Suspended");
  await page.getByRole("link", { name: "Suspendable Studio" }).click();
  await page.getByRole("button", { name: "Unsuspend studio" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await owner.getByRole("button", { name: "Sign in" }).click();
  await expect(owner).not.toHaveURL(/\/signin/);
  await owner.close();

  await page.getByRole("button", { name: "Send owner a password reset" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: `A password reset code is on its way to ${studio.email}` }),
  ).toBeVisible();
  expect(await resetCodeFor(studio.email)).toMatch(/^\d{6}$/);

  // A studio with people and projects: the demo's.
  await page.getByRole("link", { name: "All studios" }).click();
  await page.getByLabel("Search studios").fill("Lumen");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Lumen Photo Studio" }).click();
  await expect(page.getByRole("region", { name: "Photographers table" })).toContainText(
    "ada@example.com",
  );
  await expect(
    page.getByRole("region", { name: "Projects table" }).getByRole("row"),
  ).not.toHaveCount(1);
  await captureScreens(page, "admin-studio-demo");
});
