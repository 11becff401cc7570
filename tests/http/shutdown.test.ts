import { type IncomingMessage, request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { startApp } from "../support/app-server";
import { signUpOperator } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";

async function textOf(response: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of response) text += chunk;
  return text;
}

describe("SIGTERM", () => {
  it("lets an in-flight request finish, then exits 0", { timeout: 90_000 }, async () => {
    // At info level the app says when its shutdown begins.
    const app = await startApp({ env: { LOG_LEVEL: "info" } });
    const instance = app.instances[0]!;
    const body = JSON.stringify({
      name: "Late Studio",
      email: uniqueEmail(),
      password: "correct horse battery",
    });
    // The headers now, the body later: the request is in flight from when the server tells the
    // client to go on (100 Continue, sent as it starts handling the request) until it answers.
    const request = httpRequest(`${instance.url}/v1/auth/register`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        expect: "100-continue",
      },
    });
    const answered = new Promise<IncomingMessage>((resolve, reject) => {
      request.once("response", resolve);
      request.once("error", reject);
    });
    const handling = new Promise<void>((resolve) => request.once("continue", resolve));
    request.flushHeaders();
    await handling;

    const stopped = app.stop();
    // The shutdown has begun: the server no longer accepts connections, with this request open.
    await expect
      .poll(() => instance.output(), { timeout: 30_000 })
      .toContain("finishing in-flight requests");
    request.end(body);

    const response = await answered;
    const text = await textOf(response);
    expect(response.statusCode, text).toBe(201);
    expect(JSON.parse(text)).toHaveProperty("token");
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

      // Under load: every client has had answers, and keeps asking.
      await expect.poll(() => outcomes.ok, { timeout: 30_000 }).toBeGreaterThanOrEqual(40);
      const servedBeforeSigterm = outcomes.ok;
      const stopped = app.stop();
      await Promise.all([...clients, healthCheck]);

      expect(outcomes.failed).toEqual([]);
      expect(outcomes.ok, "requests served after SIGTERM").toBeGreaterThan(servedBeforeSigterm);
      expect(await stopped).toBe(0);
    },
  );
});
