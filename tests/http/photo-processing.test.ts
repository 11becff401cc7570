import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

/**
 * Uploads are stored at once and processed afterwards. The REST contract: 201
 * with the processed photo when processing ends within the bounded wait; 202
 * at once with `Prefer: respond-async`; `GET /v1/photos/:id` tells the status;
 * a file that passes the upload's checks but cannot be decoded ends `failed`
 * with its reason; a derived file not made yet is 409 with Retry-After.
 */

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

describe("an upload while no process runs photo work", () => {
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
  }, 180_000);
});
