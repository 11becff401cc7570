import { beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/server/db/connection";
import { counterDifferences } from "@/server/domain/analytics-counters";
import { photoFolderKey, photoObjectKey } from "@/server/storage";
import type { ApiClient } from "../support/api-client";
import {
  addPhotographer,
  createPackage,
  createProject,
  type Studio,
  withTwoStudios,
} from "../support/backoffice";
import { makeCardPhoto, makePhoto } from "../support/images";
import { isStored, uploadPhoto } from "../support/photos";
import type { SharedApp } from "../support/shared-app";

/**
 * POST /v1/members/:id/erase over HTTP: the member's solo photos and cards go
 * with their files, group photos stay without their tag, orders stay for the
 * books without them, analytics keep revenue and sales with one member fewer,
 * other members' galleries are untouched, theirs is closed, and the audit log
 * holds the counts without a name.
 */

let app: SharedApp;
let studio: Studio;
let rival: Studio;
let photographer: { id: string; client: ApiClient };
let projectId: string;
let packageId: string;

interface Member {
  id: string;
  accessCode: string;
}
let anna: Member;
let ben: Member;
let cleo: Member;
let photos: { card: string; solo: string; group: string; bens: string };
let orders: { annaPaid: string; annaGroup: string; bens: string };
let addressNumber = 1;

/** A browser of the gallery: its own client address and cookie. */
class GalleryClient {
  cookie: string | null = null;
  readonly address = `10.62.0.${addressNumber++}`;

  private async call(procedure: string, init: RequestInit = {}) {
    const response = await fetch(`${app.url}/api/trpc/gallery.${procedure}`, {
      ...init,
      headers: {
        "x-forwarded-for": this.address,
        ...(this.cookie && { cookie: this.cookie }),
        ...(init.body ? { "content-type": "application/json" } : {}),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [name, value] = line.split(";")[0]!.split("=");
      if (name === "gallery-session") this.cookie = value ? `${name}=${value}` : null;
    }
    const body = (await response.json()) as { result?: { data: any } };
    return { status: response.status, data: body.result?.data };
  }

  open(code: string) {
    return this.call("open", { method: "POST", body: JSON.stringify({ code }) });
  }

  gallery() {
    return this.call("get");
  }
}

async function analytics() {
  const response = await studio.client.get(`/v1/analytics?projectId=${projectId}`);
  expect(response.status).toBe(200);
  return response.body.kpis as {
    membersEnrolled: number;
    revenueInCents: number;
    packagesSold: number;
  };
}

async function withDatabase<T>(run: (db: ReturnType<typeof openDatabase>) => Promise<T>) {
  const database = openDatabase({ kind: "postgres", url: app.databaseUrl! });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

const tagsOf = async (photoId: string) =>
  ((await studio.client.get(`/v1/photos/${photoId}`)).body.tags as { memberId: string }[]).map(
    (tag) => tag.memberId,
  );

beforeAll(async () => {
  const started = await withTwoStudios();
  ({ app, studio, rival } = started);
  projectId = (await createProject(studio.client, { name: "Erasure day", timezone: "UTC" })).id;
  packageId = (await createPackage(studio.client, { name: "Single", price: 2400, photoCount: 2 }))
    .id;
  expect(
    (await studio.client.post(`/v1/projects/${projectId}/packages`, { packageId })).status,
  ).toBe(204);
  photographer = await addPhotographer(started.api, studio.client, "Ada");
  expect(
    (
      await studio.client.post(`/v1/projects/${projectId}/photographers`, {
        photographerId: photographer.id,
      })
    ).status,
  ).toBe(204);

  const enrol = async (body: Record<string, string>) => {
    const response = await studio.client.post(`/v1/projects/${projectId}/members`, body);
    expect(response.status).toBe(201);
    return { id: response.body.id as string, accessCode: response.body.accessCode as string };
  };
  anna = await enrol({
    name: "Anna Erased",
    email: "anna.erased@example.test",
    email2: "shared.parent@example.test",
  });
  ben = await enrol({ name: "Ben Kept", email: "ben.kept@example.test" });
  cleo = await enrol({ name: "Cleo Sibling", email2: "shared.parent@example.test" });

  const upload = async (bytes: Buffer, fileName: string) => {
    const response = await uploadPhoto(photographer.client, projectId, bytes, { fileName });
    expect(response.status, response.text).toBe(201);
    return response.body as { id: string; kind: string; cardMemberId: string | null };
  };
  const card = await upload(
    await makeCardPhoto(anna.accessCode, {
      takenAt: "2026:05:04 10:00:00",
      width: 1200,
      height: 800,
      cardFraction: 0.2,
      seed: 41,
    }),
    "IMG_0100.JPG",
  );
  expect(card).toMatchObject({ kind: "card", cardMemberId: anna.id });
  const shot = (minute: number, seed: number) =>
    makePhoto({ takenAt: `2026:05:04 10:0${minute}:00`, seed, width: 640, height: 480 });
  const solo = await upload(await shot(1, 42), "IMG_0101.JPG");
  const group = await upload(await shot(2, 43), "IMG_0102.JPG");
  const bens = await upload(await shot(3, 44), "IMG_0103.JPG");
  expect(await tagsOf(solo.id)).toEqual([anna.id]); // matched by her card
  const setTags = async (photoId: string, memberIds: string[]) =>
    expect((await studio.client.put(`/v1/photos/${photoId}/tags`, { memberIds })).status).toBe(200);
  await setTags(group.id, [anna.id, ben.id]);
  await setTags(bens.id, [ben.id]);
  photos = { card: card.id, solo: solo.id, group: group.id, bens: bens.id };

  const order = async (memberId: string, photoIds: string[], amountInCents?: number) => {
    const response = await studio.client.post(`/v1/projects/${projectId}/orders`, {
      memberId,
      packageId,
      photoIds,
      ...(amountInCents !== undefined && { amountInCents }),
    });
    expect(response.status, response.text).toBe(201);
    return response.body.id as string;
  };
  const invited = await studio.client.post(`/v1/projects/${projectId}/campaigns/invitations`);
  expect(invited.status, invited.text).toBe(202);
  orders = {
    annaPaid: await order(anna.id, [photos.solo], 2000),
    annaGroup: await order(anna.id, [photos.group]),
    bens: await order(ben.id, [photos.group, photos.bens]),
  };
}, 180_000);

describe("POST /v1/members/:id/erase", () => {
  it("refuses photographers (403) and other studios (404), erasing nothing", async () => {
    expect((await photographer.client.post(`/v1/members/${anna.id}/erase`)).status).toBe(403);
    expect((await rival.client.post(`/v1/members/${anna.id}/erase`)).status).toBe(404);
    expect(
      (await studio.client.post("/v1/members/00000000-0000-4000-8000-000000000000/erase")).status,
    ).toBe(404);
    expect((await studio.client.get(`/v1/members/${anna.id}`)).status).toBe(200);
  });

  it("deletes solo photos and cards with their files, untags group photos, keeps orders and analytics", async () => {
    const annasGallery = new GalleryClient();
    expect((await annasGallery.open(anna.accessCode)).status).toBe(200);
    expect((await annasGallery.gallery()).status).toBe(200);
    const bensGallery = new GalleryClient();
    expect((await bensGallery.open(ben.accessCode)).status).toBe(200);
    const bensPhotos = (await bensGallery.gallery()).data.photos.map((p: { id: string }) => p.id);
    expect(bensPhotos.sort()).toEqual([photos.group, photos.bens].sort());

    const deletedPlaces = [photos.card, photos.solo].map((id) => ({
      operatorId: studio.id,
      projectId,
      id,
    }));
    for (const place of deletedPlaces) {
      expect(await isStored(app.storage, photoObjectKey(place, "original"))).toBe(true);
      expect(await isStored(app.storage, photoObjectKey(place, "thumb"))).toBe(true);
    }
    const before = await analytics();
    expect(before).toMatchObject({ membersEnrolled: 3, revenueInCents: 6800, packagesSold: 3 });

    const erased = await studio.client.post(`/v1/members/${anna.id}/erase`);
    expect(erased.status, erased.text).toBe(200);
    expect(erased.body).toEqual({ photosDeleted: 2, photosUntagged: 1, ordersAnonymised: 2 });

    // Solo photo and card: gone, every file of them too.
    for (const id of [photos.card, photos.solo]) {
      expect((await studio.client.get(`/v1/photos/${id}`)).status).toBe(404);
    }
    for (const place of deletedPlaces) {
      const left: string[] = [];
      for await (const object of app.storage.list(photoFolderKey(place))) left.push(object.key);
      expect(left).toEqual([]);
    }
    // The group photo stays with Ben alone; Ben's own photo is untouched.
    expect(await tagsOf(photos.group)).toEqual([ben.id]);
    expect(await tagsOf(photos.bens)).toEqual([ben.id]);
    const groupPlace = { operatorId: studio.id, projectId, id: photos.group };
    expect(await isStored(app.storage, photoObjectKey(groupPlace, "original"))).toBe(true);

    // Orders stay for the books without the member.
    const paid = await studio.client.get(`/v1/orders/${orders.annaPaid}`);
    expect(paid.body).toMatchObject({
      memberId: null,
      packageId,
      amountInCents: 2000,
      listPriceInCents: 2400,
      status: "paid",
      photoIds: [],
    });
    const group = await studio.client.get(`/v1/orders/${orders.annaGroup}`);
    expect(group.body).toMatchObject({
      memberId: null,
      amountInCents: 2400,
      photoIds: [photos.group],
    });
    const bens = await studio.client.get(`/v1/orders/${orders.bens}`);
    expect(bens.body).toMatchObject({ memberId: ben.id, photoIds: expect.any(Array) });
    expect([...bens.body.photoIds].sort()).toEqual([photos.group, photos.bens].sort());

    // Analytics: the same money and sales, one member fewer.
    const after = await analytics();
    expect(after).toMatchObject({
      membersEnrolled: before.membersEnrolled - 1,
      revenueInCents: before.revenueInCents,
      packagesSold: before.packagesSold,
    });

    // Other galleries still show the group photo; hers is closed.
    const stillBens = (await bensGallery.gallery()).data.photos.map((p: { id: string }) => p.id);
    expect(stillBens.sort()).toEqual([photos.group, photos.bens].sort());
    expect((await annasGallery.gallery()).status).toBe(401);
    expect((await new GalleryClient().open(anna.accessCode)).status).toBe(401);
  });

  it("removes the member from every list and search", async () => {
    expect((await studio.client.get(`/v1/members/${anna.id}`)).status).toBe(404);
    const list = await studio.client.get(`/v1/projects/${projectId}/members`);
    expect(list.body.items.map((m: { id: string }) => m.id).sort()).toEqual(
      [ben.id, cleo.id].sort(),
    );
    for (const search of ["Anna", "anna.erased", anna.accessCode]) {
      const found = await studio.client.get(
        `/v1/projects/${projectId}/members?search=${encodeURIComponent(search)}`,
      );
      expect(found.body.total, search).toBe(0);
    }
    const byMember = await studio.client.get(
      `/v1/projects/${projectId}/photos?memberId=${anna.id}`,
    );
    expect(byMember.status).toBe(200);
    expect(byMember.body.items).toEqual([]);
    const ordersList = await studio.client.get(`/v1/projects/${projectId}/orders`);
    expect(ordersList.body.items).toHaveLength(3);
    expect((await studio.client.post(`/v1/members/${anna.id}/erase`)).status).toBe(404);
  });

  it("leaves the counters exact, an audit entry without the name, and no e-mail records", async ({
    skip,
  }) => {
    if (!app.databaseUrl) skip("the embedded database lives inside the app process");
    await withDatabase(async ({ prisma }) => {
      expect(await counterDifferences(prisma, studio.id)).toEqual([]);
      const entries = await prisma.auditEntry.findMany({
        where: { operatorId: studio.id, action: "member_erased" },
      });
      expect(entries).toEqual([
        expect.objectContaining({
          actorType: "operator",
          actorId: studio.id,
          subjectType: "member",
          subjectId: anna.id,
          details: { photosDeleted: 2, photosUntagged: 1, ordersAnonymised: 2 },
        }),
      ]);
      expect(JSON.stringify(entries)).not.toMatch(/anna|erased@|shared\.parent/i);
      expect(await prisma.member.count({ where: { id: anna.id } })).toBe(0);
      expect(await prisma.photoTag.count({ where: { memberId: anna.id } })).toBe(0);
      expect(await prisma.campaignMail.count({ where: { memberId: anna.id } })).toBe(0);
      expect(await prisma.campaignMail.count({ where: { memberId: ben.id } })).toBe(1);
    });
  });

  it("drops the studio's copies of webhook events that name the member", async () => {
    const endpoint = await studio.client.post("/v1/webhooks", {
      url: "http://127.0.0.1:9/erasure-hook",
      events: ["member.created"],
    });
    expect(endpoint.status).toBe(201);
    const enrolled = await studio.client.post(`/v1/projects/${projectId}/members`, {
      name: "Eve Hooked",
      email: "eve.hooked@example.test",
    });
    const logged = async () =>
      (await studio.client.get(`/v1/webhooks/${endpoint.body.id}/deliveries`)).body as {
        type: string;
      }[];
    expect((await logged()).map((delivery) => delivery.type)).toContain("member.created");

    expect((await studio.client.post(`/v1/members/${enrolled.body.id}/erase`)).status).toBe(200);
    expect(await logged()).toEqual([]);
  });

  it("removes the campaign opt-outs of an erased member's addresses no one else has", async ({
    skip,
  }) => {
    if (!app.databaseUrl) skip("the embedded database lives inside the app process");
    const enrolled = await studio.client.post(`/v1/projects/${projectId}/members`, {
      name: "Dora Opted",
      email: "dora.own@example.test",
      email2: "shared.parent@example.test",
    });
    const dora = enrolled.body.id as string;
    await withDatabase(({ prisma }) =>
      prisma.campaignOptOut.createMany({
        data: ["dora.own@example.test", "shared.parent@example.test"].map((address) => ({
          operatorId: studio.id,
          address,
        })),
      }),
    );
    expect((await studio.client.post(`/v1/members/${dora}/erase`)).status).toBe(200);
    const left = await withDatabase(({ prisma }) =>
      prisma.campaignOptOut.findMany({
        where: { operatorId: studio.id },
        select: { address: true },
      }),
    );
    // Cleo still has the shared address: its opt-out stays.
    expect(left).toEqual([{ address: "shared.parent@example.test" }]);
  });
});
