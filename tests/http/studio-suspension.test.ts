import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { addPhotographer, PASSWORD, signUpOperator } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";

/**
 * A suspended studio over HTTP: its API key, its operator's and
 * photographer's bearer tokens and their sign-ins get 403 with code
 * STUDIO_SUSPENDED and a message saying so; lifting the suspension lets the
 * same key and tokens in again. Its own app: the first admin is registered here.
 */
const wrap = (input: Record<string, unknown>) => ({ data: JSON.stringify(input) });
const SUSPENDED = {
  message: expect.stringMatching(/^This studio is suspended/),
  code: "STUDIO_SUSPENDED",
};

describe("a suspended studio's API calls", () => {
  let app: RunningApp;
  let api: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await startApp();
    api = new ApiClient(app.url);
    const registered = await api.post(
      "/api/admins/register",
      wrap({ fullName: "Admin", email: uniqueEmail("admin"), password: "admin password 1" }),
    );
    expect(registered.status, registered.text).toBe(201);
    admin = api.as(registered.body.data.accessToken);
  });
  afterAll(() => app?.stop());

  /** The console's procedure, over the pages' tRPC endpoint with the admin's bearer token. */
  async function setSuspended(studioId: string, suspended: boolean) {
    const procedure = suspended ? "suspendStudio" : "unsuspendStudio";
    const response = await fetch(`${app.url}/api/trpc/admins.${procedure}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${admin.token}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ id: studioId }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
  }

  it("refuses its API key, its bearer tokens and its sign-ins with 403 STUDIO_SUSPENDED, until lifted", async () => {
    const studio = await signUpOperator(api, "Paused Studio");
    const bystander = await signUpOperator(api, "Bystander Studio");
    const photographer = await addPhotographer(api, studio.client);
    const created = await studio.client.post("/v1/api-keys", {
      name: "Lab",
      scopes: ["projects:read"],
    });
    expect(created.status).toBe(201);
    const key = api.as(created.body.key);

    await setSuspended(studio.id, true);

    for (const response of [
      await key.get("/v1/projects"),
      await studio.client.get("/v1/projects"),
      await studio.client.get("/v1/operators/me"),
      await photographer.client.get("/v1/photographers/me/projects"),
      await api.post("/v1/auth/login", { email: studio.email, password: PASSWORD }),
      await api.post("/v1/auth/login", { email: photographer.email, password: PASSWORD }),
    ]) {
      expect(response.status, response.text).toBe(403);
      expect(response.body).toEqual(SUSPENDED);
    }
    // Without the right password nothing is told.
    const guess = await api.post("/v1/auth/login", { email: studio.email, password: "a guess!!" });
    expect(guess.status).toBe(401);
    // The pages' endpoint refuses the same token.
    const trpc = await fetch(`${app.url}/api/trpc/projects.list`, {
      headers: { authorization: `Bearer ${studio.token}` },
    });
    expect(trpc.status).toBe(403);
    expect(await trpc.text()).toContain("This studio is suspended");
    // Other studios are untouched.
    expect((await bystander.client.get("/v1/projects")).status).toBe(200);

    await setSuspended(studio.id, false);
    expect((await key.get("/v1/projects")).status).toBe(200);
    expect((await studio.client.get("/v1/projects")).status).toBe(200);
    expect((await photographer.client.get("/v1/photographers/me/projects")).status).toBe(200);
    const login = await api.post("/v1/auth/login", { email: studio.email, password: PASSWORD });
    expect(login.status).toBe(200);
  });
});
