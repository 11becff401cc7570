import { request as httpRequest } from "node:http";
import exifr from "exifr";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { photoObjectKey } from "@/server/storage";
import type { ApiClient } from "../support/api-client";
import { appInstanceCount } from "../support/app-server";
import type { SharedApp } from "../support/shared-app";
import { addPhotographer, createProject, withTwoStudios, type Studio } from "../support/backoffice";
import { makePhoto } from "../support/images";
import { fetchFile, isStored, uploadPhoto } from "../support/photos";

let app: SharedApp;
let studio: Studio;
let rival: Studio;
let projectId: string;
let ada: { id: string; client: ApiClient };
let ben: { id: string; client: ApiClient };
let unassigned: { id: string; client: ApiClient };
let memberIds: { anna: string; carl: string; elsewhere: string };

beforeAll(async () => {
  const started = await withTwoStudios();
  ({ app, studio, rival } = started);
  projectId = (
    await createProject(studio.client, { name: "School day", timezone: "Europe/Berlin" })
  ).id;
  ada = await addPhotographer(started.api, studio.client, "Ada");
  ben = await addPhotographer(started.api, studio.client, "Ben");
  unassigned = await addPhotographer(started.api, studio.client, "Nobody");
  for (const photographer of [ada, ben]) {
    const assigned = await studio.client.post(`/v1/projects/${projectId}/photographers`, {
      photographerId: photographer.id,
    });
    expect(assigned.status).toBe(204);
  }
  const member = async (project: string, name: string) =>
    (await studio.client.post(`/v1/projects/${project}/members`, { name })).body.id as string;
  const other = (await createProject(studio.client, { name: "Other shoot" })).id;
  memberIds = {
    anna: await member(projectId, "Anna"),
    carl: await member(projectId, "Carl"),
    elsewhere: await member(other, "Elsewhere"),
  };
});

describe("POST /v1/projects/:projectId/photos", () => {
  it("files a photographer's JPEG with its capture time, size and hash", async () => {
    const bytes = await makePhoto({ takenAt: "2026:05:04 09:15:30", offset: "+02:00", seed: 11 });
    const response = await uploadPhoto(ada.client, projectId, bytes, { fileName: "IMG_0001.JPG" });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      projectId,
      photographerId: ada.id,
      fileName: "IMG_0001.JPG",
      contentType: "image/jpeg",
      sizeBytes: bytes.byteLength,
      width: 1200,
      height: 800,
      takenAt: "2026-05-04T07:15:30.000Z",
      kind: "photo",
      cardMemberId: null,
      tags: [],
    });
    expect(response.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(response.body.uploadedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("reads a capture time without an offset in the project's time zone, and none as null", async () => {
    const summer = await uploadPhoto(
      ada.client,
      projectId,
      await makePhoto({ takenAt: "2026:07:01 12:00:00", seed: 12 }),
    );
    expect(summer.body.takenAt).toBe("2026-07-01T10:00:00.000Z");
    const winter = await uploadPhoto(
      ada.client,
      projectId,
      await makePhoto({ takenAt: "2026:01:15 12:00:00", seed: 13 }),
    );
    expect(winter.body.takenAt).toBe("2026-01-15T11:00:00.000Z");
    const none = await uploadPhoto(ada.client, projectId, await makePhoto({ seed: 14 }));
    expect(none.status).toBe(201);
    expect(none.body.takenAt).toBeNull();
  });

  it("answers a retry of the same bytes with the photo already there (200)", async () => {
    const bytes = await makePhoto({ seed: 15 });
    const first = await uploadPhoto(ada.client, projectId, bytes, { fileName: "a.jpg" });
    const again = await uploadPhoto(ada.client, projectId, bytes, { fileName: "b.jpg" });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.fileName).toBe("a.jpg");
    const together = await Promise.all(
      [1, 2, 3].map(async () => uploadPhoto(ben.client, projectId, await makePhoto({ seed: 16 }))),
    );
    expect(new Set(together.map((r) => r.body.id)).size).toBe(1);
    expect(together.map((r) => r.status).sort()).toEqual([200, 200, 201]);
  });

  it("accepts PNG and WebP, recognised by content whatever the name and header say", async () => {
    const png = await uploadPhoto(
      ada.client,
      projectId,
      await makePhoto({ format: "png", seed: 17 }),
      {
        fileName: "scan.jpg",
        type: "application/octet-stream",
      },
    );
    expect(png.status).toBe(201);
    expect(png.body.contentType).toBe("image/png");
    const webp = await uploadPhoto(
      ada.client,
      projectId,
      await makePhoto({ format: "webp", seed: 18 }),
    );
    expect(webp.body.contentType).toBe("image/webp");
  });

  it("refuses what is not a JPEG, PNG or WebP by content (415), and a damaged image (400)", async () => {
    const text = await uploadPhoto(ada.client, projectId, Buffer.from("GIF89a not really"), {
      fileName: "photo.jpg",
    });
    expect(text.status).toBe(415);
    expect(text.body.message).toMatch(/JPEG, PNG or WebP/);
    const whole = await makePhoto({ seed: 19, width: 1600, height: 1200 });
    const damaged = await uploadPhoto(
      ada.client,
      projectId,
      whole.subarray(0, whole.byteLength / 3),
    );
    expect(damaged.status).toBe(400);
    expect(damaged.body.errors).toHaveProperty("file");
    const json = await ada.client.post(`/v1/projects/${projectId}/photos`, { file: "x" });
    expect(json.status).toBe(415);
    const form = new FormData();
    form.append("note", "no file here");
    const noFile = await ada.client.post(`/v1/projects/${projectId}/photos`, undefined, {
      rawBody: form,
    });
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors).toHaveProperty("file");
  });

  // Through the suite's round-robin proxy the early 413 races the client's writes (EPIPE); the
  // limit is each instance's own, and a real proxy enforces its own (deploy/nginx.conf).
  it.skipIf(appInstanceCount() > 1)(
    "refuses a file over 50 MB while it streams in (413), before the client has sent it all",
    async () => {
      const url = `${app.url}/v1/projects/${projectId}/photos`;
      const declared = await streamEndlessUpload(url, ada.client.token!, 60 * 1024 * 1024);
      expect(declared.status).toBe(413);
      expect(declared.sentBytes).toBeLessThan(1024);

      const { status, sentBytes } = await streamEndlessUpload(url, ada.client.token!);
      expect(status).toBe(413);
      expect(sentBytes).toBeGreaterThan(50 * 1024 * 1024);
      expect(sentBytes).toBeLessThan(150 * 1024 * 1024);
      const list = await ada.client.get(`/v1/projects/${projectId}/photos?limit=200`);
      expect(list.body.items.some((p: { fileName: string }) => p.fileName === "endless.jpg")).toBe(
        false,
      );
    },
  );

  it("files an operator's upload under the assigned photographer they name", async () => {
    const bytes = await makePhoto({ seed: 20 });
    const missing = await uploadPhoto(studio.client, projectId, bytes);
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toHaveProperty("photographerId");
    const notAssigned = await uploadPhoto(studio.client, projectId, bytes, {
      photographerId: unassigned.id,
    });
    expect(notAssigned.status).toBe(400);
    expect(notAssigned.body.message).toMatch(/photographerId/);
    const filed = await uploadPhoto(studio.client, projectId, bytes, { photographerId: ben.id });
    expect(filed.status).toBe(201);
    expect(filed.body.photographerId).toBe(ben.id);
  });

  it("keeps photographers to their own projects and studios to their own photos", async () => {
    const bytes = await makePhoto({ seed: 21 });
    expect((await uploadPhoto(unassigned.client, projectId, bytes)).status).toBe(404);
    expect(
      (await uploadPhoto(rival.client, projectId, bytes, { photographerId: ada.id })).status,
    ).toBe(404);
    const anonymous = await uploadPhoto(ada.client.as(undefined), projectId, bytes);
    expect(anonymous.status).toBe(401);
    const mine = await uploadPhoto(ada.client, projectId, bytes);
    expect((await rival.client.get(`/v1/photos/${mine.body.id}`)).status).toBe(404);
    expect((await fetchFile(rival.client, `/v1/photos/${mine.body.id}/file`)).status).toBe(404);
    expect((await rival.client.get(`/v1/projects/${projectId}/photos`)).status).toBe(404);
    expect((await rival.client.delete(`/v1/photos/${mine.body.id}`)).status).toBe(404);
  });
});

describe("photo files", () => {
  let photo: { id: string; fileName: string; sha256: string };
  let original: Buffer;

  beforeAll(async () => {
    original = await makePhoto({
      width: 3000,
      height: 2000,
      orientation: 6,
      private: true,
      takenAt: "2026:05:04 10:00:00",
      seed: 30,
    });
    photo = (await uploadPhoto(ada.client, projectId, original, { fileName: "Zoë (1).jpg" })).body;
  });

  it("reports the size as seen, with the camera's orientation applied", async () => {
    const got = await ada.client.get(`/v1/photos/${photo.id}`);
    expect(got.body).toMatchObject({ width: 2000, height: 3000 });
  });

  it("serves a 400 px thumbnail and a 1600 px preview, upright, without location or serial", async () => {
    for (const [size, longEdge] of [
      ["thumb", 400],
      ["preview", 1600],
    ] as const) {
      const file = await fetchFile(ada.client, `/v1/photos/${photo.id}/file?size=${size}`);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe("image/jpeg");
      const metadata = await sharp(file.bytes).metadata();
      expect(metadata.format).toBe("jpeg");
      expect({ width: metadata.width, height: metadata.height }).toEqual({
        width: Math.round((longEdge * 2) / 3),
        height: longEdge,
      });
      expect(metadata.orientation ?? 1).toBe(1);
      const exif = (await exifr
        .parse(file.bytes, { gps: true, exif: true })
        .catch(() => null)) as Record<string, unknown> | null;
      expect(exif?.latitude).toBeUndefined();
      expect(exif?.BodySerialNumber).toBeUndefined();
    }
  });

  it("serves the original byte for byte under its uploaded name", async () => {
    const file = await fetchFile(ada.client, `/v1/photos/${photo.id}/file?size=original`);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(original)).toBe(true);
    expect(file.headers.get("content-disposition")).toBe(
      `inline; filename="Zo_ (1).jpg"; filename*=UTF-8''Zo%C3%AB%20%281%29.jpg`,
    );
    const byDefault = await fetchFile(ada.client, `/v1/photos/${photo.id}/file`);
    expect(byDefault.bytes.equals(original)).toBe(true);
  });

  it("answers 304 for the ETag the client has, and names a bad size (400)", async () => {
    const first = await fetchFile(ada.client, `/v1/photos/${photo.id}/file?size=thumb`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}-thumb"$/);
    expect(first.headers.get("cache-control")).toMatch(/^private/);
    const again = await fetchFile(ada.client, `/v1/photos/${photo.id}/file?size=thumb`, {
      "if-none-match": etag,
    });
    expect(again.status).toBe(304);
    expect(again.bytes.byteLength).toBe(0);
    const otherSize = await fetchFile(ada.client, `/v1/photos/${photo.id}/file?size=preview`, {
      "if-none-match": etag,
    });
    expect(otherSize.status).toBe(200);
    const bad = await ada.client.get(`/v1/photos/${photo.id}/file?size=huge`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty("size");
  });

  it("removes the photo and its files on delete", async () => {
    const doomed = (await uploadPhoto(ada.client, projectId, await makePhoto({ seed: 31 }))).body;
    const stored = { operatorId: studio.id, projectId, id: doomed.id };
    expect(await isStored(app.storage, photoObjectKey(stored, "original"))).toBe(true);
    expect((await ben.client.delete(`/v1/photos/${doomed.id}`)).status).toBe(404);
    expect((await ada.client.delete(`/v1/photos/${doomed.id}`)).status).toBe(204);
    expect((await ada.client.get(`/v1/photos/${doomed.id}`)).status).toBe(404);
    expect((await fetchFile(studio.client, `/v1/photos/${doomed.id}/file`)).status).toBe(404);
    for (const variant of ["original", "preview", "thumb"] as const) {
      expect(await isStored(app.storage, photoObjectKey(stored, variant))).toBe(false);
    }
  });
});

describe("GET /v1/projects/:projectId/photos", () => {
  let listProject: string;

  beforeAll(async () => {
    listProject = (await createProject(studio.client, { name: "Lists", timezone: "UTC" })).id;
    for (const photographer of [ada, ben]) {
      await studio.client.post(`/v1/projects/${listProject}/photographers`, {
        photographerId: photographer.id,
      });
    }
    const shots: [typeof ada, string, string | undefined][] = [
      [ada, "c.jpg", "2026:05:04 10:00:03"],
      [ada, "a.jpg", "2026:05:04 10:00:01"],
      [ben, "b.jpg", "2026:05:04 10:00:02"],
      [ada, "z.jpg", "2026:05:04 10:00:01"],
      [ben, "late.jpg", undefined],
    ];
    let seed = 40;
    for (const [who, fileName, takenAt] of shots) {
      const response = await uploadPhoto(
        who.client,
        listProject,
        await makePhoto({ takenAt, seed: seed++ }),
        {
          fileName,
        },
      );
      expect(response.status).toBe(201);
    }
  });

  it("orders by capture time (upload time when none), then file name, in pages", async () => {
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page: {
        status: number;
        body: { items: { fileName: string }[]; nextCursor: string | null; total: number };
      } = await studio.client.get(
        `/v1/projects/${listProject}/photos?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(5);
      names.push(...page.body.items.map((item) => item.fileName));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(names).toEqual(["a.jpg", "z.jpg", "b.jpg", "c.jpg", "late.jpg"]);
    const bad = await studio.client.get(`/v1/projects/${listProject}/photos?cursor=nonsense`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty("cursor");
  });

  it("shows a photographer only their own photos, and filters by photographer for the operator", async () => {
    const own = await ben.client.get(`/v1/projects/${listProject}/photos`);
    expect(own.body.items.map((p: { fileName: string }) => p.fileName)).toEqual([
      "b.jpg",
      "late.jpg",
    ]);
    const someoneElses = await studio.client.get(`/v1/projects/${listProject}/photos?limit=1`);
    const adaPhoto = someoneElses.body.items[0];
    expect(adaPhoto.photographerId).toBe(ada.id);
    expect((await ben.client.get(`/v1/photos/${adaPhoto.id}`)).status).toBe(404);
    expect((await fetchFile(ben.client, `/v1/photos/${adaPhoto.id}/file?size=thumb`)).status).toBe(
      404,
    );
    const filtered = await studio.client.get(
      `/v1/projects/${listProject}/photos?photographerId=${ben.id}`,
    );
    expect(filtered.body.total).toBe(2);
    expect((await unassigned.client.get(`/v1/projects/${listProject}/photos`)).status).toBe(404);
  });

  it("names a bad filter (400)", async () => {
    const bad = await studio.client.get(
      `/v1/projects/${listProject}/photos?kind=poster&tagged=maybe&limit=0`,
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["kind", "limit", "tagged"]);
  });
});

describe("PUT /v1/photos/:id/tags", () => {
  it("replaces the tags by hand with members of the photo's project", async () => {
    const photo = (await uploadPhoto(ada.client, projectId, await makePhoto({ seed: 50 }))).body;
    const tagged = await studio.client.put(`/v1/photos/${photo.id}/tags`, {
      memberIds: [memberIds.carl, memberIds.anna, memberIds.anna],
    });
    expect(tagged.status).toBe(200);
    expect(tagged.body.tags).toEqual([
      { memberId: memberIds.anna, name: "Anna", source: "manual" },
      { memberId: memberIds.carl, name: "Carl", source: "manual" },
    ]);
    const byMember = await studio.client.get(
      `/v1/projects/${projectId}/photos?memberId=${memberIds.carl}`,
    );
    expect(byMember.body.items.map((p: { id: string }) => p.id)).toEqual([photo.id]);
    const cleared = await studio.client.put(`/v1/photos/${photo.id}/tags`, { memberIds: [] });
    expect(cleared.body.tags).toEqual([]);
  });

  it("names an id that is no member of the project (400), and is the operator's alone", async () => {
    const photo = (await uploadPhoto(ada.client, projectId, await makePhoto({ seed: 51 }))).body;
    const foreign = await studio.client.put(`/v1/photos/${photo.id}/tags`, {
      memberIds: [memberIds.anna, memberIds.elsewhere],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual({
      "memberIds.1": [`${memberIds.elsewhere} is not a member of this photo's project`],
    });
    const malformed = await studio.client.put(`/v1/photos/${photo.id}/tags`, { memberIds: ["x"] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toHaveProperty("memberIds.0");
    expect((await ada.client.put(`/v1/photos/${photo.id}/tags`, { memberIds: [] })).status).toBe(
      403,
    );
    expect((await rival.client.put(`/v1/photos/${photo.id}/tags`, { memberIds: [] })).status).toBe(
      404,
    );
  });
});

/**
 * Streams a multipart body that never ends, chunk by chunk, until the server
 * answers; resolves with the status and how much had been sent by then.
 */
function streamEndlessUpload(
  url: string,
  token: string,
  declaredLength?: number,
): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const boundary = "endless-boundary";
    const request = httpRequest(url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        ...(declaredLength
          ? { "content-length": String(declaredLength) }
          : { "transfer-encoding": "chunked" }),
      },
    });
    let sentBytes = 0;
    let answered = false;
    const chunk = Buffer.alloc(256 * 1024, 0x41);
    request.on("response", (response) => {
      answered = true;
      // The server resets the connection with the rest of the body unread: expected here.
      response.on("error", () => undefined);
      response.resume();
      resolve({ status: response.statusCode ?? 0, sentBytes });
      request.destroy();
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="endless.jpg"\r\n` +
        "Content-Type: image/jpeg\r\n\r\n",
    );
    request.write(head);
    sentBytes += head.byteLength;
    if (declaredLength) return;
    const pump = () => {
      while (!answered && sentBytes < 400 * 1024 * 1024) {
        sentBytes += chunk.byteLength;
        if (!request.write(chunk)) {
          request.once("drain", pump);
          return;
        }
      }
      if (!answered) request.end();
    };
    pump();
  });
}
