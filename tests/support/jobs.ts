import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Database } from "@/server/db";
import { startJobs, stopJobs } from "@/server/jobs";
import { closeQueue, JOB_SCHEMA, openQueue, sendJob } from "@/server/jobs/queue";
import type { JobContext } from "@/server/jobs/registry";
import { startWorkers } from "@/server/jobs/workers";
import { getLogger } from "@/server/logger";
import { MAIL_SEAL_PURPOSE, type Mailer, type OutgoingMail, smtpMailer } from "@/server/mail";
import { sealWith } from "@/server/sealed";
import { type ObjectStorage, storageFromUrl } from "@/server/storage";
import { createTestDatabase, type TestDatabase } from "./database";
import { freePort } from "../../scripts/lib/app-process";
import { eventually } from "./eventually";
import { type Mailbox, startMailbox } from "./smtp";

/** A job's row in pg-boss's table, as the tests look at it. */
export interface JobRow {
  id: string;
  name: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  data: { job: string; data: unknown };
  retry_count: number;
  retry_backoff: boolean;
  output: { message?: string } | null;
  created_on: Date;
  completed_on: Date | null;
}

const COLUMNS =
  "id, name, state, data, retry_count, retry_backoff, output, created_on, completed_on";

export async function jobById(query: Database["query"], id: string): Promise<JobRow | undefined> {
  const [row] = await query<JobRow>(`SELECT ${COLUMNS} FROM ${JOB_SCHEMA}.job WHERE id = $1`, [id]);
  return row;
}

/** Every job of `job` (a registry name), oldest first. */
export async function jobsNamed(query: Database["query"], job: string): Promise<JobRow[]> {
  return query<JobRow>(
    `SELECT ${COLUMNS} FROM ${JOB_SCHEMA}.job WHERE data->>'job' = $1 ORDER BY created_on`,
    [job],
  );
}

/**
 * A `mail.send` job that failed for real: workers in this process try to send
 * `mail` through an SMTP address where nothing listens, once (retryLimit 0),
 * and stop. The message is sealed under `secret`, so an app with that
 * AUTH_SECRET sends it when an admin retries the job. Answers the job's id.
 */
export async function failedMailJob(
  database: Database,
  mail: OutgoingMail,
  secret: string,
): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "failed-mail-"));
  try {
    const boss = await openQueue(database, { maintains: false });
    await startWorkers(
      boss,
      {
        database,
        storage: storageFromUrl(undefined, dataDir),
        mailer: smtpMailer(`smtp://127.0.0.1:${await freePort()}`, "studio@example.test"),
        log: getLogger(),
        dataDir,
        startedAt: new Date(),
      },
      {
        concurrency: { images: 1, mail: 1, campaigns: 1, maintenance: 1, webhooks: 1 },
        pollingIntervalSeconds: 0.5,
      },
    );
    const id = await sendJob(
      "mail.send",
      { sealed: sealWith(secret, MAIL_SEAL_PURPOSE, mail) },
      { retryLimit: 0 },
    );
    await eventually(
      async () => ((await jobById(database.query, id!))?.state === "failed" ? true : undefined),
      { what: "the mail job's failure" },
    );
    return id!;
  } finally {
    await closeQueue({ graceful: true, timeoutMs: 5_000 });
    await rm(dataDir, { recursive: true, force: true });
  }
}

export interface JobsWithMailbox {
  database: TestDatabase;
  /** Where every e-mail the jobs send arrives. */
  mailbox: Mailbox;
  mailer: Mailer;
  dataDir: string;
  storage: ObjectStorage;
  /** What a handler gets, for tests that call one themselves. */
  context: JobContext;
  stop(): Promise<void>;
}

/**
 * A test database with the job queue's workers running on it, e-mail sent to a
 * real SMTP sink and files in a scratch DATA_DIR named after `name`. The
 * chores run once at start (on the empty database) and then not during the
 * run: the tests run them themselves, at the times they choose.
 */
export async function startJobsWithMailbox(
  name: string,
  from = "Studio <studio@example.test>",
): Promise<JobsWithMailbox> {
  const database = await createTestDatabase();
  const mailbox = await startMailbox();
  const dataDir = await mkdtemp(path.join(tmpdir(), `${name}-`));
  const mailer = smtpMailer(mailbox.url, from);
  const storage = storageFromUrl(undefined, dataDir);
  const stop = async () => {
    await stopJobs();
    await mailbox.stop();
    await database.destroy();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await startJobs(database, {
      workers: true,
      dataDir,
      storage,
      mailer,
      pollingIntervalSeconds: 0.5,
      choresCron: "0 0 1 1 *",
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const context: JobContext = {
    database,
    storage,
    mailer,
    log: getLogger(),
    dataDir,
    startedAt: new Date(),
    signal: new AbortController().signal,
    attempt: 0,
  };
  return { database, mailbox, mailer, dataDir, storage, context, stop };
}
