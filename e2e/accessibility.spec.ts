import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import {
  chooseClassList,
  PASSWORD,
  post,
  registerOperator,
  signInAs,
  uniqueEmail,
} from "./support/backoffice";
import { createGalleryShoot } from "./support/gallery";

/** No serious or critical axe violation, reported by rule and element when there is one. */
async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  const report = blocking.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(report, `${name} at ${page.viewportSize()?.width}px`).toEqual([]);
}

async function scan(page: Page, path: string, ready: (page: Page) => Promise<void>) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await ready(page);
    await expectAccessible(page, path);
  }
}

async function importMembers(
  request: APIRequestContext,
  headers: Record<string, string>,
  projectId: string,
) {
  const response = await request.post(`/v1/projects/${projectId}/members/import`, {
    headers: { ...headers, "content-type": "text/csv" },
    data: "name,class,email\nAnn Lee,4A,ann@example.com\nBo Chan,4B,\n",
  });
  expect(response.status()).toBe(200);
}

// Each test scans many pages at two widths.
test.describe.configure({ timeout: 180_000 });

const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
};

test("public pages have no serious accessibility violations", async ({ page }) => {
  await scan(page, "/", heading("Photo Backoffice"));
  await scan(page, "/signin", heading("Sign in"));
  await scan(page, "/signup", heading("Create a studio account"));
  await scan(page, "/forgot-password", heading("Reset your password"));
  await scan(page, "/admin/signin", heading("Admin console"));
  await scan(page, "/no-such-page", heading("Not found"));
});

test("operator pages have no serious accessibility violations", async ({ page, request }) => {
  const studio = await registerOperator(request, "Accessible Studio");
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Open Day",
    startAt: "2030-03-01T09:00:00Z",
  });
  const photographer = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    {
      name: "Pat",
      email: uniqueEmail("pat"),
      password: PASSWORD,
    },
  );
  const pkg = await post<{ id: string }>(request, "/v1/packages", studio.headers, {
    name: "Basic",
    price: 1000,
    photoCount: 5,
  });
  await post(request, `/v1/projects/${project.id}/photographers`, studio.headers, {
    photographerId: photographer.id,
  });
  await post(request, `/v1/projects/${project.id}/packages`, studio.headers, { packageId: pkg.id });

  await signInAs(page, studio.email);
  await scan(page, "/dashboard", async (p) => {
    await heading("Dashboard")(p);
    await expect(p.locator('[data-kpi="membersEnrolled"]')).toBeVisible();
    await expect(p.getByRole("region", { name: "Conversion funnel" })).toBeVisible();
  });
  await scan(page, "/projects", async (p) => {
    await heading("Projects")(p);
    await expect(p.getByRole("link", { name: "Open Day" })).toBeVisible();
  });
  await scan(page, "/projects/new", heading("New project"));
  await scan(page, `/projects/${project.id}`, async (p) => {
    await heading("Open Day")(p);
    await expect(p.getByRole("list", { name: "Assigned photographers" })).toBeVisible();
    await expect(p.getByRole("button", { name: "Import a class list" })).toBeVisible();
  });

  await scan(page, "/photographers", async (p) => {
    await heading("Photographers")(p);
    await expect(p.getByRole("heading", { name: "Pat" })).toBeVisible();
  });
  await scan(page, "/packages", async (p) => {
    await heading("Packages")(p);
    await expect(p.getByRole("heading", { name: "Basic" })).toBeVisible();
  });
  await scan(page, "/settings", heading("Settings"));

  await test.step("dialogs", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/packages");
    await page.getByRole("button", { name: "New package" }).click();
    await expect(page.getByRole("dialog", { name: "New package" })).toBeVisible();
    await expectAccessible(page, "new package dialog");
  });
});

test("the members section and the import dialog have no serious accessibility violations", async ({
  page,
  request,
}) => {
  const studio = await registerOperator(request, "Roster A11y Studio");
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Class Day",
  });
  await importMembers(request, studio.headers, project.id);
  await signInAs(page, studio.email);
  await scan(page, `/projects/${project.id}`, async (p) => {
    await expect(p.getByRole("region", { name: "Members table" })).toContainText("Ann Lee");
  });
  await test.step("import dialog", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const dialog = await chooseClassList(page, "list.csv", "name,class,email\nCy Vance,4B,bad\n");
    await expect(dialog.getByRole("list", { name: "Rejected lines" })).toBeVisible();
    await expectAccessible(page, "import dialog");
  });
});

test("portal pages have no serious accessibility violations", async ({ page, request }) => {
  const studio = await registerOperator(request, "Portal A11y Studio");
  const email = uniqueEmail("portal");
  const photographer = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    {
      name: "Robin",
      email,
      password: PASSWORD,
    },
  );
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Studio Day",
  });
  await post(request, `/v1/projects/${project.id}/photographers`, studio.headers, {
    photographerId: photographer.id,
  });

  await importMembers(request, studio.headers, project.id);

  await signInAs(page, email);
  await scan(page, "/portal", heading("My projects"));
  await scan(page, `/portal/projects/${project.id}`, async (p) => {
    await heading("Studio Day")(p);
    await expect(p.getByRole("region", { name: "Members table" })).toContainText("Ann Lee");
  });
  await scan(page, "/portal/account", heading("My account"));
});

test("gallery pages have no serious accessibility violations", async ({ page, request }) => {
  const shoot = await createGalleryShoot(request, "Gallery A11y Studio");
  await scan(page, "/gallery", heading("Your photos"));
  await page.getByLabel("Access code").fill(shoot.anna.accessCode);
  await page.getByRole("button", { name: "Open my gallery" }).click();
  await expect(page).toHaveURL(/\/gallery\/photos$/);
  await scan(page, "/gallery/photos", async (p) => {
    await heading("Spring Portraits")(p);
    await expect(p.getByRole("list", { name: "Your photos" }).getByRole("listitem")).toHaveCount(3);
  });
  await test.step("ordering and the preview", async () => {
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/gallery/photos");
      await page.getByRole("radio", { name: /Duo/ }).check();
      await page.getByRole("checkbox", { name: "Choose photo 1 of 3" }).check();
      await expect(page.getByRole("region", { name: "Your order" })).toBeVisible();
      await expectAccessible(page, "gallery order");
      await page.getByRole("button", { name: "Open photo 1 of 3 larger" }).click();
      await expect(page.getByRole("dialog", { name: "Photo 1 of 3" })).toBeVisible();
      await expectAccessible(page, "gallery preview");
    }
  });
});
