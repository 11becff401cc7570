import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type SharedApp, sharedApp } from "../support/shared-app";
import { addPhotographer, createProject, signUpOperator, type Studio } from "../support/backoffice";
import { makeCardPhoto, makePhoto } from "../support/images";
import { renderPdfPages } from "../support/pdf";
import { uploadPhoto } from "../support/photos";
import { decodeQrCodes } from "../support/qr";

/**
 * Matching by card over HTTP, on generated JPEGs: a photographer shoots a
 * member's printed QR card, then that member; every photo up to the next card
 * is theirs, whatever order the files arrive in.
 */

let app: SharedApp;
let api: ApiClient;

beforeAll(async () => {
  app = sharedApp();
  api = new ApiClient(app.url);
});

interface Shoot {
  studio: Studio;
  projectId: string;
  ada: { id: string; client: ApiClient };
  ben: { id: string; client: ApiClient };
  members: Record<"anna" | "carl" | "dora", { id: string; accessCode: string }>;
  stranger: { id: string; accessCode: string };
}

async function newShoot(): Promise<Shoot> {
  const studio = await signUpOperator(api, "Matching Studio");
  const projectId = (await createProject(studio.client, { name: "Class photos", timezone: "UTC" }))
    .id;
  const ada = await addPhotographer(api, studio.client, "Ada");
  const ben = await addPhotographer(api, studio.client, "Ben");
  for (const photographer of [ada, ben]) {
    await studio.client.post(`/v1/projects/${projectId}/photographers`, {
      photographerId: photographer.id,
    });
  }
  const enrol = async (project: string, name: string) => {
    const response = await studio.client.post(`/v1/projects/${project}/members`, { name });
    expect(response.status).toBe(201);
    return { id: response.body.id as string, accessCode: response.body.accessCode as string };
  };
  const otherProject = (await createProject(studio.client, { name: "Another school" })).id;
  return {
    studio,
    projectId,
    ada,
    ben,
    members: {
      anna: await enrol(projectId, "Anna"),
      carl: await enrol(projectId, "Carl"),
      dora: await enrol(projectId, "Dora"),
    },
    stranger: await enrol(otherProject, "Stranger"),
  };
}

/** 10:mm:ss on the shoot's day, as EXIF writes it; 2.5 is 10:02:30. */
const at = (minute: number) => {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `2026:05:04 10:${pad(Math.floor(minute))}:${pad(Math.round((minute % 1) * 60))}`;
};

interface Frame {
  name: string;
  minute: number;
  /** The QR text on the card in this frame, if it is a card. */
  qr?: string;
}

async function upload(shoot: Shoot, who: Shoot["ada"], frame: Frame) {
  const bytes = frame.qr
    ? await makeCardPhoto(frame.qr, {
        takenAt: at(frame.minute),
        seed: Math.round(frame.minute * 10),
        width: 1200,
        height: 800,
        cardFraction: 0.2,
        angle: 12,
      })
    : await makePhoto({
        takenAt: at(frame.minute),
        seed: 1000 + Math.round(frame.minute * 10),
        width: 600,
        height: 400,
      });
  const response = await uploadPhoto(who.client, shoot.projectId, bytes, {
    fileName: `${frame.name}.jpg`,
  });
  expect(response.status, response.text).toBe(201);
  return response.body as { id: string; kind: string; cardMemberId: string | null };
}

interface ListedPhoto {
  id: string;
  fileName: string;
  kind: "photo" | "card";
  cardMemberId: string | null;
  tags: { memberId: string; name: string; source: string }[];
}

/** File name (without .jpg) to what it shows: a card and whose, or the names tagged. */
async function outcome(shoot: Shoot): Promise<Record<string, string>> {
  const page = await shoot.studio.client.get(`/v1/projects/${shoot.projectId}/photos?limit=200`);
  expect(page.status).toBe(200);
  const names = new Map(Object.entries(shoot.members).map(([name, member]) => [member.id, name]));
  return Object.fromEntries(
    (page.body.items as ListedPhoto[]).map((photo) => [
      photo.fileName.replace(/\.jpg$/, ""),
      photo.kind === "card"
        ? `card:${photo.cardMemberId ? names.get(photo.cardMemberId) : "unknown"}`
        : photo.tags
            .map((tag) => `${tag.name}${tag.source === "manual" ? " (by hand)" : ""}`)
            .join(",") || "-",
    ]),
  );
}

function adaSequence(shoot: Shoot): Frame[] {
  const { anna, carl } = shoot.members;
  return [
    { name: "01-warmup", minute: 0 },
    { name: "02-card-anna", minute: 1, qr: anna.accessCode },
    { name: "03-anna", minute: 2 },
    { name: "04-anna", minute: 3 },
    { name: "05-card-stranger", minute: 4, qr: shoot.stranger.accessCode },
    { name: "06-after-stranger", minute: 5 },
    { name: "07-card-carl", minute: 6, qr: `https://photos.example/gallery/${carl.accessCode}` },
    { name: "08-carl", minute: 7 },
  ];
}

const EXPECTED = {
  "01-warmup": "-",
  "02-card-anna": "card:anna",
  "03-anna": "Anna",
  "04-anna": "Anna",
  "05-card-stranger": "card:unknown",
  "06-after-stranger": "-",
  "07-card-carl": "card:carl",
  "08-carl": "Carl",
};

describe("matching by card", () => {
  it("tags every photo after a card with its member, up to the next card", async () => {
    const shoot = await newShoot();
    for (const frame of adaSequence(shoot)) await upload(shoot, shoot.ada, frame);
    expect(await outcome(shoot)).toEqual(EXPECTED);
  });

  it("gives the same result whatever order the files arrive in", async () => {
    const shoot = await newShoot();
    const frames = adaSequence(shoot);
    // Photos first, their cards last, and in no particular order.
    const order = [7, 3, 0, 5, 2, 6, 4, 1].map((i) => frames[i]!);
    for (const frame of order) await upload(shoot, shoot.ada, frame);
    expect(await outcome(shoot)).toEqual(EXPECTED);
    const card = await shoot.studio.client.get(
      `/v1/projects/${shoot.projectId}/photos?kind=card&limit=10`,
    );
    expect(card.body.total).toBe(3);
  });

  it("matches each photographer's own sequence only", async () => {
    const shoot = await newShoot();
    await upload(shoot, shoot.ada, {
      name: "ada-card",
      minute: 1,
      qr: shoot.members.dora.accessCode,
    });
    await upload(shoot, shoot.ada, { name: "ada-dora", minute: 3 });
    await upload(shoot, shoot.ben, { name: "ben-photo", minute: 2 });
    expect(await outcome(shoot)).toEqual({
      "ada-card": "card:dora",
      "ben-photo": "-",
      "ada-dora": "Dora",
    });
  });

  it("leaves a photo tagged by hand alone, and re-matches when a card is deleted", async () => {
    const shoot = await newShoot();
    const uploaded: Record<string, { id: string }> = {};
    for (const frame of adaSequence(shoot))
      uploaded[frame.name] = await upload(shoot, shoot.ada, frame);
    const byHand = await shoot.studio.client.put(`/v1/photos/${uploaded["04-anna"]!.id}/tags`, {
      memberIds: [shoot.members.dora.id],
    });
    expect(byHand.status).toBe(200);
    // A late card before 04 would claim it, were it not tagged by hand.
    await upload(shoot, shoot.ada, {
      name: "03b-card-carl",
      minute: 2.5,
      qr: shoot.members.carl.accessCode,
    });
    expect(
      (await shoot.ada.client.delete(`/v1/photos/${uploaded["02-card-anna"]!.id}`)).status,
    ).toBe(204);
    expect(await outcome(shoot)).toMatchObject({
      "01-warmup": "-",
      "03-anna": "-",
      "04-anna": "Dora (by hand)",
      "06-after-stranger": "-",
      "08-carl": "Carl",
    });
  });

  it("filters the review queue and a member's photos", async () => {
    const shoot = await newShoot();
    for (const frame of adaSequence(shoot)) await upload(shoot, shoot.ada, frame);
    const client = shoot.studio.client;
    const untagged = await client.get(`/v1/projects/${shoot.projectId}/photos?tagged=false`);
    expect(untagged.body.items.map((p: ListedPhoto) => p.fileName)).toEqual([
      "01-warmup.jpg",
      "06-after-stranger.jpg",
    ]);
    const tagged = await client.get(`/v1/projects/${shoot.projectId}/photos?tagged=true`);
    expect(tagged.body.total).toBe(3);
    const anna = await client.get(
      `/v1/projects/${shoot.projectId}/photos?memberId=${shoot.members.anna.id}`,
    );
    expect(anna.body.items.map((p: ListedPhoto) => p.fileName)).toEqual([
      "03-anna.jpg",
      "04-anna.jpg",
    ]);
    const members = await client.get(`/v1/projects/${shoot.projectId}/members`);
    const counts = Object.fromEntries(
      members.body.items.map((m: { name: string; photoCount: number }) => [m.name, m.photoCount]),
    );
    expect(counts).toEqual({ Anna: 2, Carl: 1, Dora: 0 });
  });
});

interface UndatedFrame {
  name: string;
  /** The QR text on the card in this frame, if it is a card. */
  qr?: string;
  /** The `clientOrder` form field, if sent. */
  clientOrder?: string;
}

/** A frame without EXIF (no capture time), uploaded over REST; answers once it is processed. */
async function uploadUndated(shoot: Shoot, frame: UndatedFrame, seed: number) {
  const bytes = frame.qr
    ? await makeCardPhoto(frame.qr, { seed, width: 1200, height: 800, cardFraction: 0.2 })
    : await makePhoto({ seed, width: 600, height: 400 });
  const form = new FormData();
  if (frame.clientOrder !== undefined) form.append("clientOrder", frame.clientOrder);
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), frame.name);
  const response = await shoot.ada.client.post(
    `/v1/projects/${shoot.projectId}/photos`,
    undefined,
    {
      rawBody: form,
    },
  );
  expect(response.status, response.text).toBe(201);
  expect(response.body).toMatchObject({ status: "ready", takenAt: null });
  return response.body as { id: string; processedAt: string };
}

describe("matching photos without capture times", () => {
  it("goes by the camera's file counter: a card filed and processed last still claims the photos after it", async () => {
    for (const arrival of [
      ["IMG_0003.jpg", "IMG_0002.jpg", "IMG_0001_card.jpg"],
      ["IMG_0002.jpg", "IMG_0001_card.jpg", "IMG_0003.jpg"],
    ]) {
      const shoot = await newShoot();
      const processedAt: Record<string, string> = {};
      for (const [i, name] of arrival.entries()) {
        const qr = name.includes("card") ? shoot.members.anna.accessCode : undefined;
        processedAt[name] = (await uploadUndated(shoot, { name, qr }, 500 + i)).processedAt;
      }
      if (arrival[2] === "IMG_0001_card.jpg") {
        // The card was processed after both portraits.
        expect(processedAt["IMG_0001_card.jpg"]! > processedAt["IMG_0002.jpg"]!).toBe(true);
        expect(processedAt["IMG_0001_card.jpg"]! > processedAt["IMG_0003.jpg"]!).toBe(true);
      }
      expect(await outcome(shoot), arrival.join(", ")).toEqual({
        IMG_0001_card: "card:anna",
        IMG_0002: "Anna",
        IMG_0003: "Anna",
      });
    }
  });

  it("without numbers in the names, goes by the clientOrder the uploader sent", async () => {
    const shoot = await newShoot();
    // By name the card would come last; by arrival too.
    await uploadUndated(shoot, { name: "portrait-b.jpg", clientOrder: "1765000000002" }, 601);
    await uploadUndated(shoot, { name: "portrait-a.jpg", clientOrder: "1765000000001" }, 602);
    await uploadUndated(
      shoot,
      { name: "the-card.jpg", qr: shoot.members.carl.accessCode, clientOrder: "1765000000000" },
      603,
    );
    expect(await outcome(shoot)).toEqual({
      "the-card": "card:carl",
      "portrait-a": "Carl",
      "portrait-b": "Carl",
    });
  });

  it("refuses a clientOrder that is no whole number, naming it", async () => {
    const shoot = await newShoot();
    for (const clientOrder of ["-1", "1.5", "soon", "99999999999999999", "9007199254740992"]) {
      const form = new FormData();
      form.append("clientOrder", clientOrder);
      form.append("file", new Blob([new Uint8Array(await makePhoto({ seed: 700 }))]), "x.jpg");
      const response = await shoot.ada.client.post(
        `/v1/projects/${shoot.projectId}/photos`,
        undefined,
        { rawBody: form },
      );
      expect(response.status, clientOrder).toBe(400);
      expect(Object.keys(response.body.errors ?? {}), response.text).toEqual(["clientOrder"]);
    }
  });
});

/**
 * A photo of the first card printed on page 1 of the cards PDF (rendered at
 * 150 dpi): cut out along its cut lines (A4 portrait, 2 x 5 cards of 85 x 55 mm,
 * centred on the page), turned a little and laid on a busy background, with
 * the capture time `takenAt`.
 */
async function photoOfFirstPrintedCard(pdf: Uint8Array, takenAt: string): Promise<Buffer> {
  const [page] = await renderPdfPages(pdf, 150);
  const px = (mm: number) => Math.round((mm / 25.4) * 150);
  const card = await sharp(page)
    .extract({
      left: px((210 - 2 * 85) / 2),
      top: px((297 - 5 * 55) / 2),
      width: px(85),
      height: px(55),
    })
    .rotate(-8, { background: "#ffffff" })
    .png()
    .toBuffer();
  const background = await makePhoto({ width: 1600, height: 1100, seed: 77, format: "png" });
  return sharp(background)
    .composite([{ input: card, left: 500, top: 300 }])
    .withExif({ IFD2: { DateTimeOriginal: takenAt } })
    .jpeg({ quality: 88 })
    .toBuffer();
}

describe("a printed card", () => {
  it("holds the gallery's address with the code, and a photo of it matches its member", async () => {
    const shoot = await newShoot();
    const { anna } = shoot.members;
    const pdf = await shoot.studio.client.get(`/v1/projects/${shoot.projectId}/members/cards.pdf`);
    expect(pdf.status).toBe(200);
    const cardPhoto = await photoOfFirstPrintedCard(pdf.bytes, at(1));

    // What a phone's camera reads from the card: this app's gallery, with Anna's code.
    const [text] = await decodeQrCodes(cardPhoto);
    const url = new URL(text!);
    expect(url.port).toBe(new URL(app.url).port);
    expect(url.pathname).toBe("/gallery");
    expect([...url.searchParams]).toEqual([["code", anna.accessCode]]);

    const card = await uploadPhoto(shoot.ada.client, shoot.projectId, cardPhoto, {
      fileName: "01-card-anna.jpg",
    });
    expect(card.status, card.text).toBe(201);
    await upload(shoot, shoot.ada, { name: "02-anna", minute: 2 });
    expect(await outcome(shoot)).toEqual({ "01-card-anna": "card:anna", "02-anna": "Anna" });
  });
});

describe("analytics follow the uploads", () => {
  it("counts photos for sale, not cards, and the members matched", async () => {
    const shoot = await newShoot();
    const numbers = async () =>
      (await shoot.studio.client.get(`/v1/analytics?projectId=${shoot.projectId}`)).body as {
        kpis: { photosUploaded: number; usersTagged: number };
        photosByPhotographer: { name: string; photoCount: number }[];
      };
    expect((await numbers()).kpis.photosUploaded).toBe(0);
    const frames = adaSequence(shoot);
    for (const frame of frames) await upload(shoot, shoot.ada, frame);
    await upload(shoot, shoot.ben, { name: "ben-1", minute: 30 });
    const after = await numbers();
    expect(after.kpis.photosUploaded).toBe(6);
    expect(after.kpis.usersTagged).toBe(2);
    expect(after.photosByPhotographer.map((p) => [p.name, p.photoCount])).toEqual([
      ["Ada", 5],
      ["Ben", 1],
    ]);
  });
});
