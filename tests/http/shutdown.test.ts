import { describe, expect, it } from "vitest";
import { startApp } from "../support/app-server";
import { uniqueEmail } from "../support/fixtures";

describe("SIGTERM", () => {
  it("lets an in-flight request finish, then exits 0", async () => {
    // A high bcrypt cost keeps the registration in flight long enough to signal during it.
    const app = await startApp({ env: { BCRYPT_COST: "14" } });
    const inFlight = fetch(`${app.url}/v1/auth/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: "Late Studio",
        email: uniqueEmail(),
        password: "correct horse battery",
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const stopped = app.stop();

    const response = await inFlight;
    expect(response.status).toBe(201);
    expect(await response.json()).toHaveProperty("token");
    expect(await stopped).toBe(0);
    await expect(fetch(`${app.url}/api/health`)).rejects.toThrow();
  });
});
