import { type ChildProcess, spawn } from "node:child_process";
import { getPriority } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { ApiClient } from "../support/api-client";
import { type RunningApp, startApp, TEST_AUTH_SECRET } from "../support/app-server";
import { signUpOperator } from "../support/backoffice";
import { eventually } from "../support/eventually";
import { onServer, postgresServerUrl } from "../support/postgres";
import { type Mailbox, startMailbox } from "../support/smtp";

/**
 * Workers you can place: an app instance with WORKERS=0 only enqueues, and
 * `npm run worker` (scripts/worker.ts) runs the jobs, at a lower OS priority.
 * On the embedded database the worker refuses to start.
 */

interface Worker {
  process: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  child.stdout.on("data", (chunk) => (printed += chunk));
  child.stderr.on("data", (chunk) => (printed += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { process: child, output: () => printed, exited };
}

describe("npm run worker on the embedded database", () => {
  it("refuses to start, saying why", async () => {
    const worker = startWorker({ AUTH_SECRET: TEST_AUTH_SECRET, MAIL_TRANSPORT: "file" });
    expect(await worker.exited).toBe(2);
    expect(worker.output()).toMatch(/needs PostgreSQL \(DATABASE_URL\)/);
  });
});

describe.runIf(postgresServerUrl())("an app with WORKERS=0 and a worker process", () => {
  let app: RunningApp | undefined;
  let mailbox: Mailbox | undefined;
  let worker: Worker | undefined;
  afterAll(async () => {
    if (worker && worker.process.exitCode === null) worker.process.kill("SIGKILL");
    await app?.stop();
    await mailbox?.stop();
  });

  it("leaves the job queued until the worker runs it", async () => {
    mailbox = await startMailbox();
    app = await startApp({ instances: 1, env: { WORKERS: "0", SMTP_URL: mailbox.url } });
    const api = new ApiClient(app.url);
    const operator = await signUpOperator(api);
    expect((await api.post("/v1/auth/password-reset", { email: operator.email })).status).toBe(202);

    const mailJobs = () =>
      onServer(app!.databaseUrl!, async (client) => {
        const { rows } = await client.query(
          "SELECT state FROM pgboss.job WHERE data->>'job' = 'mail.send'",
        );
        return rows.map((row: { state: string }) => row.state);
      });
    expect(await mailJobs()).toEqual(["created"]);

    worker = startWorker({
      DATABASE_URL: app.databaseUrl!,
      DATA_DIR: app.dataDir,
      AUTH_SECRET: TEST_AUTH_SECRET,
      SMTP_URL: mailbox.url,
      LOG_LEVEL: "info",
    });
    await eventually(() => (worker!.output().includes("worker ready") ? true : undefined), {
      timeoutMs: 30_000,
      what: "the worker's start",
    });
    expect(getPriority(worker.process.pid)).toBe(10);

    const mail = await mailbox.nextFor(operator.email, { timeoutMs: 30_000 });
    expect(mail.text).toMatch(/code is \d{6}/);
    await eventually(async () => ((await mailJobs())[0] === "completed" ? true : undefined), {
      what: "the job's completion",
    });

    worker.process.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
  }, 120_000);
});
