import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { type SharedApp, sharedApp } from "../support/shared-app";
import { createProject, PASSWORD, signUpOperator } from "../support/backoffice";
import { credentialsSignIn } from "../support/browser-session";

/** Opens the gallery with `code`; the answer's status and Set-Cookie lines. */
async function openGallery(app: RunningApp, code: string) {
  const response = await fetch(`${app.url}/api/trpc/gallery.open`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code }),
  });
  await response.arrayBuffer();
  return { status: response.status, cookies: response.headers.getSetCookie() };
}

/** The gallery as a request with this Cookie header sees it; status and Set-Cookie lines. */
async function galleryWith(app: RunningApp, cookie: string) {
  const response = await fetch(`${app.url}/api/trpc/gallery.get`, { headers: { cookie } });
  await response.arrayBuffer();
  return { status: response.status, cookies: response.headers.getSetCookie() };
}

/** Signs in through next-auth's credentials flow, as the sign-in page does; returns its cookies. */
async function browserSignIn(app: RunningApp, email: string): Promise<string[]> {
  const response = await credentialsSignIn(app.url, email, PASSWORD);
  expect(response.status).toBeLessThan(400);
  return response.headers.getSetCookie();
}

describe("served at an https address", () => {
  let app: RunningApp;
  let api: ApiClient;
  beforeAll(async () => {
    app = await startApp({ env: { NEXTAUTH_URL: "https://photos.example.test" } });
    api = new ApiClient(app.url);
  });
  afterAll(() => app?.stop());

  it("tells browsers to keep to https (HSTS) on pages and APIs", async () => {
    for (const path of ["/signin", "/v1/projects", "/api/health"]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.headers.get("strict-transport-security"), path).toBe(
        "max-age=31536000; includeSubDomains",
      );
    }
  });

  it("sets the session cookie Secure, with the __Secure- prefix", async () => {
    const studio = await signUpOperator(api);
    const cookies = await browserSignIn(app, studio.email);
    const session = cookies.find((cookie) => cookie.includes("session-token="));
    expect(session).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
  });

  it("sets the gallery cookie with the __Host- prefix, and reads no cookie of another name", async () => {
    const studio = await signUpOperator(api);
    const project = await createProject(studio.client, { name: "Harbour", timezone: "UTC" });
    const member = await studio.client.post(`/v1/projects/${project.id}/members`, { name: "Mia" });
    const opened = await openGallery(app, member.body.accessCode as string);
    expect(opened.status).toBe(200);
    const [cookie] = opened.cookies;
    // What browsers require of a __Host- cookie: Secure, Path=/, no Domain.
    expect(cookie).toMatch(/^__Host-gallery-session=[\w-]+\.[\w-]+\.[\w-]+; /);
    expect(cookie).toMatch(/;\s*Secure(;|$)/);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cookie).toMatch(/;\s*HttpOnly/);
    const token = cookie!.split(";")[0]!.split("=")[1]!;

    expect((await galleryWith(app, `__Host-gallery-session=${token}`)).status).toBe(200);
    // A cookie a sibling subdomain could plant for the parent domain is not a session here.
    for (const planted of ["gallery-session", "__Secure-gallery-session"]) {
      expect((await galleryWith(app, `${planted}=${token}`)).status, planted).toBe(401);
    }

    const ended = await galleryWith(app, "__Host-gallery-session=expired");
    expect(ended.status).toBe(401);
    expect(ended.cookies).toEqual([
      expect.stringMatching(/^__Host-gallery-session=; Path=\/; .*Max-Age=0; Secure$/),
    ]);
  });
});

describe("served at a plain http address (development)", () => {
  let app: SharedApp;
  beforeAll(() => {
    app = sharedApp();
  });

  it("sends no HSTS header", async () => {
    const response = await fetch(`${app.url}/signin`);
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("gives every page response its own CSP nonce, and every script carries it", async () => {
    const first = await fetch(`${app.url}/signin`);
    const second = await fetch(`${app.url}/signin`);
    const nonceOf = (response: Response) =>
      response.headers.get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
    const nonce = nonceOf(first);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second)).not.toBe(nonce);
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });
});
