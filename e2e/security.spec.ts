import { expect, test } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { TEST_AUTH_SECRET } from "../tests/support/app-server";
import { registerOperator, signInAs } from "./support/backoffice";

const SESSION_COOKIE = "next-auth.session-token";
const DAY = 24 * 60 * 60;

test("after sign-in, a callbackUrl that leaves the site is ignored", async ({ page, request }) => {
  const studio = await registerOperator(request, "Redirect Studio");
  for (const callbackUrl of ["/%09/evil.example", "/%5Cevil.example", "/.//evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await page.getByLabel("E-mail").fill(studio.email);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  }
});

test("pages run under a nonce CSP: the app works, an injected inline script does not", async ({
  page,
  request,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const studio = await registerOperator(request, "Policy Studio");
  const response = await page.goto("/signin");
  const policy = response!.headers()["content-security-policy"]!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

  await signInAs(page, studio.email);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await page.goto("/projects");
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible();
  expect(violations).toEqual([]);

  // An XSS that slips a script into a page's HTML: the response keeps its headers.
  await page.route("**/projects", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</body>",
      "<script>window.__injected = true</script></body>",
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto("/projects");
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New project" }).first()).toBeVisible();
  expect(await page.evaluate(() => "__injected" in window)).toBe(false);
  expect(violations.join("\n")).toMatch(/inline script/i);
});

test("the API reference keeps no token in localStorage", async ({ page }) => {
  const response = await page.goto("/api/docs");
  expect(response!.headers()["content-security-policy"]).toContain("script-src 'self'");
  await expect(page.getByRole("button", { name: "Authorize" })).toBeVisible();
  await page.getByRole("button", { name: "Authorize" }).click();
  // Tokens and API keys are two schemes, each with its own form.
  const bearer = page.locator("form").filter({ hasText: "bearerAuth" });
  await bearer.getByRole("textbox", { name: "auth-bearer-value" }).fill("secret-token-value");
  await bearer.getByRole("button", { name: "Apply credentials" }).click();
  await expect(bearer.getByRole("heading", { name: "Authorized" })).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  expect(stored).not.toContain("secret-token-value");
});

test("a browser session ends 7 days after sign-in, however often it is used", async ({
  page,
  request,
}) => {
  const studio = await registerOperator(request, "Week Studio");
  await signInAs(page, studio.email);
  const [cookie] = (await page.context().cookies()).filter((c) => c.name === SESSION_COOKIE);
  const claims = (await decode({ token: cookie!.value, secret: TEST_AUTH_SECRET }))!;
  expect(claims.signedInAt).toBeGreaterThan(Date.now() / 1000 - 60);

  const weekOld = await encode({
    token: { ...claims, signedInAt: Math.floor(Date.now() / 1000) - 7 * DAY - 60 },
    secret: TEST_AUTH_SECRET,
  });
  await page.context().addCookies([{ ...cookie!, value: weekOld }]);
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);

  const sixDaysOld = await encode({
    token: { ...claims, signedInAt: Math.floor(Date.now() / 1000) - 6 * DAY },
    secret: TEST_AUTH_SECRET,
  });
  await page.context().addCookies([{ ...cookie!, value: sixDaysOld }]);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
});
