import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { eventually } from "../support/eventually";
import { GalleryClient } from "../support/gallery-client";
import { type SharedApp, sharedApp } from "../support/shared-app";
import {
  addPhotographer,
  createPackage,
  createProject,
  signUpOperator,
  type Studio,
} from "../support/backoffice";
import { makeCardPhoto, makePhoto } from "../support/images";
import { fetchFile, uploadPhoto } from "../support/photos";
import { unzip } from "../support/zip";

/**
 * The members' gallery over HTTP, on the built app: access codes and their
 * limit, the member's own photos only (watermarked), an order placed in the
 * gallery and paid by the studio, and the zip of exactly the ordered
 * originals. Each test comes from its own client address (the app trusts
 * X-Forwarded-For here), so the wrong-code limit of one does not touch another.
 */

let app: SharedApp;
let api: ApiClient;
let nextAddress = 1;

/** A browser of the gallery from its own client address. */
const galleryClient = (address = `10.20.0.${nextAddress++}`) => new GalleryClient(app.url, address);

interface Shoot {
  studio: Studio;
  projectId: string;
  packageId: string;
  otherPackageId: string;
  anna: { id: string; accessCode: string };
  ben: { id: string; accessCode: string };
  /** Anna's photos: two matched by her card, one tagged by hand. */
  annaPhotos: { id: string; bytes: Buffer; fileName: string }[];
  annaCardId: string;
  benPhotoId: string;
}

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let shoot: Shoot;

async function setUpShoot(): Promise<Shoot> {
  const studio = await signUpOperator(api, "Lumen Studio");
  await studio.client.patch("/v1/operators/me", { currency: "EUR", locale: "de-DE" });
  const projectId = (
    await createProject(studio.client, {
      name: "Riverside Spring",
      timezone: "UTC",
      termsAndConditions: "Prints are for private use only.",
    })
  ).id;
  const pkg = await createPackage(studio.client, { name: "Duo", price: 2500, photoCount: 2 });
  const other = await createPackage(studio.client, { name: "Not here", price: 100, photoCount: 9 });
  const link = await studio.client.post(`/v1/projects/${projectId}/packages`, {
    packageId: pkg.id,
  });
  expect(link.status).toBe(204);
  const enrol = async (name: string, email?: string) => {
    const response = await studio.client.post(`/v1/projects/${projectId}/members`, {
      name,
      ...(email && { email }),
    });
    expect(response.status).toBe(201);
    return { id: response.body.id as string, accessCode: response.body.accessCode as string };
  };
  const anna = await enrol("Anna Archer", "anna.archer@example.test");
  const ben = await enrol("Ben Baker", "ben.baker@example.test");
  const ada = await addPhotographer(api, studio.client, "Ada");
  await studio.client.post(`/v1/projects/${projectId}/photographers`, { photographerId: ada.id });

  const upload = async (bytes: Buffer, fileName: string) => {
    const response = await uploadPhoto(ada.client, projectId, bytes, { fileName });
    expect(response.status, response.text).toBe(201);
    return response.body as { id: string; kind: string };
  };
  const photo = (minute: number, seed: number) =>
    makePhoto({ takenAt: `2026:05:04 10:0${minute}:00`, seed, width: 900, height: 600 });

  const early = { bytes: await photo(0, 11), fileName: "IMG_0100.JPG" };
  const earlyPhoto = await upload(early.bytes, early.fileName);
  const card = await upload(
    await makeCardPhoto(anna.accessCode, {
      takenAt: "2026:05:04 10:01:00",
      width: 1200,
      height: 800,
      cardFraction: 0.2,
      seed: 12,
    }),
    "IMG_0101.JPG",
  );
  expect(card.kind).toBe("card");
  const matched = [
    { bytes: await photo(2, 13), fileName: "IMG_0102.JPG" },
    { bytes: await photo(3, 14), fileName: "IMG_0103.JPG" },
  ];
  const matchedPhotos = [];
  for (const m of matched) matchedPhotos.push(await upload(m.bytes, m.fileName));
  const benPhoto = await upload(await photo(4, 15), "IMG_0104.JPG");

  // By hand: the early photo is Anna's; the last one is Ben's, not Anna's.
  expect(
    (await studio.client.put(`/v1/photos/${earlyPhoto.id}/tags`, { memberIds: [anna.id] })).status,
  ).toBe(200);
  expect(
    (await studio.client.put(`/v1/photos/${benPhoto.id}/tags`, { memberIds: [ben.id] })).status,
  ).toBe(200);

  return {
    studio,
    projectId,
    packageId: pkg.id,
    otherPackageId: other.id,
    anna,
    ben,
    annaPhotos: [
      { id: earlyPhoto.id, ...early },
      ...matchedPhotos.map((p, i) => ({ id: p.id, ...matched[i]! })),
    ],
    annaCardId: card.id,
    benPhotoId: benPhoto.id,
  };
}

beforeAll(async () => {
  app = sharedApp();
  api = new ApiClient(app.url);
  shoot = await setUpShoot();
}, 180_000);

const spaced = (code: string) => `${code.slice(0, 5).toLowerCase()} - ${code.slice(5)}`;

describe("opening the gallery", () => {
  it("refuses a wrong code with one message, whatever the code", async () => {
    const member = galleryClient();
    // A code of another shape, a well-formed code nobody has, and a near miss.
    const near = `${shoot.anna.accessCode.slice(0, 9)}${shoot.anna.accessCode.endsWith("2") ? "3" : "2"}`;
    const answers = [];
    for (const code of ["hello", "ABCDE-FGHJK", near]) {
      const response = await member.open(code);
      expect(response.status).toBe(401);
      expect(response.headers.getSetCookie()).toEqual([]);
      answers.push(response.body.error?.message);
    }
    expect(new Set(answers)).toEqual(
      new Set(["This access code is not valid. Check the code on your card and try again."]),
    );
    expect((await member.gallery()).status).toBe(401);
  });

  it("opens with the code in any case, with spaces and dashes, and sets a Lax httpOnly cookie", async () => {
    const member = galleryClient();
    const response = await member.open(spaced(shoot.anna.accessCode));
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ projectName: "Riverside Spring" });
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^gallery-session=[\w-]+\.[\w-]+\.[\w-]+; /);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).toMatch(/Max-Age=7200/);
    expect(cookie).not.toContain("Secure"); // the app runs on http here
  });

  it("gives a client address 10 wrong codes in 15 minutes, then 429 with Retry-After", async () => {
    const guesser = galleryClient();
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await guesser.open(`WRONG${attempt}`)).status).toBe(401);
    }
    const refused = await guesser.open(shoot.anna.accessCode);
    expect(refused.status).toBe(429);
    expect(refused.body.error?.message).toMatch(/Too many wrong access codes/);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);

    // Another address is not affected.
    expect((await galleryClient().open(shoot.anna.accessCode)).status).toBe(200);
  });

  it("counts every address of one IPv6 /64 as one client, and an IPv4-mapped address as the IPv4 one", async () => {
    // One machine behind an IPv6 proxy may speak from any of its /64's 2^64 addresses.
    for (let attempt = 1; attempt <= 10; attempt++) {
      const rotated = galleryClient(`2001:db8:64:1::${attempt.toString(16)}`);
      expect((await rotated.open(`WRONG${attempt}`)).status).toBe(401);
    }
    const sameNetwork = galleryClient("2001:0db8:0064:0001:ffff:ffff:ffff:ffff");
    expect((await sameNetwork.open(shoot.anna.accessCode)).status).toBe(429);
    expect((await galleryClient("2001:db8:64:2::1").open(shoot.anna.accessCode)).status).toBe(200);

    // A dual-stack socket reports an IPv4 client as ::ffff:a.b.c.d: still the same client.
    for (let attempt = 1; attempt <= 10; attempt++) {
      const address = attempt % 2 ? "198.51.100.64" : "::ffff:198.51.100.64";
      expect((await galleryClient(address).open(`WRONG${attempt}`)).status).toBe(401);
    }
    const mapped = galleryClient("::ffff:c633:6440");
    expect((await mapped.open(shoot.anna.accessCode)).status).toBe(429);
  });

  it("does not count a right code against the limit", async () => {
    const member = galleryClient();
    for (let attempt = 1; attempt <= 9; attempt++) {
      expect((await member.open("ABCDE-FGHJK")).status).toBe(401);
    }
    expect((await member.open(shoot.anna.accessCode)).status).toBe(200);
    expect((await member.open("ABCDE-FGHJK")).status).toBe(401);
    expect((await member.open("ABCDE-FGHJK")).status).toBe(429);
  });
});

describe("a member's gallery", () => {
  it("shows the project, the studio's prices and the member's own photos, never cards or others", async () => {
    const anna = galleryClient();
    await anna.open(shoot.anna.accessCode);
    const { status, data } = await anna.gallery();
    expect(status).toBe(200);
    expect(data.project).toEqual({
      name: "Riverside Spring",
      terms: "Prints are for private use only.",
      timezone: "UTC",
      ordersCloseAt: null,
      orderingClosed: false,
      earlyBird: null,
      // No dates: 90 days after the project was made (tests/db/retention.test.ts has the rules).
      photosAvailableUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
    });
    expect(data.studio).toEqual({
      name: "Lumen Studio",
      currency: "EUR",
      locale: "de-DE",
      timezone: "UTC",
    });
    expect(data.member).toEqual({ name: "Anna Archer", hasEmail: true });
    expect(data.packages).toEqual([
      {
        id: shoot.packageId,
        name: "Duo",
        priceInCents: 2500,
        photoCount: 2,
        requiresShipping: false,
      },
    ]);
    expect(data.photos.map((p: { id: string }) => p.id)).toEqual(shoot.annaPhotos.map((p) => p.id));
    expect(data.orders).toEqual([]);
    const text = JSON.stringify(data);
    for (const secret of [
      shoot.annaCardId,
      shoot.benPhotoId,
      "Ben Baker",
      "anna.archer@example.test",
      shoot.anna.accessCode,
      shoot.ben.id,
    ]) {
      expect(text).not.toContain(secret);
    }

    const ben = galleryClient();
    await ben.open(shoot.ben.accessCode);
    const benGallery = await ben.gallery();
    expect(benGallery.data.photos.map((p: { id: string }) => p.id)).toEqual([shoot.benPhotoId]);
  });

  it("serves watermarked thumbnails and previews of the member's photos only", async () => {
    const anna = galleryClient();
    await anna.open(shoot.anna.accessCode);
    const own = shoot.annaPhotos[1]!.id;

    const thumb = await anna.file(`/api/gallery/photos/${own}?size=thumb`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get("content-type")).toBe("image/jpeg");
    // A member's own image: kept by their browser alone, per session cookie, never sniffed.
    expect(thumb.headers.get("cache-control")).toBe("private, max-age=3600");
    expect(thumb.headers.get("vary")).toMatch(/\bCookie\b/);
    expect(thumb.headers.get("x-content-type-options")).toBe("nosniff");
    // GET is served straight from the HTTP server, HEAD through Next.js's router: the same headers.
    const head = await anna.file(`/api/gallery/photos/${own}?size=thumb`, {}, "HEAD");
    for (const name of ["cache-control", "vary", "etag", "content-type", "permissions-policy"]) {
      expect(head.headers.get(name), name).toBe(thumb.headers.get(name));
    }
    expect((await sharp(thumb.bytes).metadata()).width).toBe(400);
    const etag = thumb.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await anna.file(`/api/gallery/photos/${own}?size=thumb`, {
      "if-none-match": etag,
    });
    expect(again.status).toBe(304);

    for (const other of [
      shoot.benPhotoId,
      shoot.annaCardId,
      "00000000-0000-4000-8000-000000000000",
    ]) {
      for (const size of ["thumb", "preview"]) {
        expect((await anna.file(`/api/gallery/photos/${other}?size=${size}`)).status).toBe(404);
      }
    }
    // No original, not even of one's own photo; no session, no image.
    expect((await anna.file(`/api/gallery/photos/${own}?size=original`)).status).toBe(400);
    expect((await galleryClient().file(`/api/gallery/photos/${own}?size=thumb`)).status).toBe(401);
  });

  it("marks previews with the studio's name: they differ from the studio's own preview", async () => {
    const anna = galleryClient();
    await anna.open(shoot.anna.accessCode);
    const id = shoot.annaPhotos[0]!.id;
    const marked = await anna.file(`/api/gallery/photos/${id}?size=preview`);
    expect(marked.status).toBe(200);
    const plain = await fetchFile(shoot.studio.client, `/v1/photos/${id}/file?size=preview`);
    expect(plain.status).toBe(200);

    const pixels = async (bytes: Buffer) =>
      sharp(bytes).removeAlpha().greyscale().raw().toBuffer({ resolveWithObject: true });
    const a = await pixels(marked.bytes);
    const b = await pixels(plain.bytes);
    expect([a.info.width, a.info.height]).toEqual([b.info.width, b.info.height]);
    let changed = 0;
    for (let i = 0; i < a.data.length; i++) if (Math.abs(a.data[i]! - b.data[i]!) > 40) changed++;
    // The text covers a real share of the picture, spread over all of it.
    const share = changed / a.data.length;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.6);
    const quarter = (rows: [number, number], cols: [number, number]) => {
      let count = 0;
      for (let y = rows[0]; y < rows[1]; y++) {
        for (let x = cols[0]; x < cols[1]; x++) {
          const i = y * a.info.width + x;
          if (Math.abs(a.data[i]! - b.data[i]!) > 40) count++;
        }
      }
      return count;
    };
    const { width, height } = a.info;
    const [midX, midY] = [Math.floor(width / 2), Math.floor(height / 2)];
    for (const rows of [
      [0, midY],
      [midY, height],
    ] as [number, number][]) {
      for (const cols of [
        [0, midX],
        [midX, width],
      ] as [number, number][]) {
        expect(quarter(rows, cols)).toBeGreaterThan(0);
      }
    }
  });
});

describe("ordering and downloading", () => {
  it("checks the package, the photos and the terms", async () => {
    const anna = galleryClient();
    await anna.open(shoot.anna.accessCode);
    const [first, second, third] = shoot.annaPhotos.map((p) => p.id) as [string, string, string];
    const cases: [Parameters<GalleryClient["placeOrder"]>[0], string][] = [
      [
        { packageId: shoot.packageId, photoIds: [shoot.benPhotoId], acceptTerms: true },
        "photoIds.0",
      ],
      [
        { packageId: shoot.packageId, photoIds: [shoot.annaCardId], acceptTerms: true },
        "photoIds.0",
      ],
      [
        { packageId: shoot.packageId, photoIds: [first, second, third], acceptTerms: true },
        "photoIds",
      ],
      [{ packageId: shoot.otherPackageId, photoIds: [first], acceptTerms: true }, "packageId"],
      [{ packageId: shoot.packageId, photoIds: [first], acceptTerms: false }, "acceptTerms"],
    ];
    for (const [input, field] of cases) {
      const response = await anna.placeOrder(input);
      expect(response.status, JSON.stringify(input)).toBe(400);
      expect(Object.keys(response.body.error!.data.fieldErrors ?? {})).toContain(field);
    }
    expect((await anna.gallery()).data.orders).toEqual([]);
  });

  it("places a pending order, e-mails it, and after the studio marks it paid zips exactly the ordered originals", async () => {
    const anna = galleryClient();
    await anna.open(shoot.anna.accessCode);
    const ordered = [shoot.annaPhotos[0]!, shoot.annaPhotos[2]!];
    const placed = await anna.placeOrder({
      packageId: shoot.packageId,
      photoIds: ordered.map((p) => p.id),
      acceptTerms: true,
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(200);
    const { order, payment, emailed } = placed.data;
    expect(order).toMatchObject({
      status: "pending",
      packageName: "Duo",
      amountInCents: 2500,
      currency: "EUR",
      downloadUrl: null,
    });
    expect(order.number).toBe(order.id.slice(0, 8).toUpperCase());
    expect(payment).toEqual({
      kind: "offline",
      instructions: expect.stringMatching(/^Pay at the studio or by invoice/),
      // No instructions set in Settings: the order number is the reference.
      transfer: { bankDetails: null, reference: order.number, contact: null, deadline: null },
    });
    expect(emailed).toBe(true);
    // Sent by a job, a moment after the order was answered.
    const mailDir = path.join(app.dataDir, "mail");
    const confirmation = await eventually(
      async () => {
        const mails = await Promise.all(
          (await readdir(mailDir))
            .filter((file) => file.endsWith(".eml"))
            .map((file) => readFile(path.join(mailDir, file), "utf8")),
        );
        return mails.find((mail) => mail.includes(order.number));
      },
      { what: "the order confirmation e-mail" },
    );
    expect(confirmation).toContain("To: anna.archer@example.test");
    // The studio is German (de-DE): so is the e-mail.
    expect(confirmation).toContain("Bitte bezahlen Sie im Studio oder auf Rechnung");

    // The studio sees it pending; no download yet.
    const seen = await shoot.studio.client.get(`/v1/orders/${order.id}`);
    expect(seen.body).toMatchObject({ status: "pending", memberId: shoot.anna.id });
    const early = await anna.file(`/api/gallery/orders/${order.id}/download`);
    expect(early.status).toBe(403);
    expect(early.headers.get("content-type")).not.toBe("application/zip");

    const paid = await shoot.studio.client.post(`/v1/orders/${order.id}/mark-paid`);
    expect(paid.status).toBe(200);
    const listed = (await anna.gallery()).data.orders;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: order.id, status: "paid" });
    expect(listed[0].downloadUrl).toBe(`/api/gallery/orders/${order.id}/download`);

    const zip = await anna.file(listed[0].downloadUrl);
    expect(zip.status).toBe(200);
    expect(zip.headers.get("content-type")).toBe("application/zip");
    expect(zip.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="riverside-spring-${order.number}\\.zip"`),
    );
    const files = await unzip(zip.bytes);
    expect([...files.keys()]).toEqual(ordered.map((p) => p.fileName));
    for (const photo of ordered) expect(sha(files.get(photo.fileName)!)).toBe(sha(photo.bytes));

    // Another member reaches neither the order nor its photos.
    const ben = galleryClient();
    await ben.open(shoot.ben.accessCode);
    expect((await ben.file(`/api/gallery/orders/${order.id}/download`)).status).toBe(404);
    expect((await ben.gallery()).data.orders).toEqual([]);
    for (const photo of ordered) {
      expect((await ben.file(`/api/gallery/photos/${photo.id}?size=preview`)).status).toBe(404);
    }
    // Nor does anyone without the session, and no back-office route takes the gallery cookie.
    expect((await galleryClient().file(listed[0].downloadUrl)).status).toBe(401);
    for (const route of [
      `/api/photos/${ordered[0]!.id}/file?size=original`,
      `/v1/photos/${ordered[0]!.id}/file?size=original`,
    ]) {
      expect((await anna.file(route)).status).toBe(401);
    }
  });

  it("keeps a refunded order's originals closed", async () => {
    const anna = galleryClient();
    await anna.open(shoot.anna.accessCode);
    const placed = await anna.placeOrder({
      packageId: shoot.packageId,
      photoIds: [shoot.annaPhotos[1]!.id],
      acceptTerms: true,
    });
    const { id } = placed.data.order;
    expect((await shoot.studio.client.post(`/v1/orders/${id}/mark-paid`)).status).toBe(200);
    expect((await anna.file(`/api/gallery/orders/${id}/download`)).status).toBe(200);
    expect((await shoot.studio.client.post(`/v1/orders/${id}/refund`)).status).toBe(200);
    expect((await anna.file(`/api/gallery/orders/${id}/download`)).status).toBe(403);
  });
});

describe("the gallery session", () => {
  it("ends when the studio gives the member a new code", async () => {
    const ben = galleryClient();
    expect((await ben.open(shoot.ben.accessCode)).status).toBe(200);
    expect((await ben.gallery()).status).toBe(200);

    const renewed = await shoot.studio.client.post(`/v1/members/${shoot.ben.id}/access-code`);
    expect(renewed.status).toBe(200);
    const newCode = renewed.body.accessCode as string;
    expect(newCode).not.toBe(shoot.ben.accessCode);

    const ended = await ben.gallery();
    expect(ended.status).toBe(401);
    expect(ended.body.error?.message).toMatch(/session has ended/);
    expect(ended.headers.getSetCookie()[0]).toMatch(/^gallery-session=; .*Max-Age=0/);
    expect((await ben.file(`/api/gallery/photos/${shoot.benPhotoId}?size=thumb`)).status).toBe(401);

    expect((await ben.open(shoot.ben.accessCode)).status).toBe(401);
    expect((await ben.open(newCode)).status).toBe(200);
    expect((await ben.gallery()).status).toBe(200);
    shoot.ben.accessCode = newCode;
  });

  it("refuses a forged or foreign token", async () => {
    const anna = galleryClient();
    await anna.open(shoot.anna.accessCode);
    const [header, payload] = anna.cookie!.split("=")[1]!.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: shoot.ben.id })).toString(
      "base64url",
    );
    anna.cookie = `gallery-session=${header}.${forged}.${anna.cookie!.split(".")[2]}`;
    expect((await anna.gallery()).status).toBe(401);

    // A back-office token is no gallery session.
    anna.cookie = `gallery-session=${shoot.studio.token}`;
    expect((await anna.gallery()).status).toBe(401);
  });
});
