import { expect } from "vitest";
import { ApiClient } from "./api-client";
import { type SharedApp, sharedApp } from "./shared-app";
import { uniqueEmail } from "./fixtures";

export const PASSWORD = "correct horse battery";

/** A new operator account, signed in. */
export async function signUpOperator(api: ApiClient, name = "Studio") {
  const email = uniqueEmail("operator");
  const response = await api.post("/v1/auth/register", { name, email, password: PASSWORD });
  expect(response.status, response.text).toBe(201);
  const client = api.as(response.body.token);
  const me = await client.get("/v1/operators/me");
  return { email, token: response.body.token as string, client, id: me.body.id as string };
}

export type Studio = Awaited<ReturnType<typeof signUpOperator>>;

/** Two new studios, "Studio" and "Rival", signed up on the shared app, for one test file. */
export async function withTwoStudios(): Promise<{
  app: SharedApp;
  api: ApiClient;
  studio: Studio;
  rival: Studio;
}> {
  const app = sharedApp();
  const api = new ApiClient(app.url);
  return {
    app,
    api,
    studio: await signUpOperator(api, "Studio"),
    rival: await signUpOperator(api, "Rival"),
  };
}

/** A photographer of `operator`, signed in. */
export async function addPhotographer(api: ApiClient, operator: ApiClient, name = "Photographer") {
  const email = uniqueEmail("photographer");
  const created = await operator.post("/v1/auth/register-photographer", {
    name,
    email,
    password: PASSWORD,
  });
  expect(created.status, created.text).toBe(201);
  const login = await api.post("/v1/auth/login", { email, password: PASSWORD });
  expect(login.status).toBe(200);
  return {
    id: created.body.id as string,
    email,
    token: login.body.token as string,
    client: api.as(login.body.token),
  };
}

export async function createProject(operator: ApiClient, body: Record<string, unknown> = {}) {
  const response = await operator.post("/v1/projects", { name: "Project", ...body });
  expect(response.status, response.text).toBe(201);
  return response.body as { id: string; [key: string]: unknown };
}

export async function createPackage(operator: ApiClient, body: Record<string, unknown> = {}) {
  const response = await operator.post("/v1/packages", {
    name: "Package",
    price: 1000,
    photoCount: 10,
    ...body,
  });
  expect(response.status, response.text).toBe(201);
  return response.body as { id: string; [key: string]: unknown };
}

export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString());
}
