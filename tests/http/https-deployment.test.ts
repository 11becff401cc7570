import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { type SharedApp, sharedApp } from "../support/shared-app";
import { PASSWORD, signUpOperator } from "../support/backoffice";
import { credentialsSignIn } from "../support/browser-session";

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
