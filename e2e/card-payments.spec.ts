import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { startStripeStandIn, type StripeStandIn } from "../tests/support/stripe-stand-in";
import { signInAs } from "./support/backoffice";
import { createGalleryShoot } from "./support/gallery";
import { captureScreens } from "./support/screenshots";
import { STRIPE_STAND_IN_PORT } from "./support/stripe";

/**
 * A member pays by card on a phone: the studio has connected Stripe (here the
 * stand-in, whose checkout page posts the signed webhook), the member orders,
 * pays on the checkout page, comes back to the gallery, and the order turns
 * paid once the webhook has confirmed it; then the download is there.
 */

let stripe: StripeStandIn;
test.beforeAll(async () => {
  stripe = await startStripeStandIn({ port: STRIPE_STAND_IN_PORT });
});
test.afterAll(async () => {
  await stripe?.stop();
});

async function fitsThePhone(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a member pays by card on a phone, and downloads once the payment is confirmed", async ({
  page,
  request,
  baseURL,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const shoot = await createGalleryShoot(request, "Card Studio");
  const me = (await (
    await request.get("/v1/operators/me", { headers: shoot.studio.headers })
  ).json()) as { id: string };
  const keys = {
    secretKey: `sk_test_${randomBytes(16).toString("hex")}`,
    webhookSecret: `whsec_${randomBytes(24).toString("base64url")}`,
  };
  const webhookUrl = `${baseURL}/api/payments/stripe/${me.id}`;
  stripe.addAccount(keys.secretKey, { ...keys, webhookUrl });

  await test.step("the studio connects Stripe", async () => {
    const connected = await request.put("/v1/operators/me/payments", {
      headers: shoot.studio.headers,
      data: { provider: "stripe", ...keys },
    });
    expect(connected.status(), await connected.text()).toBe(200);
  });

  await test.step("Settings → Payments shows the connection and the webhook URL", async () => {
    await signInAs(page, shoot.studio.email);
    await page.goto("/settings");
    const payments = page.getByRole("region", { name: "Payments" });
    await expect(payments.getByText("Card payments on")).toBeVisible();
    await expect(payments.getByTestId("key-last4")).toHaveText(keys.secretKey.slice(-4));
    await expect(payments.getByTestId("webhook-url")).toHaveText(webhookUrl);
    await expect(payments.getByRole("button", { name: "Test" })).toBeVisible();
    await payments.getByRole("button", { name: "Test" }).click();
    await expect(payments.getByText("Stripe accepted the key.")).toBeVisible();
    await expect(page.locator("body")).not.toContainText(keys.secretKey);
    await fitsThePhone(page);
    await captureScreens(page, "settings-payments-phone");
    await page.context().clearCookies();
  });

  await test.step("the member orders and is sent to the checkout", async () => {
    await page.goto("/gallery");
    await page.getByLabel("Access code").fill(shoot.anna.accessCode);
    await page.getByRole("button", { name: "Open my gallery" }).click();
    await expect(page).toHaveURL(/\/gallery\/photos$/);
    await page.getByRole("radio", { name: /Duo/ }).check();
    await page.getByRole("checkbox", { name: "Choose photo 1 of 3" }).check();
    await page.getByRole("checkbox", { name: "Choose photo 2 of 3" }).check();
    const summary = page.getByRole("region", { name: "Your order" });
    await expect(summary).toContainText("By card");
    await summary.getByRole("checkbox", { name: "I accept the terms and conditions" }).check();
    await fitsThePhone(page);
    await captureScreens(page, "gallery-pay-by-card-phone");
    await summary.getByRole("button", { name: "Pay by card" }).click();
    await expect(page).toHaveURL(new RegExp(`^${stripe.url}/c/pay/cs_test_`));
    await expect(page.getByTestId("amount")).toHaveText("2500 USD (Stripe's units)");
  });

  await test.step("pays, comes back, and the order turns paid by the webhook", async () => {
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page).toHaveURL(/\/gallery\/photos\?order=[0-9a-f-]+&payment=done$/);
    const order = page.getByRole("listitem", { name: /^Order / }).first();
    await expect(order).toContainText("Paid");
    await expect(page.getByRole("status").filter({ hasText: "is paid" })).toBeVisible();
    const link = order.getByRole("link", { name: "Download 2 photos (zip, full resolution)" });
    await expect(link).toBeVisible();
    await fitsThePhone(page);
    await captureScreens(page, "gallery-paid-by-card-phone");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^spring-portraits-[0-9A-F]{8}\.zip$/);
  });

  await test.step("a pending card order offers Pay now", async () => {
    await page.getByRole("radio", { name: /Duo/ }).check();
    await page.getByRole("checkbox", { name: "Choose photo 3 of 3" }).check();
    const summary = page.getByRole("region", { name: "Your order" });
    await summary.getByRole("checkbox", { name: "I accept the terms and conditions" }).check();
    await summary.getByRole("button", { name: "Pay by card" }).click();
    await expect(page).toHaveURL(new RegExp(`^${stripe.url}/c/pay/`));
    await page.getByRole("link", { name: "Back" }).click();
    await expect(page).toHaveURL(/payment=cancelled/);
    const pending = page.getByRole("listitem", { name: /^Order / }).filter({ hasText: "Pending" });
    await expect(pending.getByRole("button", { name: "Pay now" })).toBeVisible();
    await fitsThePhone(page);
    await captureScreens(page, "gallery-pay-now-phone");
    await pending.getByRole("button", { name: "Pay now" }).click();
    await expect(page).toHaveURL(new RegExp(`^${stripe.url}/c/pay/`));
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page).toHaveURL(/payment=done/);
    await expect(
      page.getByRole("listitem", { name: /^Order / }).filter({ hasText: "Pending" }),
    ).toHaveCount(0);
  });
});
