import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { startApp } from "../support/app-server";
import { signUpOperator } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";

describe("SIGTERM", () => {
  it("lets an in-flight request finish, then exits 0", { timeout: 90_000 }, async () => {
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

  it(
    "drops no request under steady load: health turns 503, the rest is served until it drains",
    { timeout: 90_000 },
    async () => {
      const app = await startApp({ env: { SHUTDOWN_DRAIN_MS: "3000" } });
      const studio = await signUpOperator(new ApiClient(app.url));
      let balancerSendsHere = true;
      const outcomes = { ok: 0, failed: [] as string[] };

      // A load balancer's health check: it stops sending as soon as the app says 503.
      const healthCheck = (async () => {
        while (balancerSendsHere) {
          const health = await fetch(`${app.url}/api/health`).catch(() => null);
          if (health?.status !== 200) balancerSendsHere = false;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      const client = async () => {
        while (balancerSendsHere) {
          try {
            const response = await fetch(`${app.url}/v1/projects`, {
              headers: { authorization: `Bearer ${studio.token}` },
            });
            await response.arrayBuffer();
            if (response.status === 200) outcomes.ok += 1;
            else outcomes.failed.push(`status ${response.status}`);
          } catch (error) {
            outcomes.failed.push(String((error as Error).cause ?? error));
          }
        }
      };
      const clients = Array.from({ length: 20 }, client);

      await new Promise((resolve) => setTimeout(resolve, 1000));
      const stopped = app.stop();
      await Promise.all([...clients, healthCheck]);

      expect(outcomes.failed).toEqual([]);
      expect(outcomes.ok).toBeGreaterThan(20);
      expect(await stopped).toBe(0);
    },
  );
});
