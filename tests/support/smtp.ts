import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A real SMTP server inside the test process that keeps every message it receives. */
export interface Mailbox {
  url: string;
  messages: ParsedMail[];
  /**
   * The newest message to `to` received after `after` messages, waiting up to
   * `timeoutMs` (10 s): mail is sent by a job, a moment after the request.
   */
  nextFor(to: string, options?: { after?: number; timeoutMs?: number }): Promise<ParsedMail>;
  /** The reset code in the newest message to `to`. */
  codeFor(to: string, options?: { after?: number; timeoutMs?: number }): Promise<string>;
  countFor(to: string): number;
  stop(): Promise<void>;
}

const recipients = (mail: ParsedMail) =>
  [mail.to].flat().flatMap((address) => address?.value.map((v) => v.address?.toLowerCase()) ?? []);

/**
 * With `saveTo`, every message is also written there as JSON ({ to, subject,
 * text }), for tests that run in another process than the server. With `port`,
 * it listens there (a mail server coming back on the address the app knows).
 */
export async function startMailbox(
  options: { saveTo?: string; port?: number } = {},
): Promise<Mailbox> {
  if (options.saveTo) mkdirSync(options.saveTo, { recursive: true });
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          if (options.saveTo) {
            const saved = { to: recipients(mail), subject: mail.subject, text: mail.text };
            writeFileSync(
              path.join(options.saveTo, `${Date.now()}-${messages.length}.json`),
              JSON.stringify(saved),
            );
          }
          callback();
        })
        .catch(callback);
    },
  });
  // The app hanging up mid-conversation (stopped with a pooled connection open) resets the
  // socket; that is the client's business, not an error of the test run.
  server.on("error", () => undefined);
  const port = await new Promise<number>((resolve) => {
    server.listen(options.port ?? 0, "127.0.0.1", () =>
      resolve((server.server.address() as { port: number }).port),
    );
  });

  const countFor = (to: string) =>
    messages.filter((m) => recipients(m).includes(to.toLowerCase())).length;
  const nextFor = async (to: string, { after = 0, timeoutMs = 10_000 } = {}) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const mine = messages.filter((m) => recipients(m).includes(to.toLowerCase()));
      if (mine.length > after) return mine.at(-1)!;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no e-mail to ${to} within ${timeoutMs / 1000} s`);
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    nextFor,
    countFor,
    async codeFor(to, options) {
      const mail = await nextFor(to, options);
      const code = mail.text?.match(/code is (\d{6})/)?.[1];
      if (!code) throw new Error(`no code in the e-mail to ${to}: ${mail.text}`);
      return code;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
