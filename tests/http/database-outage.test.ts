import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, type ApiResponse } from "../support/api-client";
import { type RunningApp, startApp } from "../support/app-server";
import { browserSessionCookie, credentialsSignIn } from "../support/browser-session";
import { createProject, PASSWORD, signUpOperator, type Studio } from "../support/backoffice";
import { uniqueEmail } from "../support/fixtures";
import {
  type PrivatePostgres,
  privatePostgresUnavailable,
  startPrivatePostgres,
} from "../support/private-postgres";

/**
 * The app on a PostgreSQL server of this file's own, which the tests stop and
 * start (the suite's shared server is never touched). Runs on either half of
 * the suite: it needs PostgreSQL's binaries, not DATABASE_URL. Without them it
 * is skipped, except on CI (CI set), where that fails the file instead.
 */
const cannotRun = privatePostgresUnavailable();
const onCi = !["", "0", "false"].includes((process.env.CI ?? "").toLowerCase());
const skipped = cannotRun && !onCi;
const STATEMENT_TIMEOUT_MS = 1_500;
/**
 * How long a request would wait if the app did not give up on a database that
 * is down at once: connecting and queueing for a connection both get half a
 * minute, far more than any answer below may take.
 */
const CONNECT_AND_POOL_TIMEOUT_MS = 30_000;
/** Ample for an answer from a busy machine, far below the waits the tests rule out. */
const PROMPTLY_MS = 10_000;
const UNAVAILABLE = "The database is unavailable; try again shortly";

let server: PrivatePostgres;
let app: RunningApp;
let api: ApiClient;
let studio: Studio;
let projectId: string;
let admin: ApiClient;

/** A request and how long its answer (body included) took. */
async function timed(request: () => Promise<ApiResponse>): Promise<ApiResponse & { ms: number }> {
  const started = performance.now();
  const response = await request();
  return { ...response, ms: performance.now() - started };
}

/** next-auth's credentials sign-in as the sign-in page sends it (`json: true`). */
async function browserSignIn(email: string): Promise<ApiResponse> {
  const response = await credentialsSignIn(app.url, email);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  const body = response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
  return { status: response.status, headers: response.headers, body, text, bytes };
}

/** The requests of every entry point, each of which reads or writes the database. */
function requestsOfEveryKind(name: string): Record<string, () => Promise<ApiResponse>> {
  const trpc = api.as(studio.token);
  return {
    "GET /api/health": () => api.get("/api/health"),
    "REST read": () => studio.client.get(`/v1/projects/${projectId}`),
    "REST write": () => studio.client.patch(`/v1/projects/${projectId}`, { name }),
    "REST sign-in": () => api.post("/v1/auth/login", { email: studio.email, password: PASSWORD }),
    "admin API read": () => admin.get("/api/admins"),
    "tRPC query": () => trpc.get("/api/trpc/projects.list"),
    "tRPC mutation": () => trpc.post("/api/trpc/projects.create", { name: `${name} (tRPC)` }),
    "next-auth sign-in": () => browserSignIn(studio.email),
  };
}

/** The reasons of the app's "database unavailable" warnings so far. */
function unavailableReasons(): string[] {
  const output = app.output();
  return output
    .slice(0, output.lastIndexOf("\n") + 1) // whole lines only
    .split("\n")
    .filter((line) => line.includes('"database unavailable"'))
    .map((line) => String((JSON.parse(line) as { reason?: unknown }).reason));
}

async function projectName(): Promise<string> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT name FROM projects WHERE id = $1",
      [projectId],
    );
    return rows[0]!.name;
  } finally {
    await client.end();
  }
}

describe.skipIf(skipped)(
  `database trouble on a private PostgreSQL server${skipped ? ` (skipped: ${cannotRun})` : ""}`,
  () => {
    beforeAll(async () => {
      if (cannotRun) {
        throw new Error(
          `CI is set, so this file must run, but it cannot: ${cannotRun} ` +
            "(it needs PostgreSQL's server binaries, initdb and pg_ctl, to run a server of its own)",
        );
      }
      server = await startPrivatePostgres();
      // One process whose every answer is timed; the server it loses is the subject.
      app = await startApp({
        instances: 1,
        databaseUrl: server.url,
        env: {
          DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
          DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_AND_POOL_TIMEOUT_MS),
          DATABASE_POOL_TIMEOUT_MS: String(CONNECT_AND_POOL_TIMEOUT_MS),
        },
      });
      api = new ApiClient(app.url);
      studio = await signUpOperator(api);
      projectId = (await createProject(studio.client, { name: "Before" })).id;
      const registered = await api.post("/api/admins/register", {
        data: JSON.stringify({
          fullName: "Admin",
          email: uniqueEmail("admin"),
          password: PASSWORD,
        }),
      });
      expect(registered.status).toBe(201);
      admin = api.as(registered.body.data.accessToken);
    });
    afterAll(async () => {
      await app?.stop();
      await server?.remove();
    });

    it("answers every kind of request while the server is up", async () => {
      for (const [what, request] of Object.entries(requestsOfEveryKind("Up"))) {
        const response = await request();
        expect(response.status, `${what}: ${response.text}`).toBeLessThan(300);
      }
      expect(await projectName()).toBe("Up");
    });

    it("answers a write that waits on a lock past the statement timeout with 503, not a hang", async () => {
      const blocker = new pg.Client({ connectionString: server.url });
      blocker.on("error", () => undefined);
      await blocker.connect();
      try {
        await blocker.query("BEGIN");
        await blocker.query("SELECT 1 FROM projects WHERE id = $1 FOR UPDATE", [projectId]);
        const blocked = await timed(() =>
          studio.client.patch(`/v1/projects/${projectId}`, { name: "Blocked" }),
        );
        expect(blocked.status, blocked.text).toBe(503);
        expect(blocked.headers.get("retry-after")).toBe("5");
        expect(blocked.body).toEqual({ message: UNAVAILABLE, code: "SERVICE_UNAVAILABLE" });
        // Not a hang: the answer came while the lock was still held (it is released below), and
        // it came from the statement timeout: after it, for that reason, and not much later.
        expect(blocked.ms).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 100);
        expect(blocked.ms).toBeLessThan(STATEMENT_TIMEOUT_MS + PROMPTLY_MS);
        await expect
          .poll(() => unavailableReasons(), { timeout: PROMPTLY_MS })
          .toContainEqual(expect.stringMatching(/statement timeout/));
      } finally {
        await blocker.query("ROLLBACK");
        await blocker.end();
      }
      const unblocked = await studio.client.patch(`/v1/projects/${projectId}`, { name: "Free" });
      expect(unblocked.status).toBe(200);
      expect(await projectName()).toBe("Free");
    });

    it(
      "answers 503 with Retry-After at once while PostgreSQL is down, without waiting for a timeout, and serves again once it is back",
      { timeout: 120_000 },
      async () => {
        await server.stop();

        const answers: Record<string, number> = {};
        for (const round of [1, 2]) {
          for (const [what, request] of Object.entries(requestsOfEveryKind("During"))) {
            const response = await timed(request);
            answers[what] = Math.round(response.ms);
            expect(response.status, `${what} (round ${round}): ${response.text}`).toBe(503);
            expect(response.headers.get("retry-after"), what).toBe("5");
            expect(response.ms, what).toBeLessThan(PROMPTLY_MS);
            expect(response.text, what).not.toMatch(/Internal server error|prisma|ECONNREFUSED/i);
          }
        }
        console.info("answers while PostgreSQL was down (ms):", answers);
        // Refused, not timed out: the health check's own 0.9 s timeout did not end it either.
        const health = await api.get("/api/health");
        expect(health.body).toEqual({ status: "unavailable", database: "unreachable" });
        const rest = await studio.client.get(`/v1/projects/${projectId}`);
        expect(rest.body).toEqual({ message: UNAVAILABLE, code: "SERVICE_UNAVAILABLE" });
        const trpc = await api.as(studio.token).get("/api/trpc/projects.list");
        expect(trpc.body.error.message).toBe(UNAVAILABLE);
        expect(trpc.body.error.data).toMatchObject({ httpStatus: 503, retryAfterSeconds: 5 });
        const signIn = await browserSignIn(studio.email);
        expect(new URL(signIn.body.url).searchParams.get("error")).toBe(UNAVAILABLE);
        expect(app.process.exitCode, "the app is still running").toBeNull();

        await server.start();
        const backAfter = performance.now();
        const recovered: Record<string, number> = {};
        for (const [what, request] of Object.entries(requestsOfEveryKind("After"))) {
          let response = await request();
          while (response.status >= 500 && performance.now() - backAfter < 30_000) {
            await new Promise((resolve) => setTimeout(resolve, 100));
            response = await request();
          }
          expect(response.status, `${what} after the restart: ${response.text}`).toBeLessThan(300);
          recovered[what] = Math.round(performance.now() - backAfter);
        }
        console.info("served again after PostgreSQL's start (ms since):", recovered);
        expect(await projectName()).toBe("After");
        expect(await browserSessionCookie(app.url, studio.email)).toMatch(/session-token=/);

        const log = app.output();
        const warnings = log.split("\n").filter((line) => line.includes('"database unavailable"'));
        expect(log).not.toContain("unexpected error");
        // Dozens of refused requests: each reason logged once, without a stack.
        expect(warnings.some((line) => line.includes("Can't reach database server"))).toBe(true);
        expect(warnings.length).toBeLessThanOrEqual(6);
        expect(warnings.join("\n")).not.toContain('"stack"');
      },
    );
  },
);
