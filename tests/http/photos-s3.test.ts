import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { photoObjectKey, storageFromUrl } from "@/server/storage";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { addPhotographer, createProject, signUpOperator } from "../support/backoffice";
import { makePhoto } from "../support/images";
import { fetchFile, uploadPhoto } from "../support/photos";
import { type LocalS3, S3_TEST_CREDENTIALS, startLocalS3 } from "../support/s3";

/** The app with STORAGE_URL naming a bucket on a real S3-compatible server. */

let s3: LocalS3;
let app: RunningApp;
let api: ApiClient;

beforeAll(async () => {
  s3 = await startLocalS3();
  app = await startApp({ env: { STORAGE_URL: s3.url, ...S3_TEST_CREDENTIALS } });
  api = new ApiClient(app.url);
});
afterAll(async () => {
  await app?.stop();
  await s3?.stop();
});

describe("photos in an S3-compatible bucket", () => {
  it("stores the original and derived files in the bucket, serves them, and removes them", async () => {
    const studio = await signUpOperator(api);
    const projectId = (await createProject(studio.client)).id;
    const ada = await addPhotographer(api, studio.client, "Ada");
    await studio.client.post(`/v1/projects/${projectId}/photographers`, { photographerId: ada.id });

    const original = await makePhoto({ width: 2400, height: 1600, seed: 5 });
    const uploaded = await uploadPhoto(ada.client, projectId, original);
    expect(uploaded.status).toBe(201);
    const photo = { operatorId: studio.id, projectId, id: uploaded.body.id as string };

    const bucket = storageFromUrl(s3.url, "/nonexistent");
    /** Whether the object is there; its body is let go, so no connection is left half read. */
    const stored = async (variant: "original" | "preview" | "thumb") => {
      const object = await bucket.open(photoObjectKey(photo, variant));
      await object?.body.cancel();
      return object !== null;
    };
    for (const variant of ["original", "preview", "thumb"] as const) {
      expect(await stored(variant), variant).toBe(true);
    }
    const served = await fetchFile(ada.client, `/v1/photos/${photo.id}/file?size=original`);
    expect(served.bytes.equals(original)).toBe(true);
    const thumb = await fetchFile(ada.client, `/v1/photos/${photo.id}/file?size=thumb`);
    expect(thumb.status).toBe(200);

    expect((await studio.client.delete(`/v1/photos/${photo.id}`)).status).toBe(204);
    for (const variant of ["original", "preview", "thumb"] as const) {
      expect(await stored(variant), variant).toBe(false);
    }
  });

  it("answers 503 and files nothing while the bucket is unreachable", async () => {
    const studio = await signUpOperator(api);
    const projectId = (await createProject(studio.client)).id;
    const ada = await addPhotographer(api, studio.client, "Ada");
    await studio.client.post(`/v1/projects/${projectId}/photographers`, { photographerId: ada.id });
    await s3.stop();
    const response = await uploadPhoto(ada.client, projectId, await makePhoto({ seed: 6 }));
    expect(response.status).toBe(503);
    expect(response.body.message).toMatch(/storage/);
    const list = await ada.client.get(`/v1/projects/${projectId}/photos`);
    expect(list.body.total).toBe(0);
  });
});
