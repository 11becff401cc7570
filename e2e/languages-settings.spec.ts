import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { post, registerOperator, signInAs, uniqueEmail } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/**
 * The studio's Settings, Packages and Photographers pages (and the sales,
 * campaigns and retention blocks of a project) speak the studio's language:
 * a German studio's are German, with German money and option lists; an
 * American studio's stay English.
 */

test.describe.configure({ timeout: 120_000 });

async function studio(
  request: APIRequestContext,
  profile: { currency: string; locale: string; timezone: string },
) {
  const operator = await registerOperator(request, "Atelier Sonnenschein");
  const patched = await request.patch("/v1/operators/me", {
    headers: operator.headers,
    data: profile,
  });
  expect(patched.ok(), await patched.text()).toBe(true);
  await post(request, "/v1/packages", operator.headers, {
    name: "Fotobuch XL",
    price: 107_940,
    photoCount: 10,
  });
  const project = await post<{ id: string }>(request, "/v1/projects", operator.headers, {
    name: "Grundschule am Park",
  });
  await post(request, `/v1/projects/${project.id}/coupons`, operator.headers, {
    code: "HERBST",
    percentOff: 20,
    maxRedemptions: 5,
  });
  return { ...operator, projectId: project.id };
}

const heading = (page: Page, name: string) => page.getByRole("heading", { name, exact: true });

test("a German studio's Settings, Packages and Photographers pages are German", async ({
  page,
  request,
}) => {
  const { email, projectId } = await studio(request, {
    currency: "EUR",
    locale: "de-DE",
    timezone: "Europe/Berlin",
  });
  await signInAs(page, email);

  await page.goto("/settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
  await expect(page).toHaveTitle(/^Einstellungen · /);
  await expect(heading(page, "Einstellungen")).toBeVisible();
  for (const name of ["Profil", "Datenschutz", "Beträge, Datum und Uhrzeit", "Zahlungen"]) {
    await expect(heading(page, name)).toBeVisible();
  }
  for (const name of ["API-Schlüssel", "Webhooks", "Prüfprotokoll", "Sprache"]) {
    await expect(heading(page, name)).toBeVisible();
  }
  await expect(page.getByLabel("Name des Studios")).toBeVisible();
  await expect(page.getByLabel("Zeitzone")).toBeVisible();
  // The currency and locale lists are named in German.
  const currency = page.getByLabel("Währung");
  await expect(currency.locator('option[value="USD"]')).toHaveText("USD – US-Dollar");
  await expect(currency.locator('option[value="EUR"]')).toHaveText("EUR – Euro");
  await expect(page.getByLabel("Gebietsschema").locator('option[value="en-GB"]')).toHaveText(
    "Englisch (Vereinigtes Königreich) (en-GB)",
  );
  await expect(page.getByText("Preise sehen so aus: 1.234,56 €.")).toBeVisible();
  await expect(page.getByTestId("no-api-keys")).toHaveText(/^Noch keine API-Schlüssel\./);
  await expect(page.getByRole("button", { name: "Stripe verbinden" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Einstellungen speichern" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Schlüssel anlegen" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Endpunkt hinzufügen" })).toBeVisible();
  for (const english of ["Profile", "Payments", "API keys", "Save settings", "Connect Stripe"]) {
    await expect(page.getByText(english, { exact: true })).toHaveCount(0);
  }
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByText("Einstellungen gespeichert")).toBeVisible();
  await captureScreens(page, "settings-de");

  await page.getByRole("link", { name: "Prüfprotokoll öffnen" }).click();
  await expect(heading(page, "Prüfprotokoll")).toBeVisible();
  await expect(page.getByLabel("Aktion")).toContainText("Alle Aktionen");
  await expect(page.getByText("Noch nichts aufgezeichnet")).toBeVisible();

  await page.goto("/packages");
  await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
  await expect(page).toHaveTitle(/^Pakete · /);
  await expect(heading(page, "Pakete")).toBeVisible();
  const pkg = page.getByRole("list", { name: "Pakete" }).getByRole("listitem");
  await expect(pkg).toContainText("1.079,40 € · 10 Fotos");
  await expect(pkg.getByRole("button", { name: "Bearbeiten Fotobuch XL" })).toBeVisible();
  await page.getByRole("button", { name: "Neues Paket" }).click();
  const packageDialog = page.getByRole("dialog", { name: "Neues Paket" });
  await expect(packageDialog.getByLabel("Preis (EUR)")).toHaveAttribute("placeholder", "19,99");
  await packageDialog.getByLabel("Name").fill("Klassenfoto");
  await packageDialog.getByLabel("Preis (EUR)").fill("zwölf");
  await packageDialog.getByRole("button", { name: "Paket anlegen" }).click();
  await expect(
    packageDialog.getByText("Geben Sie einen Betrag in EUR ein, etwa 19,99"),
  ).toBeVisible();
  await packageDialog.getByLabel("Preis (EUR)").fill("12,50");
  await packageDialog.getByLabel("Enthaltene Fotos").fill("1");
  await packageDialog.getByRole("button", { name: "Paket anlegen" }).click();
  await expect(page.getByText("Paket angelegt")).toBeVisible();
  await expect(page.getByRole("list", { name: "Pakete" })).toContainText("12,50 € · 1 Foto");

  await page.goto("/photographers");
  await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
  await expect(page).toHaveTitle(/^Fotografen · /);
  await expect(heading(page, "Fotografen")).toBeVisible();
  await expect(page.getByText("Noch keine Fotografen")).toBeVisible();
  await page.getByRole("button", { name: "Fotograf hinzufügen" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Fotograf hinzufügen" });
  await dialog.getByLabel("Name").fill("Jonas Weber");
  await dialog.getByLabel("E-Mail").fill(uniqueEmail("fotograf"));
  await dialog.getByLabel("Anfangspasswort").fill("ein sicheres Passwort");
  await dialog.getByRole("button", { name: "Fotograf hinzufügen" }).click();
  await expect(page.getByText("Jonas Weber kann sich jetzt anmelden")).toBeVisible();
  await expect(page.getByRole("list", { name: "Fotografen" })).toContainText("0 Projekte");

  // The project page's sales, coupons, campaigns and retention blocks.
  await page.goto(`/projects/${projectId}`);
  for (const name of ["Verkauf", "Kampagnen", "Datenschutz und Aufbewahrung"]) {
    await expect(heading(page, name)).toBeVisible();
  }
  const coupon = page.getByRole("listitem", { name: "Gutschein HERBST" });
  await expect(coupon).toContainText("20 % Rabatt");
  await expect(coupon.getByTestId("redemptions")).toHaveText("0 von 5 Mal eingelöst");
  await expect(page.getByTestId("orders-close-at")).toHaveText("kein Bestellschluss");
  await expect(page.getByTestId("photos-retention")).toHaveText(/^aufbewahrt bis /);
});

test("an American studio's Settings, Packages and Photographers pages stay English", async ({
  page,
  request,
}) => {
  const { email, projectId } = await studio(request, {
    currency: "USD",
    locale: "en-US",
    timezone: "America/New_York",
  });
  await signInAs(page, email);

  await page.goto("/settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
  await expect(page).toHaveTitle(/^Settings · /);
  for (const name of ["Settings", "Profile", "Payments", "API keys", "Webhooks", "Audit log"]) {
    await expect(heading(page, name)).toBeVisible();
  }
  await expect(page.getByLabel("Currency").locator('option[value="EUR"]')).toHaveText("EUR – Euro");
  await expect(page.getByLabel("Locale").locator('option[value="de-DE"]')).toHaveText(
    "German (Germany) (de-DE)",
  );
  await expect(page.getByText("Prices will look like $1,234.56.")).toBeVisible();

  await page.goto("/packages");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
  await expect(heading(page, "Packages")).toBeVisible();
  const pkg = page.getByRole("list", { name: "Packages" }).getByRole("listitem");
  await expect(pkg).toContainText("$1,079.40 · 10 photos");
  await expect(pkg.getByRole("button", { name: "Edit Fotobuch XL" })).toBeVisible();

  await page.goto("/photographers");
  await expect(heading(page, "Photographers")).toBeVisible();
  await expect(page.getByText("No photographers yet")).toBeVisible();

  await page.goto(`/projects/${projectId}`);
  for (const name of ["Sales", "Campaigns", "Privacy and retention"]) {
    await expect(heading(page, name)).toBeVisible();
  }
  const coupon = page.getByRole("listitem", { name: "Coupon HERBST" });
  await expect(coupon).toContainText("20% off");
  await expect(coupon.getByTestId("redemptions")).toHaveText("Used 0 of 5 times");
});
