import { beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { ApiClient } from "../support/api-client";
import {
  addPhotographer,
  createPackage,
  createProject,
  signUpOperator,
  type Studio,
} from "../support/backoffice";
import { makePhoto } from "../support/images";
import { uploadPhoto } from "../support/photos";
import { type SharedApp, sharedApp } from "../support/shared-app";

/**
 * Deadlines, offers and coupons, and choosing photos later, over HTTP on the
 * built app: a project's ordering deadline (409 after it, viewing goes on), an
 * early bird, coupons (CRUD, validation, expiry, a limit raced by simultaneous
 * orders), the price fields of orders and the revenue they add, and an order
 * placed without photos whose photos the member chooses in the gallery.
 */

let app: SharedApp;
let api: ApiClient;
let studio: Studio;
let rival: Studio;
let nextAddress = 1;

const HOUR = 60 * 60 * 1000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

/** A browser of the gallery: one client address, one cookie jar. */
class GalleryClient {
  cookie: string | null = null;

  constructor(readonly address = `10.24.0.${nextAddress++}`) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      "x-forwarded-for": this.address,
      ...(this.cookie && { cookie: this.cookie }),
      ...extra,
    };
  }

  async call(kind: "query" | "mutation", procedure: string, input?: unknown) {
    const url = `${app.url}/api/trpc/gallery.${procedure}`;
    const response =
      kind === "query"
        ? await fetch(
            input === undefined ? url : `${url}?input=${encodeURIComponent(JSON.stringify(input))}`,
            { headers: this.headers() },
          )
        : await fetch(url, {
            method: "POST",
            headers: this.headers({ "content-type": "application/json" }),
            body: JSON.stringify(input ?? null),
          });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, value] = pair!.split("=");
      if (name === "gallery-session") this.cookie = value ? `${name}=${value}` : null;
    }
    const body = (await response.json()) as {
      result?: { data: any };
      error?: { message: string; data: { fieldErrors: Record<string, string[]> | null } };
    };
    return { status: response.status, data: body.result?.data, body };
  }

  static async open(code: string) {
    const client = new GalleryClient();
    const opened = await client.call("mutation", "open", { code });
    expect(opened.status).toBe(200);
    return client;
  }

  gallery() {
    return this.call("query", "get");
  }

  quote(input: { packageId: string; couponCode?: string }) {
    return this.call("query", "quote", input);
  }

  placeOrder(input: { packageId: string; photoIds?: string[]; couponCode?: string }) {
    // Members here have no address of their own: the checkout asks for one.
    return this.call("mutation", "placeOrder", {
      acceptTerms: true,
      email: "parent@example.test",
      ...input,
    });
  }

  choosePhotos(input: { orderId: string; photoIds: string[] }) {
    return this.call("mutation", "choosePhotos", input);
  }

  async file(pathname: string) {
    const response = await fetch(`${app.url}${pathname}`, { headers: this.headers() });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
  }
}

const fieldsOf = (response: { body: { error?: { data: { fieldErrors: unknown } } } }) =>
  Object.keys((response.body.error?.data.fieldErrors as object | null) ?? {});

interface Shop {
  projectId: string;
  packageId: string;
  members: { id: string; accessCode: string }[];
}

/** A project with one linked package (3000 cents, 2 photos) and `members` members. */
async function openShop(members: number, project: Record<string, unknown> = {}): Promise<Shop> {
  const projectId = (
    await createProject(studio.client, { name: "Offers", timezone: "Europe/Berlin", ...project })
  ).id;
  const pkg = await createPackage(studio.client, { name: "Duo", price: 3000, photoCount: 2 });
  expect(
    (await studio.client.post(`/v1/projects/${projectId}/packages`, { packageId: pkg.id })).status,
  ).toBe(204);
  const enrolled = [];
  for (let n = 0; n < members; n++) {
    const response = await studio.client.post(`/v1/projects/${projectId}/members`, {
      name: `Member ${n + 1}`,
    });
    expect(response.status).toBe(201);
    enrolled.push({ id: response.body.id as string, accessCode: response.body.accessCode });
  }
  return { projectId, packageId: pkg.id, members: enrolled };
}

const coupons = (projectId: string) => `/v1/projects/${projectId}/coupons`;

beforeAll(async () => {
  app = sharedApp();
  api = new ApiClient(app.url);
  studio = await signUpOperator(api, "Offer Studio");
  rival = await signUpOperator(api, "Rival Studio");
}, 60_000);

describe("the ordering deadline", () => {
  it("is a project field of the REST API, an ISO date-time or null", async () => {
    const project = await createProject(studio.client, { name: "Dated" });
    expect(project.ordersCloseAt).toBeNull();
    const closeAt = "2027-01-15T17:00:00.000Z";
    const patched = await studio.client.patch(`/v1/projects/${project.id}`, {
      ordersCloseAt: "2027-01-15T18:00:00+01:00",
    });
    expect(patched.status).toBe(200);
    expect(patched.body.ordersCloseAt).toBe(closeAt);
    expect((await studio.client.get(`/v1/projects/${project.id}`)).body.ordersCloseAt).toBe(
      closeAt,
    );
    const bad = await studio.client.patch(`/v1/projects/${project.id}`, {
      ordersCloseAt: "Friday",
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors)).toEqual(["ordersCloseAt"]);
    const cleared = await studio.client.patch(`/v1/projects/${project.id}`, {
      ordersCloseAt: null,
    });
    expect(cleared.body.ordersCloseAt).toBeNull();
  });

  it("closes members' ordering with a 409 naming the date; viewing goes on, the studio still records sales", async () => {
    const closedAt = inHours(-2);
    const shop = await openShop(1, { ordersCloseAt: closedAt });
    const member = await GalleryClient.open(shop.members[0]!.accessCode);
    const gallery = await member.gallery();
    expect(gallery.status).toBe(200);
    expect(gallery.data.project).toMatchObject({
      ordersCloseAt: closedAt,
      orderingClosed: true,
      timezone: "Europe/Berlin",
    });
    expect(gallery.data.packages).toHaveLength(1);

    const refused = await member.placeOrder({ packageId: shop.packageId });
    expect(refused.status).toBe(409);
    expect(refused.body.error!.message).toContain(closedAt);
    // In the project's zone (Berlin, the studio's en-US locale) and as ISO 8601.
    const berlin = new Intl.DateTimeFormat("en-US", {
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone: "Europe/Berlin",
      timeZoneName: "short",
    }).format(new Date(closedAt));
    expect(refused.body.error!.message).toContain(`Ordering closed on ${berlin}`);
    expect((await member.gallery()).data.orders).toEqual([]);

    // The deadline is the members': the studio's own record of a sale is taken.
    const recorded = await studio.client.post(`/v1/projects/${shop.projectId}/orders`, {
      memberId: shop.members[0]!.id,
      packageId: shop.packageId,
    });
    expect(recorded.status).toBe(201);

    // Moved on, ordering opens again.
    await studio.client.patch(`/v1/projects/${shop.projectId}`, { ordersCloseAt: inHours(48) });
    expect((await member.gallery()).data.project.orderingClosed).toBe(false);
    expect((await member.placeOrder({ packageId: shop.packageId })).status).toBe(200);
  });
});

describe("the early bird", () => {
  it("takes its percentage off orders placed before its end, and nothing after", async () => {
    const shop = await openShop(1, { earlyBirdPercentOff: 20, earlyBirdUntil: inHours(24) });
    const member = await GalleryClient.open(shop.members[0]!.accessCode);
    expect((await member.gallery()).data.project.earlyBird).toMatchObject({ percentOff: 20 });

    const early = await member.placeOrder({ packageId: shop.packageId });
    expect(early.status).toBe(200);
    expect(early.data.order).toMatchObject({
      listPriceInCents: 3000,
      discountInCents: 600,
      couponCode: null,
      amountInCents: 2400,
    });

    await studio.client.patch(`/v1/projects/${shop.projectId}`, { earlyBirdUntil: inHours(-1) });
    expect((await member.gallery()).data.project.earlyBird).toBeNull();
    const late = await member.placeOrder({ packageId: shop.packageId });
    expect(late.data.order).toMatchObject({
      listPriceInCents: 3000,
      discountInCents: 0,
      amountInCents: 3000,
    });
  });

  it("needs a percentage of 1 to 90 and an end, both or neither", async () => {
    const project = await createProject(studio.client, { name: "Birds" });
    expect(project).toMatchObject({ earlyBirdPercentOff: null, earlyBirdUntil: null });
    const cases: [Record<string, unknown>, string][] = [
      [{ earlyBirdPercentOff: 20 }, "earlyBirdUntil"],
      [{ earlyBirdUntil: inHours(5) }, "earlyBirdPercentOff"],
      [{ earlyBirdPercentOff: 91, earlyBirdUntil: inHours(5) }, "earlyBirdPercentOff"],
      [{ earlyBirdPercentOff: 0, earlyBirdUntil: inHours(5) }, "earlyBirdPercentOff"],
    ];
    for (const [body, field] of cases) {
      const response = await studio.client.patch(`/v1/projects/${project.id}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(response.body.errors)).toContain(field);
    }
    const set = await studio.client.patch(`/v1/projects/${project.id}`, {
      earlyBirdPercentOff: 15,
      earlyBirdUntil: "2027-02-01T00:00:00Z",
    });
    expect(set.body).toMatchObject({
      earlyBirdPercentOff: 15,
      earlyBirdUntil: "2027-02-01T00:00:00.000Z",
    });
    // Clearing one of a set pair alone is refused too.
    const half = await studio.client.patch(`/v1/projects/${project.id}`, { earlyBirdUntil: null });
    expect(half.status).toBe(400);
    expect(Object.keys(half.body.errors)).toEqual(["earlyBirdUntil"]);
    const created = await studio.client.post("/v1/projects", {
      name: "Half",
      earlyBirdPercentOff: 10,
    });
    expect(created.status).toBe(400);
    expect(Object.keys(created.body.errors)).toEqual(["earlyBirdUntil"]);
  });
});

describe("coupons", () => {
  it("are created, listed with their redemptions and deleted, per project and studio", async () => {
    const shop = await openShop(0);
    const created = await studio.client.post(coupons(shop.projectId), {
      code: "spring-10",
      percentOff: 10,
      maxRedemptions: 5,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      projectId: shop.projectId,
      code: "SPRING-10",
      percentOff: 10,
      amountOffInCents: null,
      expiresAt: null,
      maxRedemptions: 5,
      redemptions: 0,
    });
    const amount = await studio.client.post(coupons(shop.projectId), {
      code: "FIVE",
      amountOffInCents: 500,
      expiresAt: "2027-03-01T12:00:00+01:00",
    });
    expect(amount.status).toBe(201);
    expect(amount.body.expiresAt).toBe("2027-03-01T11:00:00.000Z");

    const duplicate = await studio.client.post(coupons(shop.projectId), {
      code: "Spring-10",
      amountOffInCents: 100,
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toMatch(/^code: /);
    // The same code in another project is another coupon.
    const elsewhere = await openShop(0);
    expect(
      (await studio.client.post(coupons(elsewhere.projectId), { code: "SPRING-10", percentOff: 5 }))
        .status,
    ).toBe(201);

    const listed = await studio.client.get(coupons(shop.projectId));
    expect(listed.status).toBe(200);
    expect(listed.body.map((c: { code: string }) => c.code).sort()).toEqual(["FIVE", "SPRING-10"]);

    // Another studio reaches neither the project's coupons nor a coupon.
    expect((await rival.client.get(coupons(shop.projectId))).status).toBe(404);
    expect(
      (await rival.client.delete(`${coupons(shop.projectId)}/${created.body.id}`)).status,
    ).toBe(404);
    expect(
      (await rival.client.post(coupons(shop.projectId), { code: "MINE", percentOff: 5 })).status,
    ).toBe(404);

    expect(
      (await studio.client.delete(`${coupons(shop.projectId)}/${created.body.id}`)).status,
    ).toBe(204);
    expect(
      (await studio.client.delete(`${coupons(shop.projectId)}/${created.body.id}`)).status,
    ).toBe(404);
    expect((await studio.client.get(coupons(shop.projectId))).body).toHaveLength(1);
  });

  it("take exactly one of percentOff and amountOffInCents, and name the field at fault", async () => {
    const shop = await openShop(0);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ code: "BOTH", percentOff: 10, amountOffInCents: 100 }, ["percentOff", "amountOffInCents"]],
      [{ code: "NONE" }, ["percentOff"]],
      [{ code: "ZERO", percentOff: 0 }, ["percentOff"]],
      [{ code: "MANY", percentOff: 101 }, ["percentOff"]],
      [{ code: "NEG", amountOffInCents: -5 }, ["amountOffInCents"]],
      [{ code: "a b", percentOff: 10 }, ["code"]],
      [{ code: "X", percentOff: 10 }, ["code"]],
      [{ code: "LIMIT", percentOff: 10, maxRedemptions: 0 }, ["maxRedemptions"]],
      [{ code: "WHEN", percentOff: 10, expiresAt: "soon" }, ["expiresAt"]],
    ];
    for (const [body, fields] of cases) {
      const response = await studio.client.post(coupons(shop.projectId), body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(response.body.errors).sort(), JSON.stringify(body)).toEqual(
        [...fields].sort(),
      );
    }
    expect((await studio.client.get(coupons(shop.projectId))).body).toEqual([]);
  });

  it("apply after the early bird in the gallery, in any case; unknown and expired codes name couponCode", async () => {
    const shop = await openShop(1, { earlyBirdPercentOff: 10, earlyBirdUntil: inHours(24) });
    await studio.client.post(coupons(shop.projectId), { code: "TENOFF", percentOff: 10 });
    await studio.client.post(coupons(shop.projectId), { code: "FIVER", amountOffInCents: 500 });
    await studio.client.post(coupons(shop.projectId), {
      code: "OLD",
      percentOff: 50,
      expiresAt: inHours(-1),
    });
    const member = await GalleryClient.open(shop.members[0]!.accessCode);

    const quoted = await member.quote({ packageId: shop.packageId, couponCode: "tenoff" });
    expect(quoted.status).toBe(200);
    // 3000 - 10% = 2700, then 10% of 2700 = 270.
    expect(quoted.data).toEqual({
      listPriceInCents: 3000,
      earlyBirdInCents: 300,
      couponInCents: 270,
      discountInCents: 570,
      amountInCents: 2430,
      couponCode: "TENOFF",
    });
    for (const code of ["NOPE", "old"]) {
      const wrong = await member.quote({ packageId: shop.packageId, couponCode: code });
      expect(wrong.status, code).toBe(400);
      expect(fieldsOf(wrong)).toEqual(["couponCode"]);
      const order = await member.placeOrder({ packageId: shop.packageId, couponCode: code });
      expect(order.status, code).toBe(400);
      expect(fieldsOf(order)).toEqual(["couponCode"]);
    }

    const placed = await member.placeOrder({ packageId: shop.packageId, couponCode: " fiver " });
    expect(placed.status).toBe(200);
    expect(placed.data.order).toMatchObject({
      listPriceInCents: 3000,
      discountInCents: 800,
      couponCode: "FIVER",
      amountInCents: 2200,
    });
    const rest = await studio.client.get(`/v1/orders/${placed.data.order.id}`);
    expect(rest.body).toMatchObject({
      listPriceInCents: 3000,
      discountInCents: 800,
      couponCode: "FIVER",
      amountInCents: 2200,
      status: "pending",
    });
    const listed = await studio.client.get(coupons(shop.projectId));
    const redemptions = Object.fromEntries(
      listed.body.map((c: { code: string; redemptions: number }) => [c.code, c.redemptions]),
    );
    expect(redemptions).toEqual({ TENOFF: 0, FIVER: 1, OLD: 0 });
  });

  it("is redeemed at most maxRedemptions times, also by simultaneous orders", async () => {
    const shop = await openShop(10);
    const coupon = await studio.client.post(coupons(shop.projectId), {
      code: "FIRST3",
      percentOff: 50,
      maxRedemptions: 3,
    });
    expect(coupon.status).toBe(201);
    const members = await Promise.all(
      shop.members.map((member) => GalleryClient.open(member.accessCode)),
    );
    const answers = await Promise.all(
      members.map((member) =>
        member.placeOrder({ packageId: shop.packageId, couponCode: "first3" }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 200, 200, 409, 409, 409, 409, 409, 409, 409]);
    for (const refused of answers.filter((answer) => answer.status === 409)) {
      expect(fieldsOf(refused)).toEqual(["couponCode"]);
    }
    for (const placed of answers.filter((answer) => answer.status === 200)) {
      expect(placed.data.order).toMatchObject({ couponCode: "FIRST3", amountInCents: 1500 });
    }
    const listed = await studio.client.get(coupons(shop.projectId));
    expect(listed.body[0]).toMatchObject({ code: "FIRST3", redemptions: 3, maxRedemptions: 3 });
    const orders = await studio.client.get(`/v1/projects/${shop.projectId}/orders`);
    expect(orders.body.total).toBe(3);
    // Used up: the next member is told so before ordering.
    const late = await members[0]!.quote({ packageId: shop.packageId, couponCode: "FIRST3" });
    expect(late.status).toBe(409);
    expect(fieldsOf(late)).toEqual(["couponCode"]);
  });
});

describe("orders' prices", () => {
  it("record list price, discount and coupon; revenue counts the amount paid", async () => {
    const shop = await openShop(1);
    await studio.client.post(coupons(shop.projectId), { code: "HALF", percentOff: 50 });
    const member = await GalleryClient.open(shop.members[0]!.accessCode);
    const placed = await member.placeOrder({ packageId: shop.packageId, couponCode: "HALF" });
    expect(placed.status).toBe(200);
    const { id } = placed.data.order;

    const analytics = () =>
      studio.client.get(`/v1/analytics?projectId=${shop.projectId}`).then((r) => r.body.kpis);
    expect((await analytics()).revenueInCents).toBe(0);
    const paid = await studio.client.post(`/v1/orders/${id}/mark-paid`);
    expect(paid.body).toMatchObject({
      status: "paid",
      listPriceInCents: 3000,
      discountInCents: 1500,
      couponCode: "HALF",
      amountInCents: 1500,
    });
    expect(await analytics()).toMatchObject({ revenueInCents: 1500, packagesSold: 1 });

    // A sale the studio reports: the package's price, less what the shop charged less.
    const reported = await studio.client.post(`/v1/projects/${shop.projectId}/orders`, {
      memberId: shop.members[0]!.id,
      packageId: shop.packageId,
      amountInCents: 2000,
    });
    expect(reported.body).toMatchObject({
      listPriceInCents: 3000,
      discountInCents: 1000,
      couponCode: null,
      amountInCents: 2000,
    });
    expect((await analytics()).revenueInCents).toBe(3500);
    const listed = await studio.client.get(`/v1/projects/${shop.projectId}/orders`);
    expect(
      listed.body.items.map((o: { discountInCents: number }) => o.discountInCents).sort(),
    ).toEqual([1000, 1500]);
  });
});

async function zipEntries(bytes: Buffer): Promise<string[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, file) =>
      error ? reject(error) : resolve(file),
    ),
  );
  const names: string[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      names.push(entry.fileName);
      zip.readEntry();
    });
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  });
  return names;
}

describe("choosing photos later", () => {
  it("lets the member choose an order's photos, up to the package's count, then download them", async () => {
    const shop = await openShop(2);
    const [anna, ben] = shop.members as [Shop["members"][0], Shop["members"][0]];
    const ada = await addPhotographer(api, studio.client, "Ada");
    await studio.client.post(`/v1/projects/${shop.projectId}/photographers`, {
      photographerId: ada.id,
    });
    const photo = async (seed: number, memberId: string) => {
      const uploaded = await uploadPhoto(
        ada.client,
        shop.projectId,
        await makePhoto({ seed, width: 300, height: 200 }),
        { fileName: `IMG_${seed}.JPG` },
      );
      expect(uploaded.status, uploaded.text).toBe(201);
      const id = uploaded.body.id as string;
      await studio.client.put(`/v1/photos/${id}/tags`, { memberIds: [memberId] });
      return id;
    };
    const annas = [await photo(41, anna.id), await photo(42, anna.id), await photo(43, anna.id)];
    const bens = await photo(44, ben.id);

    const member = await GalleryClient.open(anna.accessCode);
    const placed = await member.placeOrder({ packageId: shop.packageId });
    expect(placed.status).toBe(200);
    const order = placed.data.order;
    expect(order).toMatchObject({
      photoIds: [],
      photoCount: 2,
      photosToChoose: 2,
      downloadUrl: null,
    });

    expect((await studio.client.post(`/v1/orders/${order.id}/mark-paid`)).status).toBe(200);
    const paid = (await member.gallery()).data.orders[0];
    expect(paid).toMatchObject({ status: "paid", photosToChoose: 2, downloadUrl: null });
    const early = await member.file(`/api/gallery/orders/${order.id}/download`);
    expect(early.status).toBe(409);

    const tooMany = await member.choosePhotos({ orderId: order.id, photoIds: annas });
    expect(tooMany.status).toBe(400);
    expect(fieldsOf(tooMany)).toEqual(["photoIds"]);
    const notHers = await member.choosePhotos({ orderId: order.id, photoIds: [annas[0]!, bens] });
    expect(notHers.status).toBe(400);
    expect(fieldsOf(notHers)).toEqual(["photoIds.1"]);
    const none = await member.choosePhotos({ orderId: order.id, photoIds: [] });
    expect(none.status).toBe(400);
    expect(fieldsOf(none)).toEqual(["photoIds"]);
    // Ben cannot choose for Anna's order.
    const benClient = await GalleryClient.open(ben.accessCode);
    expect((await benClient.choosePhotos({ orderId: order.id, photoIds: [bens] })).status).toBe(
      404,
    );

    const chosen = await member.choosePhotos({ orderId: order.id, photoIds: annas.slice(0, 2) });
    expect(chosen.status).toBe(200);
    expect(chosen.data).toMatchObject({
      id: order.id,
      photoIds: [...annas.slice(0, 2)].sort(),
      photosToChoose: 0,
      downloadUrl: `/api/gallery/orders/${order.id}/download`,
    });
    // Fixed once chosen.
    const again = await member.choosePhotos({ orderId: order.id, photoIds: [annas[2]!] });
    expect(again.status).toBe(409);
    expect(fieldsOf(again)).toEqual(["photoIds"]);

    const zip = await member.file(`/api/gallery/orders/${order.id}/download`);
    expect(zip.status).toBe(200);
    expect((await zipEntries(zip.bytes)).sort()).toEqual(["IMG_41.JPG", "IMG_42.JPG"]);
  });

  it("works for a sale the studio reported without photos", async () => {
    const shop = await openShop(1);
    const reported = await studio.client.post(`/v1/projects/${shop.projectId}/orders`, {
      memberId: shop.members[0]!.id,
      packageId: shop.packageId,
    });
    expect(reported.status).toBe(201);
    const member = await GalleryClient.open(shop.members[0]!.accessCode);
    const [order] = (await member.gallery()).data.orders;
    expect(order).toMatchObject({
      id: reported.body.id,
      status: "paid",
      photoIds: [],
      photosToChoose: 2,
      downloadUrl: null,
    });
  });
});
