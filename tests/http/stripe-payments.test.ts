import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import {
  addPhotographer,
  createPackage,
  createProject,
  signUpOperator,
  type Studio,
} from "../support/backoffice";
import { makePhoto } from "../support/images";
import { uploadPhoto } from "../support/photos";
import {
  deliverStripeEvent,
  signStripePayload,
  startStripeStandIn,
  type StripeStandIn,
} from "../support/stripe-stand-in";

/**
 * Card payments through Stripe Checkout, end to end on the built app, with
 * the SDK pointed at a local stand-in of Stripe (STRIPE_API_URL) and webhooks
 * signed with the SDK's generateTestHeaderString, so the app's real signature
 * check runs. The app has its own database and settings (DATA_ENCRYPTION_KEY).
 */

const DATA_ENCRYPTION_KEY = randomBytes(32).toString("base64");
const secretKey = () => `sk_test_${randomBytes(16).toString("hex")}`;
const webhookSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;

let stripe: StripeStandIn;
let app: RunningApp;
let api: ApiClient;

/** A browser of the gallery: one cookie jar, tRPC over HTTP. */
class GalleryClient {
  cookie: string | null = null;

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, value] = pair!.split("=");
      if (name === "gallery-session") this.cookie = value ? `${name}=${value}` : null;
    }
  }

  async call(kind: "query" | "mutation", procedure: string, input?: unknown) {
    const url = `${app.url}/api/trpc/gallery.${procedure}`;
    const headers: Record<string, string> = this.cookie ? { cookie: this.cookie } : {};
    const response =
      kind === "query"
        ? await fetch(url, { headers })
        : await fetch(url, {
            method: "POST",
            headers: { ...headers, "content-type": "application/json" },
            body: JSON.stringify(input ?? null),
          });
    this.remember(response);
    const body = (await response.json()) as { result?: { data: any }; error?: any };
    return { status: response.status, data: body.result?.data, body };
  }
}

interface Shop {
  studio: Studio;
  keys: { secretKey: string; webhookSecret: string };
  projectId: string;
  packageId: string;
  member: { id: string; email: string | null };
  photoId: string;
  gallery: GalleryClient;
  webhookUrl: string;
}

/** A studio with one project, one package, one member with a photo, in a gallery session. */
async function openShop(options: {
  currency: string;
  price: number;
  email?: string | null;
  connect?: boolean;
}): Promise<Shop> {
  const studio = await signUpOperator(api, `Studio ${options.currency}`);
  const patched = await studio.client.patch("/v1/operators/me", { currency: options.currency });
  expect(patched.status, patched.text).toBe(200);
  const project = await createProject(studio.client, { name: "Harbour School", timezone: "UTC" });
  const pkg = await createPackage(studio.client, {
    name: "Portrait Pack",
    price: options.price,
    photoCount: 2,
  });
  expect(
    (await studio.client.post(`/v1/projects/${project.id}/packages`, { packageId: pkg.id })).status,
  ).toBe(204);
  const email = options.email === undefined ? `mia.${randomUUID()}@example.test` : options.email;
  const member = await studio.client.post(`/v1/projects/${project.id}/members`, {
    name: "Mia Stone",
    ...(email && { email }),
  });
  expect(member.status, member.text).toBe(201);
  const pat = await addPhotographer(api, studio.client, "Pat");
  await studio.client.post(`/v1/projects/${project.id}/photographers`, { photographerId: pat.id });
  const photo = await uploadPhoto(
    pat.client,
    project.id,
    await makePhoto({ seed: 7, width: 600, height: 400, takenAt: "2026:05:04 10:00:00" }),
  );
  expect(photo.status, photo.text).toBe(201);
  const tagged = await studio.client.put(`/v1/photos/${photo.body.id}/tags`, {
    memberIds: [member.body.id],
  });
  expect(tagged.status).toBe(200);

  const keys = { secretKey: secretKey(), webhookSecret: webhookSecret() };
  const webhookUrl = `${app.url}/api/payments/stripe/${studio.id}`;
  stripe.addAccount(keys.secretKey, { ...keys, webhookUrl });
  if (options.connect ?? true) {
    const connected = await studio.client.put("/v1/operators/me/payments", {
      provider: "stripe",
      ...keys,
    });
    expect(connected.status, connected.text).toBe(200);
  }
  const gallery = new GalleryClient();
  const opened = await gallery.call("mutation", "open", { code: member.body.accessCode });
  expect(opened.status).toBe(200);
  return {
    studio,
    keys,
    projectId: project.id,
    packageId: pkg.id,
    member: { id: member.body.id, email },
    photoId: photo.body.id,
    gallery,
    webhookUrl,
  };
}

async function placeOrder(shop: Shop, extra: { email?: string } = {}) {
  const placed = await shop.gallery.call("mutation", "placeOrder", {
    packageId: shop.packageId,
    photoIds: [shop.photoId],
    acceptTerms: true,
    ...extra,
  });
  expect(placed.status, JSON.stringify(placed.body)).toBe(200);
  return placed.data as {
    order: { id: string; status: string; payByCard: boolean };
    payment: { kind: string; url?: string; instructions?: string };
  };
}

/** The stand-in's session behind a checkout URL. */
function sessionOf(url: string) {
  const id = url.split("/").at(-1)!;
  const session = stripe.sessions.get(id);
  expect(session, url).toBeDefined();
  return session!;
}

const orderOf = async (shop: Shop, id: string) => {
  const response = await shop.studio.client.get(`/v1/orders/${id}`);
  expect(response.status).toBe(200);
  return response.body as { status: string; paidAt: string | null; refundedAt: string | null };
};

const deliver = (shop: Shop, event: Stripe.Event) =>
  deliverStripeEvent(shop.webhookUrl, event, shop.keys.webhookSecret);

/** A placed order paid in the stand-in, and its completed event delivered. */
async function paidOrder(shop: Shop) {
  const { order, payment } = await placeOrder(shop);
  const session = sessionOf(payment.url!);
  const response = await deliver(shop, stripe.pay(session.id));
  expect(response.status).toBe(200);
  expect((await orderOf(shop, order.id)).status).toBe("paid");
  return { orderId: order.id, paymentIntentId: session.payment_intent! };
}

/** The app's log lines containing `text`, once one has arrived (the pipe lags). */
async function logLines(text: string): Promise<string[]> {
  const lines = () =>
    app
      .output()
      .split("\n")
      .filter((line) => line.includes(text));
  for (let i = 0; i < 50 && lines().length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return lines();
}

beforeAll(async () => {
  stripe = await startStripeStandIn();
  app = await startApp({
    env: { STRIPE_API_URL: stripe.url, DATA_ENCRYPTION_KEY, LOG_LEVEL: "info" },
  });
  api = new ApiClient(app.url);
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await stripe?.stop();
});

describe("connecting Stripe: PUT, GET and DELETE /v1/operators/me/payments", () => {
  it("checks the key with Stripe, stores it encrypted and shows only its last four characters", async () => {
    const studio = await signUpOperator(api, "Connecting Studio");
    // No payment instructions set: connecting and disconnecting keep them as they are.
    const instructions = { bankDetails: null, reference: null, contact: null, deadline: null };
    expect((await studio.client.get("/v1/operators/me/payments")).body).toEqual({
      provider: "manual",
      connected: false,
      instructions,
    });

    // A key Stripe does not know: a 400 naming secretKey, and nothing stored.
    const refused = await studio.client.put("/v1/operators/me/payments", {
      provider: "stripe",
      secretKey: secretKey(),
      webhookSecret: webhookSecret(),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toHaveProperty("secretKey");
    expect((await studio.client.get("/v1/operators/me/payments")).body.provider).toBe("manual");

    // Missing or malformed fields are 400s naming them, before Stripe is asked.
    const incomplete = await studio.client.put("/v1/operators/me/payments", {
      provider: "stripe",
      secretKey: "pk_test_notasecret",
    });
    expect(incomplete.status).toBe(400);
    expect(Object.keys(incomplete.body.errors).sort()).toEqual(["secretKey", "webhookSecret"]);

    const keys = { secretKey: secretKey(), webhookSecret: webhookSecret() };
    stripe.addAccount(keys.secretKey);
    const asked = stripe.requests.length;
    const connected = await studio.client.put("/v1/operators/me/payments", {
      provider: "stripe",
      ...keys,
    });
    expect(connected.status, connected.text).toBe(200);
    const shown = {
      provider: "stripe",
      connected: true,
      keyLast4: keys.secretKey.slice(-4),
      instructions,
    };
    expect(connected.body).toEqual(shown);
    // The harmless check, with the studio's own key.
    expect(stripe.requests.slice(asked)).toEqual([
      expect.objectContaining({ method: "GET", path: "/v1/balance", secretKey: keys.secretKey }),
    ]);
    const read = await studio.client.get("/v1/operators/me/payments");
    expect(read.body).toEqual(shown);
    expect(read.text).not.toContain(keys.secretKey);
    expect(read.text).not.toContain(keys.webhookSecret);

    // "Test" asks Stripe again.
    const tested = await studio.client.post("/v1/operators/me/payments/test");
    expect(tested.status).toBe(200);
    expect(stripe.requests.at(-1)).toMatchObject({ path: "/v1/balance" });

    // At rest: sealed, no plaintext anywhere in the row.
    if (app.databaseUrl) {
      const client = new pg.Client({ connectionString: app.databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query(
          "SELECT * FROM payment_accounts WHERE operator_id = $1",
          [studio.id],
        );
        expect(rows).toHaveLength(1);
        const row = JSON.stringify(rows[0]);
        expect(row).not.toContain(keys.secretKey);
        expect(row).not.toContain(keys.secretKey.slice(8));
        expect(row).not.toContain(keys.webhookSecret);
        expect(rows[0].secret_key_sealed).toMatch(/^k1\./);
      } finally {
        await client.end();
      }
    }

    const removed = await studio.client.delete("/v1/operators/me/payments");
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ provider: "manual", connected: false, instructions });
    expect((await studio.client.get("/v1/operators/me/payments")).body).toEqual({
      provider: "manual",
      connected: false,
      instructions,
    });
    const untested = await studio.client.post("/v1/operators/me/payments/test");
    expect(untested.status).toBe(409);
  });

  it("never writes the keys to the logs", async () => {
    const shop = await openShop({ currency: "EUR", price: 1000 });
    await placeOrder(shop);
    const output = app.output();
    expect(output).not.toContain(shop.keys.secretKey);
    expect(output).not.toContain(shop.keys.webhookSecret);
  });
});

describe("paying by card", () => {
  let eur: Shop;
  beforeAll(async () => {
    eur = await openShop({ currency: "EUR", price: 2500 });
  }, 120_000);

  it("sends the member to a Checkout Session for the order's amount, and leaves it pending", async () => {
    const asked = stripe.requests.length;
    const { order, payment } = await placeOrder(eur);
    expect(order.status).toBe("pending");
    expect(order.payByCard).toBe(true);
    expect(payment.kind).toBe("redirect");
    expect(payment.url!.startsWith(`${stripe.url}/c/pay/cs_test_`)).toBe(true);

    const created = stripe.requests
      .slice(asked)
      .find((request) => request.method === "POST" && request.path === "/v1/checkout/sessions");
    expect(created?.secretKey).toBe(eur.keys.secretKey);
    expect(created?.body).toMatchObject({
      mode: "payment",
      client_reference_id: order.id,
      metadata: { orderId: order.id, operatorId: eur.studio.id },
      customer_email: eur.member.email,
      line_items: [
        {
          quantity: "1",
          price_data: {
            currency: "eur",
            unit_amount: "2500",
            product_data: { name: "Portrait Pack" },
          },
        },
      ],
    });
    expect(created?.body.line_items).toHaveLength(1);
    const success = new URL(created!.body.success_url);
    expect(success.pathname).toBe("/gallery/photos");
    expect(success.searchParams.get("order")).toBe(order.id);
    expect(new URL(created!.body.cancel_url).searchParams.get("order")).toBe(order.id);

    // Coming back to the success URL alone changes nothing: only the webhook marks it paid.
    const back = await fetch(new URL(success.pathname + success.search, app.url), {
      headers: eur.gallery.cookie ? { cookie: eur.gallery.cookie } : {},
    });
    expect(back.status).toBe(200);
    await back.arrayBuffer();
    expect((await orderOf(eur, order.id)).status).toBe("pending");
    const gallery = await eur.gallery.call("query", "get");
    expect(gallery.data.payment).toEqual({
      byCard: true,
      instructions: { bankDetails: null, contact: null, deadline: null },
    });
    expect(gallery.data.orders.find((o: { id: string }) => o.id === order.id)).toMatchObject({
      status: "pending",
      payByCard: true,
      downloadUrl: null,
    });
  });

  it("sends the amount in whole units for a zero-decimal currency, and the e-mail given at checkout when the member has none", async () => {
    const jpy = await openShop({ currency: "JPY", price: 1500, email: null });
    const { payment } = await placeOrder(jpy, { email: "jun.parent@example.test" });
    const created = stripe.requests.findLast(
      (request) => request.path === "/v1/checkout/sessions" && request.method === "POST",
    );
    expect(created?.body.line_items[0].price_data).toMatchObject({
      currency: "jpy",
      unit_amount: "1500",
    });
    expect(created?.body.customer_email).toBe("jun.parent@example.test");
    expect(sessionOf(payment.url!).amount_total).toBe(1500);
  });

  it("marks the order paid by the signed checkout.session.completed, once for a repeated event", async () => {
    const before = (await eur.studio.client.get("/v1/analytics")).body.kpis;
    const { order, payment } = await placeOrder(eur);
    const event = stripe.pay(sessionOf(payment.url!).id);
    const first = await deliver(eur, event);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true });
    const paid = await orderOf(eur, order.id);
    expect(paid.status).toBe("paid");

    const again = await deliver(eur, event);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect(await orderOf(eur, order.id)).toEqual(paid);

    // The analytics count the sale once.
    const after = (await eur.studio.client.get("/v1/analytics")).body.kpis;
    expect(after.revenueInCents - before.revenueInCents).toBe(2500);

    // Paid: the gallery offers the download.
    const gallery = await eur.gallery.call("query", "get");
    const shown = gallery.data.orders.find((o: { id: string }) => o.id === order.id);
    expect(shown).toMatchObject({ status: "paid", payByCard: false });
    const download = await fetch(`${app.url}${shown.downloadUrl}`, {
      headers: { cookie: eur.gallery.cookie! },
    });
    expect(download.status).toBe(200);
    await download.arrayBuffer();
  });

  it("acts once when the same event arrives several times at once", async () => {
    const { order, payment } = await placeOrder(eur);
    const event = stripe.pay(sessionOf(payment.url!).id);
    const answers = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const response = await deliver(eur, event);
        return { status: response.status, body: await response.json() };
      }),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(answers.filter((answer) => !answer.body.duplicate)).toHaveLength(1);
    expect((await orderOf(eur, order.id)).status).toBe("paid");
  });

  it("also pays on checkout.session.async_payment_succeeded, and not on an unpaid completion", async () => {
    const { order, payment } = await placeOrder(eur);
    const session = sessionOf(payment.url!);
    const completed = stripe.pay(session.id) as any;
    const unpaid = {
      ...completed,
      id: `evt_unpaid_${randomUUID()}`,
      data: { object: { ...completed.data.object, payment_status: "unpaid" } },
    };
    expect((await deliver(eur, unpaid)).status).toBe(200);
    expect((await orderOf(eur, order.id)).status).toBe("pending");
    const succeeded = {
      ...completed,
      id: `evt_async_${randomUUID()}`,
      type: "checkout.session.async_payment_succeeded",
    };
    expect((await deliver(eur, succeeded)).status).toBe(200);
    expect((await orderOf(eur, order.id)).status).toBe("paid");
  });

  it("refuses a webhook whose signature does not verify, and changes nothing", async () => {
    const { order, payment } = await placeOrder(eur);
    const event = stripe.pay(sessionOf(payment.url!).id);
    const payload = JSON.stringify(event);
    const post = (body: string, signature?: string) =>
      fetch(eur.webhookUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(signature && { "stripe-signature": signature }),
        },
        body,
      });
    // Another secret, no signature, a body changed after signing.
    expect((await post(payload, signStripePayload(payload, webhookSecret()))).status).toBe(400);
    expect((await post(payload)).status).toBe(400);
    const signed = signStripePayload(payload, eur.keys.webhookSecret);
    const changed = payload.replace('"payment_status":"paid"', '"payment_status":"paid" ');
    expect((await post(changed, signed)).status).toBe(400);
    expect((await orderOf(eur, order.id)).status).toBe("pending");
    // Another studio's secret does not verify at this studio's address either.
    const other = await openShop({ currency: "EUR", price: 100 });
    const response = await deliverStripeEvent(eur.webhookUrl, event, other.keys.webhookSecret);
    expect(response.status).toBe(400);
    expect((await orderOf(eur, order.id)).status).toBe("pending");
    // The same event, signed rightly, still acts.
    expect((await post(payload, signed)).status).toBe(200);
    expect((await orderOf(eur, order.id)).status).toBe("paid");
  });

  it("answers 200 for an order it does not know, and logs it", async () => {
    const { payment } = await placeOrder(eur);
    const event = stripe.pay(sessionOf(payment.url!).id) as any;
    const stranger = randomUUID();
    const unknown = {
      ...event,
      id: `evt_unknown_${randomUUID()}`,
      data: {
        object: {
          ...event.data.object,
          client_reference_id: stranger,
          metadata: { orderId: stranger },
        },
      },
    };
    const response = await deliver(eur, unknown);
    expect(response.status).toBe(200);
    const lines = await logLines(unknown.id);
    expect(lines.join("\n")).toContain("names no order");
    expect(lines.join("\n")).toContain(stranger);
    expect(lines.join("\n")).not.toContain(eur.keys.webhookSecret);
  });

  it("ends refunded when the refund's event overtakes the payment's", async () => {
    const { order, payment } = await placeOrder(eur);
    const session = sessionOf(payment.url!);
    const completed = stripe.pay(session.id);
    const refunded = stripe.refundInDashboard(session.payment_intent!);
    expect((await deliver(eur, refunded)).status).toBe(200);
    expect((await orderOf(eur, order.id)).status).toBe("refunded");
    expect((await deliver(eur, completed)).status).toBe(200);
    const after = await orderOf(eur, order.id);
    expect(after.status).toBe("refunded");
    expect(after.paidAt).toBeNull();
  });

  it("marks an order refunded in Stripe's dashboard refunded (charge.refunded)", async () => {
    const { orderId, paymentIntentId } = await paidOrder(eur);
    const response = await deliver(eur, stripe.refundInDashboard(paymentIntentId));
    expect(response.status).toBe(200);
    expect((await orderOf(eur, orderId)).status).toBe("refunded");
    // A partial refund leaves it paid (the app refunds in full only).
    const second = await paidOrder(eur);
    const partial = stripe.refundInDashboard(second.paymentIntentId) as any;
    partial.data.object.refunded = false;
    expect((await deliver(eur, partial)).status).toBe(200);
    expect((await orderOf(eur, second.orderId)).status).toBe("paid");
  });

  it("refunds a card order through Stripe first; a Stripe refusal is a 502 with its message", async () => {
    const { orderId, paymentIntentId } = await paidOrder(eur);
    stripe.refuseRefunds("This charge has a dispute and cannot be refunded.");
    try {
      const refused = await eur.studio.client.post(`/v1/orders/${orderId}/refund`);
      expect(refused.status).toBe(502);
      expect(refused.body.message).toContain("This charge has a dispute and cannot be refunded.");
      expect((await orderOf(eur, orderId)).status).toBe("paid");
    } finally {
      stripe.refuseRefunds(null);
    }

    const asked = stripe.requests.length;
    const refunded = await eur.studio.client.post(`/v1/orders/${orderId}/refund`);
    expect(refunded.status, refunded.text).toBe(200);
    expect(refunded.body.status).toBe("refunded");
    expect(stripe.requests.slice(asked)).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/v1/refunds",
        secretKey: eur.keys.secretKey,
        body: expect.objectContaining({ payment_intent: paymentIntentId }),
      }),
    ]);
    // Stripe's own charge.refunded follows: nothing more happens.
    const event = stripe.refundInDashboard(paymentIntentId);
    expect((await deliver(eur, event)).status).toBe(200);
    expect((await orderOf(eur, orderId)).status).toBe("refunded");
    // A second refund is the usual 409, without asking Stripe.
    const again = await eur.studio.client.post(`/v1/orders/${orderId}/refund`);
    expect(again.status).toBe(409);
  });

  it("lets a pending order be paid again with a new session (Pay now)", async () => {
    const { order, payment } = await placeOrder(eur);
    const first = sessionOf(payment.url!);
    const again = await eur.gallery.call("mutation", "payOrder", { orderId: order.id });
    expect(again.status).toBe(200);
    expect(again.data.kind).toBe("redirect");
    const second = sessionOf(again.data.url);
    expect(second.id).not.toBe(first.id);
    expect(second.client_reference_id).toBe(order.id);
    expect(second.amount_total).toBe(2500);
    // Paying the newer session pays the order; refunds go to its payment.
    expect((await deliver(eur, stripe.pay(second.id))).status).toBe(200);
    expect((await orderOf(eur, order.id)).status).toBe("paid");
    const paidAgain = await eur.gallery.call("mutation", "payOrder", { orderId: order.id });
    expect(paidAgain.status).toBe(409);
    const refunded = await eur.studio.client.post(`/v1/orders/${order.id}/refund`);
    expect(refunded.status).toBe(200);
    expect(stripe.requests.at(-1)?.body.payment_intent).toBe(second.payment_intent);
  });
});

describe("a studio paid by hand", () => {
  it("keeps offline payment, and its webhook address answers 404", async () => {
    const shop = await openShop({ currency: "EUR", price: 900, connect: false });
    const { order, payment } = await placeOrder(shop);
    expect(payment.kind).toBe("offline");
    expect(order.payByCard).toBe(false);
    const payNow = await shop.gallery.call("mutation", "payOrder", { orderId: order.id });
    expect(payNow.status).toBe(409);
    const event = { id: "evt_x", object: "event", type: "checkout.session.completed", data: {} };
    expect((await deliver(shop, event as unknown as Stripe.Event)).status).toBe(404);
    // Marked paid and refunded by hand, as before.
    expect((await shop.studio.client.post(`/v1/orders/${order.id}/mark-paid`)).status).toBe(200);
    const refunded = await shop.studio.client.post(`/v1/orders/${order.id}/refund`);
    expect(refunded.status).toBe(200);
    expect(refunded.body.status).toBe("refunded");
  });
});

describe("starting in production", () => {
  // Last in the file: the app stays stopped after the refused start.
  it("refuses to start without DATA_ENCRYPTION_KEY once payment keys are stored under it", async () => {
    await openShop({ currency: "EUR", price: 900, connect: true });
    await expect(app.restart({ DATA_ENCRYPTION_KEY: "" })).rejects.toThrow(
      /DATA_ENCRYPTION_KEY: required in production: \d+ studio\(s\) have payment keys stored/,
    );
  }, 120_000);
});
