import pg from "pg";
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
import type { SharedApp } from "../support/shared-app";

let app: SharedApp;
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
  ({ app, studio, rival } = started);
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

type OrderBody = { id: string; number: string; status: string; paidAt: string | null };

describe("order numbers and search", () => {
  let searchProject: string;
  const orders: Record<string, OrderBody> = {};
  const searchPath = (query: string) =>
    `/v1/projects/${searchProject}/orders?search=${encodeURIComponent(query)}`;
  const found = async (query: string, extra = "") => {
    const response = await studio.client.get(`${searchPath(query)}${extra}`);
    expect(response.status, response.text).toBe(200);
    const body = response.body as { items: OrderBody[]; total: number };
    expect(body.total, query).toBe(body.items.length);
    return body.items.map((order) => order.id).sort();
  };

  beforeAll(async () => {
    searchProject = (await createProject(studio.client, { name: "Search" })).id;
    await studio.client.post(`/v1/projects/${searchProject}/packages`, {
      packageId: packages.linked,
    });
    for (const name of ["Clara Schmidt", "Clarissa Berg", "Dirk 100% Sure"]) {
      const member = (await studio.client.post(`/v1/projects/${searchProject}/members`, { name }))
        .body.id as string;
      const order = await studio.client.post(`/v1/projects/${searchProject}/orders`, {
        memberId: member,
        packageId: packages.linked,
      });
      expect(order.status).toBe(201);
      orders[name] = order.body as OrderBody;
    }
  });

  it("answers the number the gallery tells the member to quote", async () => {
    const order = orders["Clara Schmidt"]!;
    expect(order.number).toBe(order.id.slice(0, 8).toUpperCase());
    expect((await studio.client.get(`/v1/orders/${order.id}`)).body.number).toBe(order.number);
    const list = await studio.client.get(`/v1/projects/${searchProject}/orders`);
    expect(list.body.items.map((o: OrderBody) => o.number).sort()).toEqual(
      Object.values(orders)
        .map((o) => o.number)
        .sort(),
    );
  });

  it("finds an order by its number, with or without 'Order ', in any case", async () => {
    const order = orders["Clarissa Berg"]!;
    for (const query of [
      order.number,
      order.number.toLowerCase(),
      `Order ${order.number}`,
      `order ${order.number.toLowerCase()}`,
      `  ORDER${order.number}  `,
      order.number.slice(0, 4),
      order.id,
    ]) {
      expect(await found(query), query).toContain(order.id);
      expect((await found(query)).length, query).toBeLessThanOrEqual(
        query === order.number.slice(0, 4) ? 3 : 1,
      );
    }
    expect(await found("Order 00000000")).toEqual([]);
  });

  it("finds orders by part of the member's name, in any case, with the other filters", async () => {
    expect(await found("clar")).toEqual(
      [orders["Clara Schmidt"]!.id, orders["Clarissa Berg"]!.id].sort(),
    );
    expect(await found("SCHMIDT")).toEqual([orders["Clara Schmidt"]!.id]);
    expect(await found("100%")).toEqual([orders["Dirk 100% Sure"]!.id]);
    expect(await found("%")).toEqual([orders["Dirk 100% Sure"]!.id]);
    expect(await found("_")).toEqual([]);
    expect(await found("nobody")).toEqual([]);
    expect(await found("clar", "&status=pending")).toEqual([]);
    expect(await found("clar", "&status=paid")).toHaveLength(2);
    const first = await studio.client.get(`${searchPath("clar")}&limit=1`);
    expect(first.body).toMatchObject({ total: 2 });
    const second = await studio.client.get(
      `${searchPath("clar")}&limit=1&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.nextCursor).toBeNull();
    expect([first.body.items[0].id, second.body.items[0].id].sort()).toEqual(await found("clar"));
    // Another project's orders and another studio's are not searched.
    expect(await found(orders["Clara Schmidt"]!.number.slice(0, 8), "")).toHaveLength(1);
    expect(
      (await studio.client.get(`${orderPath()}?search=${orders["Clara Schmidt"]!.number}`)).body
        .total,
    ).toBe(0);
    expect((await rival.client.get(searchPath("clar"))).status).toBe(404);
    const tooLong = await studio.client.get(searchPath("x".repeat(201)));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toHaveProperty("search");
  });
});

describe("POST /v1/orders/:id/mark-pending", () => {
  let pendingProject: string;
  let member: string;
  const sell = async (body: Record<string, unknown> = {}) => {
    const response = await studio.client.post(`/v1/projects/${pendingProject}/orders`, {
      memberId: member,
      packageId: packages.linked,
      ...body,
    });
    expect(response.status, response.text).toBe(201);
    return response.body as OrderBody;
  };
  const markPending = (id: string) => studio.client.post(`/v1/orders/${id}/mark-pending`);
  const kpis = async () =>
    (await studio.client.get(`/v1/analytics?projectId=${pendingProject}`)).body.kpis as {
      revenueInCents: number;
      packagesSold: number;
    };
  async function withDatabase(run: (client: pg.Client) => Promise<void>) {
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      await run(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    pendingProject = (await createProject(studio.client, { name: "Mistakes" })).id;
    await studio.client.post(`/v1/projects/${pendingProject}/packages`, {
      packageId: packages.linked,
    });
    member = (await studio.client.post(`/v1/projects/${pendingProject}/members`, { name: "Ida" }))
      .body.id as string;
  });

  it("takes a mistaken paid back to pending, and the analytics with it", async () => {
    const before = await kpis();
    const order = await sell();
    expect(await kpis()).toEqual({
      ...before,
      revenueInCents: before.revenueInCents + 3900,
      packagesSold: before.packagesSold + 1,
    });
    const pending = await markPending(order.id);
    expect(pending.status, pending.text).toBe(200);
    expect(pending.body).toMatchObject({ id: order.id, status: "pending", paidAt: null });
    expect(await kpis()).toEqual(before);
    // Pending already: as it is.
    const again = await markPending(order.id);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(pending.body);
    // Paid again (the money did come after all): counted again.
    const repaid = await studio.client.post(`/v1/orders/${order.id}/mark-paid`);
    expect(repaid.body.status).toBe("paid");
    expect((await kpis()).revenueInCents).toBe(before.revenueInCents + 3900);
    expect((await markPending(order.id)).body.status).toBe("pending");
    expect(await kpis()).toEqual(before);
  });

  it("refuses with a 409 naming why: refunded, reported by a shop", async () => {
    const refunded = await sell();
    await studio.client.post(`/v1/orders/${refunded.id}/refund`);
    const afterRefund = await markPending(refunded.id);
    expect(afterRefund.status).toBe(409);
    expect(afterRefund.body.message).toMatch(/refunded/);

    const shop = await sell({ externalId: `SHOP-${Date.now()}` });
    const fromShop = await markPending(shop.id);
    expect(fromShop.status).toBe(409);
    expect(fromShop.body.message).toMatch(/shop/);
    expect((await studio.client.get(`/v1/orders/${shop.id}`)).body.status).toBe("paid");
  });

  it("refuses with a 409 an order paid by card or paid more than 24 hours ago", async ({
    skip,
  }) => {
    if (!app.databaseUrl) skip("the embedded database lives inside the app process");
    const byCard = await sell();
    const late = await sell();
    const checkoutOnly = await sell();
    await withDatabase(async (db) => {
      await db.query(
        `INSERT INTO card_payments (operator_id, project_id, order_id, provider, checkout_session_id, payment_intent_id, updated_at)
         VALUES ($1, $2, $3, 'stripe', 'cs_test_1', 'pi_test_1', now()),
                ($1, $2, $4, 'stripe', 'cs_test_2', NULL, now())`,
        [studio.id, pendingProject, byCard.id, checkoutOnly.id],
      );
      await db.query(`UPDATE orders SET paid_at = now() - interval '25 hours' WHERE id = $1`, [
        late.id,
      ]);
    });
    const card = await markPending(byCard.id);
    expect(card.status).toBe(409);
    expect(card.body.message).toMatch(/card/);
    const old = await markPending(late.id);
    expect(old.status).toBe(409);
    expect(old.body.message).toMatch(/24 hours/);
    // A checkout begun but never paid: the order was paid another way, by hand.
    expect((await markPending(checkoutOnly.id)).body.status).toBe("pending");
  });

  it("is the operator's own: another studio's order is a 404, a photographer's call a 403", async () => {
    const order = await sell();
    expect((await rival.client.post(`/v1/orders/${order.id}/mark-pending`)).status).toBe(404);
    const photographer = await addPhotographer(
      studio.client.as(undefined),
      studio.client,
      "Another photographer",
    );
    expect((await photographer.client.post(`/v1/orders/${order.id}/mark-pending`)).status).toBe(
      403,
    );
    expect(
      (await studio.client.post(`/v1/orders/00000000-0000-4000-8000-000000000000/mark-pending`))
        .status,
    ).toBe(404);
    expect((await studio.client.get(`/v1/orders/${order.id}`)).body.status).toBe("paid");
  });
});
