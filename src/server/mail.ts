import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaTransactionLike } from "pg-boss";
import { z } from "zod";
import { getEnv } from "@/env";
import { sendJob } from "./jobs/queue";
import { getLogger } from "./logger";
import { seal } from "./sealed";

/**
 * Outgoing e-mail. Requests never wait on SMTP: the app's mailer (`getMailer`)
 * puts each message on the `mail` queue, sealed (sealed.ts) because it may
 * carry a one-time code, and a worker hands it to the transport
 * (`getMailTransport`) with retries while the server is away. The transport is
 * nodemailer: to SMTP_URL, or (MAIL_TRANSPORT=file, the default outside
 * production) written as .eml files under DATA_DIR/mail/ so a developer can
 * read a password-reset code without a mail server. The log names the file,
 * never the recipient or the content.
 */
export const OutgoingMail = z.object({
  to: z.string().min(3),
  subject: z.string(),
  text: z.string(),
  html: z.string().optional(),
  /** Extra header fields, e.g. List-Unsubscribe on campaign e-mails. */
  headers: z.record(z.string(), z.string()).optional(),
});
export type OutgoingMail = z.infer<typeof OutgoingMail>;

export interface SendMailOptions {
  /** The transaction of the write the mail tells about: no mail if it rolls back. */
  tx?: PrismaTransactionLike;
}

export interface Mailer {
  /** Resolves once the mail is queued (the app's mailer) or handed over (a transport). */
  send(mail: OutgoingMail, options?: SendMailOptions): Promise<void>;
}

/** What the sealed message in a `mail.send` job is sealed for. */
export const MAIL_SEAL_PURPOSE = "mail.send";

/** The app's mailer: each message becomes a `mail.send` job. */
export const queuedMailer: Mailer = {
  async send(mail, options = {}) {
    await sendJob(
      "mail.send",
      { sealed: seal(MAIL_SEAL_PURPOSE, OutgoingMail.parse(mail)) },
      { tx: options.tx },
    );
  },
};

export function smtpMailer(url: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}

export function fileMailer(directory: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "unix",
  });
  return {
    async send(mail) {
      const { message } = await transport.sendMail({ from, ...mail });
      await mkdir(directory, { recursive: true });
      const file = path.join(
        directory,
        `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}.eml`,
      );
      // Written whole, then named: a reader of the folder never sees half a message.
      await writeFile(`${file}.partial`, message as Buffer, { mode: 0o600 });
      await rename(`${file}.partial`, file);
      getLogger().info({ file }, "e-mail written to disk (MAIL_TRANSPORT=file)");
    },
  };
}

let transport: Mailer | undefined;

/** The transport that really sends (the `mail.send` job's handler uses it). */
export function getMailTransport(): Mailer {
  if (!transport) {
    const env = getEnv();
    transport =
      env.MAIL_TRANSPORT === "smtp" && env.SMTP_URL
        ? smtpMailer(env.SMTP_URL, env.MAIL_FROM)
        : fileMailer(path.join(env.dataDir, "mail"), env.MAIL_FROM);
  }
  return transport;
}

/** The mailer requests use: the queue. */
export function getMailer(): Mailer {
  return queuedMailer;
}
