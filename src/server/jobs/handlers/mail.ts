import { MAIL_SEAL_PURPOSE, OutgoingMail } from "@/server/mail";
import { unseal } from "@/server/sealed";
import type { JobContext } from "../registry";

/**
 * `mail.send`: opens the sealed message and hands it to the transport. An
 * unreachable or refusing server throws, and the queue retries with backoff.
 */
export async function sendMail(data: { sealed: string }, context: JobContext): Promise<void> {
  const mail = OutgoingMail.parse(unseal(MAIL_SEAL_PURPOSE, data.sealed));
  await context.mailer.send(mail);
  context.log.info("e-mail sent");
}
