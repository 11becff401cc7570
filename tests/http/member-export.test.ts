import { createHash } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { unzip } from "../support/zip";
import { type ApiClient } from "../support/api-client";
import {
  addPhotographer,
  createPackage,
  createProject,
  type Studio,
  withTwoStudios,
} from "../support/backoffice";
import { makePhoto } from "../support/images";
import { uploadPhoto } from "../support/photos";
import type { SharedApp } from "../support/shared-app";

/**
 * GET /v1/members/:id/export over HTTP: a zip with member.json (the record,
 * consent, orders, gallery visits, e-mails) and the originals of the member's
 * photos byte for byte; operators and keys with members:read only; recorded
 * in the audit log.
 */

let app: SharedApp;
let api: ApiClient;
let studio: Studio;
let rival: Studio;
let photographer: { id: string; client: ApiClient };
let projectId: string;
let packageId: string;
let anna: { id: string; accessCode: string };
let ben: { id: string };
/** Anna alone, Anna with Ben, Ben alone. */
let photos: { solo: Upload; group: Upload; bens: Upload };
let orderId: string;

interface Upload {
  id: string;
  fileName: string;
  bytes: Buffer;
}

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function onDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const started = await withTwoStudios();
  ({ app, api, studio, rival } = started);
  projectId = (await createProject(studio.client, { name: "Spring portraits", timezone: "UTC" }))
    .id;
  packageId = (await createPackage(studio.client, { name: "Duo", price: 2400, photoCount: 2 })).id;
  expect(
    (await studio.client.post(`/v1/projects/${projectId}/packages`, { packageId })).status,
  ).toBe(204);
  photographer = await addPhotographer(api, studio.client, "Ada");
  expect(
    (
      await studio.client.post(`/v1/projects/${projectId}/photographers`, {
        photographerId: photographer.id,
      })
    ).status,
  ).toBe(204);

  const enrolled = await studio.client.post(`/v1/projects/${projectId}/members`, {
    name: "Anna Archer",
    email: "anna.archer@example.test",
    email2: "parent.archer@example.test",
    externalId: "S-17",
    group: "4B",
  });
  expect(enrolled.status).toBe(201);
  anna = { id: enrolled.body.id, accessCode: enrolled.body.accessCode };
  ben = {
    id: (await studio.client.post(`/v1/projects/${projectId}/members`, { name: "Ben Baker" })).body
      .id,
  };

  const upload = async (fileName: string, seed: number, memberIds: string[]) => {
    const bytes = await makePhoto({ seed, width: 640, height: 480 });
    const response = await uploadPhoto(photographer.client, projectId, bytes, { fileName });
    expect(response.status, response.text).toBe(201);
    const tagged = await studio.client.put(`/v1/photos/${response.body.id}/tags`, { memberIds });
    expect(tagged.status).toBe(200);
    return { id: response.body.id as string, fileName, bytes };
  };
  photos = {
    solo: await upload("IMG_0001.JPG", 31, [anna.id]),
    group: await upload("Class 4B.jpg", 32, [anna.id, ben.id]),
    bens: await upload("IMG_0003.JPG", 33, [ben.id]),
  };

  const order = await studio.client.post(`/v1/projects/${projectId}/orders`, {
    memberId: anna.id,
    packageId,
    photoIds: [photos.solo.id],
    amountInCents: 2000,
  });
  expect(order.status, order.text).toBe(201);
  orderId = order.body.id;

  // A first gallery visit.
  const opened = await fetch(`${app.url}/api/trpc/gallery.open`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "10.61.0.1" },
    body: JSON.stringify({ code: anna.accessCode }),
  });
  expect(opened.status).toBe(200);
  const invited = await studio.client.post(`/v1/projects/${projectId}/campaigns/invitations`);
  expect(invited.status, invited.text).toBe(202);
}, 120_000);

describe("GET /v1/members/:id/export", () => {
  it("streams a zip named by the member's id, with member.json and their originals byte for byte", async () => {
    const response = await studio.client.get(`/v1/members/${anna.id}/export`);
    expect(response.status, response.text.slice(0, 200)).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="member-[0-9a-f-]{36}\.zip"/);
    expect(disposition).toContain(anna.id);
    expect(disposition).not.toMatch(/anna|archer/i);
    expect(Number(response.headers.get("content-length"))).toBe(response.bytes.byteLength);

    const files = await unzip(response.bytes);
    const soloEntry = `photos/${photos.solo.id}-IMG_0001.JPG`;
    const groupEntry = `photos/${photos.group.id}-Class 4B.jpg`;
    expect([...files.keys()].sort()).toEqual(["member.json", groupEntry, soloEntry].sort());
    expect(sha(files.get(soloEntry)!)).toBe(sha(photos.solo.bytes));
    expect(sha(files.get(groupEntry)!)).toBe(sha(photos.group.bytes));
    expect(files.get(soloEntry)!.equals(photos.solo.bytes)).toBe(true);

    const document = JSON.parse(files.get("member.json")!.toString("utf8"));
    expect(document.member).toEqual({
      id: anna.id,
      project: { id: projectId, name: "Spring portraits" },
      name: "Anna Archer",
      email: "anna.archer@example.test",
      email2: "parent.archer@example.test",
      externalId: "S-17",
      group: "4B",
      accessCode: anna.accessCode,
      enrolledAt: expect.any(String),
      firstViewedAt: expect.any(String),
      photoConsent: true,
      emailOptOut: false,
    });
    expect(document.orders).toEqual([
      {
        id: orderId,
        status: "paid",
        package: { id: packageId, name: "Duo" },
        listPriceInCents: 2400,
        discountInCents: 400,
        couponCode: null,
        amountInCents: 2000,
        currency: "USD",
        externalId: null,
        orderedAt: expect.any(String),
        paidAt: expect.any(String),
        refundedAt: null,
        email: null,
        shippingAddress: null,
        photoIds: [photos.solo.id],
      },
    ]);
    expect(document.galleryVisits).toEqual({
      firstViewedAt: document.member.firstViewedAt,
      opened: expect.any(Array),
    });
    expect(
      document.emails
        .map((mail: { kind: string; address: string }) => `${mail.kind} ${mail.address}`)
        .sort(),
    ).toEqual(["invitation anna.archer@example.test", "invitation parent.archer@example.test"]);
    for (const mail of document.emails) {
      expect(mail).toEqual({
        kind: "invitation",
        address: expect.any(String),
        status: expect.stringMatching(/^(queued|sent|failed|skipped)$/),
        queuedAt: expect.any(String),
        sentAt: mail.status === "sent" ? expect.any(String) : null,
        failedAt: mail.status === "failed" ? expect.any(String) : null,
      });
    }
    expect(document.photos.map((photo: { file: string }) => photo.file).sort()).toEqual(
      [groupEntry, soloEntry].sort(),
    );
  });

  it("lets a key with members:read export, and refuses photographers (403)", async () => {
    const key = await studio.client.post("/v1/api-keys", {
      name: "Privacy desk",
      scopes: ["members:read"],
    });
    expect(key.status).toBe(201);
    const byKey = await api.as(key.body.key).get(`/v1/members/${anna.id}/export`);
    expect(byKey.status).toBe(200);
    expect((await unzip(byKey.bytes)).has("member.json")).toBe(true);

    const byPhotographer = await photographer.client.get(`/v1/members/${anna.id}/export`);
    expect(byPhotographer.status).toBe(403);
    expect(byPhotographer.headers.get("content-type")).toContain("application/json");
  });

  it("answers 404 for another studio's member and for an unknown id", async () => {
    expect((await rival.client.get(`/v1/members/${anna.id}/export`)).status).toBe(404);
    expect(
      (await studio.client.get("/v1/members/00000000-0000-4000-8000-000000000000/export")).status,
    ).toBe(404);
    expect((await studio.client.get("/v1/members/not-a-uuid/export")).status).toBe(400);
  });

  it("records the export in the audit log by id only, and lists gallery visits from it", async ({
    skip,
  }) => {
    if (!app.databaseUrl) skip("the embedded database lives inside the app process");
    await onDatabase((client) =>
      client.query(
        `INSERT INTO audit_entries (operator_id, actor_type, actor_id, action, subject_type, subject_id, at)
         VALUES ($1, 'member', $2, 'gallery_opened', 'member', $2, '2026-05-04T10:00:00Z')`,
        [studio.id, anna.id],
      ),
    );
    const response = await studio.client.get(`/v1/members/${ben.id}/export`);
    expect(response.status).toBe(200);
    const again = await studio.client.get(`/v1/members/${anna.id}/export`);
    const document = JSON.parse((await unzip(again.bytes)).get("member.json")!.toString("utf8"));
    expect(document.galleryVisits.opened).toContain("2026-05-04T10:00:00.000Z");

    const entries = await onDatabase(
      async (client) =>
        (
          await client.query(
            `SELECT actor_type, actor_id::text, subject_type, subject_id::text, details
             FROM audit_entries WHERE operator_id = $1 AND action = 'member_exported'
            ORDER BY at`,
            [studio.id],
          )
        ).rows,
    );
    expect(entries.filter((entry) => entry.subject_id === ben.id)).toEqual([
      {
        actor_type: "operator",
        actor_id: studio.id,
        subject_type: "member",
        subject_id: ben.id,
        details: { photos: 2, orders: 0 },
      },
    ]);
    expect(entries.some((entry) => entry.actor_type === "api_key")).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/anna|archer|ben baker|example\.test/i);
  });
});
