import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendCampaignMail } from "@/server/domain/campaigns";
import { smtpMailer } from "@/server/mail";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOperator, uniqueEmail } from "../support/fixtures";
import { type Mailbox, startMailbox } from "../support/smtp";

/**
 * A campaign e-mail already queued when its member opts out of e-mails
 * (emailOptOut, by hand or by the class list) is recorded `skipped` when its
 * turn comes, as an unsubscribed address's is, and nothing reaches the SMTP
 * server; the member's other e-mails go out as before.
 */

let database: TestDatabase;
let mailbox: Mailbox;

beforeAll(async () => {
  database = await createTestDatabase();
  mailbox = await startMailbox();
}, 60_000);
afterAll(async () => {
  await mailbox?.stop();
  await database?.destroy();
});

/** Noon in UTC: outside the quiet hours. */
const NOON = new Date("2026-06-10T12:00:00Z");

async function queuedInvitation(emailOptOut: boolean) {
  const db = database.prisma;
  const operator = await insertOperator(db, "Opt-out Studio");
  const project = await db.project.create({
    data: { operatorId: operator.id, name: "Summer Camp", timezone: "UTC" },
  });
  const address = uniqueEmail("parent");
  const member = await db.member.create({
    data: {
      operatorId: operator.id,
      projectId: project.id,
      name: "Zoe",
      email: address,
    },
  });
  const mail = await db.campaignMail.create({
    data: {
      operatorId: operator.id,
      projectId: project.id,
      memberId: member.id,
      kind: "invitation",
      occasion: "",
      address,
    },
  });
  if (emailOptOut) {
    await db.member.update({ where: { id: member.id }, data: { emailOptOut: true } });
  }
  return { mailId: mail.id, address };
}

describe("a queued campaign e-mail of a member who opted out", () => {
  it("is skipped and recorded so, and sends nothing", async () => {
    const mailer = smtpMailer(mailbox.url, "Studio <studio@example.test>");
    const { mailId, address } = await queuedInvitation(true);
    expect(await sendCampaignMail(database.prisma, mailer, mailId, NOON)).toEqual({
      outcome: "skipped",
      reason: "the member opted out of campaign e-mails",
    });
    const row = await database.prisma.campaignMail.findUniqueOrThrow({ where: { id: mailId } });
    expect(row).toMatchObject({ status: "skipped", sentAt: null });

    // The same e-mail of a member who did not opt out goes out, through the same server.
    const control = await queuedInvitation(false);
    expect(await sendCampaignMail(database.prisma, mailer, control.mailId, NOON)).toEqual({
      outcome: "sent",
    });
    await mailbox.nextFor(control.address);
    expect(mailbox.countFor(address)).toBe(0);
  });
});
