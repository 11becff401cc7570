import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { startStripeStandIn, type StripeStandIn } from "../tests/support/stripe-stand-in";
import { post } from "./support/backoffice";
import { createGalleryShoot } from "./support/gallery";
import { mailTo } from "./support/mail";
import { captureScreens } from "./support/screenshots";
import { STRIPE_STAND_IN_PORT } from "./support/stripe";
import { afternoonZone } from "../tests/support/time-zones";

/**
 * The whole sale on a parent's phone: the invitation e-mail's link opens the
 * gallery with the code filled in, a coupon lowers the price, the order is
 * paid by card on the (stand-in) checkout page and turns paid by the webhook,
 * then its photos are chosen and downloaded.
 */

let stripe: StripeStandIn;
test.beforeAll(async () => {
  stripe = await startStripeStandIn({ port: STRIPE_STAND_IN_PORT });
});
test.afterAll(async () => {
  await stripe?.stop();
});
test.describe.configure({ timeout: 120_000 });

test("a parent goes from the invitation e-mail to a coupon, a card payment and the download", async ({
  page,
  request,
  baseURL,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const shoot = await createGalleryShoot(request, "Invitation Studio");
  const projectId = shoot.project.id;
  const studio = shoot.studio.headers;
  const me = (await (await request.get("/v1/operators/me", { headers: studio })).json()) as {
    id: string;
  };
  const keys = {
    secretKey: `sk_test_${randomBytes(16).toString("hex")}`,
    webhookSecret: `whsec_${randomBytes(24).toString("base64url")}`,
  };
  stripe.addAccount(keys.secretKey, {
    ...keys,
    webhookUrl: `${baseURL}/api/payments/stripe/${me.id}`,
  });
  const connected = await request.put("/v1/operators/me/payments", {
    headers: studio,
    data: { provider: "stripe", ...keys },
  });
  expect(connected.status(), await connected.text()).toBe(200);
  const moved = await request.patch(`/v1/projects/${projectId}`, {
    headers: studio,
    data: { timezone: afternoonZone() },
  });
  expect(moved.status()).toBe(200);
  await post(request, `/v1/projects/${projectId}/coupons`, studio, {
    code: "WELCOME10",
    percentOff: 10,
  });

  const invited = await post<{ queued: number }>(
    request,
    `/v1/projects/${projectId}/campaigns/invitations`,
    studio,
    {},
  );
  expect(invited.queued).toBe(1);
  const address = (await (
    await request.get(`/v1/members/${shoot.anna.id}`, { headers: studio })
  ).json()) as { email: string };
  await expect.poll(() => mailTo(address.email).length, { timeout: 30_000 }).toBe(1);
  const link = /https?:\/\/\S+\/gallery\?code=[A-Z0-9-]+/.exec(mailTo(address.email)[0]!.text)![0];

  await test.step("the e-mail's link opens the gallery with the code filled in", async () => {
    await page.goto(new URL(link).pathname + new URL(link).search);
    await expect(page.getByLabel("Access code")).not.toHaveValue("");
    await page.getByRole("button", { name: "Open my gallery" }).click();
    await expect(page).toHaveURL(/\/gallery\/photos$/);
  });

  await test.step("a coupon lowers the price, and the order goes to the card checkout", async () => {
    await page.getByRole("radio", { name: /Duo/ }).check();
    const summary = page.getByRole("region", { name: "Your order" });
    await summary.getByLabel("Coupon code").fill("welcome10");
    await summary.getByRole("button", { name: "Apply" }).click();
    await expect(summary.getByTestId("order-price")).toContainText("$22.50");
    await summary.getByRole("checkbox", { name: "I accept the terms and conditions" }).check();
    await captureScreens(page, "invitation-coupon-phone");
    await summary.getByRole("button", { name: "Pay by card" }).click();
    await expect(page).toHaveURL(new RegExp(`^${stripe.url}/c/pay/cs_test_`));
    await expect(page.getByTestId("amount")).toHaveText("2250 USD (Stripe's units)");
  });

  await test.step("paid by the webhook, the member chooses the photos and downloads", async () => {
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page).toHaveURL(/\/gallery\/photos\?order=[0-9a-f-]+&payment=done$/);
    const card = page.getByRole("listitem", { name: /^Order / }).first();
    await expect(card).toContainText("Paid");
    await expect(page.getByText(/Download 0 photos/)).toHaveCount(0);
    await card.getByRole("button", { name: "Choose your 2 photos" }).click();
    const panel = page.getByRole("region", { name: /Choose your 2 photos for order/ });
    await page.getByRole("checkbox", { name: "Choose photo 1 of 3" }).check();
    await page.getByRole("checkbox", { name: "Choose photo 2 of 3" }).check();
    await panel.getByRole("button", { name: "Save 2 photos" }).click();
    const download = card.getByRole("link", { name: "Download 2 photos (zip, full resolution)" });
    await expect(download).toBeVisible();
    await captureScreens(page, "invitation-paid-download-phone");
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toMatch(/\.zip$/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
