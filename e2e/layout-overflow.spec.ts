import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { makePhoto } from "../tests/support/images";
import { PASSWORD, post, signInAs, uniqueEmail } from "./support/backoffice";
import { createGalleryShoot } from "./support/gallery";
import { checkAtEveryWidth, settle } from "./support/layout";

/**
 * Nothing overflows, on a phone or a desktop: every page of the app, at 390 and
 * 1440 px, neither scrolls sideways nor has a control (or text) sticking out of
 * its card, its cell or the window. A table may scroll sideways only inside a
 * scroll area that shows it does. The failure lists every page, width and
 * element at fault.
 *
 * The data is made to be awkward, as real studios' is: a German studio (amounts
 * like "1.079,40 €"), long names, long e-mail addresses, long package names.
 */

// The admin the console journey registers (e2e/admin-console.spec.ts): the first admin
// registers without a token, so whichever spec runs first makes it.
const root = { email: "root-admin@example.test", password: "root admin password" };
const wrap = (input: Record<string, unknown>) => ({ data: JSON.stringify(input) });

const DAY = 86_400_000;
const LONG_NAME = "Maximiliane Alexandra von Hohenzollern-Sigmaringen";

interface Shoot {
  studio: Awaited<ReturnType<typeof createGalleryShoot>>["studio"];
  project: { id: string };
  accessCode: string;
  photographer: { email: string };
  orderId: string;
  projectWithoutData: { id: string };
}

let shoot: Shoot;

async function setUp(request: APIRequestContext): Promise<Shoot> {
  const base = await createGalleryShoot(request, "Fotostudio Sonnenschein & Söhne GmbH");
  const { studio, project } = base;
  const patch = async (path: string, data: unknown) => {
    const response = await request.patch(path, { headers: studio.headers, data });
    expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  };
  // The demo's own settings: a German studio selling in euros.
  await patch("/v1/operators/me", {
    locale: "de-DE",
    currency: "EUR",
    timezone: "Europe/Berlin",
    address: "Sonnenallee 123, 12045 Berlin",
  });
  await patch(`/v1/projects/${project.id}`, {
    name: "Grundschule am Sonnenhügel – Klassenfotos Frühjahr 2026",
    locationName: "Turnhalle der Grundschule am Sonnenhügel, Eingang Rückseite",
    // Three days ago: photos kept, ordering open (a shoot long past has its photos deleted).
    startAt: new Date(Date.now() - 3 * DAY).toISOString(),
    endAt: new Date(Date.now() - 3 * DAY + 8 * 3_600_000).toISOString(),
    timezone: "Europe/Berlin",
    projectLink: "https://fotostudio-sonnenschein.example.com/galerien/grundschule-sonnenhuegel",
  });
  const album = await post<{ id: string }>(request, "/v1/packages", studio.headers, {
    name: "Familienpaket Deluxe mit Abzügen, Dateien und Fotobuch",
    price: 107940,
    photoCount: 30,
  });
  await post(request, `/v1/projects/${project.id}/packages`, studio.headers, {
    packageId: album.id,
  });
  const long = await post<{ id: string }>(
    request,
    `/v1/projects/${project.id}/members`,
    studio.headers,
    {
      name: LONG_NAME,
      group: "Klasse 4b (Frau Dr. Müller-Lüdenscheidt)",
      email: uniqueEmail("maximiliane.alexandra.von.hohenzollern"),
    },
  );
  // Sales large enough for five- and six-digit amounts in the KPI cards.
  const sale = await post<{ id: string }>(
    request,
    `/v1/projects/${project.id}/orders`,
    studio.headers,
    { memberId: long.id, packageId: album.id, amountInCents: 107940 },
  );
  await post(request, `/v1/projects/${project.id}/orders`, studio.headers, {
    memberId: base.ben.id,
    packageId: album.id,
    amountInCents: 9_999_999,
  });
  const projectWithoutData = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Sommerfest des Turn- und Sportvereins Sonnenhügel e. V. 1898",
    timezone: "Europe/Berlin",
  });

  // A photographer of the studio's own, to sign in to the portal.
  const photographer = { email: uniqueEmail("photographer-with-a-long-address") };
  const created = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    { name: "Konstantin Fotografiert-Gern", email: photographer.email, password: PASSWORD },
  );
  await post(request, `/v1/projects/${project.id}/photographers`, studio.headers, {
    photographerId: created.id,
  });
  const upload = await request.post(`/v1/projects/${project.id}/photos`, {
    headers: studio.headers,
    multipart: {
      photographerId: created.id,
      file: {
        name: "IMG_20260504_0930_Klassenfoto_4b_Turnhalle_Hauptgebaeude.JPG",
        mimeType: "image/jpeg",
        buffer: await makePhoto({ seed: 7, width: 1200, height: 800 }),
      },
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);

  // The settings' lists with an entry each.
  await post(request, "/v1/api-keys", studio.headers, {
    name: "Schulfotografie-Onlineshop Synchronisation (Produktivsystem)",
    scopes: ["projects:read", "members:read", "orders:read", "orders:write"],
  });
  await post(request, "/v1/webhooks", studio.headers, {
    // Nothing is sent to it: no refund happens here.
    url: "http://127.0.0.1:9/api/integrations/fotostudio-sonnenschein/backoffice/webhooks/incoming",
    events: ["order.refunded"],
    description: "Onlineshop: bezahlte Bestellungen übernehmen",
  });

  return {
    studio,
    project,
    accessCode: base.anna.accessCode,
    photographer,
    orderId: sale.id,
    projectWithoutData,
  };
}

/** Opens `path` and checks it at both widths; the problems found. */
async function visit(page: Page, name: string, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), `${name} (${path})`).toBeLessThan(400);
  return checkAtEveryWidth(page, name);
}

function expectNoProblems(problems: string[]) {
  expect(problems, `Overflowing elements:\n${problems.join("\n")}`).toEqual([]);
}

test.beforeAll(async ({ request }) => {
  shoot = await setUp(request);
});

test("public pages: home, sign-in, sign-up, forgotten password, API docs, the gallery's door", async ({
  page,
}) => {
  const problems = [
    ...(await visit(page, "home", "/")),
    ...(await visit(page, "sign-in", "/signin")),
    ...(await visit(page, "sign-up", "/signup")),
    ...(await visit(page, "forgot-password", "/forgot-password")),
    ...(await visit(page, "api-docs", "/api/docs")),
    ...(await visit(page, "admin sign-in", "/admin/signin")),
    ...(await visit(page, "admin forgot-password", "/admin/forgot-password")),
    ...(await visit(page, "gallery code entry", "/gallery")),
    ...(await visit(page, "gallery privacy (signed out)", "/gallery/privacy")),
  ];
  expectNoProblems(problems);
});

test("the studio's pages", async ({ page }) => {
  const { project } = shoot;
  await signInAs(page, shoot.studio.email);
  const problems = [
    ...(await visit(page, "dashboard", "/dashboard")),
    ...(await visit(page, "projects", "/projects")),
    ...(await visit(page, "new project", "/projects/new")),
    ...(await visit(page, "project (members, orders, campaigns)", `/projects/${project.id}`)),
    ...(await visit(page, "empty project", `/projects/${shoot.projectWithoutData.id}`)),
    ...(await visit(page, "photos", `/projects/${project.id}/photos`)),
    ...(await visit(page, "order", `/projects/${project.id}/orders/${shoot.orderId}`)),
    ...(await visit(page, "packages", "/packages")),
    ...(await visit(page, "photographers", "/photographers")),
    ...(await visit(page, "settings (API keys, webhooks, account)", "/settings")),
    ...(await visit(page, "audit log", "/settings/audit-log")),
  ];
  expectNoProblems(problems);
});

test("on a phone the studio's menu sits behind a menu button, every entry reachable", async ({
  page,
}) => {
  await signInAs(page, shoot.studio.email);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/dashboard");
  const nav = page.getByRole("navigation", { name: "Main" });
  // The studio is German, and so are its pages.
  const menu = page.getByRole("button", { name: "Menü" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  for (const name of ["Übersicht", "Projekte", "Fotografen", "Pakete", "Einstellungen"]) {
    const link = nav.getByRole("link", { name });
    await expect(link).toBeInViewport({ ratio: 1 });
  }
  await settle(page);
  await nav.getByRole("link", { name: "Pakete" }).click();
  await expect(page).toHaveURL(/\/packages$/);
  // Going somewhere folds the menu away again.
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();

  // On a desktop the menu is always there, without a button.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(nav).toBeVisible();
  await expect(menu).toBeHidden();
});

test("the photographer's portal", async ({ page }) => {
  await signInAs(page, shoot.photographer.email);
  const problems = [
    ...(await visit(page, "portal", "/portal")),
    ...(await visit(page, "portal project", `/portal/projects/${shoot.project.id}`)),
    ...(await visit(page, "portal account", "/portal/account")),
  ];
  expectNoProblems(problems);
});

test("the admin console", async ({ page, request }) => {
  const registered = await request.post("/api/admins/register", {
    data: wrap({ fullName: "Root Admin", ...root }),
  });
  if (registered.status() !== 201) {
    expect((await request.post("/api/admins/login", { data: wrap(root) })).status()).toBe(200);
  }
  await page.goto("/admin/signin");
  await page.getByLabel("E-mail").fill(root.email);
  await page.getByLabel("Password").fill(root.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/admin\/signin/);
  const problems = [
    ...(await visit(page, "admin: admins", "/admin")),
    ...(await visit(page, "admin: studios", "/admin/studios")),
    ...(await visit(page, "admin: background jobs", "/admin/jobs")),
    ...(await visit(page, "admin: my password", "/admin/password")),
  ];
  expectNoProblems(problems);
});

test("the members' gallery: photos, checkout, a pending and a paid order, privacy", async ({
  page,
}) => {
  await page.goto("/gallery");
  await page.getByLabel("Access code").fill(shoot.accessCode);
  await page.getByRole("button", { name: "Open my gallery" }).click();
  await expect(page).toHaveURL(/\/gallery\/photos$/);
  const problems = await checkAtEveryWidth(page, "gallery photos");

  // Checkout: a package chosen, its summary shown.
  await page.getByRole("radio", { name: /Familienpaket Deluxe/ }).check();
  problems.push(...(await checkAtEveryWidth(page, "gallery checkout")));

  // An order placed (as the page's own form does), pending, then paid by the studio.
  const gallery = (await (await page.request.get("/api/trpc/gallery.get")).json()) as {
    result: { data: { photos: { id: string }[]; packages: { id: string; name: string }[] } };
  };
  const { photos, packages } = gallery.result.data;
  const duo = packages.find((pkg) => pkg.name === "Duo")!;
  const placed = await page.request.post("/api/trpc/gallery.placeOrder", {
    data: { packageId: duo.id, photoIds: photos.slice(0, 2).map((p) => p.id), acceptTerms: true },
  });
  expect(placed.status(), await placed.text()).toBe(200);
  const { order } = ((await placed.json()) as { result: { data: { order: { id: string } } } })
    .result.data;
  await page.reload();
  problems.push(...(await checkAtEveryWidth(page, "gallery pending order")));

  await post(page.request, `/v1/orders/${order.id}/mark-paid`, shoot.studio.headers, {});
  await page.reload();
  // The gallery speaks its studio's language, German.
  await expect(
    page.getByRole("link", { name: /herunterladen \(ZIP, volle Auflösung\)/ }),
  ).toBeVisible();
  problems.push(...(await checkAtEveryWidth(page, "gallery paid order")));

  problems.push(...(await visit(page, "gallery privacy", "/gallery/privacy")));
  expectNoProblems(problems);
});
