import { expect, type Locator, type Page, test } from "@playwright/test";
import { isoToWallTime } from "../src/lib/time-zones";
import { signInAs } from "./support/backoffice";
import { createGalleryShoot } from "./support/gallery";
import { captureScreens } from "./support/screenshots";

/**
 * On a phone: the studio sets an ordering deadline and a coupon on the
 * project's Sales section; a member sees the countdown, enters the coupon,
 * sees the discounted price, orders without choosing photos, and once the
 * order is paid chooses its photos and downloads them.
 */

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The element lies inside its container, left to right. */
async function fitsInside(element: Locator, container: Locator) {
  const [inner, outer] = await Promise.all([element.boundingBox(), container.boundingBox()]);
  expect(inner && outer).toBeTruthy();
  expect(inner!.x).toBeGreaterThanOrEqual(outer!.x - 0.5);
  expect(inner!.x + inner!.width).toBeLessThanOrEqual(outer!.x + outer!.width + 0.5);
}

test("a studio sets a deadline and a coupon; a member orders with it and chooses photos later (390 px)", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const shoot = await createGalleryShoot(request, "Offer Studio");
  const projectId = shoot.project.id;
  const zone = "Europe/Berlin";
  const moved = await request.patch(`/v1/projects/${projectId}`, {
    headers: shoot.studio.headers,
    data: { timezone: zone },
  });
  expect(moved.status()).toBe(200);
  // Three days and a half from now, to the minute, as a wall time in Berlin.
  const closeAt = new Date(Date.now() + 84 * 60 * 60 * 1000);
  closeAt.setUTCSeconds(0, 0);
  const wallTime = isoToWallTime(closeAt.toISOString(), zone);

  await test.step("the studio sets the deadline on the Sales section", async () => {
    await signInAs(page, shoot.studio.email);
    await page.goto(`/projects/${projectId}`);
    const sales = page.getByRole("region", { name: "Sales" });
    await sales.scrollIntoViewIfNeeded();
    await expect(sales.getByTestId("orders-close-at")).toHaveText("no deadline");
    await sales.getByLabel("Ordering closes", { exact: true }).fill(wallTime);
    await sales.getByRole("button", { name: "Save deadline and early bird" }).click();
    await expect(sales.getByTestId("orders-close-at")).not.toHaveText("no deadline");
    const saved = await request.get(`/v1/projects/${projectId}`, { headers: shoot.studio.headers });
    expect(((await saved.json()) as { ordersCloseAt: string }).ordersCloseAt).toBe(
      closeAt.toISOString(),
    );
  });

  await test.step("and adds a coupon", async () => {
    const sales = page.getByRole("region", { name: "Sales" });
    const form = sales.getByRole("form", { name: "Add a coupon" });
    await form.getByLabel("Code").fill("spring20");
    await form.getByLabel("Percent off").fill("20");
    await form.getByLabel("Uses at most (optional)").fill("5");
    await form.getByRole("button", { name: "Add coupon" }).click();
    const coupon = sales.getByRole("listitem", { name: "Coupon SPRING20" });
    await expect(coupon).toContainText("20% off");
    await expect(coupon.getByTestId("redemptions")).toHaveText("Used 0 of 5 times");
    await noHorizontalOverflow(page);
    await captureScreens(page, "sales-offers-studio-phone");
  });

  await test.step("the member sees the countdown and the discounted price", async () => {
    await page.context().clearCookies();
    await page.goto("/gallery");
    await page.getByLabel("Access code").fill(shoot.anna.accessCode);
    await page.getByRole("button", { name: "Open my gallery" }).click();
    await expect(page).toHaveURL(/\/gallery\/photos$/);
    const deadline = page.getByTestId("ordering-deadline");
    await expect(deadline).toContainText("Order by");
    await expect(deadline.getByTestId("countdown")).toHaveText(/^3 days( \d+ hours?)? left$/);

    await page.getByRole("radio", { name: /Duo/ }).check();
    const summary = page.getByRole("region", { name: "Your order" });
    await expect(summary.getByTestId("order-price")).toHaveText("$25.00");
    await summary.getByLabel("Coupon code").fill("NOPE");
    await summary.getByRole("button", { name: "Apply" }).click();
    await expect(summary.getByRole("alert")).toContainText("not valid");
    await summary.getByLabel("Coupon code").fill("spring20");
    await summary.getByRole("button", { name: "Apply" }).click();
    await expect(summary.getByTestId("order-price")).toContainText("$20.00");
    await expect(summary.getByTestId("order-price")).toContainText("Coupon SPRING20");
    await expect(summary).toContainText("2 photos, to choose after ordering");
    await noHorizontalOverflow(page);
    await captureScreens(page, "sales-offers-coupon-phone");
  });

  let orderNumber = "";
  await test.step("orders without choosing photos", async () => {
    const summary = page.getByRole("region", { name: "Your order" });
    await summary.getByRole("checkbox", { name: "I accept the terms and conditions" }).check();
    await summary.getByRole("button", { name: "Place order" }).click();
    const placed = page.getByTestId("placed-order-number");
    await expect(placed).toHaveText(/^[0-9A-F]{8}$/);
    orderNumber = (await placed.textContent())!;
    const card = page.getByRole("listitem", { name: `Order ${orderNumber}` });
    await expect(card).toContainText("$20.00");
    await expect(card).toContainText("SPRING20");
    const choose = card.getByRole("button", { name: "Choose your 2 photos" });
    await expect(choose).toBeVisible();
    await fitsInside(choose, card);
    await expect(card.getByRole("link", { name: /Download/ })).toHaveCount(0);
    await expect(page.getByText(/Download 0 photos/)).toHaveCount(0);
  });

  await test.step("the studio marks it paid (through the API)", async () => {
    const orders = await request.get(`/v1/projects/${projectId}/orders`, {
      headers: shoot.studio.headers,
    });
    const [order] = ((await orders.json()) as { items: { id: string; couponCode: string }[] })
      .items;
    expect(order!.couponCode).toBe("SPRING20");
    const paid = await request.post(`/v1/orders/${order!.id}/mark-paid`, {
      headers: shoot.studio.headers,
    });
    expect(paid.status()).toBe(200);
  });

  await test.step("the member chooses the photos, then downloads them", async () => {
    await page.reload();
    const card = page.getByRole("listitem", { name: `Order ${orderNumber}` });
    await expect(card).toContainText("Paid");
    const choose = card.getByRole("button", { name: "Choose your 2 photos" });
    await fitsInside(choose, card);
    await captureScreens(page, "sales-offers-choose-phone");
    await choose.click();
    const panel = page.getByRole("region", { name: /Choose your 2 photos for order/ });
    await expect(panel).toBeVisible();
    await page.getByRole("checkbox", { name: "Choose photo 1 of 3" }).check();
    await page.getByRole("checkbox", { name: "Choose photo 3 of 3" }).check();
    await expect(page.getByRole("checkbox", { name: "Choose photo 2 of 3" })).toBeDisabled();
    await expect(panel.getByTestId("chosen-count")).toHaveText("2 of 2 chosen");
    await panel.getByRole("button", { name: "Save 2 photos" }).click();
    const link = card.getByRole("link", { name: "Download 2 photos (zip, full resolution)" });
    await expect(link).toBeVisible();
    await fitsInside(link, card);
    await expect(card.getByRole("button", { name: /Choose your/ })).toHaveCount(0);
    await noHorizontalOverflow(page);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`spring-portraits-${orderNumber}.zip`);
  });

  const coupons = await request.get(`/v1/projects/${projectId}/coupons`, {
    headers: shoot.studio.headers,
  });
  expect(await coupons.json()).toMatchObject([{ code: "SPRING20", redemptions: 1 }]);
});
