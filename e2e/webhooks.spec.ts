import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page, test } from "@playwright/test";
import { registerOperator, signInAs } from "./support/backoffice";
import { captureScreens } from "./support/screenshots";

/**
 * A studio connects its order system on a phone: Settings → Webhooks, an
 * endpoint with its events, the secret shown once, a test event sent and seen
 * in the deliveries, then redelivered.
 */

async function fitsThePhone(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

let receiver: Server;
let receiverUrl: string;
const received: string[] = [];

test.beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push(body);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/photo-events`;
});
test.afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

test("a studio adds a webhook, sends a test event, sees it delivered and redelivers it", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const studio = await registerOperator(request, "Hook Studio");
  await signInAs(page, studio.email);
  await page.goto("/settings#webhooks");
  const section = page.getByRole("region", { name: "Webhooks" });
  await expect(section.getByTestId("no-webhooks")).toBeVisible();

  await section.getByLabel("URL").fill("http://169.254.169.254/latest/meta-data/");
  await section.getByRole("checkbox", { name: "order.paid" }).check();
  await section.getByRole("button", { name: "Add endpoint" }).click();
  await expect(section.getByText(/link-local, metadata or reserved/).first()).toBeVisible();

  await section.getByLabel("URL").fill(receiverUrl);
  await section.getByRole("checkbox", { name: "order.paid" }).check();
  await section.getByRole("checkbox", { name: "member.created" }).check();
  await section.getByRole("button", { name: "Add endpoint" }).click();
  await expect(section.getByTestId("new-webhook-secret")).toHaveText(/^whsec_[A-Za-z0-9+/=]{44}$/);
  const row = section.getByRole("listitem", { name: `Webhook ${receiverUrl}` });
  await expect(row).toContainText("member.created, order.paid");
  await expect(row).toContainText("Enabled");
  await fitsThePhone(page);
  await captureScreens(page, "settings-webhook-created");

  await section.getByRole("button", { name: "Done" }).click();
  await row.getByRole("button", { name: "Send test" }).click();
  const deliveries = row.getByRole("list", { name: "Deliveries" });
  await expect(deliveries.getByRole("listitem")).toHaveCount(1);
  await expect(deliveries).toContainText("webhook.test", { timeout: 15_000 });
  await expect(deliveries).toContainText("succeeded (204)", { timeout: 15_000 });
  expect(received.some((body) => body.includes('"webhook.test"'))).toBe(true);

  await deliveries.getByRole("button", { name: "Redeliver" }).first().click();
  await expect(deliveries.getByRole("listitem")).toHaveCount(2, { timeout: 15_000 });
  await expect(deliveries.getByText("attempt 2")).toBeVisible();
  await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await fitsThePhone(page);
  await captureScreens(page, "settings-webhook-deliveries");
});
