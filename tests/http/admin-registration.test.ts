import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { claimsOf } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";

/**
 * Who may register an admin, and how often: authority and every cheap rule are
 * checked before bcrypt runs, registrations that would hash are limited per
 * client address, and ADMIN_SETUP_TOKEN guards the first registration.
 */
const PASSWORD = "admin password 1";
const SETUP_TOKEN = "setup-token-0123456789abcdef";
const wrap = (input: Record<string, unknown>) => ({ data: JSON.stringify(input) });
const registration = (email = uniqueEmail("admin")) =>
  wrap({ fullName: "Admin", email, password: PASSWORD });

describe("registering admins without ADMIN_SETUP_TOKEN", () => {
  let app: RunningApp;
  let api: ApiClient;
  let admin: ApiClient;
  let peerId: string;
  beforeAll(async () => {
    app = await startApp();
    api = new ApiClient(app.url);
  });
  afterAll(() => app?.stop());

  it("limits registrations to 30 an hour per client address (429), refusing others first", async () => {
    const first = await api.post("/api/admins/register", registration());
    expect(first.status).toBe(201);
    admin = api.as(first.body.data.accessToken);

    // Refused callers never reach the count: 40 of them leave the budget untouched.
    for (let i = 0; i < 40; i++) {
      expect((await api.post("/api/admins/register", registration())).status).toBe(401);
    }
    const taken = uniqueEmail("taken");
    const peer = await admin.post("/api/admins/register", registration(taken));
    expect(peer.status).toBe(201);
    peerId = claimsOf(peer.body.data.accessToken).sub as string;
    for (let i = 0; i < 5; i++) {
      expect((await admin.post("/api/admins/register", registration(taken))).status).toBe(409);
    }

    const statuses: number[] = [];
    for (let i = 0; i < 29; i++) {
      statuses.push((await admin.post("/api/admins/register", registration())).status);
    }
    // 1 bootstrap + 1 + 28 = 30 registrations; the 31st attempt is refused before hashing.
    expect(statuses.slice(0, 28)).toEqual(Array(28).fill(201));
    expect(statuses[28]).toBe(429);
    const blocked = await admin.post("/api/admins/register", registration());
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({ status: 429, message: expect.any(String) });
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(3000);

    // Once the budget is spent, a refused caller still hears why: authority comes first.
    expect((await api.post("/api/admins/register", registration())).status).toBe(401);
    expect((await admin.post("/api/admins/register", registration(taken))).status).toBe(409);
  });

  it("limits password changes through PUT /api/admins/:id to 30 an hour per client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const body = wrap({ password: `new password ${i}` });
      statuses.push((await admin.put(`/api/admins/${peerId}`, body)).status);
    }
    expect(statuses).toEqual([...Array(30).fill(200), 429]);
    const rename = await admin.put(`/api/admins/${peerId}`, wrap({ fullName: "Renamed" }));
    expect(rename.status).toBe(200);
  });
});

describe("registering the first admin with ADMIN_SETUP_TOKEN", () => {
  let app: RunningApp;
  let api: ApiClient;
  beforeAll(async () => {
    app = await startApp({ env: { ADMIN_SETUP_TOKEN: SETUP_TOKEN } });
    api = new ApiClient(app.url);
  });
  afterAll(() => app?.stop());

  it("refuses the first registration without the token or with a wrong one (401), uncounted", async () => {
    for (let i = 0; i < 35; i++) {
      const headers = i % 2 ? { "x-admin-setup-token": `${SETUP_TOKEN}x` } : undefined;
      const refused = await api.post("/api/admins/register", registration(), { headers });
      expect(refused.status).toBe(401);
      expect(refused.body.message).toMatch(/X-Admin-Setup-Token/);
    }
    expect((await api.get("/api/health")).status).toBe(200);
  });

  it("registers the first admin with the token; later ones need an admin's bearer token", async () => {
    const first = await api.post("/api/admins/register", registration(), {
      headers: { "x-admin-setup-token": SETUP_TOKEN },
    });
    expect(first.status).toBe(201);
    expect(first.body.data.accessToken).toEqual(expect.any(String));

    const withTokenOnly = await api.post("/api/admins/register", registration(), {
      headers: { "x-admin-setup-token": SETUP_TOKEN },
    });
    expect(withTokenOnly.status).toBe(401);
    const byAdmin = await api
      .as(first.body.data.accessToken)
      .post("/api/admins/register", registration());
    expect(byAdmin.status).toBe(201);
  });
});
