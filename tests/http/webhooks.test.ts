import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { createPackage, createProject, signUpOperator, type Studio } from "../support/backoffice";
import { eventually } from "../support/eventually";
import { type SharedApp, sharedApp } from "../support/shared-app";
import {
  signatureIsValid,
  startWebhookReceiver,
  type WebhookReceiver,
} from "../support/webhook-receiver";

/**
 * Outbound webhooks over real HTTP: the shared app (it sets WEBHOOK_ALLOW_PRIVATE,
 * as receivers listen on 127.0.0.1) and a receiver started here, whose
 * answers each path decides. Signatures are checked with the tests' own
 * HMAC code, written from the Standard Webhooks specification.
 */

let receiver: WebhookReceiver;
let receiverUrl: string;
let answers: WebhookReceiver["answers"];
let at: WebhookReceiver["at"];

let app: SharedApp;
let api: ApiClient;
let studio: Studio;
let rival: Studio;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  ({ url: receiverUrl, answers, at } = receiver);
  app = sharedApp();
  api = new ApiClient(app.url);
  studio = await signUpOperator(api, "Studio");
  rival = await signUpOperator(api, "Rival");
}, 120_000);

afterAll(async () => {
  await receiver?.close();
});

async function createEndpoint(path: string, events: string[], client = studio.client) {
  const created = await client.post("/v1/webhooks", { url: `${receiverUrl}${path}`, events });
  expect(created.status, created.text).toBe(201);
  return created.body as { id: string; secret: string; url: string };
}

async function createMember(projectId: string, name: string) {
  const member = await studio.client.post(`/v1/projects/${projectId}/members`, { name });
  expect(member.status, member.text).toBe(201);
  return member.body as { id: string };
}

describe("/v1/webhooks", () => {
  it("shows a whsec_ secret once and never again", async () => {
    const created = await studio.client.post("/v1/webhooks", {
      url: `${receiverUrl}/shown-once`,
      events: ["order.paid"],
      description: "Shop sync",
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      url: `${receiverUrl}/shown-once`,
      events: ["order.paid"],
      enabled: true,
      disabledReason: null,
      description: "Shop sync",
      createdAt: expect.any(String),
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
    });
    expect(Buffer.from(created.body.secret.slice(6), "base64")).toHaveLength(32);
    const one = await studio.client.get(`/v1/webhooks/${created.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).not.toHaveProperty("secret");
    const list = await studio.client.get("/v1/webhooks");
    expect(list.text).not.toContain(created.body.secret);

    const rotated = await studio.client.patch(`/v1/webhooks/${created.body.id}`, {
      rotateSecret: true,
      events: ["order.paid", "order.refunded"],
    });
    expect(rotated.status, rotated.text).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    expect(rotated.body.events).toEqual(["order.paid", "order.refunded"]);

    expect((await studio.client.delete(`/v1/webhooks/${created.body.id}`)).status).toBe(204);
    expect((await studio.client.get(`/v1/webhooks/${created.body.id}`)).status).toBe(404);
  });

  it("refuses unknown events naming events.N", async () => {
    const response = await studio.client.post("/v1/webhooks", {
      url: `${receiverUrl}/x`,
      events: ["order.paid", "order.shipped"],
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(["events.1"]);
  });

  it.each([
    "http://169.254.169.254/latest/meta-data/",
    "http://[fe80::1]/hook",
    "http://[fd00:ec2::254]/",
    "http://metadata.google.internal/computeMetadata/v1/",
  ])("refuses %s always (400 naming url)", async (url) => {
    const response = await studio.client.post("/v1/webhooks", { url, events: ["order.paid"] });
    expect(response.status, response.text).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(["url"]);
  });

  it("refuses a metadata address on update too", async () => {
    const endpoint = await createEndpoint("/update-check", ["order.paid"]);
    const response = await studio.client.patch(`/v1/webhooks/${endpoint.id}`, {
      url: "http://169.254.169.254/",
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(["url"]);
  });

  it("sends each event, signed, only to the endpoints subscribed to it", async () => {
    const members = await createEndpoint("/members", ["member.created"]);
    const orders = await createEndpoint("/orders", [
      "order.created",
      "order.paid",
      "order.refunded",
    ]);
    const project = await createProject(studio.client, { name: "Signed" });
    const member = await createMember(project.id, "Ada Lovelace");

    const [memberEvent] = await eventually(
      () => (at("/members").length ? at("/members") : undefined),
      {
        what: "member.created at /members",
      },
    );
    expect(signatureIsValid(members.secret, memberEvent!)).toBe(true);
    expect(signatureIsValid(orders.secret, memberEvent!)).toBe(false);
    expect(memberEvent!.headers["content-type"]).toBe("application/json");
    const payload = JSON.parse(memberEvent!.body);
    expect(payload).toEqual({
      type: "member.created",
      timestamp: expect.any(String),
      data: { member: expect.objectContaining({ id: member.id, name: "Ada Lovelace" }) },
    });
    expect(payload.data.member).not.toHaveProperty("accessCode");
    const seconds = Number(memberEvent!.headers["webhook-timestamp"]);
    expect(Math.abs(seconds - Date.now() / 1000)).toBeLessThan(60);

    const pkg = await createPackage(studio.client, { name: "Prints", price: 1500 });
    await studio.client.post(`/v1/projects/${project.id}/packages`, { packageId: pkg.id });
    const order = await studio.client.post(`/v1/projects/${project.id}/orders`, {
      memberId: member.id,
      packageId: pkg.id,
    });
    expect(order.status, order.text).toBe(201);
    expect((await studio.client.post(`/v1/orders/${order.body.id}/refund`)).status).toBe(200);

    const types = await eventually(
      () => {
        const seen = at("/orders").map((request) => JSON.parse(request.body).type as string);
        return seen.length >= 3 ? seen : undefined;
      },
      { what: "three order events" },
    );
    expect(types.sort()).toEqual(["order.created", "order.paid", "order.refunded"]);
    for (const request of at("/orders")) {
      expect(signatureIsValid(orders.secret, request)).toBe(true);
      expect(JSON.parse(request.body).data.order.id).toBe(order.body.id);
    }
    // Members saw no order events, orders no member.created.
    expect(at("/members")).toHaveLength(1);
    expect(at("/orders").some((request) => request.body.includes("member.created"))).toBe(false);
  });

  it("tells about a member's first gallery visit only", async () => {
    const endpoint = await createEndpoint("/visits", ["gallery.first_visit"]);
    const project = await createProject(studio.client, { name: "Visits" });
    const member = await studio.client.post(`/v1/projects/${project.id}/members`, { name: "Mary" });
    const open = () =>
      fetch(`${app.url}/api/trpc/gallery.open`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: member.body.accessCode }),
      });
    expect((await open()).status).toBe(200);
    expect((await open()).status).toBe(200);
    const [visit] = await eventually(() => (at("/visits").length ? at("/visits") : undefined));
    expect(signatureIsValid(endpoint.secret, visit!)).toBe(true);
    expect(JSON.parse(visit!.body)).toMatchObject({
      type: "gallery.first_visit",
      data: { member: { id: member.body.id, projectId: project.id, name: "Mary" } },
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(at("/visits")).toHaveLength(1);
  });

  it("retries after a 500 with the same webhook-id, and logs each attempt", async () => {
    answers.set("/flaky", [500, 204]);
    const endpoint = await createEndpoint("/flaky", ["member.created"]);
    const project = await createProject(studio.client, { name: "Flaky" });
    await createMember(project.id, "Grace Hopper");

    const [first, second] = await eventually(
      () => (at("/flaky").length >= 2 ? at("/flaky") : undefined),
      { what: "a retry at /flaky", timeoutMs: 30_000 },
    );
    expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    expect(second!.body).toBe(first!.body);
    expect(signatureIsValid(endpoint.secret, second!)).toBe(true);

    const log = await eventually(async () => {
      const response = await studio.client.get(`/v1/webhooks/${endpoint.id}/deliveries`);
      return response.body.some((attempt: { status: string }) => attempt.status === "succeeded")
        ? response.body
        : undefined;
    });
    expect(log).toEqual([
      expect.objectContaining({
        attempt: 2,
        status: "succeeded",
        statusCode: 204,
        error: null,
        nextRetryAt: null,
      }),
      expect.objectContaining({
        attempt: 1,
        status: "failed",
        statusCode: 500,
        error: "HTTP 500: answered 500",
      }),
    ]);
    const [retry, failed] = log;
    expect(failed.eventId).toBe(first!.headers["webhook-id"]);
    expect(retry.eventId).toBe(failed.eventId);
    expect(failed.type).toBe("member.created");
    const wait = Date.parse(failed.nextRetryAt) - Date.parse(failed.attemptedAt);
    expect(wait).toBeGreaterThanOrEqual(5_000);
    expect(wait).toBeLessThanOrEqual(5_500);
    expect(Date.parse(retry.attemptedAt)).toBeGreaterThanOrEqual(Date.parse(failed.nextRetryAt));
  }, 40_000);

  it("disables an endpoint that answers 410, with the reason, and retries nothing", async () => {
    answers.set("/gone", [410]);
    const endpoint = await createEndpoint("/gone", ["member.created"]);
    const project = await createProject(studio.client, { name: "Gone" });
    await createMember(project.id, "Alan Turing");
    const disabled = await eventually(async () => {
      const response = await studio.client.get(`/v1/webhooks/${endpoint.id}`);
      return response.body.enabled === false ? response.body : undefined;
    });
    expect(disabled.disabledReason).toMatch(/410/);
    const log = await studio.client.get(`/v1/webhooks/${endpoint.id}/deliveries`);
    expect(log.body).toEqual([
      expect.objectContaining({ attempt: 1, status: "failed", statusCode: 410, nextRetryAt: null }),
    ]);
    // A disabled endpoint gets nothing more until it is enabled again.
    await createMember(project.id, "Another");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(at("/gone")).toHaveLength(1);
    const enabled = await studio.client.patch(`/v1/webhooks/${endpoint.id}`, { enabled: true });
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null });
  });

  it("sends a test event to one endpoint, and redelivers an attempt with the same webhook-id", async () => {
    const endpoint = await createEndpoint("/tested", ["photo.processed"]);
    const other = await createEndpoint("/not-tested", ["photo.processed"]);
    const test = await studio.client.post(`/v1/webhooks/${endpoint.id}/test`);
    expect(test.status, test.text).toBe(202);
    expect(test.body).toEqual({ deliveryId: expect.any(String) });
    const [sent] = await eventually(() => (at("/tested").length ? at("/tested") : undefined));
    expect(JSON.parse(sent!.body).type).toBe("webhook.test");
    expect(signatureIsValid(endpoint.secret, sent!)).toBe(true);

    const again = await studio.client.post(
      `/v1/webhook-deliveries/${test.body.deliveryId}/redeliver`,
    );
    expect(again.status, again.text).toBe(202);
    expect(again.body.deliveryId).not.toBe(test.body.deliveryId);
    const [, redelivered] = await eventually(() =>
      at("/tested").length >= 2 ? at("/tested") : undefined,
    );
    expect(redelivered!.headers["webhook-id"]).toBe(sent!.headers["webhook-id"]);
    expect(redelivered!.body).toBe(sent!.body);
    expect(signatureIsValid(endpoint.secret, redelivered!)).toBe(true);

    const log = await eventually(async () => {
      const response = await studio.client.get(`/v1/webhooks/${endpoint.id}/deliveries`);
      return response.body.every((attempt: { status: string }) => attempt.status === "succeeded") &&
        response.body.length === 2
        ? response.body
        : undefined;
    });
    expect(
      log.map((attempt: { id: string; attempt: number }) => [attempt.id, attempt.attempt]),
    ).toEqual([
      [again.body.deliveryId, 2],
      [test.body.deliveryId, 1],
    ]);
    expect(at("/not-tested")).toHaveLength(0);
    void other;
  });

  it("keeps each studio's endpoints and deliveries to itself", async () => {
    const endpoint = await createEndpoint("/private", ["order.paid"]);
    const test = await studio.client.post(`/v1/webhooks/${endpoint.id}/test`);
    const calls = [
      rival.client.get(`/v1/webhooks/${endpoint.id}`),
      rival.client.patch(`/v1/webhooks/${endpoint.id}`, { enabled: false }),
      rival.client.delete(`/v1/webhooks/${endpoint.id}`),
      rival.client.post(`/v1/webhooks/${endpoint.id}/test`),
      rival.client.get(`/v1/webhooks/${endpoint.id}/deliveries`),
      rival.client.post(`/v1/webhook-deliveries/${test.body.deliveryId}/redeliver`),
    ];
    for (const response of await Promise.all(calls)) expect(response.status).toBe(404);
    const list = await rival.client.get("/v1/webhooks");
    expect(list.body).toEqual([]);
    expect((await studio.client.get(`/v1/webhooks/${endpoint.id}`)).body.enabled).toBe(true);
  });

  it("may be managed with an API key holding webhooks:write, and not with one without", async () => {
    const allowed = await studio.client.post("/v1/api-keys", {
      name: "Hooks",
      scopes: ["webhooks:write"],
    });
    const other = await studio.client.post("/v1/api-keys", {
      name: "Members",
      scopes: ["members:read"],
    });
    const withScope = api.as(allowed.body.key);
    const created = await withScope.post("/v1/webhooks", {
      url: `${receiverUrl}/by-key`,
      events: ["order.paid"],
    });
    expect(created.status, created.text).toBe(201);
    expect((await withScope.get("/v1/webhooks")).status).toBe(200);
    const refused = await api.as(other.body.key).get("/v1/webhooks");
    expect(refused.status).toBe(403);
    expect(refused.text).toContain("webhooks:write");
  });
});

describe("the OpenAPI document", () => {
  it("lists the webhook routes and every payload sent in its webhooks section", async () => {
    const document = await (await fetch(`${app.url}/api/openapi.json`)).json();
    expect(document.paths["/v1/webhooks"].post.tags).toEqual(["Webhooks"]);
    expect(document.paths["/v1/webhook-deliveries/{id}/redeliver"].post).toBeDefined();
    expect(Object.keys(document.webhooks).sort()).toEqual([
      "gallery.first_visit",
      "member.created",
      "members.imported",
      "order.created",
      "order.paid",
      "order.refunded",
      "photo.processed",
      "photo.tagged",
      "photo.uploaded",
      "webhook.test",
    ]);
    const memberCreated = document.webhooks["member.created"].post;
    expect(memberCreated.parameters.map((p: { name: string }) => p.name)).toEqual([
      "webhook-id",
      "webhook-timestamp",
      "webhook-signature",
    ]);
    expect(
      memberCreated.requestBody.content["application/json"].schema.properties.type,
    ).toMatchObject({ const: "member.created" });
  });
});

describe("without WEBHOOK_ALLOW_PRIVATE", () => {
  let strict: RunningApp;
  let owner: Studio;

  beforeAll(async () => {
    strict = await startApp({ env: {} });
    owner = await signUpOperator(new ApiClient(strict.url), "Strict");
  }, 120_000);
  afterAll(async () => {
    await strict?.stop();
  });

  it.each([
    "http://127.0.0.1:8080/hook",
    "http://10.0.0.5/hook",
    "http://[::1]/hook",
    "http://localhost:8080/hook",
  ])("refuses the private or loopback address %s (400 naming url)", async (url) => {
    const response = await owner.client.post("/v1/webhooks", { url, events: ["order.paid"] });
    expect(response.status, response.text).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual(["url"]);
  });
});
