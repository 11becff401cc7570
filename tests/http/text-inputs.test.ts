import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../support/api-client";
import { addPhotographer, createProject, type Studio, withTwoStudios } from "../support/backoffice";
import { makePhoto } from "../support/images";
import { uploadPhoto } from "../support/photos";
import type { SharedApp } from "../support/shared-app";

/**
 * Text a database cannot hold (NUL), that is not Unicode (lone surrogates), or
 * that a single-line value cannot mean (control characters) is a 400 naming
 * the field, wherever it comes in: query strings, JSON bodies, CSV cells,
 * multipart fields and tRPC inputs. Before, a NUL in `?search=` reached
 * PostgreSQL and answered 500.
 */

let app: SharedApp;
let api: ApiClient;
let studio: Studio;
let projectId: string;
let photographerId: string;

beforeAll(async () => {
  ({ app, api, studio } = await withTwoStudios());
  projectId = (await createProject(studio.client)).id;
  const photographer = await addPhotographer(api, studio.client);
  photographerId = photographer.id;
  const assigned = await studio.client.post(`/v1/projects/${projectId}/photographers`, {
    photographerId,
  });
  expect(assigned.status).toBe(204);
  const member = await studio.client.post(`/v1/projects/${projectId}/members`, { name: "Ann" });
  expect(member.status).toBe(201);
});

const members = () => `/v1/projects/${projectId}/members`;

describe("query strings", () => {
  it.each(["%00", "a%00b", "a%01b", "%1B%5B31m"])(
    "?search=%s is a 400 naming search",
    async (raw) => {
      const response = await studio.client.get(`${members()}?search=${raw}`);
      expect(response.status, response.text).toBe(400);
      expect(response.body.errors).toHaveProperty("search");
      expect(response.body.errors.search.join(" ")).toMatch(/NUL|control/);
    },
  );

  it("?group= and the cards' ?group= refuse a NUL by name", async () => {
    const list = await studio.client.get(`${members()}?group=a%00b`);
    expect(list.status, list.text).toBe(400);
    expect(list.body.errors).toHaveProperty("group");
    const cards = await studio.client.get(`${members()}/cards.pdf?group=%00`);
    expect(cards.status, cards.text).toBe(400);
    expect(cards.body.errors).toHaveProperty("group");
  });

  it("a cursor carrying a NUL in its sort key is a 400 naming cursor", async () => {
    const forged = Buffer.from(
      JSON.stringify(["a\u0000b", "x", "00000000-0000-4000-8000-000000000000"]),
    ).toString("base64url");
    const response = await studio.client.get(`${members()}?cursor=${forged}`);
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toHaveProperty("cursor");
  });

  it("invalid UTF-8 in a query string is read as a replacement character, not an error", async () => {
    const response = await studio.client.get(`${members()}?search=%ED%A0%80`);
    expect(response.status, response.text).toBe(200);
    expect(response.body.total).toBe(0);
  });

  it("tabs, spaces and ordinary text still search", async () => {
    const response = await studio.client.get(`${members()}?search=%20ann%20`);
    expect(response.status, response.text).toBe(200);
    expect(response.body.items.map((m: { name: string }) => m.name)).toEqual(["Ann"]);
  });
});

describe("JSON bodies", () => {
  it("a control character in a name is a 400 naming name", async () => {
    const response = await studio.client.post(members(), { name: "Ann\u0007" });
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors.name.join(" ")).toMatch(/control/);
  });

  it("a lone surrogate sent as a \\ud800 escape is a 400 naming the field", async () => {
    const response = await studio.client.post(members(), undefined, {
      rawBody: '{"name":"Ann","group":"A\\ud800"}',
      headers: { "content-type": "application/json" },
    });
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toHaveProperty("group");
  });

  it("free text keeps tabs and line breaks but not NUL or other control characters", async () => {
    const kept = await studio.client.patch("/v1/operators/me", {
      address: "Main Street 1\n\tBackyard",
    });
    expect(kept.status, kept.text).toBe(200);
    expect(kept.body.address).toBe("Main Street 1\n\tBackyard");
    for (const address of ["Main Street\u0000 1", "Main Street\u001b 1"]) {
      const refused = await studio.client.patch("/v1/operators/me", { address });
      expect(refused.status, refused.text).toBe(400);
      expect(refused.body.errors).toHaveProperty("address");
    }
  });

  it("a NUL in a password typed to sign in is a 400 naming password", async () => {
    const response = await api.post("/v1/auth/login", {
      email: studio.email,
      password: "correct horse battery\u0000",
    });
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toHaveProperty("password");
  });
});

describe("CSV cells of a roster import", () => {
  const importCsv = (csv: string) =>
    studio.client.post(`${members()}/import?dryRun=true`, undefined, {
      rawBody: csv,
      headers: { "content-type": "text/csv" },
    });

  it("a control character in a cell is a 400 naming its line and column", async () => {
    const response = await importCsv("name,group\nBen,4a\nCleo,4\u0001b\n");
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors.csv.join(" ")).toMatch(/line 3, column "group".*control/);
  });

  it("a NUL in a cell is a 400 naming its line", async () => {
    const response = await importCsv("name,group\nBen,4a\nCl\u0000eo,4b\n");
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors.csv.join(" ")).toMatch(/line 3/);
  });

  it("a lone surrogate in a cell of a JSON import is a 400 naming its line", async () => {
    const response = await studio.client.post(`${members()}/import?dryRun=true`, undefined, {
      rawBody: '{"csv":"name,email\\nBen,\\ud800@example.com\\n"}',
      headers: { "content-type": "application/json" },
    });
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors.csv.join(" ")).toMatch(/line 2: must be valid Unicode/);
  });

  it("line breaks and tabs inside quoted cells are text; in a name they are a space", async () => {
    const response = await importCsv(
      'name,group,notes\n"Ben\nBaker","4a","two\nlines\tand a tab"\n"Cleo\tBaker",4b,\n',
    );
    expect(response.status, response.text).toBe(200);
    expect(response.body.errors).toEqual([]);
    expect(response.body.created).toBe(2);
  });
});

describe("multipart fields of a photo upload", () => {
  it("a NUL in photographerId is a 400 naming photographerId, and nothing is filed", async () => {
    const response = await uploadPhoto(studio.client, projectId, await makePhoto(), {
      photographerId: "a\u0000b",
    });
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors.photographerId.join(" ")).toMatch(/NUL/);
    const photos = await studio.client.get(`/v1/projects/${projectId}/photos`);
    expect(photos.body.total).toBe(0);
  });

  it("a control character in any other text field is a 400 naming that field", async () => {
    const form = new FormData();
    form.append("photographerId", photographerId);
    form.append("note", "hello\u0000world");
    form.append(
      "file",
      new Blob([new Uint8Array(await makePhoto())], { type: "image/jpeg" }),
      "a.jpg",
    );
    const response = await studio.client.post(`/v1/projects/${projectId}/photos`, undefined, {
      rawBody: form,
    });
    expect(response.status, response.text).toBe(400);
    expect(response.body.errors).toHaveProperty("note");
    const photos = await studio.client.get(`/v1/projects/${projectId}/photos`);
    expect(photos.body.total).toBe(0);
  });
});

describe("tRPC inputs", () => {
  const trpcGet = (procedure: string, input: unknown, token: string) =>
    fetch(`${app.url}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, {
      headers: { authorization: `Bearer ${token}` },
    });

  it("a NUL in members.list's search is a 400 naming search", async () => {
    const response = await trpcGet("members.list", { projectId, search: "a\u0000b" }, studio.token);
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect(body.error.data.fieldErrors).toHaveProperty("search");
  });

  it("a control character in a mutation's input is a 400 naming the field", async () => {
    const response = await fetch(`${app.url}/api/trpc/members.create`, {
      method: "POST",
      headers: { authorization: `Bearer ${studio.token}`, "content-type": "application/json" },
      body: JSON.stringify({ projectId, name: "Ann", externalId: "id\u0008" }),
    });
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect(body.error.data.fieldErrors).toHaveProperty("externalId");
  });
});
