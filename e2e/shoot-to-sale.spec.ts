import { expect, type Page, test } from "@playwright/test";
import { makeCardPhoto, makePhoto } from "../tests/support/images";
import {
  chooseClassList,
  PASSWORD,
  post,
  registerOperator,
  signInAs,
  uniqueEmail,
} from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/**
 * The whole loop a studio runs, each step by the person who does it: the
 * studio imports the class list, the photographer uploads the shoot (each
 * pupil's card, then the pupil), the app matches the photos, a pupil's family
 * orders in the gallery, the studio marks the order paid, and the dashboard
 * shows the sale.
 */

test.describe.configure({ timeout: 180_000 });

const CLASS_LIST = ["Name,Class", "Maya Lin,3A", "Noah Park,3A"].join("\r\n");

async function signOut(page: Page) {
  await page.context().clearCookies();
}

test(
  "a shoot from class list to sale: import, upload, match, order, mark paid, dashboard",
  { tag: "@smoke" },
  async ({ page, request }) => {
    const studio = await registerOperator(request, "Maple Studio");
    const project = await post<{ id: string }>(request, "/v1/projects", studio.headers, {
      name: "Maple School Day",
      timezone: "UTC",
      termsAndConditions: "Prints are delivered within two weeks.",
    });
    const pkg = await post<{ id: string }>(request, "/v1/packages", studio.headers, {
      name: "Prints",
      price: 2500,
      photoCount: 3,
    });
    await post(request, `/v1/projects/${project.id}/packages`, studio.headers, {
      packageId: pkg.id,
    });
    const photographerEmail = uniqueEmail("photographer");
    const photographer = await post<{ id: string }>(
      request,
      "/v1/auth/register-photographer",
      studio.headers,
      { name: "Pia Photographer", email: photographerEmail, password: PASSWORD },
    );
    await post(request, `/v1/projects/${project.id}/photographers`, studio.headers, {
      photographerId: photographer.id,
    });

    await test.step("the studio imports the class list", async () => {
      await signInAs(page, studio.email);
      await page.goto(`/projects/${project.id}`);
      const members = page.getByRole("region", { name: "Members" });
      await members.getByRole("button", { name: "Import a class list" }).click();
      const dialog = await chooseClassList(page, "class-3a.csv", CLASS_LIST);
      await dialog.getByRole("button", { name: "Import 2 members" }).click();
      await expect(dialog).toBeHidden();
      await expect(members.getByRole("region", { name: "Members table" })).toContainText(
        "Noah Park",
      );
    });

    const roster = await request.get(`/v1/projects/${project.id}/members`, {
      headers: studio.headers,
    });
    const codes = Object.fromEntries(
      ((await roster.json()) as { items: { name: string; accessCode: string }[] }).items.map(
        (member) => [member.name, member.accessCode],
      ),
    );

    await test.step("the photographer uploads the shoot, each pupil after their card", async () => {
      await signOut(page);
      await signInAs(page, photographerEmail);
      await page.goto(`/portal/projects/${project.id}`);
      const shot = (minute: number) => `2026:05:04 09:${String(minute).padStart(2, "0")}:00`;
      const card = (code: string, minute: number) =>
        makeCardPhoto(code, {
          width: 1200,
          height: 800,
          cardFraction: 0.2,
          takenAt: shot(minute),
          seed: minute,
        });
      const photo = (minute: number) =>
        makePhoto({ width: 900, height: 600, takenAt: shot(minute), seed: 100 + minute });
      const files = [
        { name: "DSC_0001.jpg", buffer: await card(codes["Maya Lin"]!, 1) },
        { name: "DSC_0002.jpg", buffer: await photo(2) },
        { name: "DSC_0003.jpg", buffer: await photo(3) },
        { name: "DSC_0004.jpg", buffer: await card(codes["Noah Park"]!, 4) },
        { name: "DSC_0005.jpg", buffer: await photo(5) },
      ].map((file) => ({ ...file, mimeType: "image/jpeg" }));
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Choose photos" }).click();
      await (await chooser).setFiles(files);
      const upload = page.getByRole("region", { name: "Upload photos" });
      await expect(upload.getByRole("status")).toHaveText("5 of 5 uploaded", { timeout: 60_000 });
    });

    await test.step("the studio sees each photo matched to its pupil", async () => {
      await signOut(page);
      await signInAs(page, studio.email);
      await page.goto(`/projects/${project.id}/photos`);
      const grid = page.getByRole("list", { name: "Photos" });
      const tiles = grid.getByRole("listitem").filter({ has: page.locator("img") });
      await expect(tiles).toHaveCount(5);
      await expect(grid.getByText("Card of Maya Lin")).toBeVisible();
      await expect(tiles.filter({ hasText: "DSC_0002.jpg" })).toContainText("Maya Lin");
      await expect(tiles.filter({ hasText: "DSC_0005.jpg" })).toContainText("Noah Park");
    });

    let orderNumber = "";
    await test.step("Maya's family opens her gallery with her code and orders prints", async () => {
      await signOut(page);
      await page.goto("/gallery");
      await page.getByLabel("Access code").fill(codes["Maya Lin"]!);
      await page.getByRole("button", { name: "Open my gallery" }).click();
      await expect(page).toHaveURL(/\/gallery\/photos$/);
      await expect(
        page.getByRole("list", { name: "Your photos" }).getByRole("listitem"),
      ).toHaveCount(2);
      await page.getByRole("radio", { name: /Prints/ }).check();
      await page.getByRole("checkbox", { name: "Choose photo 1 of 2" }).check();
      await page.getByRole("checkbox", { name: "Choose photo 2 of 2" }).check();
      const summary = page.getByRole("region", { name: "Your order" });
      await summary.getByRole("checkbox", { name: "I accept the terms and conditions" }).check();
      // The class list has no e-mail addresses: the checkout asks for one.
      await summary.getByLabel("Your e-mail address").fill("maya.family@example.test");
      await summary.getByRole("button", { name: "Place order" }).click();
      orderNumber = (await page.getByTestId("placed-order-number").textContent()) ?? "";
      expect(orderNumber).toMatch(/^[0-9A-F]{8}$/);
      await expect(page.getByRole("listitem", { name: `Order ${orderNumber}` })).toContainText(
        "Pending",
      );
    });

    await test.step("the studio marks the order paid", async () => {
      await signOut(page);
      await signInAs(page, studio.email);
      await page.goto(`/projects/${project.id}`);
      const orders = page.getByRole("region", { name: "Orders table" });
      const row = orders.getByRole("row").filter({ hasText: "Maya Lin" });
      await expect(row).toContainText("Pending");
      await row.getByRole("button", { name: "Mark paid the order of Maya Lin" }).click();
      await page
        .getByRole("dialog", { name: "Mark this order paid?" })
        .getByRole("button", { name: "Mark paid" })
        .click();
      await expect(
        page.getByRole("status").getByText(`Maya Lin’s order ${orderNumber} marked paid`),
      ).toBeVisible();
      await expect(row).toContainText("Paid");
    });

    await test.step("the dashboard shows the sale", async () => {
      await page.goto("/dashboard");
      const value = (key: string) => page.locator(`[data-kpi="${key}"] .value`);
      await expect(value("revenueInCents")).toHaveText("$25.00");
      await expect(value("packagesSold")).toHaveText("1");
      await expect(value("usersTagged")).toHaveText("2");
      await expect(value("photosUploaded")).toHaveText("3");
      await captureScreens(page, "shoot-to-sale-dashboard");
    });
  },
);
