import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/app-process";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { signUpOperator } from "../support/backoffice";
import { eventually } from "../support/eventually";
import { sharedApp } from "../support/shared-app";
import { type Mailbox, startMailbox } from "../support/smtp";

/**
 * E-mail leaves through the job queue: a request never waits on SMTP, and a
 * mail server that is down when the mail is asked for gets it, once, when it
 * comes back. GET /metrics shows the queue and the requests, behind its token.
 */

const METRICS_TOKEN = "metrics-token-for-the-tests-0123";

let app: RunningApp;
let smtpPort: number;
let mailbox: Mailbox | undefined;

beforeAll(async () => {
  // Nothing listens on this port until the test starts the mail server there.
  smtpPort = await freePort();
  app = await startApp({
    env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, METRICS_TOKEN },
  });
});
afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

/** /metrics of one instance (by default whichever the address reaches). */
async function metricsText(url = app.url): Promise<string> {
  const response = await fetch(`${url}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** `job_queue_depth{queue="mail",state="queued"}` and the like, read from /metrics. */
async function queueDepth(queue: string, state: string): Promise<number> {
  const line = (await metricsText())
    .split("\n")
    .find((text) => text.startsWith(`job_queue_depth{queue="${queue}",state="${state}"}`));
  if (!line) throw new Error(`no depth for ${queue} ${state}`);
  return Number(line.split(" ").at(-1));
}

describe("e-mail sent by a job", () => {
  it("is answered at once while SMTP is down, and delivered exactly once when it comes back", async () => {
    const api = new ApiClient(app.url);
    const operator = await signUpOperator(api);

    const asked = Date.now();
    const response = await api.post("/v1/auth/password-reset", { email: operator.email });
    expect(response.status).toBe(202);
    expect(Date.now() - asked).toBeLessThan(5_000);

    // The first attempt failed (connection refused) and the job waits for its retry.
    await eventually(() => (app.output().includes("job attempt failed") ? true : undefined), {
      timeoutMs: 30_000,
      what: "a failed attempt to send",
    });
    // The attempt is logged before pg-boss records it: the job turns from active to retry.
    await eventually(
      async () =>
        (await queueDepth("mail", "queued")) === 1 && (await queueDepth("mail", "active")) === 0
          ? true
          : undefined,
      { what: "the failed mail to wait for its retry" },
    );

    mailbox = await startMailbox({ port: smtpPort });
    const mail = await mailbox.nextFor(operator.email, { timeoutMs: 60_000 });
    expect(mail.text).toMatch(/code is \d{6}/);

    // The job is done: nothing of it is left to send again.
    await eventually(
      async () =>
        (await queueDepth("mail", "queued")) + (await queueDepth("mail", "active")) === 0
          ? true
          : undefined,
      { what: "the mail queue to empty" },
    );
    expect(await queueDepth("mail", "failed")).toBe(0);
    expect(mailbox.countFor(operator.email)).toBe(1);
  }, 120_000);
});

describe("GET /metrics", () => {
  it("is not there unless METRICS_TOKEN is set", async () => {
    const response = await fetch(`${sharedApp().url}/metrics`);
    expect(response.status).toBe(404);
  });

  it("needs the bearer token", async () => {
    for (const authorization of [undefined, "Bearer wrong-token-of-some-length", METRICS_TOKEN]) {
      const response = await fetch(`${app.url}/metrics`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("job_queue_depth");
    }
  });

  it("gives request durations per route template, queue depths and job outcomes", async () => {
    const api = new ApiClient(app.url);
    const operator = await signUpOperator(api);
    const projectId = "7d5e0f3c-0000-4000-8000-000000000001";
    expect((await operator.client.get(`/v1/projects/${projectId}`)).status).toBe(404);

    // Request metrics are each instance's own: read them all (several behind a proxy).
    const text = (
      await Promise.all(app.instances.map((instance) => metricsText(instance.url)))
    ).join("\n");
    for (const name of [
      "http_request_duration_seconds",
      "job_queue_depth",
      "jobs_completed_total",
      "jobs_failed_total",
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/v1\/projects\/:id",status="4xx"\} \d+/,
    );
    expect(text).not.toContain(projectId);
    for (const queue of ["images", "mail", "maintenance"]) {
      for (const state of ["queued", "active", "failed"]) {
        expect(text).toContain(`job_queue_depth{queue="${queue}",state="${state}"}`);
      }
    }
  });
});
