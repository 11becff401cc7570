import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client";
import {
  addPhotographer,
  createProject,
  PASSWORD,
  withTwoStudios,
  type Studio,
} from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";

let api: ApiClient;
let studio: Studio;
let rival: Studio;

beforeAll(async () => {
  ({ api, studio, rival } = await withTwoStudios());
});

describe("GET /v1/photographers", () => {
  it("lists the operator's photographers with their project counts, nobody else's", async () => {
    const ada = await addPhotographer(api, studio.client, "Ada");
    await addPhotographer(api, rival.client, "Rival's photographer");
    const project = await createProject(studio.client);
    await studio.client.post(`/v1/projects/${project.id}/photographers`, {
      photographerId: ada.id,
    });

    const response = await studio.client.get("/v1/photographers");
    expect(response.status).toBe(200);
    expect(response.body.map((p: { name: string }) => p.name)).not.toContain(
      "Rival's photographer",
    );
    expect(response.body.find((p: { id: string }) => p.id === ada.id)).toEqual({
      id: ada.id,
      name: "Ada",
      email: ada.email,
      projectCount: 1,
      createdAt: expect.any(String),
    });
  });
});

describe("PATCH /v1/photographers/:id", () => {
  it("updates the name and the e-mail, which is then the login", async () => {
    const photographer = await addPhotographer(api, studio.client, "Old Name");
    const email = uniqueEmail("renamed");
    const response = await studio.client.patch(`/v1/photographers/${photographer.id}`, {
      name: "New Name",
      email: email.toUpperCase(),
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: photographer.id, name: "New Name", email });

    expect((await api.post("/v1/auth/login", { email, password: PASSWORD })).status).toBe(200);
    expect(
      (await api.post("/v1/auth/login", { email: photographer.email, password: PASSWORD })).status,
    ).toBe(401);
  });

  it("refuses an e-mail used by any other login (409)", async () => {
    const photographer = await addPhotographer(api, studio.client);
    const response = await studio.client.patch(`/v1/photographers/${photographer.id}`, {
      email: rival.email,
    });
    expect(response.status).toBe(409);
  });

  it("keeps the e-mail it already has without a conflict", async () => {
    const photographer = await addPhotographer(api, studio.client);
    const response = await studio.client.patch(`/v1/photographers/${photographer.id}`, {
      email: photographer.email,
    });
    expect(response.status).toBe(200);
  });

  it("refuses a password, an operatorId or an id in the body", async () => {
    const photographer = await addPhotographer(api, studio.client);
    for (const body of [{ password: "new password" }, { operatorId: rival.id }, { id: rival.id }]) {
      const response = await studio.client.patch(`/v1/photographers/${photographer.id}`, body);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual({ [Object.keys(body)[0]!]: ["Unknown field"] });
    }
  });

  it("answers 404 for another operator's photographer", async () => {
    const theirs = await addPhotographer(api, rival.client);
    expect(
      (await studio.client.patch(`/v1/photographers/${theirs.id}`, { name: "Mine" })).status,
    ).toBe(404);
  });
});

describe("DELETE /v1/photographers/:id", () => {
  it("is refused while the photographer is assigned, naming the projects (409)", async () => {
    const photographer = await addPhotographer(api, studio.client);
    const gala = await createProject(studio.client, { name: "Gala" });
    const school = await createProject(studio.client, { name: "School" });
    for (const project of [gala, school]) {
      await studio.client.post(`/v1/projects/${project.id}/photographers`, {
        photographerId: photographer.id,
      });
    }

    const response = await studio.client.delete(`/v1/photographers/${photographer.id}`);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe("CONFLICT");
    expect(response.body.message).toMatch(/still assigned to 2 projects: Gala, School/);
    expect((await photographer.client.get("/v1/photographers/me/projects")).status).toBe(200);
  });

  it("deletes (204): the token dies, the e-mail is free, the list forgets them", async () => {
    const photographer = await addPhotographer(api, studio.client);
    const response = await studio.client.delete(`/v1/photographers/${photographer.id}`);
    expect(response.status).toBe(204);

    expect((await photographer.client.get("/v1/photographers/me/projects")).status).toBe(401);
    expect(
      (await api.post("/v1/auth/login", { email: photographer.email, password: PASSWORD })).status,
    ).toBe(401);
    const list = await studio.client.get("/v1/photographers");
    expect(list.body.map((p: { id: string }) => p.id)).not.toContain(photographer.id);
    expect((await studio.client.delete(`/v1/photographers/${photographer.id}`)).status).toBe(404);

    const reused = await studio.client.post("/v1/auth/register-photographer", {
      name: "Successor",
      email: photographer.email,
      password: PASSWORD,
    });
    expect(reused.status).toBe(201);
  });

  it("answers 404 for another operator's photographer", async () => {
    const theirs = await addPhotographer(api, rival.client);
    expect((await studio.client.delete(`/v1/photographers/${theirs.id}`)).status).toBe(404);
    expect((await theirs.client.get("/v1/photographers/me/projects")).status).toBe(200);
  });
});

describe("GET /v1/photographers/me/projects[/:id]", () => {
  it("lists only the photographer's assigned projects, soonest first", async () => {
    const photographer = await addPhotographer(api, studio.client);
    const later = await createProject(studio.client, {
      name: "Later",
      startAt: "2031-01-01T00:00:00Z",
    });
    const sooner = await createProject(studio.client, {
      name: "Sooner",
      startAt: "2030-01-01T00:00:00Z",
    });
    const undated = await createProject(studio.client, { name: "Undated" });
    await createProject(studio.client, { name: "Not mine" });
    for (const project of [later, sooner, undated]) {
      await studio.client.post(`/v1/projects/${project.id}/photographers`, {
        photographerId: photographer.id,
      });
    }

    const response = await photographer.client.get("/v1/photographers/me/projects");
    expect(response.status).toBe(200);
    expect(response.body.map((p: { name: string }) => p.name)).toEqual([
      "Sooner",
      "Later",
      "Undated",
    ]);

    const one = await photographer.client.get(`/v1/photographers/me/projects/${sooner.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      id: sooner.id,
      name: "Sooner",
      photographers: [{ id: photographer.id }],
    });
  });

  it("answers 404 for a project the photographer is not assigned to", async () => {
    const photographer = await addPhotographer(api, studio.client);
    const other = await createProject(studio.client);
    expect(
      (await photographer.client.get(`/v1/photographers/me/projects/${other.id}`)).status,
    ).toBe(404);
  });

  it("is for photographers only (403 for an operator)", async () => {
    expect((await studio.client.get("/v1/photographers/me/projects")).status).toBe(403);
  });
});
