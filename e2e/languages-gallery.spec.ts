import { expect, type Page, test } from "@playwright/test";
import { post } from "./support/backoffice";
import { createGalleryShoot } from "./support/gallery";
import { captureScreens } from "./support/screenshots";

/**
 * The members' gallery speaks its studio's language, whatever the browser
 * says; before a code is entered it speaks the browser's. A German studio's
 * gallery in German with German dates and amounts, an American studio's in
 * English.
 */

async function openGallery(page: Page, code: string, button: string) {
  await page.getByRole("textbox").fill(code);
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/gallery\/photos$/);
}

test.describe("a browser that asks for German", () => {
  test.use({ locale: "de-DE" });

  test("sees the code entry in German, and an American studio's gallery in English", async ({
    page,
    request,
  }) => {
    const shoot = await createGalleryShoot(request, "Sunset Studio");

    await page.goto("/gallery");
    await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
    await expect(page).toHaveTitle(/^Galerie öffnen/);
    await expect(page.getByRole("heading", { level: 1, name: "Ihre Fotos" })).toBeVisible();
    await expect(page.getByLabel("Zugangscode")).toBeVisible();
    await expect(page.getByRole("link", { name: /Datenschutz: was das Studio/ })).toBeVisible();
    await captureScreens(page, "languages-gallery-entry-de");

    await openGallery(page, shoot.anna.accessCode, "Meine Galerie öffnen");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    await expect(
      page.getByRole("heading", { level: 2, name: "Your photos", exact: true }),
    ).toBeVisible();
    await expect(page.getByText("Hello, Anna Archer.")).toBeVisible();
    await expect(page.getByText(/\$25\.00 · 2 photos/)).toBeVisible();
    await expect(page.getByRole("link", { name: /Privacy: what the studio/ })).toBeVisible();
  });
});

test.describe("a browser that asks for English", () => {
  test.use({ locale: "en-US" });

  test("sees a German studio's gallery, its checkout and its privacy page in German", async ({
    page,
    request,
  }) => {
    const shoot = await createGalleryShoot(request, "Lumen Fotostudio");
    const settings = await request.patch("/v1/operators/me", {
      headers: shoot.studio.headers,
      data: { locale: "de-DE", currency: "EUR" },
    });
    expect(settings.status(), await settings.text()).toBe(200);
    // A package that is posted: the checkout asks Ben (no e-mail on the roster) for both addresses.
    const prints = await post<{ id: string }>(request, "/v1/packages", shoot.studio.headers, {
      name: "Abzüge",
      price: 3990,
      photoCount: 5,
      requiresShipping: true,
    });
    await post(request, `/v1/projects/${shoot.project.id}/packages`, shoot.studio.headers, {
      packageId: prints.id,
    });

    await page.goto("/gallery");
    // Before a code, the browser's language (English, written the usual way).
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(page.getByRole("heading", { level: 1, name: "Your photos" })).toBeVisible();

    await openGallery(page, shoot.ben.accessCode, "Open my gallery");
    await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
    await expect(page).toHaveTitle("Ihre Fotos · Galerie");
    await expect(page.getByText("Guten Tag, Ben Baker.")).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "Ihre Fotos", exact: true }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Fotos bestellen" })).toBeVisible();
    await expect(
      page.getByText("1 Foto. Tippen Sie auf ein Foto, um es größer zu sehen."),
    ).toBeVisible();
    await expect(page.getByTestId("photos-available-until")).toContainText(
      /Fotos verfügbar bis \d{1,2}\. \p{L}+\.? \d{4}\./u,
    );
    await expect(
      page.getByRole("radio", { name: /Duo\s*25,00\s€ · Ihr einziges Foto$/ }),
    ).toBeVisible();
    await captureScreens(page, "languages-gallery-photos-de");

    await page
      .getByRole("radio", { name: /Abzüge\s*39,90\s€ · Ihr einziges Foto · per Post/ })
      .check();
    await expect(
      page.getByText("Abzüge umfasst Ihr einziges Foto: 0 von 1 gewählt."),
    ).toBeVisible();
    await page.getByRole("button", { name: "Dieses wählen" }).click();
    const summary = page.getByRole("region", { name: "Ihre Bestellung" });
    await expect(summary).toContainText("1 von 1 gewählt");
    await expect(summary).toContainText("Im Studio oder auf Rechnung");
    await summary.getByLabel("Ihre E-Mail-Adresse").fill("ben.parent@example.test");
    await expect(summary.getByLabel("Land")).toHaveValue("Deutschland");
    await summary.getByLabel("Straße und Hausnummer").fill("Lindenallee 4");
    await summary.getByLabel("Postleitzahl").fill("50667");
    await summary.getByLabel("Ort").fill("Köln");
    await summary
      .getByRole("checkbox", { name: "Ich akzeptiere die Allgemeinen Geschäftsbedingungen" })
      .check();
    await captureScreens(page, "languages-gallery-checkout-de");
    await summary.getByRole("button", { name: "Bestellung aufgeben" }).click();

    const number = await page.getByTestId("placed-order-number").textContent();
    await expect(
      page.getByRole("status").filter({ hasText: `Bestellung ${number} aufgegeben.` }),
    ).toContainText("Wir haben Ihnen eine Bestätigung per E-Mail geschickt.");
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: "Bitte bezahlen Sie im Studio oder auf Rechnung" }),
    ).toBeVisible();
    const order = page.getByRole("listitem", { name: `Bestellung ${number}` });
    await expect(order).toContainText("Offen");
    await expect(order).toContainText("Abzüge · 1 Foto · 39,90");
    await expect(order).toContainText(/Bestellt am \d{1,2}\. \p{L}+\.? \d{4}/u);
    await expect(order).toContainText(
      "Versand an Ben Baker, Lindenallee 4, 50667 Köln, Deutschland",
    );
    await captureScreens(page, "languages-gallery-ordered-de");

    await page
      .getByRole("link", { name: "Datenschutz: was das Studio über Sie speichert" })
      .click();
    await expect(page).toHaveURL(/\/gallery\/privacy$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Datenschutz: Ihre Daten und Ihre Fotos" }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "Was das Studio speichert" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Zurück zu Ihren Fotos" }).click();
    await expect(page).toHaveURL(/\/gallery\/photos$/);
  });
});
