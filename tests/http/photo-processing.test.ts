import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watermarkJpeg, watermarkVersion } from "@/server/photos/watermark";
import { photoFolderKey } from "@/server/storage";
import { postgresServerUrl } from "../support/postgres";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import {
  addPhotographer,
  createProject,
  signUpOperator,
  withTwoStudios,
} from "../support/backoffice";
import { makeCardPhoto, makePhoto } from "../support/images";
import { fetchFile, processedPhoto, uploadPhoto } from "../support/photos";
import { sharedApp } from "../support/shared-app";

/**
 * Uploads are stored at once and processed afterwards. The REST contract: 201
 * with the processed photo when processing ends within the bounded wait; 202
 * at once with `Prefer: respond-async`; `GET /v1/photos/:id` tells the status;
 * a file that passes the upload's checks but cannot be decoded ends `failed`
 * with its reason; a derived file not made yet is 409 with Retry-After.
 */

/** A member's browser in the gallery: opens it with the access code, keeps the cookie. */
async function openGallery(url: string, code: string, address: string) {
  const opened = await fetch(`${url}/api/trpc/gallery.open`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ code }),
  });
  expect(opened.status).toBe(200);
  const cookie = opened.headers.getSetCookie()[0]!.split(";")[0]!;
  return async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, {
      headers: { cookie, "x-forwarded-for": address, ...headers },
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  };
}

/** Polls `read` until `done` holds; fails after `timeoutMs`. */
async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  let pause = 25;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error("the condition did not come true in time");
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 500);
  }
}

let photographer: { id: string; client: ApiClient };
let studioClient: ApiClient;
let projectId: string;

beforeAll(async () => {
  const { api, studio } = await withTwoStudios();
  studioClient = studio.client;
  projectId = (await createProject(studio.client, { name: "Async day", timezone: "UTC" })).id;
  photographer = await addPhotographer(api, studio.client, "Pia");
  const assigned = await studio.client.post(`/v1/projects/${projectId}/photographers`, {
    photographerId: photographer.id,
  });
  expect(assigned.status).toBe(204);
});

describe("POST /v1/projects/:projectId/photos and processing", () => {
  it("answers 201 with the processed photo when processing ends within the wait", async () => {
    const bytes = await makePhoto({
      width: 1500,
      height: 1000,
      takenAt: "2026:03:02 10:00:00",
      seed: 501,
    });
    const response = await uploadPhoto(photographer.client, projectId, bytes);
    expect(response.status).toBe(201);
    expect(response.headers.get("preference-applied")).toBeNull();
    expect(response.body).toMatchObject({
      status: "ready",
      processingError: null,
      width: 1500,
      height: 1000,
      takenAt: "2026-03-02T10:00:00.000Z",
    });
    expect(Date.parse(response.body.processedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("answers 202 at once with Prefer: respond-async, and GET shows the photo ready later", async () => {
    const bytes = await makePhoto({
      width: 2400,
      height: 1600,
      takenAt: "2026:03:02 11:00:00",
      seed: 502,
    });
    const response = await uploadPhoto(photographer.client, projectId, bytes, {
      prefer: "respond-async",
      fileName: "IMG_0502.JPG",
    });
    expect(response.status).toBe(202);
    expect(response.headers.get("preference-applied")).toBe("respond-async");
    expect(response.headers.get("location")).toBe(`/v1/photos/${response.body.id}`);
    expect(response.body).toMatchObject({
      status: "processing",
      processingError: null,
      fileName: "IMG_0502.JPG",
      sizeBytes: bytes.byteLength,
    });

    const done = await processedPhoto(photographer.client, response.body.id);
    expect(done.body).toMatchObject({
      id: response.body.id,
      status: "ready",
      width: 2400,
      height: 1600,
      takenAt: "2026-03-02T11:00:00.000Z",
    });
    const thumb = await fetchFile(
      photographer.client,
      `/v1/photos/${response.body.id}/file?size=thumb`,
    );
    expect(thumb.status).toBe(200);
  });

  it("reads a card in the background and tags the photos after it once they are ready", async () => {
    const member = await studioClient.post(`/v1/projects/${projectId}/members`, { name: "Mia" });
    const code = member.body.accessCode as string;
    const card = await uploadPhoto(
      photographer.client,
      projectId,
      await makeCardPhoto(code, { takenAt: "2026:03:03 09:00:00", seed: 503 }),
      { prefer: "respond-async" },
    );
    const portrait = await uploadPhoto(
      photographer.client,
      projectId,
      await makePhoto({ takenAt: "2026:03:03 09:00:30", seed: 504 }),
      { prefer: "respond-async" },
    );
    expect([card.status, portrait.status]).toEqual([202, 202]);
    expect((await processedPhoto(photographer.client, card.body.id)).body).toMatchObject({
      kind: "card",
      cardMemberId: member.body.id,
    });
    const tagged = await processedPhoto(photographer.client, portrait.body.id);
    expect(tagged.body.tags).toEqual([{ memberId: member.body.id, name: "Mia", source: "card" }]);
  });

  it("ends a file that passes the upload's checks but cannot be decoded as failed, with its reason", async () => {
    const whole = await makePhoto({ seed: 505, width: 1600, height: 1200 });
    const damaged = whole.subarray(0, whole.byteLength / 3);
    const accepted = await uploadPhoto(photographer.client, projectId, damaged, {
      prefer: "respond-async",
    });
    expect(accepted.status).toBe(202);
    const failed = await processedPhoto(photographer.client, accepted.body.id);
    expect(failed.body.status).toBe("failed");
    expect(failed.body.processingError).toMatch(/cannot be (decoded|read)/);
    const listed = await photographer.client.get(`/v1/projects/${projectId}/photos?status=failed`);
    expect(listed.body.items.map((photo: { id: string }) => photo.id)).toContain(accepted.body.id);
    const preview = await fetchFile(
      photographer.client,
      `/v1/photos/${accepted.body.id}/file?size=preview`,
    );
    expect(preview.status).toBe(409);

    // Waiting for it instead: the reason as a 400 on the file, as before processing moved out.
    const waited = await uploadPhoto(photographer.client, projectId, damaged);
    expect(waited.status).toBe(400);
    expect(waited.body.errors.file).toEqual([failed.body.processingError]);
  });
});

describe("the members' gallery images", () => {
  it("are stored files with strong ETags, made again with the studio's new name after a rename", async () => {
    const app = sharedApp();
    const api = new ApiClient(app.url);
    const studio = await signUpOperator(api, "Old Name Studio");
    const project = await createProject(studio.client, { name: "Renamed", timezone: "UTC" });
    const ola = await addPhotographer(api, studio.client, "Ola");
    await studio.client.post(`/v1/projects/${project.id}/photographers`, {
      photographerId: ola.id,
    });
    const member = await studio.client.post(`/v1/projects/${project.id}/members`, {
      name: "Nina",
    });
    const card = await uploadPhoto(
      ola.client,
      project.id,
      await makeCardPhoto(member.body.accessCode, { takenAt: "2026:04:01 09:00:00", seed: 511 }),
    );
    expect(card.body.kind).toBe("card");
    const photo = await uploadPhoto(
      ola.client,
      project.id,
      await makePhoto({ takenAt: "2026:04:01 09:00:20", seed: 512 }),
    );
    expect(photo.body.tags).toHaveLength(1);
    const id = photo.body.id as string;
    const plain = (await fetchFile(ola.client, `/v1/photos/${id}/file?size=preview`)).bytes;
    const gallery = await openGallery(app.url, member.body.accessCode, "10.30.0.1");

    const before = await gallery(`/api/gallery/photos/${id}?size=preview`);
    expect(before.status).toBe(200);
    expect(before.bytes.equals(await watermarkJpeg(plain, "Old Name Studio"))).toBe(true);
    const etag = before.headers.get("etag")!;
    expect(etag).toBe(
      `"${photo.body.sha256.slice(0, 32)}-preview-${watermarkVersion("Old Name Studio")}"`,
    );
    const cached = await gallery(`/api/gallery/photos/${id}?size=preview`, {
      "if-none-match": etag,
    });
    expect(cached.status).toBe(304);
    expect(cached.bytes.byteLength).toBe(0);

    const renamed = await studio.client.patch("/v1/operators/me", { name: "New Name Studio" });
    expect(renamed.status).toBe(200);
    const after = await eventually(
      () => gallery(`/api/gallery/photos/${id}?size=preview`, { "if-none-match": etag }),
      (response) => response.status !== 304,
    );
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).toBe(
      `"${photo.body.sha256.slice(0, 32)}-preview-${watermarkVersion("New Name Studio")}"`,
    );
    expect(after.bytes.equals(await watermarkJpeg(plain, "New Name Studio"))).toBe(true);
    const thumb = await gallery(`/api/gallery/photos/${id}?size=thumb`);
    expect(thumb.headers.get("etag")).toContain(watermarkVersion("New Name Studio"));

    // The old images are removed once the new ones are in place.
    const folder = photoFolderKey({ operatorId: studio.id, projectId: project.id, id });
    const keys = await eventually(
      async () => {
        const found: string[] = [];
        for await (const object of app.storage.list(folder)) found.push(object.key);
        return found.map((key) => key.slice(folder.length)).sort();
      },
      (names) => !names.some((name) => name.includes(watermarkVersion("Old Name Studio"))),
    );
    const version = watermarkVersion("New Name Studio");
    expect(keys).toEqual([
      `gallery-preview.${version}`,
      `gallery-thumb.${version}`,
      "original",
      "preview",
      "thumb",
    ]);
  }, 120_000);
});

// WORKERS=0 is PostgreSQL only: the embedded database refuses it (its app must run the jobs).
describe.runIf(postgresServerUrl())("an upload while no process runs photo work", () => {
  let app: RunningApp;
  afterAll(() => app?.stop());

  it("is processing with its files answered 409 Retry-After, then ready once workers run", async () => {
    // WORKERS=0: this app runs no photo work, so the photo stays processing until one does.
    app = await startApp({ instances: 1, env: { WORKERS: "0" } });
    const api = new ApiClient(app.url);
    const studio = await signUpOperator(api, "Idle Studio");
    const project = await createProject(studio.client, { name: "Later" });
    const kim = await addPhotographer(api, studio.client, "Kim");
    await studio.client.post(`/v1/projects/${project.id}/photographers`, {
      photographerId: kim.id,
    });
    const bytes = await makePhoto({ seed: 506 });
    const accepted = await uploadPhoto(kim.client, project.id, bytes, { prefer: "respond-async" });
    expect(accepted.status).toBe(202);
    const id = accepted.body.id as string;

    for (const size of ["thumb", "preview"]) {
      const early = await fetchFile(kim.client, `/v1/photos/${id}/file?size=${size}`);
      expect(early.status, size).toBe(409);
      expect(Number(early.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    // Tagged by hand already: the member's gallery image is not made yet either.
    const member = await studio.client.post(`/v1/projects/${project.id}/members`, { name: "Ida" });
    expect(
      (await studio.client.put(`/v1/photos/${id}/tags`, { memberIds: [member.body.id] })).status,
    ).toBe(200);
    const gallery = await openGallery(app.url, member.body.accessCode, "10.30.0.2");
    const notYet = await gallery(`/api/gallery/photos/${id}?size=thumb`);
    expect(notYet.status).toBe(409);
    expect(Number(notYet.headers.get("retry-after"))).toBeGreaterThan(0);

    const original = await fetchFile(kim.client, `/v1/photos/${id}/file?size=original`);
    expect(original.status).toBe(200);
    expect(original.bytes.equals(bytes)).toBe(true);
    expect((await kim.client.get(`/v1/photos/${id}`)).body.status).toBe("processing");

    app = await app.restart({ WORKERS: "1" });
    const restarted = new ApiClient(app.url, kim.client.token);
    expect((await processedPhoto(restarted, id)).body.status).toBe("ready");
    const thumb = await fetchFile(restarted, `/v1/photos/${id}/file?size=thumb`);
    expect(thumb.status).toBe(200);
    const etag = thumb.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}-thumb"$/);
    const again = await fetchFile(restarted, `/v1/photos/${id}/file?size=thumb`, {
      "if-none-match": etag,
    });
    expect(again.status).toBe(304);
    const galleryAfter = await openGallery(app.url, member.body.accessCode, "10.30.0.3");
    expect((await galleryAfter(`/api/gallery/photos/${id}?size=thumb`)).status).toBe(200);
  }, 180_000);
});
