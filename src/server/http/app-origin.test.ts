import { afterEach, describe, expect, it, vi } from "vitest";

describe("the app's origin for links that leave it", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function appOriginWith(env: Record<string, string>) {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    return (await import("./app-origin")).appOrigin;
  }

  it("is NEXTAUTH_URL's origin when set, whatever the request says", async () => {
    const appOrigin = await appOriginWith({ NEXTAUTH_URL: "https://photos.example.com/base" });
    expect(appOrigin(new Headers({ host: "evil.example" }))).toBe("https://photos.example.com");
  });

  it("is the request's host otherwise, and localhost for a host that is not one", async () => {
    const appOrigin = await appOriginWith({ NEXTAUTH_URL: "", PORT: "4100" });
    expect(appOrigin(new Headers({ host: "127.0.0.1:3317" }))).toBe("http://127.0.0.1:3317");
    expect(appOrigin(new Headers({ host: "a/b@c" }))).toBe("http://localhost:4100");
    expect(appOrigin()).toBe("http://localhost:4100");
  });
});
