import { expect, test } from "@playwright/test";
import { post, registerOperator, signInAs } from "./support/backoffice";

test(
  "a signed-out visitor signs in and comes back to the page they asked for",
  { tag: "@smoke" },
  async ({ page, request }) => {
    const studio = await registerOperator(request, "Return Studio");
    const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
      name: "Deep Link",
    });

    await page.goto(`/projects/${project.id}`);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await page.getByLabel("E-mail").fill(studio.email);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${project.id}$`));
    await expect(page.getByRole("heading", { name: "Deep Link" })).toBeVisible();
  },
);

test("a wrong password is refused with a clear message", async ({ page, request }) => {
  const studio = await registerOperator(request);
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(studio.email);
  await page.getByLabel("Password").fill("not my password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid" })).toHaveText(
    "Invalid e-mail or password",
  );
  await expect(page).toHaveURL(/\/signin/);
});

test("signing out ends the session", async ({ page, request }) => {
  const studio = await registerOperator(request);
  await signInAs(page, studio.email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
});

test("a session ends when the photographer is deleted", async ({ page, request }) => {
  const studio = await registerOperator(request);
  const email = `leaver-${Date.now()}@example.test`;
  const photographer = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    {
      name: "Leaver",
      email,
      password: "correct horse battery",
    },
  );
  await signInAs(page, email);
  await expect(page).toHaveURL(/\/portal$/);
  const removed = await request.delete(`/v1/photographers/${photographer.id}`, {
    headers: studio.headers,
  });
  expect(removed.status()).toBe(204);
  await page.reload();
  await expect(page).toHaveURL(/\/signin/);
});
