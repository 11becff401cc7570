import { beforeAll, describe, expect, it } from "vitest";
import {
  addPhotographer,
  createPackage,
  createProject,
  withTwoStudios,
  type Studio,
} from "../support/backoffice";
import { makePhoto } from "../support/images";
import { uploadPhoto } from "../support/photos";

let studio: Studio;
let rival: Studio;
let projectId: string;
let otherProjectId: string;
let packages: { linked: string; unlinked: string; rivals: string };
let anna: string;
let bert: string;
let elsewhere: string;
let annaPhotos: string[];
let bertPhoto: string;

beforeAll(async () => {
  const started = await withTwoStudios();
  ({ studio, rival } = started);
  projectId = (await createProject(studio.client, { name: "Spring" })).id;
  otherProjectId = (await createProject(studio.client, { name: "Autumn" })).id;
  packages = {
    linked: (await createPackage(studio.client, { name: "Prints", price: 3900, photoCount: 2 })).id,
    unlinked: (await createPackage(studio.client, { name: "Album", price: 7900 })).id,
    rivals: (await createPackage(rival.client, { name: "Rival's" })).id,
  };
  await studio.client.post(`/v1/projects/${projectId}/packages`, { packageId: packages.linked });
  const enrol = async (project: string, name: string) =>
    (await studio.client.post(`/v1/projects/${project}/members`, { name })).body.id as string;
  anna = await enrol(projectId, "Anna");
  bert = await enrol(projectId, "Bert");
  elsewhere = await enrol(otherProjectId, "Elsewhere");

  const ada = await addPhotographer(started.api, studio.client, "Ada");
  await studio.client.post(`/v1/projects/${projectId}/photographers`, { photographerId: ada.id });
  const photo = async (seed: number, memberId: string) => {
    const id = (
      await uploadPhoto(ada.client, projectId, await makePhoto({ seed, width: 300, height: 200 }))
    ).body.id as string;
    await studio.client.put(`/v1/photos/${id}/tags`, { memberIds: [memberId] });
    return id;
  };
  annaPhotos = [await photo(1, anna), await photo(2, anna), await photo(3, anna)];
  bertPhoto = await photo(4, bert);
});

const orderPath = () => `/v1/projects/${projectId}/orders`;

describe("POST /v1/projects/:projectId/orders", () => {
  it("records a paid sale at the package's price in the studio's currency", async () => {
    const response = await studio.client.post(orderPath(), {
      memberId: anna,
      packageId: packages.linked,
      photoIds: annaPhotos.slice(0, 2),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      projectId,
      memberId: anna,
      packageId: packages.linked,
      packageName: "Prints",
      photoIds: [...annaPhotos.slice(0, 2)].sort(),
      amountInCents: 3900,
      currency: "USD",
      status: "paid",
      externalId: null,
      refundedAt: null,
    });
    expect(response.body.paidAt).toBe(response.body.orderedAt);
    const got = await studio.client.get(`/v1/orders/${response.body.id}`);
    expect(got.body).toEqual(response.body);
  });

  it("returns the first order for a repeated externalId, also when the retries race", async () => {
    const body = {
      memberId: bert,
      packageId: packages.linked,
      externalId: "SHOP-1001",
      amountInCents: 3500,
    };
    const results = await Promise.all([1, 2, 3].map(() => studio.client.post(orderPath(), body)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const changed = await studio.client.post(orderPath(), { ...body, amountInCents: 1 });
    expect(changed.status).toBe(200);
    expect(changed.body.amountInCents).toBe(3500);
    const list = await studio.client.get(`${orderPath()}?memberId=${bert}`);
    expect(list.body.total).toBe(1);
  });

  it("keeps the amount and currency of a sale when the price and currency change later", async () => {
    const sold = await studio.client.post(orderPath(), {
      memberId: anna,
      packageId: packages.linked,
    });
    await studio.client.patch(`/v1/packages/${packages.linked}`, { price: 9900 });
    await studio.client.patch("/v1/operators/me", { currency: "EUR" });
    const later = await studio.client.get(`/v1/orders/${sold.body.id}`);
    expect(later.body).toMatchObject({ amountInCents: 3900, currency: "USD" });
    const next = await studio.client.post(orderPath(), {
      memberId: anna,
      packageId: packages.linked,
    });
    expect(next.body).toMatchObject({ amountInCents: 9900, currency: "EUR" });
    await studio.client.patch(`/v1/packages/${packages.linked}`, { price: 3900 });
    await studio.client.patch("/v1/operators/me", { currency: "USD" });
  });

  it("names what is wrong with a member, package or photos", async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ memberId: elsewhere, packageId: packages.linked }, 400, "memberId"],
      [{ memberId: anna, packageId: packages.unlinked }, 400, "packageId"],
      [{ memberId: anna, packageId: packages.linked, photoIds: annaPhotos }, 400, "photoIds"],
      [
        { memberId: anna, packageId: packages.linked, photoIds: [annaPhotos[0], bertPhoto] },
        400,
        "photoIds.1",
      ],
      [{ memberId: anna, packageId: packages.linked, amountInCents: -1 }, 400, "amountInCents"],
      [{ memberId: anna, packageId: packages.linked, externalId: "" }, 400, "externalId"],
      [{ packageId: packages.linked }, 400, "memberId"],
    ];
    for (const [body, status, field] of cases) {
      const response = await studio.client.post(orderPath(), body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(Object.keys(response.body.errors ?? {}), JSON.stringify(body)).toContain(field);
    }
  });

  it("keeps studios apart: another studio's ids are 404s", async () => {
    expect(
      (await studio.client.post(orderPath(), { memberId: anna, packageId: packages.rivals }))
        .status,
    ).toBe(404);
    expect(
      (await rival.client.post(orderPath(), { memberId: anna, packageId: packages.rivals })).status,
    ).toBe(404);
    const mine = await studio.client.post(orderPath(), {
      memberId: anna,
      packageId: packages.linked,
    });
    expect((await rival.client.get(`/v1/orders/${mine.body.id}`)).status).toBe(404);
    expect((await rival.client.post(`/v1/orders/${mine.body.id}/refund`)).status).toBe(404);
    expect((await rival.client.get(orderPath())).status).toBe(404);
  });
});

describe("order status", () => {
  it("refunds a paid order once; a pending one cannot be refunded", async () => {
    const sold = await studio.client.post(orderPath(), {
      memberId: bert,
      packageId: packages.linked,
    });
    const refunded = await studio.client.post(`/v1/orders/${sold.body.id}/refund`);
    expect(refunded.status).toBe(200);
    expect(refunded.body.status).toBe("refunded");
    expect(refunded.body.refundedAt).not.toBeNull();
    const again = await studio.client.post(`/v1/orders/${sold.body.id}/refund`);
    expect(again.status).toBe(409);
    const repaid = await studio.client.post(`/v1/orders/${sold.body.id}/mark-paid`);
    expect(repaid.status).toBe(409);
  });

  it("lists a project's orders newest first, by status, in pages", async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const page: {
        body: {
          items: { id: string; orderedAt: string }[];
          nextCursor: string | null;
          total: number;
        };
      } = await studio.client.get(`${orderPath()}?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      all.push(...page.body.items.map((o) => o.orderedAt));
      cursor = page.body.nextCursor;
      total = page.body.total;
    } while (cursor);
    expect(all).toHaveLength(total);
    expect([...all].sort().reverse()).toEqual(all);
    const refunded = await studio.client.get(`${orderPath()}?status=refunded`);
    expect(refunded.body.items.every((o: { status: string }) => o.status === "refunded")).toBe(
      true,
    );
    expect(refunded.body.total).toBeGreaterThan(0);
    const bad = await studio.client.get(`${orderPath()}?status=shipped`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty("status");
  });

  it("keeps an ordered photo and a member with orders", async () => {
    const ordered = await studio.client.post(orderPath(), {
      memberId: anna,
      packageId: packages.linked,
      photoIds: [annaPhotos[2]],
    });
    expect(ordered.status).toBe(201);
    expect((await studio.client.delete(`/v1/photos/${annaPhotos[2]}`)).status).toBe(409);
    expect((await studio.client.delete(`/v1/members/${anna}`)).status).toBe(409);
  });

  it("is the operator's alone", async () => {
    const photographer = await addPhotographer(
      studio.client.as(undefined),
      studio.client,
      "Curious photographer",
    );
    expect((await photographer.client.get(orderPath())).status).toBe(403);
    expect(
      (await photographer.client.post(orderPath(), { memberId: anna, packageId: packages.linked }))
        .status,
    ).toBe(403);
  });
});
