import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiClient, ApiResponse } from "../support/api-client";
import { createProject, withTwoStudios, type Studio } from "../support/backoffice";

/**
 * API keys over HTTP: made and deleted by a signed-in operator, a Bearer token
 * on the /v1 routes of their scopes only. On PostgreSQL this file runs
 * against three instances behind a round-robin proxy, so a deleted key is
 * seen dead by whichever instance answers next.
 */

let api: ApiClient;
let studio: Studio;
let rival: Studio;
let projectId: string;

beforeAll(async () => {
  ({ api, studio, rival } = await withTwoStudios());
  projectId = (await createProject(studio.client, { name: "Spring portraits" })).id;
});

async function createKey(scopes: string[], name = "Sync") {
  const created = await studio.client.post("/v1/api-keys", { name, scopes });
  expect(created.status, created.text).toBe(201);
  return created.body as { id: string; key: string; prefix: string };
}

const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

/** One call each scope allows, and one of the same part of the studio it does not. */
const SCOPE_CALLS: Record<string, (key: ApiClient) => Promise<ApiResponse>> = {
  "projects:read": (key) => key.get(`/v1/projects/${projectId}`),
  "projects:write": (key) => key.post("/v1/projects", { name: "By key", timezone: "UTC" }),
  "members:read": (key) => key.get(`/v1/projects/${projectId}/members`),
  "members:write": (key) => key.post(`/v1/projects/${projectId}/members`, { name: "Ada" }),
  "photos:read": (key) => key.get(`/v1/projects/${projectId}/photos`),
  "photos:write": (key) => key.delete(`/v1/photos/${NO_SUCH_ID}`),
  "orders:read": (key) => key.get(`/v1/projects/${projectId}/orders`),
  "orders:write": (key) => key.post(`/v1/orders/${NO_SUCH_ID}/mark-paid`),
  "analytics:read": (key) => key.get("/v1/analytics"),
};

describe("/v1/api-keys", () => {
  it("shows a new key once, with a recognisable prefix, and lists keys without it", async () => {
    const created = await studio.client.post("/v1/api-keys", {
      name: "School system",
      scopes: ["members:read", "members:write"],
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: "School system",
      scopes: ["members:read", "members:write"],
      prefix: created.body.key.slice(0, 12),
      createdAt: expect.any(String),
      key: expect.stringMatching(/^pbk_[A-Za-z0-9_-]{43}$/),
    });

    const list = await studio.client.get("/v1/api-keys");
    expect(list.status).toBe(200);
    const listed = list.body.find((key: { id: string }) => key.id === created.body.id);
    expect(listed).toEqual({
      id: created.body.id,
      name: "School system",
      scopes: ["members:read", "members:write"],
      prefix: created.body.prefix,
      createdAt: created.body.createdAt,
      lastUsedAt: null,
    });
    expect(list.text).not.toContain(created.body.key);
    expect(list.text).not.toContain(createHash("sha256").update(created.body.key).digest("hex"));
    expect((await rival.client.get("/v1/api-keys")).body).toEqual([]);
  });

  it("names the field of a bad request (400)", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ scopes: ["projects:read"] }, "name"],
      [{ name: "K", scopes: [] }, "scopes"],
      [{ name: "K", scopes: ["everything"] }, "scopes.0"],
      [{ name: "K", scopes: ["orders:read", "orders:read"] }, "scopes"],
    ];
    for (const [body, field] of cases) {
      const response = await studio.client.post("/v1/api-keys", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(response.body.errors), JSON.stringify(body)).toEqual([field]);
    }
  });

  it("lets each scope make its calls and refuses the others with 403 naming the scope", async () => {
    for (const [scope, call] of Object.entries(SCOPE_CALLS)) {
      const key = api.as((await createKey([scope], scope)).key);
      // Past the key check: done (2xx), or a 404 for the id that does not exist.
      const allowed = await call(key);
      expect([200, 201, 404], scope).toContain(allowed.status);
      for (const [otherScope, otherCall] of Object.entries(SCOPE_CALLS)) {
        if (otherScope === scope) continue;
        const refused = await otherCall(key);
        expect(refused.status, `${scope} calling ${otherScope}`).toBe(403);
        expect(refused.body.message).toContain(otherScope);
      }
    }
  });

  it("refuses keys on the routes that are not theirs: sign-in, passwords, keys, the studio", async () => {
    const everything = [
      "projects:read",
      "projects:write",
      "members:read",
      "members:write",
      "photos:read",
      "photos:write",
      "orders:read",
      "orders:write",
      "analytics:read",
      "webhooks:write",
    ];
    const key = api.as((await createKey(everything, "All scopes")).key);
    for (const response of [
      await key.post("/v1/api-keys", { name: "Another", scopes: ["projects:read"] }),
      await key.get("/v1/api-keys"),
      await key.get("/v1/operators/me"),
      await key.post("/v1/auth/password", { currentPassword: "x", newPassword: "y".repeat(12) }),
      await key.get("/v1/packages"),
    ]) {
      expect(response.status).toBe(403);
    }
    const trpc = await fetch(`${api.baseUrl}/api/trpc/projects.list`, {
      headers: { authorization: `Bearer ${key.token}` },
    });
    expect(trpc.status).toBe(401);
  });

  it("answers 401 for an unknown key and keeps studios apart", async () => {
    const unknown = await api.as(`pbk_${"A".repeat(43)}`).get(`/v1/projects/${projectId}`);
    expect(unknown.status).toBe(401);
    const rivalKey = api.as(
      (await rival.client.post("/v1/api-keys", { name: "R", scopes: ["projects:read"] })).body.key,
    );
    expect((await rivalKey.get(`/v1/projects/${projectId}`)).status).toBe(404);
  });

  it("records when a key was last used", async () => {
    const { id, key } = await createKey(["projects:read"]);
    const before = Date.now();
    expect((await api.as(key).get(`/v1/projects/${projectId}`)).status).toBe(200);
    const listed = (await studio.client.get("/v1/api-keys")).body.find(
      (row: { id: string }) => row.id === id,
    );
    expect(Date.parse(listed.lastUsedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("stops a deleted key at once on every instance (204, then 401)", async () => {
    const { id, key } = await createKey(["projects:read"]);
    const client = api.as(key);
    for (let i = 0; i < 3; i++) expect((await client.get("/v1/projects")).status).toBe(200);
    expect((await rival.client.delete(`/v1/api-keys/${id}`)).status).toBe(404);
    const deleted = await studio.client.delete(`/v1/api-keys/${id}`);
    expect(deleted.status).toBe(204);
    for (let i = 0; i < 6; i++) expect((await client.get("/v1/projects")).status).toBe(401);
    expect((await studio.client.delete(`/v1/api-keys/${id}`)).status).toBe(404);
  });

  it("limits each key to 600 requests a minute (429 with Retry-After), not its neighbours", async () => {
    const { key } = await createKey(["projects:read"], "Busy");
    const { key: calm } = await createKey(["projects:read"], "Calm");
    const busy = api.as(key);
    const statuses: number[] = [];
    for (let round = 0; round < 61; round++) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => busy.get(`/v1/projects/${projectId}`)),
      );
      statuses.push(...answers.map((answer) => answer.status));
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(600);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
    const refused = await busy.get(`/v1/projects/${projectId}`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await api.as(calm).get(`/v1/projects/${projectId}`)).status).toBe(200);
  });
});
