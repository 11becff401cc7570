import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { makePhoto } from "../tests/support/images";
import { PASSWORD, post, registerOperator, signInAs, uniqueEmail } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

test.describe.configure({ timeout: 120_000 });

/** A studio in `locale` with a shoot on 7 December 2026, 09:00–16:00 in Berlin, two members and one small photo. */
async function studioWithProject(request: APIRequestContext, locale: string) {
  const studio = await registerOperator(request, `Studio ${locale}`);
  const profile = await request.patch("/v1/operators/me", {
    headers: studio.headers,
    data: { currency: "EUR", locale, timezone: "Europe/Berlin" },
  });
  expect(profile.ok()).toBe(true);
  const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
    name: "Winter School Day",
    locationName: "Lindenschule",
    startAt: "2026-12-07T09:00:00+01:00",
    endAt: "2026-12-07T16:00:00+01:00",
    timezone: "Europe/Berlin",
  });
  for (const name of ["Anna Weber", "Bruno Klein"]) {
    await post(request, `/v1/projects/${project.id}/members`, studio.headers, {
      name,
      group: "4A",
    });
  }
  const photographer = await post<{ id: string }>(
    request,
    "/v1/auth/register-photographer",
    studio.headers,
    { name: "Paula Lens", email: uniqueEmail("paula"), password: PASSWORD },
  );
  await post(request, `/v1/projects/${project.id}/photographers`, studio.headers, {
    photographerId: photographer.id,
  });
  const upload = await request.post(`/v1/projects/${project.id}/photos`, {
    headers: studio.headers,
    multipart: {
      file: {
        name: "IMG_0001.jpg",
        mimeType: "image/jpeg",
        buffer: await makePhoto({ width: 160, height: 120 }),
      },
      photographerId: photographer.id,
    },
  });
  expect(upload.status()).toBe(201);
  return { studio, projectId: project.id };
}

/** Opens the only photo of the project's photos page; the preview dialog. */
async function openPhoto(page: Page, projectId: string, dialogName = "IMG_0001.jpg") {
  await page.goto(`/projects/${projectId}/photos`);
  const open = page.locator(".photo-open").first();
  await expect(async () => {
    await page.reload();
    await expect(open).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await open.click();
  return page.getByRole("dialog", { name: dialogName });
}

test("a German studio's project, members and photo pages speak German, with German dates", async ({
  page,
  request,
}) => {
  const { studio, projectId } = await studioWithProject(request, "de-DE");
  await signInAs(page, studio.email);

  await test.step("the project page", async () => {
    await page.goto(`/projects/${projectId}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
    await expect(page).toHaveTitle(/Projekt/);
    await expect(page.getByRole("link", { name: "← Alle Projekte" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Projekt bearbeiten" })).toBeVisible();
    const details = page.getByRole("region", { name: "Projektdetails" });
    // One date style, German: "7. Dez. 2026, 09:00–16:00 Uhr MEZ".
    await expect(details).toContainText("7. Dez. 2026, 09:00");
    await expect(details).toContainText("16:00 Uhr MEZ");
    await expect(details.getByText("Zeitzone")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Fotografen" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Pakete" })).toBeVisible();
    await expect(page.getByText("Noch keine Pakete verknüpft")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Fotos", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Fotos öffnen" })).toBeVisible();
    await expect(page.getByText("Members", { exact: true })).toHaveCount(0);
  });

  await test.step("its members", async () => {
    const members = page.getByRole("region", { name: "Mitglieder" });
    await expect(members.getByRole("heading", { name: "Mitglieder" })).toBeVisible();
    await expect(members.getByRole("button", { name: "Mitglied hinzufügen" })).toBeVisible();
    await expect(members.getByRole("button", { name: "Importieren" })).toBeVisible();
    await expect(members.getByRole("button", { name: "Karten drucken" })).toBeVisible();
    const table = members.getByRole("region", { name: "Mitgliedertabelle" });
    for (const header of ["Name", "Gruppe", "Zugangscode", "Bestellungen"]) {
      await expect(table.getByRole("columnheader", { name: header })).toBeVisible();
    }
    await expect(
      table.getByRole("button", { name: "Neuer Code für Anna Weber", exact: true }),
    ).toBeVisible();
    await expect(members.getByText("Seite 1 von 1 · 2 Mitglieder")).toBeVisible();
    await captureScreens(page, "languages-project-de");

    await members.getByRole("button", { name: "Löschen Bruno Klein" }).click();
    const confirm = page.getByRole("dialog", { name: "Mitglied löschen?" });
    await expect(confirm).toContainText("Bruno Klein und die zugehörigen Foto-Markierungen");
    await confirm.getByRole("button", { name: "Abbrechen" }).click();

    await members.getByRole("button", { name: "Importieren" }).click();
    const dialog = page.getByRole("dialog", { name: "Klassenliste importieren" });
    await expect(dialog.getByText("CSV-Datei auswählen oder hierher ziehen")).toBeVisible();
    await dialog.getByRole("button", { name: "Abbrechen" }).click();
  });

  await test.step("the projects list", async () => {
    await page.goto("/projects");
    await expect(page.getByRole("heading", { name: "Projekte", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Neues Projekt" })).toBeVisible();
    const item = page.getByRole("list", { name: "Projekte" }).getByRole("listitem");
    await expect(item).toContainText("7. Dez. 2026, 09:00");
    await expect(item).toContainText("1 Fotograf · 0 Pakete");
  });

  await test.step("the photos page, and a small photo's size in kB", async () => {
    const preview = await openPhoto(page, projectId);
    await expect(page.getByRole("heading", { name: "Fotos", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Fotos zeigen" })).toContainText(
      "Ohne Markierung",
    );
    await expect(preview.getByText("Hochgeladen")).toBeVisible();
    await expect(preview.getByText("Original öffnen")).toBeVisible();
    await expect(preview).toContainText(/160 × 120 px, \d+(,\d)? kB/);
    await expect(preview).not.toContainText("0 MB");
    await captureScreens(page, "languages-photo-de");
  });
});

test("an English studio's same pages stay English", async ({ page, request }) => {
  const { studio, projectId } = await studioWithProject(request, "en-US");
  await signInAs(page, studio.email);

  await page.goto(`/projects/${projectId}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
  await expect(page.getByRole("button", { name: "Edit project" })).toBeVisible();
  const details = page.getByRole("region", { name: "Project details" });
  await expect(details).toContainText("Dec 7, 2026");
  await expect(details).not.toContainText("Uhr");
  const members = page.getByRole("region", { name: "Members" });
  await expect(members.getByRole("button", { name: "Add member" })).toBeVisible();
  await expect(members.getByText("Page 1 of 1 · 2 members")).toBeVisible();

  await page.goto("/projects");
  await expect(page.getByRole("list", { name: "Projects" }).getByRole("listitem")).toContainText(
    "1 photographer · 0 packages",
  );

  const preview = await openPhoto(page, projectId);
  await expect(preview.getByText("Open the original")).toBeVisible();
  await expect(preview).toContainText(/160 × 120 px, \d+(\.\d)? kB/);
});
