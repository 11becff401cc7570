import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client";
import { addPhotographer, createProject, type Studio, withTwoStudios } from "../support/backoffice";
import { makePhoto } from "../support/images";
import { fetchFile, uploadPhoto } from "../support/photos";

/**
 * A photographer removed from a project loses its photos with it, their own
 * uploads included: they can no longer see, download, delete or add any. The
 * photos stay the studio's, and come back to them if they are assigned again.
 */

let studio: Studio;
let photographer: { id: string; client: ApiClient };

beforeAll(async () => {
  const started = await withTwoStudios();
  studio = started.studio;
  photographer = await addPhotographer(started.api, studio.client, "Freelancer");
});

async function assign(projectId: string) {
  const response = await studio.client.post(`/v1/projects/${projectId}/photographers`, {
    photographerId: photographer.id,
  });
  expect(response.status).toBe(204);
}

async function upload(projectId: string, seed: number) {
  const response = await uploadPhoto(photographer.client, projectId, await makePhoto({ seed }));
  expect(response.status, response.text).toBe(201);
  return response.body.id as string;
}

describe("a photographer removed from a project", () => {
  it("can no longer read, download, delete or upload photos there, their own included", async () => {
    const project = await createProject(studio.client, { name: "School A" });
    const stillTheirs = await createProject(studio.client, { name: "School B" });
    await assign(project.id);
    await assign(stillTheirs.id);
    const photoId = await upload(project.id, 901);
    const otherPhotoId = await upload(stillTheirs.id, 902);
    const me = photographer.client;
    expect((await me.get(`/v1/photos/${photoId}`)).status).toBe(200);

    const removed = await studio.client.delete(
      `/v1/projects/${project.id}/photographers/${photographer.id}`,
    );
    expect(removed.status).toBe(204);

    expect((await me.get(`/v1/photos/${photoId}`)).status).toBe(404);
    expect((await fetchFile(me, `/v1/photos/${photoId}/file?size=thumb`)).status).toBe(404);
    expect((await fetchFile(me, `/v1/photos/${photoId}/file`)).status).toBe(404);
    expect((await me.get(`/v1/projects/${project.id}/photos`)).status).toBe(404);
    expect((await me.delete(`/v1/photos/${photoId}`)).status).toBe(404);
    const another = await uploadPhoto(me, project.id, await makePhoto({ seed: 903 }));
    expect(another.status).toBe(404);

    // The studio keeps the photo and its files; nothing else changed.
    const kept = await studio.client.get(`/v1/photos/${photoId}`);
    expect(kept.status).toBe(200);
    expect(kept.body.photographerId).toBe(photographer.id);
    expect((await fetchFile(studio.client, `/v1/photos/${photoId}/file?size=thumb`)).status).toBe(
      200,
    );
    expect((await studio.client.get(`/v1/projects/${project.id}/photos`)).body.total).toBe(1);
    // The project they still work on is untouched.
    expect((await me.get(`/v1/photos/${otherPhotoId}`)).status).toBe(200);
    expect((await fetchFile(me, `/v1/photos/${otherPhotoId}/file?size=thumb`)).status).toBe(200);
  });

  it("sees their photos there again once assigned again", async () => {
    const project = await createProject(studio.client, { name: "School C" });
    await assign(project.id);
    const photoId = await upload(project.id, 904);
    await studio.client.delete(`/v1/projects/${project.id}/photographers/${photographer.id}`);
    expect((await photographer.client.get(`/v1/photos/${photoId}`)).status).toBe(404);

    await assign(project.id);
    expect((await photographer.client.get(`/v1/photos/${photoId}`)).status).toBe(200);
    const list = await photographer.client.get(`/v1/projects/${project.id}/photos`);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([photoId]);
  });
});
