import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { appInstanceCount, type RunningApp, startApp } from "../support/app-server";
import {
  addPhotographer,
  createPackage,
  createProject,
  signUpOperator,
  type Studio,
} from "../support/backoffice";
import { GalleryClient } from "../support/gallery-client";
import { makePhoto } from "../support/images";
import { uploadPhoto } from "../support/photos";
import { type Mailbox, startMailbox } from "../support/smtp";

/**
 * A checkout a parent can finish, over HTTP on the built app with a real SMTP
 * server: the studio's payment instructions (Settings → Payments) shown after
 * ordering and in the confirmation e-mail, an e-mail address asked for when
 * the member has none, a postal address for a package that is posted (kept on
 * the order, in the REST answers), and each photo of a paid order saved on
 * its own, behind the zip's checks.
 */

let mailbox: Mailbox;
let app: RunningApp;
let api: ApiClient;
let studio: Studio;
let nextAddress = 1;

const galleryClient = () => new GalleryClient(app.url, `10.61.0.${nextAddress++}`);
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

interface Shoot {
  projectId: string;
  printsId: string;
  digitalId: string;
  /** No e-mail address on the roster. */
  noor: { id: string; accessCode: string };
  /** An address of their own. */
  omar: { id: string; accessCode: string };
  noorPhotos: { id: string; bytes: Buffer; fileName: string }[];
  omarPhotoId: string;
}
let shoot: Shoot;

async function setUpShoot(): Promise<Shoot> {
  const projectId = (
    await createProject(studio.client, { name: "Lindenschule 2027", timezone: "UTC" })
  ).id;
  const prints = await studio.client.post("/v1/packages", {
    name: "Prints by post",
    price: 3900,
    photoCount: 10,
    requiresShipping: true,
  });
  expect(prints.status, prints.text).toBe(201);
  expect(prints.body.requiresShipping).toBe(true);
  const digital = await createPackage(studio.client, {
    name: "Digital",
    price: 1500,
    photoCount: 1,
  });
  expect(digital.requiresShipping).toBe(false);
  for (const packageId of [prints.body.id, digital.id]) {
    expect(
      (await studio.client.post(`/v1/projects/${projectId}/packages`, { packageId })).status,
    ).toBe(204);
  }
  const enrol = async (body: Record<string, string>) => {
    const response = await studio.client.post(`/v1/projects/${projectId}/members`, body);
    expect(response.status).toBe(201);
    return { id: response.body.id as string, accessCode: response.body.accessCode as string };
  };
  const noor = await enrol({ name: "Noor Haddad" });
  const omar = await enrol({ name: "Omar Ali", email: "omar.parent@example.test" });

  const ada = await addPhotographer(api, studio.client, "Ada");
  await studio.client.post(`/v1/projects/${projectId}/photographers`, { photographerId: ada.id });
  const upload = async (seed: number, fileName: string) => {
    const bytes = await makePhoto({
      takenAt: `2027:03:02 09:0${seed}:00`,
      seed,
      width: 800,
      height: 600,
    });
    const response = await uploadPhoto(ada.client, projectId, bytes, { fileName });
    expect(response.status, response.text).toBe(201);
    return { id: response.body.id as string, bytes, fileName };
  };
  const noorPhotos = [await upload(1, "IMG_2001.JPG"), await upload(2, "IMG_2002.JPG")];
  const omarPhoto = await upload(3, "IMG_2003.JPG");
  for (const photo of noorPhotos) {
    expect(
      (await studio.client.put(`/v1/photos/${photo.id}/tags`, { memberIds: [noor.id] })).status,
    ).toBe(200);
  }
  expect(
    (await studio.client.put(`/v1/photos/${omarPhoto.id}/tags`, { memberIds: [omar.id] })).status,
  ).toBe(200);
  return {
    projectId,
    printsId: prints.body.id,
    digitalId: digital.id,
    noor,
    omar,
    noorPhotos,
    omarPhotoId: omarPhoto.id,
  };
}

const BANK = "Lumen Studio GmbH\nIBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX";
const ADDRESS = {
  name: "Noor Haddad",
  street: "Lindenallee 4",
  postcode: "50667",
  city: "Köln",
  country: "Germany",
};

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await startApp({
    instances: appInstanceCount(),
    env: { SMTP_URL: mailbox.url, MAIL_TRANSPORT: "smtp" },
  });
  api = new ApiClient(app.url);
  studio = await signUpOperator(api, "Lumen Studio");
  await studio.client.patch("/v1/operators/me", { currency: "EUR", locale: "de-DE" });
  shoot = await setUpShoot();
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

describe("the studio's payment instructions", () => {
  it("are set under Settings → Payments, with the order number in the reference", async () => {
    const before = await studio.client.get("/v1/operators/me/payments");
    expect(before.body).toEqual({
      provider: "manual",
      connected: false,
      instructions: { bankDetails: null, reference: null, contact: null, deadline: null },
    });
    const noNumber = await studio.client.put("/v1/operators/me/payments/instructions", {
      reference: "School photos",
    });
    expect(noNumber.status).toBe(400);
    expect(noNumber.body.errors).toHaveProperty("reference");

    const saved = await studio.client.put("/v1/operators/me/payments/instructions", {
      bankDetails: `  ${BANK}  `,
      reference: "Fotos {number}",
      contact: "billing@lumen.example",
      deadline: "within 14 days of ordering",
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.instructions).toEqual({
      bankDetails: BANK,
      reference: "Fotos {number}",
      contact: "billing@lumen.example",
      deadline: "within 14 days of ordering",
    });
    expect((await studio.client.get("/v1/operators/me/payments")).body).toEqual(saved.body);
  });
});

describe("ordering in the gallery", () => {
  it("asks a member without an address for one, and a posted package for a postal address", async () => {
    const noor = galleryClient();
    await noor.signIn(shoot.noor.accessCode);
    const gallery = await noor.gallery();
    expect(gallery.data.member).toEqual({ name: "Noor Haddad", hasEmail: false });
    expect(gallery.data.packages).toEqual([
      expect.objectContaining({ id: shoot.digitalId, requiresShipping: false }),
      expect.objectContaining({ id: shoot.printsId, requiresShipping: true }),
    ]);
    const photoIds = shoot.noorPhotos.map((photo) => photo.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ packageId: shoot.digitalId, photoIds: [photoIds[0]] }, "email"],
      [{ packageId: shoot.digitalId, photoIds: [photoIds[0]], email: "not an address" }, "email"],
      [
        { packageId: shoot.printsId, photoIds, email: "noor.parent@example.test" },
        "shippingAddress",
      ],
      [
        {
          packageId: shoot.printsId,
          photoIds,
          email: "noor.parent@example.test",
          shippingAddress: { ...ADDRESS, city: "  " },
        },
        "shippingAddress.city",
      ],
      [
        {
          packageId: shoot.printsId,
          photoIds,
          email: "noor.parent@example.test",
          shippingAddress: { name: "Noor", street: "Lindenallee 4" },
        },
        "shippingAddress.postcode",
      ],
      [
        {
          packageId: shoot.digitalId,
          photoIds: [photoIds[0]],
          email: "noor.parent@example.test",
          shippingAddress: ADDRESS,
        },
        "shippingAddress",
      ],
    ];
    for (const [input, field] of cases) {
      const response = await noor.call("mutation", "placeOrder", { acceptTerms: true, ...input });
      expect(response.status, JSON.stringify(input)).toBe(400);
      expect(
        Object.keys(response.body.error!.data.fieldErrors ?? {}),
        JSON.stringify(input),
      ).toContain(field);
    }
    expect((await noor.gallery()).data.orders).toEqual([]);
  });

  it("keeps the e-mail and postal address on the order, shows how to pay, and e-mails the instructions", async () => {
    const noor = galleryClient();
    await noor.signIn(shoot.noor.accessCode);
    const placed = await noor.call("mutation", "placeOrder", {
      packageId: shoot.printsId,
      photoIds: shoot.noorPhotos.map((photo) => photo.id),
      acceptTerms: true,
      email: " Noor.Parent@Example.test ",
      shippingAddress: ADDRESS,
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(200);
    const { order, payment, emailed } = placed.data;
    expect(emailed).toBe(true);
    expect(payment).toEqual({
      kind: "offline",
      instructions: expect.stringContaining(
        `Pay by bank transfer, with the reference Fotos ${order.number}`,
      ),
      transfer: {
        bankDetails: BANK,
        reference: `Fotos ${order.number}`,
        contact: "billing@lumen.example",
        deadline: "within 14 days of ordering",
      },
    });
    expect(order).toMatchObject({
      status: "pending",
      paymentReference: `Fotos ${order.number}`,
      shippingAddress: ADDRESS,
      photoDownloads: [],
    });
    // The gallery shows it again later, with the studio's instructions.
    const later = await noor.gallery();
    expect(later.data.payment.instructions).toEqual({
      bankDetails: BANK,
      contact: "billing@lumen.example",
      deadline: "within 14 days of ordering",
    });

    // In the studio's language (de-DE); the studio's own words as it wrote them.
    const mail = await mailbox.nextFor("noor.parent@example.test");
    expect(mail.subject).toBe(`Ihre Bestellung ${order.number} bei Lumen Studio`);
    for (const line of [
      `Bestellnummer: ${order.number}`,
      `Bitte überweisen Sie mit dem Verwendungszweck Fotos ${order.number} an:`,
      ...BANK.split("\n"),
      "Zahlbar: within 14 days of ordering",
      "Fragen zur Zahlung: billing@lumen.example",
      "Versand an:",
      "Lindenallee 4",
      "50667 Köln",
    ]) {
      expect(mail.text).toContain(line);
    }

    // The studio's order, over REST and in its list: the address for the print lab.
    const got = await studio.client.get(`/v1/orders/${order.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      email: "noor.parent@example.test",
      shippingAddress: ADDRESS,
    });
    const listed = await studio.client.get(
      `/v1/projects/${shoot.projectId}/orders?search=${order.number}`,
    );
    expect(listed.body.items).toEqual([got.body]);
  });

  it("e-mails a member with an address of their own there, without asking", async () => {
    const omar = galleryClient();
    await omar.signIn(shoot.omar.accessCode);
    const before = mailbox.countFor("omar.parent@example.test");
    const placed = await omar.call("mutation", "placeOrder", {
      packageId: shoot.digitalId,
      photoIds: [shoot.omarPhotoId],
      acceptTerms: true,
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(200);
    expect(placed.data.order.shippingAddress).toBeNull();
    const mail = await mailbox.nextFor("omar.parent@example.test", { after: before });
    expect(mail.text).toContain(`Fotos ${placed.data.order.number}`);
    expect(mail.text).not.toContain("Versand an:");
    const got = await studio.client.get(`/v1/orders/${placed.data.order.id}`);
    expect(got.body).toMatchObject({ email: "omar.parent@example.test", shippingAddress: null });
  });
});

describe("saving one photo of a paid order", () => {
  it("answers the original as an attachment once paid, and nothing before, after a refund, or for anyone else", async () => {
    const noor = galleryClient();
    await noor.signIn(shoot.noor.accessCode);
    const [first, second] = shoot.noorPhotos as [Shoot["noorPhotos"][0], Shoot["noorPhotos"][0]];
    const placed = await noor.call("mutation", "placeOrder", {
      packageId: shoot.digitalId,
      photoIds: [first.id],
      acceptTerms: true,
      email: "noor.parent@example.test",
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(200);
    const orderId = placed.data.order.id as string;
    const url = `/api/gallery/orders/${orderId}/photos/${first.id}`;

    const unpaid = await noor.file(url);
    expect(unpaid.status).toBe(403);
    expect(unpaid.headers.get("content-type")).not.toMatch(/^image\//);

    expect((await studio.client.post(`/v1/orders/${orderId}/mark-paid`)).status).toBe(200);
    const order = (await noor.gallery()).data.orders.find((o: { id: string }) => o.id === orderId);
    expect(order.photoDownloads).toEqual([{ photoId: first.id, url }]);

    const saved = await noor.file(url);
    expect(saved.status).toBe(200);
    expect(saved.headers.get("content-type")).toBe("image/jpeg");
    expect(saved.headers.get("content-disposition")).toMatch(
      /^attachment; filename="IMG_2001\.JPG"/,
    );
    expect(saved.headers.get("cache-control")).toBe("private, no-store");
    expect(sha(saved.bytes)).toBe(sha(first.bytes));

    // Her other photo is not in this order; Omar's order and photos are not hers.
    expect((await noor.file(`/api/gallery/orders/${orderId}/photos/${second.id}`)).status).toBe(
      404,
    );
    expect(
      (await noor.file(`/api/gallery/orders/${orderId}/photos/${shoot.omarPhotoId}`)).status,
    ).toBe(404);
    const omar = galleryClient();
    await omar.signIn(shoot.omar.accessCode);
    expect((await omar.file(url)).status).toBe(404);
    expect((await galleryClient().file(url)).status).toBe(401);
    expect((await noor.file(`/api/gallery/orders/${orderId}/photos/not-an-id`)).status).toBe(400);

    expect((await studio.client.post(`/v1/orders/${orderId}/refund`)).status).toBe(200);
    expect((await noor.file(url)).status).toBe(403);
  });
});
