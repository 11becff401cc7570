import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/env";
import { getLogger } from "./logger";

/**
 * Outgoing e-mail through nodemailer: to SMTP_URL when it is set, otherwise
 * written as .eml files under DATA_DIR/mail/ (the path is logged, never the
 * content), so a developer can read a password-reset code without a mail server.
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

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
      await writeFile(file, message as Buffer, { mode: 0o600 });
      getLogger().info(
        { file, to: mail.to, subject: mail.subject },
        "e-mail written to disk (no SMTP_URL)",
      );
    },
  };
}

let mailer: Mailer | undefined;

export function getMailer(): Mailer {
  if (!mailer) {
    const env = getEnv();
    mailer = env.SMTP_URL
      ? smtpMailer(env.SMTP_URL, env.MAIL_FROM)
      : fileMailer(path.join(env.dataDir, "mail"), env.MAIL_FROM);
  }
  return mailer;
}
