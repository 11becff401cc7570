import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client";
import {
  addPhotographer,
  createPackage,
  createProject,
  withTwoStudios,
  type Studio,
} from "../support/backoffice";

let api: ApiClient;
let studio: Studio;
let rival: Studio;

beforeAll(async () => {
  ({ api, studio, rival } = await withTwoStudios());
});

const UNKNOWN_ID = "3f2b8c1e-5d4a-4b6c-9e8f-7a6b5c4d3e2f";

describe("POST /v1/projects", () => {
  it("creates a project: 201 with every field and empty photographers and packages", async () => {
    const response = await studio.client.post("/v1/projects", {
      name: "Spring School",
      locationName: "Main Hall",
      startAt: "2026-05-04T08:00:00+02:00",
      endAt: "2026-05-04T16:00:00Z",
      projectLink: "https://example.com/spring",
      termsAndConditions: "No refunds.",
      timezone: "Europe/Berlin",
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: "Spring School",
      locationName: "Main Hall",
      startAt: "2026-05-04T06:00:00.000Z",
      endAt: "2026-05-04T16:00:00.000Z",
      projectLink: "https://example.com/spring",
      termsAndConditions: "No refunds.",
      timezone: "Europe/Berlin",
      reminderDaysBeforeClose: [7, 1],
      ordersCloseAt: null,
      earlyBirdPercentOff: null,
      earlyBirdUntil: null,
      // No deadline: 90 days after the shoot's end; members a year after it.
      deletePhotosAfter: "2026-08-02T16:00:00.000Z",
      anonymiseMembersAfter: "2027-05-04T16:00:00.000Z",
      photosDeletedAt: null,
      membersAnonymisedAt: null,
      photoConsentDefault: true,
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.stringMatching(/Z$/),
      photographers: [],
      packages: [],
    });
  });

  it("needs only a name; the time zone defaults to the operator's", async () => {
    await studio.client.patch("/v1/operators/me", { timezone: "America/New_York" });
    const response = await studio.client.post("/v1/projects", { name: "Minimal" });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: "Minimal",
      locationName: null,
      startAt: null,
      timezone: "America/New_York",
    });
  });

  it("names each invalid field (400)", async () => {
    const response = await studio.client.post("/v1/projects", {
      name: "",
      startAt: "tomorrow",
      endAt: "2026-05-04",
      projectLink: "javascript:alert(1)",
      timezone: "Nowhere/Town",
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors).sort()).toEqual([
      "endAt",
      "name",
      "projectLink",
      "startAt",
      "timezone",
    ]);
  });

  it("refuses an end before the start", async () => {
    const response = await studio.client.post("/v1/projects", {
      name: "Backwards",
      startAt: "2026-05-04T10:00:00Z",
      endAt: "2026-05-04T09:00:00Z",
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ endAt: ["must not be before startAt"] });
  });

  it("refuses an operatorId in the body", async () => {
    const response = await studio.client.post("/v1/projects", {
      name: "Sneaky",
      operatorId: rival.id,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ operatorId: ["Unknown field"] });
  });
});

describe("GET /v1/projects", () => {
  it("lists the operator's own project summaries only", async () => {
    const mine = await createProject(studio.client, {
      name: "Listed",
      startAt: "2030-01-01T00:00:00Z",
    });
    await createProject(rival.client, { name: "Rival's" });
    const response = await studio.client.get("/v1/projects");
    expect(response.status).toBe(200);
    const names = response.body.map((p: { name: string }) => p.name);
    expect(names).toContain("Listed");
    expect(names).not.toContain("Rival's");
    expect(response.body.find((p: { id: string }) => p.id === mine.id)).toEqual({
      id: mine.id,
      name: "Listed",
      locationName: null,
      startAt: "2030-01-01T00:00:00.000Z",
      endAt: null,
      timezone: expect.any(String),
      photographerCount: 0,
      packageCount: 0,
      createdAt: expect.any(String),
    });
  });
});

describe("GET and PATCH /v1/projects/:id", () => {
  it("returns the project with its photographers and packages", async () => {
    const project = await createProject(studio.client, { name: "Detailed" });
    const photographer = await addPhotographer(api, studio.client, "Ada");
    const pkg = await createPackage(studio.client, { name: "Basic", price: 1500, photoCount: 5 });
    await studio.client.post(`/v1/projects/${project.id}/photographers`, {
      photographerId: photographer.id,
    });
    await studio.client.post(`/v1/projects/${project.id}/packages`, { packageId: pkg.id });

    const response = await studio.client.get(`/v1/projects/${project.id}`);
    expect(response.status).toBe(200);
    expect(response.body.photographers).toEqual([
      { id: photographer.id, name: "Ada", email: photographer.email },
    ]);
    expect(response.body.packages).toEqual([
      { id: pkg.id, name: "Basic", price: 1500, photoCount: 5 },
    ]);
  });

  it("updates the time zone and any other field, partially", async () => {
    const project = await createProject(studio.client, {
      name: "Before",
      locationName: "Old Hall",
    });
    const response = await studio.client.patch(`/v1/projects/${project.id}`, {
      timezone: "Asia/Tokyo",
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      name: "Before",
      locationName: "Old Hall",
      timezone: "Asia/Tokyo",
    });

    const cleared = await studio.client.patch(`/v1/projects/${project.id}`, {
      name: "After",
      locationName: null,
    });
    expect(cleared.body).toMatchObject({
      name: "After",
      locationName: null,
      timezone: "Asia/Tokyo",
    });
  });

  it("keeps photos 90 days after ordering closes unless given its own dates, which must lie ahead", async () => {
    const project = await createProject(studio.client, {
      name: "Retained",
      startAt: "2030-05-04T08:00:00Z",
    });
    const closing = await studio.client.patch(`/v1/projects/${project.id}`, {
      ordersCloseAt: "2030-06-01T00:00:00Z",
    });
    expect(closing.body.deletePhotosAfter).toBe("2030-08-30T00:00:00.000Z");

    const own = await studio.client.patch(`/v1/projects/${project.id}`, {
      deletePhotosAfter: "2031-01-31T00:00:00Z",
      anonymiseMembersAfter: "2031-06-30T00:00:00Z",
    });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      deletePhotosAfter: "2031-01-31T00:00:00.000Z",
      anonymiseMembersAfter: "2031-06-30T00:00:00.000Z",
    });

    const past = await studio.client.patch(`/v1/projects/${project.id}`, {
      deletePhotosAfter: "2020-01-01T00:00:00Z",
    });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual({ deletePhotosAfter: ["must be in the future"] });

    const backToDefault = await studio.client.patch(`/v1/projects/${project.id}`, {
      deletePhotosAfter: null,
    });
    expect(backToDefault.body.deletePhotosAfter).toBe("2030-08-30T00:00:00.000Z");
  });

  it("checks a new end against the stored start", async () => {
    const project = await createProject(studio.client, {
      name: "Dated",
      startAt: "2026-06-01T10:00:00Z",
    });
    const response = await studio.client.patch(`/v1/projects/${project.id}`, {
      endAt: "2026-06-01T09:00:00Z",
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ endAt: ["must not be before startAt"] });
  });

  it("refuses id, operatorId and unknown fields in the body", async () => {
    const project = await createProject(studio.client);
    for (const field of ["id", "operatorId", "createdAt", "photographers"]) {
      const response = await studio.client.patch(`/v1/projects/${project.id}`, {
        [field]: UNKNOWN_ID,
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual({ [field]: ["Unknown field"] });
    }
  });

  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    const malformed = await studio.client.get("/v1/projects/not-a-uuid");
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual({ id: ["must be a UUID"] });
    expect((await studio.client.get(`/v1/projects/${UNKNOWN_ID}`)).status).toBe(404);
    expect((await studio.client.patch(`/v1/projects/${UNKNOWN_ID}`, { name: "x" })).status).toBe(
      404,
    );
  });

  it("hides another operator's project behind a 404, for reading and writing", async () => {
    const theirs = await createProject(rival.client, { name: "Theirs" });
    expect((await studio.client.get(`/v1/projects/${theirs.id}`)).status).toBe(404);
    expect(
      (await studio.client.patch(`/v1/projects/${theirs.id}`, { name: "Mine now" })).status,
    ).toBe(404);
    expect((await rival.client.get(`/v1/projects/${theirs.id}`)).body.name).toBe("Theirs");
  });
});

describe("assigning photographers", () => {
  it("assigns (204), is idempotent, and removes (204) then 404", async () => {
    const project = await createProject(studio.client);
    const photographer = await addPhotographer(api, studio.client);
    const path = `/v1/projects/${project.id}/photographers`;

    const first = await studio.client.post(path, { photographerId: photographer.id });
    expect(first.status).toBe(204);
    expect(first.text).toBe("");
    expect((await studio.client.post(path, { photographerId: photographer.id })).status).toBe(204);
    expect((await studio.client.get(`/v1/projects/${project.id}`)).body.photographers).toHaveLength(
      1,
    );

    expect((await studio.client.delete(`${path}/${photographer.id}`)).status).toBe(204);
    const again = await studio.client.delete(`${path}/${photographer.id}`);
    expect(again.status).toBe(404);
    expect(again.body.message).toBe("The photographer is not assigned to this project");
  });

  it("answers 404 for another operator's photographer or project, 400 without a photographerId", async () => {
    const mine = await createProject(studio.client);
    const theirProject = await createProject(rival.client);
    const theirPhotographer = await addPhotographer(api, rival.client);
    const myPhotographer = await addPhotographer(api, studio.client);

    const foreignPhotographer = await studio.client.post(`/v1/projects/${mine.id}/photographers`, {
      photographerId: theirPhotographer.id,
    });
    expect(foreignPhotographer.status).toBe(404);
    expect(foreignPhotographer.body.message).toBe("Photographer not found");

    const foreignProject = await studio.client.post(
      `/v1/projects/${theirProject.id}/photographers`,
      {
        photographerId: myPhotographer.id,
      },
    );
    expect(foreignProject.status).toBe(404);
    expect(foreignProject.body.message).toBe("Project not found");

    const missing = await studio.client.post(`/v1/projects/${mine.id}/photographers`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toHaveProperty("photographerId");
  });
});

describe("linking packages", () => {
  it("links (204), is idempotent, and unlinks (204) then 404", async () => {
    const project = await createProject(studio.client);
    const pkg = await createPackage(studio.client);
    const path = `/v1/projects/${project.id}/packages`;

    expect((await studio.client.post(path, { packageId: pkg.id })).status).toBe(204);
    expect((await studio.client.post(path, { packageId: pkg.id })).status).toBe(204);
    const summary = (await studio.client.get("/v1/projects")).body.find(
      (p: { id: string }) => p.id === project.id,
    );
    expect(summary.packageCount).toBe(1);

    expect((await studio.client.delete(`${path}/${pkg.id}`)).status).toBe(204);
    expect((await studio.client.delete(`${path}/${pkg.id}`)).status).toBe(404);
  });

  it("answers 404 for another operator's package", async () => {
    const project = await createProject(studio.client);
    const theirs = await createPackage(rival.client);
    const response = await studio.client.post(`/v1/projects/${project.id}/packages`, {
      packageId: theirs.id,
    });
    expect(response.status).toBe(404);
    expect(response.body.message).toBe("Package not found");
  });
});

describe("the photographer's view", () => {
  it("sees a project they are assigned to, and a 404 for any other", async () => {
    const assigned = await createProject(studio.client, { name: "Assigned" });
    const other = await createProject(studio.client, { name: "Other" });
    const photographer = await addPhotographer(api, studio.client);
    await studio.client.post(`/v1/projects/${assigned.id}/photographers`, {
      photographerId: photographer.id,
    });

    const seen = await photographer.client.get(`/v1/projects/${assigned.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.name).toBe("Assigned");
    expect((await photographer.client.get(`/v1/projects/${other.id}`)).status).toBe(404);
  });

  it("is refused the operator's routes (403)", async () => {
    const project = await createProject(studio.client);
    const photographer = await addPhotographer(api, studio.client);
    const attempts = [
      photographer.client.get("/v1/projects"),
      photographer.client.post("/v1/projects", { name: "Mine" }),
      photographer.client.patch(`/v1/projects/${project.id}`, { name: "x" }),
      photographer.client.post(`/v1/projects/${project.id}/photographers`, {
        photographerId: photographer.id,
      }),
      photographer.client.get("/v1/analytics"),
      photographer.client.get("/v1/operators/me"),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(403);
  });
});
