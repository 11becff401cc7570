import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { appInstanceCount, type RunningApp, startApp } from "../support/app-server";
import { createProject, signUpOperator } from "../support/backoffice";

/**
 * Many guessers at once, each from its own address and within its own limit:
 * past the platform's budget of wrong codes per minute, wrong codes are
 * answered more and more slowly (the wait in Server-Timing) and one warning
 * is logged, while a member typing their own code is answered at once.
 * The app has a budget of 10 wrong codes a minute here, and a database of its
 * own, so nothing else counts against it.
 */
const BUDGET = 10;
const WARNING = "wrong gallery access codes are over the platform budget";

let app: RunningApp;
let accessCode: string;
let nextAddress = 1;

async function open(code: string, address = `198.51.100.${nextAddress++}`) {
  const started = performance.now();
  const response = await fetch(`${app.url}/api/trpc/gallery.open`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ code }),
  });
  await response.arrayBuffer();
  const timing = response.headers.get("server-timing") ?? "";
  const slowdown = /(?:^|,)\s*slowdown;dur=(\d+)/.exec(timing);
  return {
    status: response.status,
    delayMs: slowdown ? Number(slowdown[1]) : 0,
    elapsedMs: performance.now() - started,
  };
}

/** The app's log lines containing `text`, once at least one has arrived (the pipe lags). */
async function logLines(text: string): Promise<string[]> {
  const lines = () =>
    app
      .output()
      .split("\n")
      .filter((line) => line.includes(text));
  for (let i = 0; i < 50 && lines().length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return lines();
}

beforeAll(async () => {
  app = await startApp({
    instances: appInstanceCount(),
    env: { TRUST_PROXY: "true", GALLERY_WRONG_CODES_PER_MINUTE: String(BUDGET) },
  });
  const api = new ApiClient(app.url);
  const studio = await signUpOperator(api);
  const project = await createProject(studio.client, { name: "Harbour", timezone: "UTC" });
  const member = await studio.client.post(`/v1/projects/${project.id}/members`, { name: "Mia" });
  expect(member.status).toBe(201);
  accessCode = member.body.accessCode as string;
}, 180_000);
afterAll(() => app?.stop());

describe("the platform's budget of wrong access codes", () => {
  it("slows wrong codes down past the budget, more the further past, and logs one warning", async () => {
    // Ten guessers, one wrong code each: within the budget, answered without a wait.
    for (let guess = 1; guess <= BUDGET; guess++) {
      const answer = await open(`WRONG${guess}`);
      expect(answer.status).toBe(401);
      expect(answer.delayMs).toBe(0);
    }

    // Past it, each wrong code waits 1 s per budget's worth over it: 100 ms more each here.
    const past = [];
    for (let guess = 1; guess <= 5; guess++) past.push(await open(`LATER${guess}`));
    expect(past.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401]);
    expect(past.map((answer) => answer.delayMs)).toEqual([100, 200, 300, 400, 500]);
    // The wait is really taken before the answer (a generous bound: never less than it).
    expect(past[4]!.elapsedMs).toBeGreaterThanOrEqual(490);

    const warnings = await logLines(WARNING);
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40, wrongCodesPerMinute: BUDGET });
  });

  it("caps the wait, and answers a member's own code at once, even amid an attack", async () => {
    // Thirty guessers at once, from thirty addresses: far past the budget.
    const attack = await Promise.all(
      Array.from({ length: 30 }, (_, guess) => open(`STORM${guess}`)),
    );
    expect(new Set(attack.map((answer) => answer.status))).toEqual(new Set([401]));
    expect(Math.max(...attack.map((answer) => answer.delayMs))).toBe(3_000);

    // A member types their code in the middle of it, and a guesser their next guess.
    const [member, guesser] = await Promise.all([open(accessCode), open("ABCDE-FGHJK")]);
    expect(member.status).toBe(200);
    expect(member.delayMs).toBe(0);
    expect(guesser.status).toBe(401);
    expect(guesser.delayMs).toBe(3_000);
    expect(member.elapsedMs).toBeLessThan(guesser.delayMs);

    // Still one warning: once per minute, not once per request.
    expect(await logLines(WARNING)).toHaveLength(1);
  });
});
