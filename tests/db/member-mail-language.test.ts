import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { placeGalleryOrder } from "@/server/domain/gallery";
import { getLogger } from "@/server/logger";
import { type Mailer } from "@/server/mail";
import type { TestDatabase } from "../support/database";
import { insertOperator, uniqueEmail } from "../support/fixtures";
import { type JobsWithMailbox, startJobsWithMailbox } from "../support/jobs";
import type { Mailbox } from "../support/smtp";
import { afternoonZone } from "../support/time-zones";

/**
 * The members' e-mails speak their studio's language: the invitation (sent
 * through the real job queue) and the order confirmation arrive at a real SMTP
 * sink in German for a de-DE studio, in English for an en-US one, with the
 * deadline and the amounts written the studio's way.
 */

let jobs: JobsWithMailbox;
let database: TestDatabase;
let mailbox: Mailbox;
let mailer: Mailer;

beforeAll(async () => {
  jobs = await startJobsWithMailbox("member-mail-language");
  ({ database, mailbox, mailer } = jobs);
}, 60_000);
afterAll(() => jobs?.stop());

/** A studio in `locale` (EUR) with a project closing in ten days, a 25.00 package and one member. */
async function studioIn(locale: string) {
  const operator = await insertOperator(database.prisma, "Lumen Studio");
  await database.prisma.operator.update({
    where: { id: operator.id },
    data: { locale, currency: "EUR" },
  });
  const ordersCloseAt = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000);
  const project = await database.prisma.project.create({
    data: {
      operatorId: operator.id,
      name: "Lindenschule 2027",
      timezone: afternoonZone(),
      ordersCloseAt,
    },
  });
  const pkg = await database.prisma.package.create({
    data: { operatorId: operator.id, name: "Digital", price: 2500, photoCount: 5 },
  });
  await database.prisma.projectPackage.create({
    data: { operatorId: operator.id, projectId: project.id, packageId: pkg.id },
  });
  const email = uniqueEmail("parent");
  const member = await database.prisma.member.create({
    data: { operatorId: operator.id, projectId: project.id, name: "Noor Haddad", email },
  });
  const caller = createCaller(
    createInnerContext({
      db: database.prisma,
      getCaller: async () => ({ role: "operator", id: operator.id, operatorId: operator.id }),
    }),
  );
  await caller.campaigns.sendInvitations({ projectId: project.id });
  const invitation = await mailbox.nextFor(email, { timeoutMs: 20_000 });
  const placed = await placeGalleryOrder(
    database.prisma,
    mailer,
    getLogger(),
    {
      id: member.id,
      operatorId: operator.id,
      projectId: project.id,
      name: member.name,
      email,
    },
    { packageId: pkg.id, photoIds: [], acceptTerms: true },
    new Date(),
  );
  expect(placed.emailed).toBe(true);
  const confirmation = await mailbox.nextFor(email, { after: 1, timeoutMs: 20_000 });
  return {
    invitation,
    confirmation,
    number: placed.order.number,
    code: `${member.accessCode.slice(0, 5)}-${member.accessCode.slice(5)}`,
    deadline: (dateLocale: string) =>
      new Intl.DateTimeFormat(dateLocale, {
        timeZone: project.timezone,
        dateStyle: "full",
        timeStyle: "short",
      }).format(ordersCloseAt),
  };
}

const lines = (mail: ParsedMail) => (mail.text ?? "").split("\n").map((line) => line.trim());

describe("the members' e-mails", () => {
  it("arrive in German for a German studio", async () => {
    const { invitation, confirmation, number, code, deadline } = await studioIn("de-DE");
    expect(invitation.subject).toBe("Ihre Fotos aus „Lindenschule 2027“ sind da");
    expect(lines(invitation)).toEqual(
      expect.arrayContaining([
        "Guten Tag,",
        "die Fotos von Noor Haddad aus „Lindenschule 2027“ können jetzt angesehen und bestellt werden.",
        `Ihr Zugangscode: ${code}`,
        `Bestellschluss ist am ${deadline("de-DE")}.`,
        "Sie erhalten diese E-Mail, weil Lumen Studio diese Adresse für Noor Haddad hat.",
      ]),
    );
    expect(invitation.text).toMatch(/Keine solchen E-Mails mehr: https?:\/\/\S+\/api\/unsubscribe/);
    expect(invitation.text).not.toMatch(/Your access code|Ordering closes|Hello/);

    expect(confirmation.subject).toBe(`Ihre Bestellung ${number} bei Lumen Studio`);
    expect(lines(confirmation)).toEqual(
      expect.arrayContaining([
        "Guten Tag Noor Haddad,",
        "vielen Dank für Ihre Bestellung aus „Lindenschule 2027“.",
        `Bestellnummer: ${number}`,
        "Paket: Digital (5 Fotos, in Ihrer Galerie zu wählen)",
        "Betrag: 25,00\u00a0€",
        "Status: offen",
        "Bitte bezahlen Sie im Studio oder auf Rechnung. Ihr Download steht in Ihrer Galerie bereit, sobald das Studio Ihre Zahlung erhalten hat.",
      ]),
    );
    expect(confirmation.text).not.toMatch(/Order number|Amount|Hello/);
  }, 60_000);

  it("arrive in English for an American studio", async () => {
    const { invitation, confirmation, number, code, deadline } = await studioIn("en-US");
    expect(invitation.subject).toBe("Your photos from Lindenschule 2027 are ready");
    expect(lines(invitation)).toEqual(
      expect.arrayContaining([
        "Hello,",
        "the photos of Noor Haddad from Lindenschule 2027 are ready to view and order.",
        `Your access code: ${code}`,
        `Ordering closes on ${deadline("en-US")}.`,
        "You get this e-mail because Lumen Studio has this address for Noor Haddad.",
      ]),
    );
    expect(confirmation.subject).toBe(`Your order ${number} with Lumen Studio`);
    expect(lines(confirmation)).toEqual(
      expect.arrayContaining([
        "Hello Noor Haddad,",
        `Order number: ${number}`,
        "Package: Digital (5 photos, to choose in your gallery)",
        "Amount: €25.00",
        "Status: pending",
      ]),
    );
  }, 60_000);
});
