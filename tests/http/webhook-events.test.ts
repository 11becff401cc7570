import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { addPhotographer, createProject, signUpOperator, type Studio } from "../support/backoffice";
import { eventually } from "../support/eventually";
import { makeCardPhoto, makePhoto } from "../support/images";
import { uploadPhoto } from "../support/photos";
import { type SharedApp, sharedApp } from "../support/shared-app";
import {
  type ReceivedWebhook,
  signatureIsValid,
  startWebhookReceiver,
  type WebhookReceiver,
} from "../support/webhook-receiver";

/**
 * The events a roster import, an upload and matching by card send, over real
 * HTTP from the shared app (it lets webhooks go to 127.0.0.1) to a receiver started here, each checked the way a receiver checks it
 * (the tests' own HMAC), and only at the endpoints subscribed to it.
 */

let receiver: WebhookReceiver;
let app: SharedApp;
let api: ApiClient;
let studio: Studio;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  app = sharedApp();
  api = new ApiClient(app.url);
  studio = await signUpOperator(api, "Events Studio");
}, 120_000);

afterAll(async () => {
  await receiver?.close();
});

async function createEndpoint(path: string, events: string[]) {
  const created = await studio.client.post("/v1/webhooks", {
    url: `${receiver.url}${path}`,
    events,
  });
  expect(created.status, created.text).toBe(201);
  return created.body as { id: string; secret: string };
}

/** The payloads that arrived at `path` once there are `count`, each signed with `secret`. */
async function payloadsAt(path: string, secret: string, count: number) {
  const requests = await eventually(
    () => (receiver.at(path).length >= count ? receiver.at(path) : undefined),
    { what: `${count} deliveries at ${path}` },
  );
  for (const request of requests) expect(signatureIsValid(secret, request)).toBe(true);
  return requests.map((request: ReceivedWebhook) => JSON.parse(request.body));
}

/** Long enough for any delivery queued by what came before to have arrived. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_000));

function importCsv(projectId: string, csv: string, query = "") {
  return studio.client.post(`/v1/projects/${projectId}/members/import${query}`, undefined, {
    rawBody: csv,
    headers: { "content-type": "text/csv" },
  });
}

describe("members.imported", () => {
  it("is sent once per finished import with its counts, and member.created once per member it creates", async () => {
    const imports = await createEndpoint("/imports", ["members.imported"]);
    const created = await createEndpoint("/imports-created", ["member.created"]);
    await createEndpoint("/imports-other", ["order.paid"]);
    const project = await createProject(studio.client, { name: "Roster" });
    const ada = await studio.client.post(`/v1/projects/${project.id}/members`, {
      name: "Ada",
      email: "ada@example.com",
    });
    expect(ada.status, ada.text).toBe(201);
    await payloadsAt("/imports-created", created.secret, 1);

    const csv = [
      "name,email",
      "Ada Lovelace,ada@example.com",
      "Ben,ben@example.com",
      "Cid,cid@example.com",
      "Bad,not-an-email",
    ].join("\n");
    const dryRun = await importCsv(project.id, csv, "?dryRun=true");
    expect(dryRun.status, dryRun.text).toBe(200);
    const report = await importCsv(project.id, csv);
    expect(report.status, report.text).toBe(200);
    expect(report.body).toMatchObject({ created: 2, updated: 1, unchanged: 0 });

    const [imported] = await payloadsAt("/imports", imports.secret, 1);
    expect(imported).toEqual({
      type: "members.imported",
      timestamp: expect.any(String),
      data: {
        import: { projectId: project.id, created: 2, updated: 1, unchanged: 0, skipped: 1 },
      },
    });
    const members = await payloadsAt("/imports-created", created.secret, 3);
    expect(
      members
        .slice(1)
        .map((payload) => payload.data.member.name)
        .sort(),
    ).toEqual(["Ben", "Cid"]);
    expect(members[1].data.member).toEqual({
      id: expect.any(String),
      projectId: project.id,
      name: expect.any(String),
      email: expect.stringMatching(/@example\.com$/),
      externalId: null,
      group: null,
      enrolledAt: expect.any(String),
    });

    await settle();
    expect(receiver.at("/imports")).toHaveLength(1);
    expect(receiver.at("/imports-created")).toHaveLength(3);
    expect(receiver.at("/imports-other")).toHaveLength(0);
  });
});

describe("photo.uploaded", () => {
  it("tells about a stored upload once, and not about the same bytes sent again", async () => {
    const uploads = await createEndpoint("/uploads", ["photo.uploaded"]);
    const processed = await createEndpoint("/uploads-processed", ["photo.processed"]);
    const project = await createProject(studio.client, { name: "Uploads" });
    const photographer = await addPhotographer(api, studio.client, "Uma");
    await studio.client.post(`/v1/projects/${project.id}/photographers`, {
      photographerId: photographer.id,
    });
    const bytes = await makePhoto({ seed: 7, width: 400, height: 300 });

    const first = await uploadPhoto(photographer.client, project.id, bytes, {
      fileName: "class-4a.jpg",
    });
    expect(first.status, first.text).toBe(201);
    const [uploaded] = await payloadsAt("/uploads", uploads.secret, 1);
    expect(uploaded).toEqual({
      type: "photo.uploaded",
      timestamp: expect.any(String),
      data: {
        photo: {
          id: first.body.id,
          projectId: project.id,
          photographerId: photographer.id,
          fileName: "class-4a.jpg",
          sizeBytes: bytes.length,
          status: "processing",
          uploadedAt: first.body.uploadedAt,
        },
      },
    });

    const again = await uploadPhoto(photographer.client, project.id, bytes, {
      fileName: "class-4a.jpg",
    });
    expect(again.status, again.text).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    await payloadsAt("/uploads-processed", processed.secret, 1);
    await settle();
    expect(receiver.at("/uploads")).toHaveLength(1);
    const types = receiver.at("/uploads-processed").map((request) => JSON.parse(request.body).type);
    expect(types).toEqual(["photo.processed"]);
  });
});

describe("photo.tagged", () => {
  /** 10:mm on the shoot's day, as EXIF writes it. */
  const at = (minute: number) => `2026:05:04 10:${String(minute).padStart(2, "0")}:00`;

  it("is sent by matching by card for each photo whose members changed, with source card", async () => {
    const project = await createProject(studio.client, { name: "Matching", timezone: "UTC" });
    const photographer = await addPhotographer(api, studio.client, "Pia");
    await studio.client.post(`/v1/projects/${project.id}/photographers`, {
      photographerId: photographer.id,
    });
    const enrol = async (name: string) => {
      const response = await studio.client.post(`/v1/projects/${project.id}/members`, { name });
      expect(response.status).toBe(201);
      return response.body as { id: string; accessCode: string };
    };
    const anna = await enrol("Anna");
    const carl = await enrol("Carl");
    const tags = await createEndpoint("/tags", ["photo.tagged"]);
    await createEndpoint("/tags-other", ["photo.processed", "member.created"]);
    const upload = async (name: string, minute: number, card?: string) => {
      const bytes = card
        ? await makeCardPhoto(card, {
            takenAt: at(minute),
            seed: minute,
            width: 1200,
            height: 800,
            cardFraction: 0.2,
          })
        : await makePhoto({ takenAt: at(minute), seed: 100 + minute, width: 600, height: 400 });
      const response = await uploadPhoto(photographer.client, project.id, bytes, {
        fileName: `${name}.jpg`,
      });
      expect(response.status, response.text).toBe(201);
      expect(response.body.status).toBe("ready");
      return response.body.id as string;
    };

    const first = await upload("first", 20); // no card before it: untagged, nothing sent
    await upload("card-anna", 10, anna.accessCode); // tags `first` with Anna
    const second = await upload("second", 30); // Anna's too; `first` stays as it was
    await upload("card-carl", 25, carl.accessCode); // `second` becomes Carl's
    const byHand = await studio.client.put(`/v1/photos/${first}/tags`, {
      memberIds: [carl.id, anna.id],
    });
    expect(byHand.status, byHand.text).toBe(200);
    // The review grid tags many photos at once: only `second` changes (`first` has Anna already).
    const grid = await fetch(`${app.url}/api/trpc/photos.tag`, {
      method: "POST",
      headers: { authorization: `Bearer ${studio.token}`, "content-type": "application/json" },
      body: JSON.stringify({
        projectId: project.id,
        photoIds: [first, second],
        add: [anna.id],
        remove: [],
      }),
    });
    expect(grid.status, await grid.text()).toBe(200);

    const payloads = await payloadsAt("/tags", tags.secret, 5);
    expect(payloads.map((payload) => payload.type)).toEqual(Array(5).fill("photo.tagged"));
    const photo = (id: string, memberIds: string[], source: string) => ({
      id,
      projectId: project.id,
      memberIds,
      source,
    });
    expect(payloads.map((payload) => payload.data.photo)).toEqual(
      expect.arrayContaining([
        photo(first, [anna.id], "card"),
        photo(second, [anna.id], "card"),
        photo(second, [carl.id], "card"),
        photo(first, [carl.id, anna.id], "manual"),
        photo(second, [anna.id, carl.id].sort(), "manual"),
      ]),
    );
    await settle();
    expect(receiver.at("/tags")).toHaveLength(5);
    expect(
      receiver.at("/tags-other").filter((request) => request.body.includes("photo.tagged")),
    ).toEqual([]);
  });
});
