import { z } from "zod";
import type { Database } from "@/server/db";
import type { Logger } from "@/server/logger";
import type { Mailer } from "@/server/mail";
import type { ObjectStorage } from "@/server/storage";

/**
 * Every queue and every job of the app, in one place (docs/decisions.md:
 * "Background work is pg-boss"). A queue is a pg-boss queue with its retry
 * policy and its own worker concurrency; a job is a name, the queue it runs
 * on, the zod schema of its data, and the handler that does it (a named
 * function in `handlers/`, loaded on first use).
 *
 * Adding a job: one entry in `JOBS` and one handler file. `sendJob` then
 * type-checks its name and data end to end, and the queue's workers run it.
 */

export interface QueueSettings {
  /** Attempts after the first before the job ends `failed`. */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) each time, up to `retryDelayMax`. */
  retryDelay: number;
  retryBackoff: true;
  retryDelayMax: number;
  /** Longer than this `active` (its worker died or hangs): the attempt counts as failed. */
  expireInSeconds: number;
  /** When set, a live worker touches the job this often; a silent one loses it sooner. */
  heartbeatSeconds?: number;
  /** How long finished jobs stay visible (admin console, metrics). */
  deleteAfterSeconds: number;
}

const DAY = 24 * 60 * 60;

export const QUEUES = {
  /**
   * Photo work: decoding, derived files, QR codes, gallery images. CPU-bound;
   * IMAGE_CONCURRENCY at once. A photo takes seconds, so a worker that stops
   * touching its job for 10 s has died: the job is retried within about half a
   * minute (the supervisor looks every 10 s, queue.ts), while uploaders still
   * wait. The last attempt (`retryLimit`) only ends the photo `failed`
   * (handlers/images.ts): one that killed its worker every time ends too.
   */
  images: {
    retryLimit: 3,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 60,
    expireInSeconds: 5 * 60,
    heartbeatSeconds: 10,
    deleteAfterSeconds: 7 * DAY,
  },
  /** Outgoing e-mail: the SMTP server may be away for a while, so many patient retries. */
  mail: {
    retryLimit: 12,
    retryDelay: 2,
    retryBackoff: true,
    retryDelayMax: 30 * 60,
    expireInSeconds: 2 * 60,
    deleteAfterSeconds: 7 * DAY,
  },
  /**
   * Campaign e-mails (domain/campaigns.ts) and their dispatch. Fewer retries
   * than `mail`: each attempt goes through the same transport, and an e-mail
   * that fails for hours is recorded `failed` rather than sent a day late.
   */
  campaigns: {
    retryLimit: 6,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 30 * 60,
    expireInSeconds: 5 * 60,
    deleteAfterSeconds: 7 * DAY,
  },
  /** Recurring chores (schedule.ts): sweeps and purges, each harmless to run twice. */
  maintenance: {
    retryLimit: 2,
    retryDelay: 60,
    retryBackoff: true,
    retryDelayMax: 30 * 60,
    expireInSeconds: 60 * 60,
    deleteAfterSeconds: 7 * DAY,
  },
  /**
   * Outgoing webhooks: one job per attempt. Failed attempts are retried by the
   * handler itself on the webhook schedule (a new job, `startAfter`); the
   * queue's retries only cover a worker that died mid-attempt (15 s timeout).
   */
  webhooks: {
    retryLimit: 2,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 5 * 60,
    expireInSeconds: 60,
    deleteAfterSeconds: 7 * DAY,
  },
} as const satisfies Record<string, QueueSettings>;

export type QueueName = keyof typeof QUEUES;
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

/** What a handler gets besides its data. */
export interface JobContext {
  database: Database;
  storage: ObjectStorage;
  /** The real transport (SMTP or files), never the queue. */
  mailer: Mailer;
  log: Logger;
  /** DATA_DIR (partial uploads live in it). */
  dataDir: string;
  /** When this process began running jobs (the embedded database's orphan sweep needs it). */
  startedAt: Date;
  /** Aborted when the job expires or the worker stops. */
  signal: AbortSignal;
  /** Attempts before this one (0 on the first); `QUEUES[queue].retryLimit` on the last. */
  attempt: number;
}

export type JobHandler<Data> = (data: Data, context: JobContext) => Promise<void>;

interface JobDefinition<Schema extends z.ZodType> {
  queue: QueueName;
  data: Schema;
  /** The handler, imported when the first such job runs (so enqueueing imports no handler code). */
  handler: () => Promise<JobHandler<z.output<Schema>>>;
}

function job<Schema extends z.ZodType>(
  queue: QueueName,
  data: Schema,
  handler: () => Promise<JobHandler<z.output<Schema>>>,
): JobDefinition<Schema> {
  return { queue, data, handler };
}

const NoData = z.object({}).strict();

const PhotoId = z.object({ photoId: z.uuid() }).strict();
const OperatorId = z.object({ operatorId: z.uuid() }).strict();

export const JOBS = {
  /** An uploaded photo's processing: derived files, EXIF, QR code, gallery images, matching. */
  "images.processPhoto": job(
    "images",
    PhotoId,
    async () => (await import("./handlers/images")).processPhoto,
  ),
  /** A studio's watermarked gallery images made again (its name, the watermark, changed). */
  "images.rebuildGalleryVariants": job(
    "images",
    OperatorId,
    async () => (await import("./handlers/images")).rebuildGalleryVariants,
  ),
  /** One e-mail, sealed (sealed.ts): it may hold a one-time code or a link. */
  "mail.send": job(
    "mail",
    z.object({ sealed: z.string().min(1) }).strict(),
    async () => (await import("./handlers/mail")).sendMail,
  ),
  /**
   * One campaign e-mail (a `campaign_mails` row): sent at once, or queued again
   * for the end of the project's quiet hours or the studio's next minute.
   */
  "campaigns.send": job(
    "campaigns",
    z.object({ mailId: z.uuid() }).strict(),
    async () => (await import("./handlers/campaigns")).sendCampaign,
  ),
  /** Queues the reminders and unpaid-order reminders that have come due (schedule.ts). */
  "campaigns.dispatch": job(
    "campaigns",
    NoData,
    async () => (await import("./handlers/campaigns")).dispatchCampaigns,
  ),
  /** One attempt to deliver a webhook event to one endpoint (webhook-delivery.ts). */
  "webhooks.deliver": job(
    "webhooks",
    z.object({ deliveryId: z.uuid() }).strict(),
    async () => (await import("./handlers/webhooks")).deliverWebhookJob,
  ),
  /** Photo files whose row is gone or was never committed (orphan-files.ts). */
  "maintenance.sweepOrphanFiles": job(
    "maintenance",
    NoData,
    async () => (await import("./handlers/maintenance")).sweepOrphanFiles,
  ),
  /** Rate-limit windows that have passed and one-time codes that have expired. */
  "maintenance.purgeExpiredRows": job(
    "maintenance",
    NoData,
    async () => (await import("./handlers/maintenance")).purgeExpiredRows,
  ),
  /** Photos and members past their project's retention dates (domain/retention.ts). */
  "maintenance.applyRetention": job(
    "maintenance",
    NoData,
    async () => (await import("./handlers/retention")).applyRetention,
  ),
  /** Audit log entries older than a year (domain/audit-log.ts). */
  "maintenance.purgeAuditLog": job(
    "maintenance",
    NoData,
    async () => (await import("./handlers/maintenance")).purgeAuditLogEntries,
  ),
  /** Resumable uploads idle for a day (abandoned-uploads.ts). */
  "maintenance.purgeAbandonedUploads": job(
    "maintenance",
    NoData,
    async () => (await import("./handlers/maintenance")).purgeAbandonedUploads,
  ),
};

export type JobName = keyof typeof JOBS;
export type JobData<Name extends JobName> = z.input<(typeof JOBS)[Name]["data"]>;

/** What a queue's row holds: the job's name beside its data (several jobs share a queue). */
export const JobEnvelope = z.object({ job: z.string(), data: z.unknown() });
export type JobEnvelope = z.infer<typeof JobEnvelope>;

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOBS, name);
}
