import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client";
import { addPhotographer, createProject, type Studio, withTwoStudios } from "../support/backoffice";
import { makeCardPhoto, makePhoto } from "../support/images";
import { uploadPhoto } from "../support/photos";

/**
 * A photographer reads members' names and groups, never their e-mails or
 * access codes, and the search must not answer questions about what the list
 * hides: a code's first characters would otherwise find its member, and the
 * whole code would fall out a character at a time. They do read, per member,
 * whether a card photo exists and how many photos are tagged, to see who is
 * still missing.
 */

let studio: Studio;
let photographer: { id: string; client: ApiClient };
let projectId: string;
let ann: { id: string; accessCode: string; email: string };

beforeAll(async () => {
  const started = await withTwoStudios();
  studio = started.studio;
  projectId = (await createProject(studio.client, { name: "Search" })).id;
  photographer = await addPhotographer(started.api, studio.client);
  const assigned = await studio.client.post(`/v1/projects/${projectId}/photographers`, {
    photographerId: photographer.id,
  });
  expect(assigned.status).toBe(204);
  const created = await studio.client.post(`/v1/projects/${projectId}/members`, {
    name: "Ann Lee",
    email: "parent.of.ann@example.com",
    externalId: "S-4711",
    group: "Swallows",
  });
  expect(created.status).toBe(201);
  ann = created.body;
  await studio.client.post(`/v1/projects/${projectId}/members`, { name: "Ben", group: "Robins" });
});

const search = (client: ApiClient, text: string) =>
  client.get(`/v1/projects/${projectId}/members?search=${encodeURIComponent(text)}`);

describe("GET /v1/projects/:projectId/members?search= as a photographer", () => {
  it("matches no access code and no e-mail, so neither can be guessed through it", async () => {
    const prefix = ann.accessCode.slice(0, 6);
    const typed = `${ann.accessCode.slice(0, 5)}-${ann.accessCode.slice(5)}`.toLowerCase();
    for (const text of [prefix, ann.accessCode, typed, "parent.of", "example.com", "S-4711"]) {
      const response = await search(photographer.client, text);
      expect(response.status, text).toBe(200);
      expect({ text, total: response.body.total }).toEqual({ text, total: 0 });
      expect(response.body.items, text).toEqual([]);
    }
  });

  it("finds members by name and by group", async () => {
    const byName = await search(photographer.client, "ann l");
    expect(byName.body.items.map((m: any) => m.id)).toEqual([ann.id]);
    expect(byName.body.items[0]).toMatchObject({ email: null, accessCode: null });
    const byGroup = await search(photographer.client, "swallow");
    expect(byGroup.body.items.map((m: any) => m.id)).toEqual([ann.id]);
  });

  it("keeps the operator's search by code, e-mail and external id, and adds groups", async () => {
    for (const text of [ann.accessCode.slice(0, 6), "parent.of", "S-4711", "Swallows"]) {
      const response = await search(studio.client, text);
      expect(
        response.body.items.map((m: any) => m.id),
        text,
      ).toEqual([ann.id]);
    }
  });
});

describe("GET /v1/projects/:projectId/members as a photographer: who is still missing", () => {
  it("shows per member whether their card was photographed and how many photos they are in", async () => {
    const projectId = (await createProject(studio.client, { name: "Who is missing" })).id;
    const assigned = await studio.client.post(`/v1/projects/${projectId}/photographers`, {
      photographerId: photographer.id,
    });
    expect(assigned.status).toBe(204);
    const enrol = async (name: string) => {
      const response = await studio.client.post(`/v1/projects/${projectId}/members`, { name });
      expect(response.status).toBe(201);
      return response.body as { id: string; accessCode: string };
    };
    const cleo = await enrol("Cleo");
    const dan = await enrol("Dan");

    const before = await photographer.client.get(`/v1/projects/${projectId}/members`);
    expect(before.status).toBe(200);
    expect(before.body.items.map((m: any) => [m.name, m.hasCard, m.photoCount])).toEqual([
      ["Cleo", false, 0],
      ["Dan", false, 0],
    ]);

    const frames = [
      await makeCardPhoto(cleo.accessCode, {
        takenAt: "2026:05:04 10:00:00",
        width: 1200,
        height: 800,
        cardFraction: 0.2,
      }),
      await makePhoto({ takenAt: "2026:05:04 10:00:30", seed: 71, width: 600, height: 400 }),
      await makePhoto({ takenAt: "2026:05:04 10:01:00", seed: 72, width: 600, height: 400 }),
    ];
    for (const [index, bytes] of frames.entries()) {
      const uploaded = await uploadPhoto(photographer.client, projectId, bytes, {
        fileName: `IMG_${index}.jpg`,
      });
      expect(uploaded.status, uploaded.text).toBe(201);
    }

    const after = await photographer.client.get(`/v1/projects/${projectId}/members`);
    expect(after.body.items.map((m: any) => [m.name, m.hasCard, m.photoCount])).toEqual([
      ["Cleo", true, 2],
      ["Dan", false, 0],
    ]);
    const one = await photographer.client.get(`/v1/members/${cleo.id}`);
    expect(one.body).toMatchObject({ hasCard: true, photoCount: 2, accessCode: null });
    const byStudio = await studio.client.get(`/v1/members/${dan.id}`);
    expect(byStudio.body).toMatchObject({ hasCard: false, photoCount: 0 });
  });
});
