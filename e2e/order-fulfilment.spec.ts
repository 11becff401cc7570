import { expect, test } from "@playwright/test";
import { signInAs } from "./support/backoffice";
import { createGalleryShoot } from "./support/gallery";
import { captureScreens } from "./support/screenshots";

test.describe.configure({ timeout: 120_000 });

test("a studio finds the order a parent quotes, opens it, and marks it paid after confirming", async ({
  page,
  request,
}) => {
  const { studio, project, anna } = await createGalleryShoot(request, "Fulfilment Studio");

  let orderNumber = "";
  await test.step("Anna's parent orders two photos in the gallery", async () => {
    await page.goto("/gallery");
    await page.getByLabel("Access code").fill(anna.accessCode);
    await page.getByRole("button", { name: "Open my gallery" }).click();
    await expect(page).toHaveURL(/\/gallery\/photos$/);
    await page.getByRole("radio", { name: /Duo/ }).check();
    await page.getByRole("checkbox", { name: "Choose photo 1 of 3" }).check();
    await page.getByRole("checkbox", { name: "Choose photo 2 of 3" }).check();
    const summary = page.getByRole("region", { name: "Your order" });
    await summary.getByRole("checkbox", { name: "I accept the terms and conditions" }).check();
    await summary.getByRole("button", { name: "Place order" }).click();
    orderNumber = (await page.getByTestId("placed-order-number").textContent()) ?? "";
    expect(orderNumber).toMatch(/^[0-9A-F]{8}$/);
    await page.context().clearCookies();
  });

  await signInAs(page, studio.email);
  await page.goto(`/projects/${project.id}`);
  const section = page.getByRole("region", { name: "Orders", exact: true });
  const search = section.getByRole("searchbox", { name: "Search" });

  await test.step("the quoted number finds the order; a wrong one says so", async () => {
    await search.fill("Order 00000000");
    await expect(section.getByText("No order matches “Order 00000000”")).toBeVisible();
    await search.fill(`order ${orderNumber.toLowerCase()}`);
    const orders = page.getByRole("region", { name: "Orders table" });
    await expect(orders.getByRole("row")).toHaveCount(2);
    const row = orders.getByRole("row").nth(1);
    await expect(row).toContainText(orderNumber);
    await expect(row).toContainText("Anna Archer");
    await expect(row).toContainText("Pending");
    await search.fill("ARCHER");
    await expect(orders.getByRole("row").nth(1)).toContainText(orderNumber);
  });

  await test.step("Mark paid asks first; a mistake goes back to pending", async () => {
    const orders = page.getByRole("region", { name: "Orders table" });
    const row = orders.getByRole("row").filter({ hasText: orderNumber });
    await row.getByRole("button", { name: "Mark paid the order of Anna Archer" }).click();
    const dialog = page.getByRole("dialog", { name: "Mark this order paid?" });
    await expect(dialog).toContainText(`Anna Archer’s order ${orderNumber} of Duo`);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText("Pending");

    await row.getByRole("button", { name: "Mark paid the order of Anna Archer" }).click();
    await dialog.getByRole("button", { name: "Mark paid" }).click();
    await expect(
      page.getByRole("status").getByText(`Anna Archer’s order ${orderNumber} marked paid`),
    ).toBeVisible();
    await expect(row.locator(".badge")).toHaveText("Paid");

    await row.getByRole("button", { name: "Set back to pending the order of Anna Archer" }).click();
    await expect(
      page.getByRole("status").getByText(`Anna Archer’s order ${orderNumber} is pending again`),
    ).toBeVisible();
    await expect(row.locator(".badge")).toHaveText("Pending");
  });

  await test.step("the order page lists its photos for the print lab and its history", async () => {
    await page
      .getByRole("region", { name: "Orders table" })
      .getByRole("link", { name: `Order ${orderNumber}` })
      .click();
    await expect(page.getByRole("heading", { name: `Order ${orderNumber}` })).toBeVisible();
    const photos = page.getByRole("list", { name: "Chosen photos" });
    await expect(photos.getByRole("listitem")).toHaveCount(2);
    await expect(photos).toContainText("IMG_200");
    await expect(photos.locator("img").first()).toHaveJSProperty("complete", true);
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("Ordered");
    await expect(history).toContainText("Not paid yet");
    await expect(page.getByRole("region", { name: "Order", exact: true })).toContainText("Duo");
    await captureScreens(page, "order-page");
  });
});
