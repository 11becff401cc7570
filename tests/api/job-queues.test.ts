import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import type { Caller } from "@/server/auth/caller";
import { sendJob, startJobs, stopJobs } from "@/server/jobs";
import { MAIL_SEAL_PURPOSE, smtpMailer } from "@/server/mail";
import { seal } from "@/server/sealed";
import { storageFromUrl } from "@/server/storage";
import { freePort } from "../../scripts/lib/app-process";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { eventually } from "../support/eventually";
import { insertAdmin, insertOperator } from "../support/fixtures";
import { jobById } from "../support/jobs";
import { type Mailbox, startMailbox } from "../support/smtp";

/**
 * The admin console's view of the job queues: jobs fail for real (the mail
 * server is away, or the message does not open) in workers running here,
 * and admins see them with their error and send them again.
 */

let database: TestDatabase;
let dataDir: string;
let smtpPort: number;
let mailbox: Mailbox | undefined;
let admin: ReturnType<typeof createCaller>;
let operator: ReturnType<typeof createCaller>;
let anonymous: ReturnType<typeof createCaller>;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), "job-queues-"));
  smtpPort = await freePort();
  await startJobs(database, {
    workers: true,
    dataDir,
    storage: storageFromUrl(undefined, dataDir),
    // Nothing listens there until a test starts the mailbox.
    mailer: smtpMailer(`smtp://127.0.0.1:${smtpPort}`, "studio@example.test"),
    pollingIntervalSeconds: 0.5,
  });
  const { id } = await insertAdmin(database.prisma);
  const studio = await insertOperator(database.prisma, "Queue Studio");
  const callerFor = (caller: Caller | null) =>
    createCaller(createInnerContext({ db: database.prisma, getCaller: async () => caller }));
  admin = callerFor({ role: "admin", id });
  operator = callerFor({ role: "operator", id: studio.id, operatorId: studio.id });
  anonymous = callerFor(null);
});
afterAll(async () => {
  await stopJobs();
  await mailbox?.stop();
  await database?.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

const mailQueue = async () => (await admin.jobQueues.overview()).find((q) => q.queue === "mail")!;

const failedIds = async () =>
  (await admin.jobQueues.failed({ queue: "mail", limit: 200 })).items.map((job) => job.id);

describe("the admin console's job queues", () => {
  it("shows a job waiting for later as queued, with its age", async () => {
    await sendJob(
      "mail.send",
      { sealed: "v1.later" },
      { startAfter: new Date(Date.now() + 60 * 60_000) },
    );
    const queues = await admin.jobQueues.overview();
    expect(queues.map((q) => q.queue)).toEqual([
      "images",
      "mail",
      "campaigns",
      "maintenance",
      "webhooks",
    ]);
    const mail = queues.find((q) => q.queue === "mail")!;
    expect(mail).toMatchObject({ queued: 1, active: 0, failed: 0, failedLastHour: 0 });
    expect(mail.oldestQueuedSeconds).toBeGreaterThanOrEqual(0);
  });

  it("shows a mail that could not be sent as failed with its error, and Retry sends it", async () => {
    const sealed = seal(MAIL_SEAL_PURPOSE, {
      to: "parent@example.test",
      subject: "Your photos are ready",
      text: "Hello",
    });
    const id = (await sendJob("mail.send", { sealed }, { retryLimit: 0 }))!;
    const failed = await eventually(
      async () => {
        const page = await admin.jobQueues.failed({});
        return page.items.some((job) => job.id === id) ? page : undefined;
      },
      { what: "the mail job's failure" },
    );
    expect(failed.total).toBe(1);
    expect(failed.items[0]).toEqual({
      id,
      queue: "mail",
      job: "mail.send",
      error: expect.stringMatching(/ECONNREFUSED/),
      attempts: 1,
      failedAt: expect.any(String),
    });
    // Never the job's data: the sealed message and whom it is for stay out of the console.
    expect(JSON.stringify(failed)).not.toContain(sealed);
    expect(JSON.stringify(failed)).not.toContain("parent@example.test");
    expect(await mailQueue()).toMatchObject({ failed: 1, failedLastHour: 1 });

    // The mail server is back: Retry sends the mail.
    mailbox = await startMailbox({ port: smtpPort });
    await expect(admin.jobQueues.retry({ queue: "mail", id })).resolves.toEqual({ retried: 1 });
    expect(await failedIds()).not.toContain(id);
    const received = await mailbox.nextFor("parent@example.test");
    expect(received.subject).toBe("Your photos are ready");
    await eventually(
      async () => ((await jobById(database.query, id))?.state === "completed" ? true : undefined),
      {
        what: "the retried job's completion",
      },
    );
    expect(await mailQueue()).toMatchObject({ failed: 0, completedLastHour: 1 });
    expect((await mailQueue()).completedPerMinute).toBeGreaterThan(0);

    // Sent already: nothing to retry.
    await expect(admin.jobQueues.retry({ queue: "mail", id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("pages through failed jobs newest first, and Retry all sends a queue's failures again", async () => {
    // Messages that do not open (not sealed with this app's secret) fail every attempt.
    const bad = (n: number) => `v1.${Buffer.alloc(40, n).toString("base64url")}`;
    const ids: string[] = [];
    for (const n of [1, 2, 3])
      ids.push((await sendJob("mail.send", { sealed: bad(n) }, { retryLimit: 0 }))!);
    await eventually(async () => ((await failedIds()).length === 3 ? true : undefined), {
      what: "three failed jobs",
    });
    const first = await admin.jobQueues.failed({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(3);
    const second = await admin.jobQueues.failed({ limit: 2, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((job) => job.id))).toEqual(new Set(ids));
    expect(all.map((job) => job.failedAt)).toEqual(
      all
        .map((job) => job.failedAt)
        .sort()
        .reverse(),
    );
    expect(all.every((job) => /could not be opened/.test(job.error))).toBe(true);

    await expect(admin.jobQueues.retryAll({ queue: "mail" })).resolves.toEqual({ retried: 3 });
    // They ran again, and failed again: a second attempt each.
    const again = await eventually(
      async () => {
        const page = await admin.jobQueues.failed({ queue: "mail" });
        return page.items.length === 3 && page.items.every((job) => job.attempts === 2)
          ? page
          : undefined;
      },
      { what: "the second attempts" },
    );
    expect(new Set(again.items.map((job) => job.id))).toEqual(new Set(ids));
    expect((await admin.jobQueues.failed({ queue: "images" })).total).toBe(0);
  });

  it("answers 400 naming the field for input that is not a queue, a job id or a cursor", async () => {
    await expect(admin.jobQueues.retry({ queue: "mail", id: "nope" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { id: [expect.any(String)] } },
    });
    await expect(
      admin.jobQueues.retry({ queue: "bogus" as "mail", id: crypto.randomUUID() }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { queue: [expect.any(String)] } },
    });
    await expect(admin.jobQueues.failed({ cursor: "garbage" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { cursor: [expect.any(String)] } },
    });
    await expect(
      admin.jobQueues.retry({ queue: "mail", id: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is for admins only", async () => {
    for (const caller of [operator, anonymous]) {
      const code = caller === operator ? "FORBIDDEN" : "UNAUTHORIZED";
      await expect(caller.jobQueues.overview()).rejects.toMatchObject({ code });
      await expect(caller.jobQueues.failed({})).rejects.toMatchObject({ code });
      await expect(
        caller.jobQueues.retry({ queue: "mail", id: crypto.randomUUID() }),
      ).rejects.toMatchObject({ code });
      await expect(caller.jobQueues.retryAll({ queue: "mail" })).rejects.toMatchObject({ code });
    }
  });
});
