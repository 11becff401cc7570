import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/env";
import { getLogger } from "./logger";

/**
 * Outgoing e-mail through nodemailer: to SMTP_URL, or (MAIL_TRANSPORT=file,
 * the default outside production) written as .eml files under DATA_DIR/mail/
 * so a developer can read a password-reset code without a mail server. The log
 * names the file, never the recipient or the content.
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
      getLogger().info({ file }, "e-mail written to disk (MAIL_TRANSPORT=file)");
    },
  };
}

let mailer: Mailer | undefined;

export function getMailer(): Mailer {
  if (!mailer) {
    const env = getEnv();
    mailer =
      env.MAIL_TRANSPORT === "smtp" && env.SMTP_URL
        ? smtpMailer(env.SMTP_URL, env.MAIL_FROM)
        : fileMailer(path.join(env.dataDir, "mail"), env.MAIL_FROM);
  }
  return mailer;
}
