import { expect, test } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

test("a new operator sets up a studio and sees its pages in German, prices in euros, after switching to de-DE", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const email = uniqueEmail("founder");

  await test.step("sign up", async () => {
    await page.goto("/signup");
    await captureScreens(page, "signup");
    await page.getByLabel("Studio name").fill("Aperture Studio");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create studio account" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.locator('[data-kpi="revenueInCents"] .value')).toHaveText("$0.00");
    for (const empty of ["No photographers yet", "No packages yet", "No members enrolled yet"]) {
      await expect(page.getByText(empty)).toBeVisible();
    }
    await captureScreens(page, "dashboard-empty");
  });

  await test.step("create a package", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Packages" })
      .click();
    await expect(page.getByText("No packages yet")).toBeVisible();
    await page.getByRole("button", { name: "New package" }).click();
    const dialog = page.getByRole("dialog", { name: "New package" });
    await dialog.getByLabel("Name").fill("Classic Prints");
    await dialog.getByLabel("Price (USD)").fill("39.00");
    await dialog.getByLabel("Photos included").fill("10");
    await dialog.getByRole("button", { name: "Create package" }).click();
    await expect(page.getByRole("status").getByText("Package created")).toBeVisible();
    await expect(page.getByRole("list", { name: "Packages" }).getByText("$39.00")).toBeVisible();
  });

  const adaEmail = uniqueEmail("ada");
  await test.step("add a photographer", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Photographers" })
      .click();
    await page.getByRole("button", { name: "Add photographer" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a photographer" });
    await dialog.getByLabel("Name").fill("Ada Lovelace");
    await dialog.getByLabel("E-mail").fill(adaEmail);
    await dialog.getByLabel("Initial password").fill(PASSWORD);
    await dialog.getByRole("button", { name: "Add photographer" }).click();
    await expect(
      page
        .getByRole("list", { name: "Photographers" })
        .getByRole("heading", { name: "Ada Lovelace" }),
    ).toBeVisible();
    await captureScreens(page, "photographers");
  });

  await test.step("create a project and staff it", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Projects" })
      .click();
    await page.getByRole("link", { name: "New project" }).click();
    await page.getByLabel("Name").fill("Spring School");
    await page.getByLabel("Location").fill("Main Hall");
    await page.getByLabel("Time zone").selectOption("Europe/Berlin");
    await page.getByLabel("Starts").fill("2026-05-04T08:00");
    await page.getByLabel("Ends").fill("2026-05-04T16:00");
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("heading", { name: "Spring School" })).toBeVisible();
    await expect(page.getByText("May 4, 2026").first()).toBeVisible();
    // No link of its own: members go to this app's gallery, the address on their cards.
    await expect(
      page
        .getByRole("region", { name: "Project details" })
        .getByRole("link", { name: `${baseURL}/gallery` }),
    ).toHaveAttribute("href", `${baseURL}/gallery`);

    await page
      .getByLabel("Choose a photographer")
      .selectOption({ label: `Ada Lovelace (${adaEmail})` });
    await page.getByRole("button", { name: "Assign" }).click();
    await expect(
      page.getByRole("list", { name: "Assigned photographers" }).getByRole("listitem"),
    ).toContainText("Ada Lovelace");

    await page.getByLabel("Choose a package").selectOption({ label: "Classic Prints ($39.00)" });
    await page.getByRole("button", { name: "Link", exact: true }).click();
    await expect(
      page.getByRole("list", { name: "Linked packages" }).getByRole("listitem"),
    ).toContainText("Classic Prints");
    await captureScreens(page, "project-detail");
  });

  await test.step("switch to euros and German", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Settings" })
      .click();
    await page.getByLabel("Currency").selectOption("EUR");
    await page.getByLabel("Locale").selectOption("de-DE");
    await expect(page.getByText("1.234,56 €")).toBeVisible();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").getByText("Settings saved")).toBeVisible();
    // A German locale makes the studio's pages German (the operator has not picked a language).
    await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
    await expect(page.getByRole("heading", { name: "Einstellungen", exact: true })).toBeVisible();
    await captureScreens(page, "settings");

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Pakete" })
      .click();
    await expect(page.getByRole("list", { name: "Pakete" }).getByText("39,00 €")).toBeVisible();
    await captureScreens(page, "packages");

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Projekte" })
      .click();
    await page.getByRole("link", { name: "Spring School" }).click();
    await expect(
      page.getByRole("list", { name: "Verknüpfte Pakete" }).getByRole("listitem"),
    ).toContainText("39,00 €");
    await expect(page.getByText("4. Mai 2026, 08:00–16:00 Uhr MESZ").first()).toBeVisible();
  });
});
