import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Where the test SMTP server of the global setup saves what the app sends. */
export const MAIL_DIR = path.resolve("artifacts/e2e-mail");

interface SavedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Sealed into a job that failed before the app started (global-setup.ts). */
export const FAILED_MAIL = {
  to: "away-parent@example.test",
  subject: "Your gallery is ready",
  text: "Sent once the mail server was back.",
};

export function mailTo(address: string): SavedMail[] {
  let files: string[] = [];
  try {
    files = readdirSync(MAIL_DIR).sort();
  } catch {
    return [];
  }
  return files
    .map((file) => JSON.parse(readFileSync(path.join(MAIL_DIR, file), "utf8")) as SavedMail)
    .filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** The 6-digit code of the newest e-mail to `address`, waiting up to 10 s for it. */
export async function resetCodeFor(
  address: string,
  options: { after?: number } = {},
): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const mails = mailTo(address);
    if (mails.length > (options.after ?? 0)) {
      const code = mails.at(-1)!.text.match(/code is (\d{6})/)?.[1];
      if (code) return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no reset code for ${address} within 10 s`);
}
