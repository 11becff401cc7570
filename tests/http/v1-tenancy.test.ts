import { beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type SharedApp, sharedApp } from "../support/shared-app";
import {
  addPhotographer,
  createPackage,
  createProject,
  signUpOperator,
} from "../support/backoffice";

/**
 * Two studios side by side: every /v1 route that takes an id answers 404 for
 * the other studio's ids, and changes nothing of theirs.
 */
describe("tenant isolation on every route with an id", () => {
  let app: SharedApp;
  let api: ApiClient;
  let mine: Awaited<ReturnType<typeof signUpOperator>>;
  let theirs: Awaited<ReturnType<typeof signUpOperator>>;
  let their: { project: { id: string }; photographer: { id: string }; pkg: { id: string } };
  let my: {
    project: { id: string };
    photographer: Awaited<ReturnType<typeof addPhotographer>>;
    pkg: { id: string };
  };

  beforeAll(async () => {
    app = sharedApp();
    api = new ApiClient(app.url);
    mine = await signUpOperator(api, "Mine");
    theirs = await signUpOperator(api, "Theirs");
    their = {
      project: await createProject(theirs.client, { name: "Their project" }),
      photographer: await addPhotographer(api, theirs.client, "Their photographer"),
      pkg: await createPackage(theirs.client, { name: "Their package" }),
    };
    await theirs.client.post(`/v1/projects/${their.project.id}/photographers`, {
      photographerId: their.photographer.id,
    });
    await theirs.client.post(`/v1/projects/${their.project.id}/packages`, {
      packageId: their.pkg.id,
    });
    my = {
      project: await createProject(mine.client, { name: "My project" }),
      photographer: await addPhotographer(api, mine.client, "My photographer"),
      pkg: await createPackage(mine.client, { name: "My package" }),
    };
    await mine.client.post(`/v1/projects/${my.project.id}/photographers`, {
      photographerId: my.photographer.id,
    });
  });

  it("answers 404 to an operator for each of the other studio's ids", async () => {
    const attempts = [
      mine.client.get(`/v1/projects/${their.project.id}`),
      mine.client.patch(`/v1/projects/${their.project.id}`, { name: "x" }),
      mine.client.post(`/v1/projects/${their.project.id}/photographers`, {
        photographerId: my.photographer.id,
      }),
      mine.client.post(`/v1/projects/${my.project.id}/photographers`, {
        photographerId: their.photographer.id,
      }),
      mine.client.delete(`/v1/projects/${their.project.id}/photographers/${their.photographer.id}`),
      mine.client.post(`/v1/projects/${their.project.id}/packages`, { packageId: my.pkg.id }),
      mine.client.post(`/v1/projects/${my.project.id}/packages`, { packageId: their.pkg.id }),
      mine.client.delete(`/v1/projects/${their.project.id}/packages/${their.pkg.id}`),
      mine.client.patch(`/v1/photographers/${their.photographer.id}`, { name: "x" }),
      mine.client.delete(`/v1/photographers/${their.photographer.id}`),
      mine.client.patch(`/v1/packages/${their.pkg.id}`, { price: 1 }),
      mine.client.delete(`/v1/packages/${their.pkg.id}`),
      mine.client.get(`/v1/analytics?projectId=${their.project.id}`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status, response.text).toBe(404);
    }
  });

  it("answers 404 to a photographer for the other studio's project", async () => {
    expect((await my.photographer.client.get(`/v1/projects/${their.project.id}`)).status).toBe(404);
    expect(
      (await my.photographer.client.get(`/v1/photographers/me/projects/${their.project.id}`))
        .status,
    ).toBe(404);
  });

  it("left everything of the other studio as it was", async () => {
    const project = await theirs.client.get(`/v1/projects/${their.project.id}`);
    expect(project.body).toMatchObject({
      name: "Their project",
      photographers: [{ id: their.photographer.id, name: "Their photographer" }],
      packages: [{ id: their.pkg.id, name: "Their package", price: 1000 }],
    });
    const lists = await Promise.all([
      theirs.client.get("/v1/projects"),
      theirs.client.get("/v1/photographers"),
      theirs.client.get("/v1/packages"),
    ]);
    expect(lists.map((list) => list.body.length)).toEqual([1, 1, 1]);
    const mineLists = await Promise.all([
      mine.client.get("/v1/projects"),
      mine.client.get("/v1/photographers"),
      mine.client.get("/v1/packages"),
    ]);
    expect(mineLists.map((list) => list.body.map((item: { name: string }) => item.name))).toEqual([
      ["My project"],
      ["My photographer"],
      ["My package"],
    ]);
  });
});
