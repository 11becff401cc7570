import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { placeGalleryOrder } from "@/server/domain/gallery";
import { JOB_SCHEMA } from "@/server/jobs/queue";
import { dispatchCampaigns, sendCampaign } from "@/server/jobs/handlers/campaigns";
import type { JobContext } from "@/server/jobs/registry";
import { getLogger } from "@/server/logger";
import { queuedMailer } from "@/server/mail";
import type { TestDatabase } from "../support/database";
import { eventually } from "../support/eventually";
import { insertOperator, uniqueEmail } from "../support/fixtures";
import { type JobsWithMailbox, startJobsWithMailbox } from "../support/jobs";
import type { Mailbox } from "../support/smtp";
import { afternoonZone } from "../support/time-zones";

/**
 * Campaign e-mails on the real job queue (workers in this process) and a real
 * SMTP sink, with the clock in the test's hands: the dispatch and the send
 * handler are called with a fixed `now`, and the jobs they queue run on the
 * queue. Jobs that run on the queue read the real clock, so the projects whose
 * e-mails go through it are in a zone where it is early afternoon now (outside
 * the quiet hours whenever the suite runs).
 */

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

let jobs: JobsWithMailbox;
let database: TestDatabase;
let mailbox: Mailbox;
let context: JobContext;

beforeAll(async () => {
  jobs = await startJobsWithMailbox("campaigns");
  ({ database, mailbox, context } = jobs);
}, 60_000);
afterAll(() => jobs?.stop());

async function studioWithProject(project: {
  timezone: string;
  ordersCloseAt?: Date;
  reminderDaysBeforeClose?: number[];
}) {
  const operator = await insertOperator(database.prisma, "Sunny Studio");
  const created = await database.prisma.project.create({
    data: { operatorId: operator.id, name: "Spring Fair", ...project },
  });
  const pkg = await database.prisma.package.create({
    data: { operatorId: operator.id, name: "Digital", price: 2500, photoCount: 5 },
  });
  await database.prisma.projectPackage.create({
    data: { operatorId: operator.id, projectId: created.id, packageId: pkg.id },
  });
  const member = (name: string, email: string | null = null, email2: string | null = null) =>
    database.prisma.member.create({
      data: { operatorId: operator.id, projectId: created.id, name, email, email2 },
    });
  const order = (
    memberId: string,
    status: "pending" | "paid" | "refunded",
    times: { orderedAt?: Date; paidAt?: Date } = {},
    amountInCents = 2500,
  ) =>
    database.prisma.order.create({
      data: {
        operatorId: operator.id,
        projectId: created.id,
        memberId,
        packageId: pkg.id,
        listPriceInCents: amountInCents,
        amountInCents,
        status,
        ...times,
      },
    });
  let clock = new Date();
  const caller = createCaller(
    createInnerContext({
      db: database.prisma,
      now: () => clock,
      getCaller: async () => ({ role: "operator", id: operator.id, operatorId: operator.id }),
    }),
  );
  return {
    operatorId: operator.id,
    projectId: created.id,
    packageId: pkg.id,
    member,
    order,
    caller,
    setClock: (at: Date) => {
      clock = at;
    },
  };
}

const mailRows = (projectId: string) =>
  database.prisma.campaignMail.findMany({
    where: { projectId },
    orderBy: [{ kind: "asc" }, { address: "asc" }],
  });

/** Every e-mail to `to` the sink has, once `count` have arrived. */
async function mailsTo(to: string, count: number): Promise<ParsedMail[]> {
  await mailbox.nextFor(to, { after: count - 1, timeoutMs: 20_000 });
  const recipients = (mail: ParsedMail) =>
    [mail.to].flat().flatMap((a) => a?.value.map((v) => v.address?.toLowerCase()) ?? []);
  return mailbox.messages.filter((mail) => recipients(mail).includes(to.toLowerCase()));
}

/** No more e-mail to any of `addresses` arrives in a while (the queue polls every 0.5 s). */
async function expectNoMoreMail(counts: Record<string, number>) {
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  for (const [address, count] of Object.entries(counts)) {
    expect(mailbox.countFor(address), address).toBe(count);
  }
}

/** A header field as it was sent (mailparser structures List-* headers; this reads the raw line). */
const header = (mail: ParsedMail, name: string): string | undefined => {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(name.length + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();
};

describe("invitations", () => {
  it("go once to every address of members who have one, through the queue", async () => {
    const studio = await studioWithProject({ timezone: afternoonZone() });
    const [ann, annParent, ben] = [
      uniqueEmail("ann"),
      uniqueEmail("ann-parent"),
      uniqueEmail("ben"),
    ];
    const a = await studio.member("Ann", ann, annParent);
    await studio.member("Ben", ben);
    const cy = await studio.member("Cy");

    expect(
      (await studio.caller.campaigns.overview({ projectId: studio.projectId })).invitationsPending,
    ).toBe(3);
    // Two requests at once (two instances, a double click): three e-mails in all.
    const answers = await Promise.all([
      studio.caller.campaigns.sendInvitations({ projectId: studio.projectId }),
      studio.caller.campaigns.sendInvitations({ projectId: studio.projectId }),
    ]);
    expect(answers.map((answer) => answer.queued).sort()).toEqual([0, 3]);

    const [toAnn] = await mailsTo(ann, 1);
    const [toParent] = await mailsTo(annParent, 1);
    await mailsTo(ben, 1);
    expect(toAnn!.subject).toBe("Your photos from Spring Fair are ready");
    const code = `${a.accessCode.slice(0, 5)}-${a.accessCode.slice(5)}`;
    expect(toAnn!.text).toContain(`Your access code: ${code}`);
    expect(toAnn!.text).toContain(`/gallery?code=${code}`);
    expect(toParent!.text).toContain(`Your access code: ${code}`);
    // RFC 8058: one-click unsubscribe in the headers, and a visible link in the body.
    const listUnsubscribe = header(toAnn!, "List-Unsubscribe")!;
    expect(listUnsubscribe).toMatch(/^<https?:\/\/[^>]+\/api\/unsubscribe\?token=[^>]+>$/);
    expect(header(toAnn!, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(toAnn!.text).toContain(`No more such e-mails: ${listUnsubscribe.slice(1, -1)}`);
    // Each address has its own link.
    expect(header(toParent!, "List-Unsubscribe")).not.toBe(listUnsubscribe);

    await eventually(async () =>
      (await mailRows(studio.projectId)).every((row) => row.status === "sent") ? true : undefined,
    );
    expect((await mailRows(studio.projectId)).map((row) => [row.memberId, row.address])).toEqual(
      expect.arrayContaining([
        [a.id, ann],
        [a.id, annParent],
      ]),
    );
    expect(await database.prisma.campaignMail.count({ where: { memberId: cy.id } })).toBe(0);

    // Not twice: asked again, nothing is queued and nothing more arrives.
    expect(await studio.caller.campaigns.sendInvitations({ projectId: studio.projectId })).toEqual({
      queued: 0,
    });
    const overview = await studio.caller.campaigns.overview({ projectId: studio.projectId });
    expect(overview.invitationsPending).toBe(0);
    expect(overview.kinds.invitation).toMatchObject({ sent: 3, queued: 0, failed: 0 });

    // A member enrolled later is invited by the next request, and only they are.
    const dan = uniqueEmail("dan");
    await studio.member("Dan", dan);
    expect(await studio.caller.campaigns.sendInvitations({ projectId: studio.projectId })).toEqual({
      queued: 1,
    });
    await mailsTo(dan, 1);
    await expectNoMoreMail({ [ann]: 1, [annParent]: 1, [ben]: 1, [dan]: 1 });
  }, 60_000);

  it("answer 404 for another studio's project", async () => {
    const mine = await studioWithProject({ timezone: "UTC" });
    const theirs = await studioWithProject({ timezone: "UTC" });
    await theirs.member("Eve", uniqueEmail("eve"));
    await expect(
      mine.caller.campaigns.sendInvitations({ projectId: theirs.projectId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      mine.caller.campaigns.overview({ projectId: theirs.projectId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("reminders before ordering closes", () => {
  it("go 7 and 1 days before the close, once each, to members without a paid order", async () => {
    const t0 = new Date();
    const close = new Date(t0.getTime() + 7 * DAY - HOUR);
    const studio = await studioWithProject({
      timezone: afternoonZone(t0),
      ordersCloseAt: close,
      reminderDaysBeforeClose: [7, 1],
    });
    const [eve, fay, gus, gusParent] = ["eve", "fay", "gus", "gus-parent"].map((p) =>
      uniqueEmail(p),
    ) as [string, string, string, string];
    await studio.member("Eve", eve);
    const f = await studio.member("Fay", fay);
    await studio.member("Gus", gus, gusParent);
    await studio.order(f.id, "paid", { paidAt: t0 });

    // Two hours before: the first reminder is not due yet.
    await dispatchCampaigns({}, context, new Date(t0.getTime() - 2 * HOUR));
    expect(await mailRows(studio.projectId)).toEqual([]);

    // 7 days before the close (and a moment later, again): one reminder each.
    await dispatchCampaigns({}, context, t0);
    await dispatchCampaigns({}, context, new Date(t0.getTime() + 60_000));
    const [first] = await mailsTo(eve, 1);
    await mailsTo(gus, 1);
    await mailsTo(gusParent, 1);
    expect(first!.subject).toBe("Ordering for Spring Fair closes soon");
    expect(header(first!, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect((await mailRows(studio.projectId)).map((row) => row.occasion)).toEqual([
      "d7",
      "d7",
      "d7",
    ]);

    // 1 day before: the second one.
    const dayBefore = new Date(close.getTime() - DAY + 60_000);
    await dispatchCampaigns({}, context, dayBefore);
    await dispatchCampaigns({}, context, new Date(dayBefore.getTime() + HOUR));
    await mailsTo(eve, 2);
    await mailsTo(gus, 2);
    await mailsTo(gusParent, 2);
    // After the close: nothing more.
    await dispatchCampaigns({}, context, new Date(close.getTime() + 60_000));
    await expectNoMoreMail({ [eve]: 2, [gus]: 2, [gusParent]: 2, [fay]: 0 });
    const overview = await studio.caller.campaigns.overview({ projectId: studio.projectId });
    expect(overview.kinds.reminder).toMatchObject({ sent: 6, queued: 0 });
  }, 90_000);

  it("are not sent to a member who paid after the reminder was queued", async () => {
    const studio = await studioWithProject({
      timezone: "Europe/Berlin",
      ordersCloseAt: new Date("2030-06-20T16:00:00Z"),
    });
    const hal = await studio.member("Hal", uniqueEmail("hal"));
    // 22:00 in Berlin: queued until 08:00.
    await dispatchCampaigns({}, context, new Date("2030-06-19T20:00:00Z"));
    const [row] = await mailRows(studio.projectId);
    expect(row).toMatchObject({ memberId: hal.id, occasion: "d1", status: "queued" });
    await studio.order(hal.id, "paid", { paidAt: new Date("2030-06-19T21:00:00Z") });
    await sendCampaign({ mailId: row!.id }, context, new Date("2030-06-20T06:00:00Z"));
    expect((await mailRows(studio.projectId))[0]!.status).toBe("skipped");
    expect(mailbox.countFor(hal.email!)).toBe(0);
  });
});

describe("the unpaid-order reminder", () => {
  it("goes once, 24 hours after an order was placed, while it is still pending", async () => {
    const t0 = new Date();
    const studio = await studioWithProject({ timezone: afternoonZone(t0) });
    const [ivy, jon] = [uniqueEmail("ivy"), uniqueEmail("jon")];
    const i = await studio.member("Ivy", ivy);
    const j = await studio.member("Jon", jon);
    const placed = new Date(t0.getTime() - 25 * HOUR);
    const pending = await studio.order(i.id, "pending", { orderedAt: placed });
    await studio.order(j.id, "paid", { orderedAt: placed, paidAt: placed });

    // 23 hours after the order: not yet.
    await dispatchCampaigns({}, context, new Date(placed.getTime() + 23 * HOUR));
    expect(await mailRows(studio.projectId)).toEqual([]);

    await dispatchCampaigns({}, context, t0);
    await dispatchCampaigns({}, context, new Date(t0.getTime() + 2 * HOUR));
    const [mail] = await mailsTo(ivy, 1);
    expect(mail!.subject).toBe("Your order from Spring Fair is waiting for payment");
    expect(mail!.text).toContain("not paid yet");
    expect(header(mail!, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect((await mailRows(studio.projectId)).map((row) => row.occasion)).toEqual([
      `order:${pending.id}`,
    ]);
    await dispatchCampaigns({}, context, new Date(t0.getTime() + 3 * DAY));
    await expectNoMoreMail({ [ivy]: 1, [jon]: 0 });
  }, 60_000);
});

describe("quiet hours", () => {
  it("hold an e-mail queued at 22:00 in the project's zone until 08:00 there", async () => {
    const studio = await studioWithProject({ timezone: "Europe/Berlin" });
    const kim = uniqueEmail("kim");
    await studio.member("Kim", kim);
    // 22:00 in Berlin (summer time, UTC+2).
    studio.setClock(new Date("2030-06-10T20:00:00Z"));
    expect(await studio.caller.campaigns.sendInvitations({ projectId: studio.projectId })).toEqual({
      queued: 1,
    });
    const [row] = await mailRows(studio.projectId);
    const jobs = () =>
      database.query<{ start_after: Date; state: string }>(
        `SELECT start_after, state FROM ${JOB_SCHEMA}.job
          WHERE data->>'job' = 'campaigns.send' AND data->'data'->>'mailId' = $1
          ORDER BY created_on`,
        [row!.id],
      );
    expect((await jobs()).map((job) => job.start_after)).toEqual([
      new Date("2030-06-11T06:00:00Z"),
    ]);

    // Run at 22:30 anyway (the job's time came early): it is queued again for 08:00, not sent.
    await sendCampaign({ mailId: row!.id }, context, new Date("2030-06-10T20:30:00Z"));
    expect((await jobs()).map((job) => job.start_after)).toEqual([
      new Date("2030-06-11T06:00:00Z"),
      new Date("2030-06-11T06:00:00Z"),
    ]);
    expect((await mailRows(studio.projectId))[0]!.status).toBe("queued");
    await expectNoMoreMail({ [kim]: 0 });

    // 08:00 in Berlin: it goes.
    const eight = new Date("2030-06-11T06:00:00Z");
    await sendCampaign({ mailId: row!.id }, context, eight);
    await mailsTo(kim, 1);
    expect((await mailRows(studio.projectId))[0]).toMatchObject({ status: "sent", sentAt: eight });
    // The deferred copy finds it sent and does nothing.
    await sendCampaign({ mailId: row!.id }, context, new Date("2030-06-11T06:05:00Z"));
    await expectNoMoreMail({ [kim]: 1 });
  }, 30_000);
});

describe("an opted-out address", () => {
  it("gets no campaign e-mail, but still its order confirmation", async () => {
    const studio = await studioWithProject({ timezone: afternoonZone() });
    const lea = uniqueEmail("lea");
    const l = await studio.member("Lea", lea);
    await studio.caller.campaigns.sendInvitations({ projectId: studio.projectId });
    const [invitation] = await mailsTo(lea, 1);
    const link = new URL(header(invitation!, "List-Unsubscribe")!.slice(1, -1));
    const token = link.searchParams.get("token")!;

    const anonymous = createCaller(createInnerContext({ db: database.prisma }));
    // Looking at the page changes nothing; its button (the same mutation as one-click) opts out.
    await expect(anonymous.campaigns.unsubscribeTarget({ token })).resolves.toEqual({
      address: lea,
      studioName: "Sunny Studio",
    });
    expect(await database.prisma.campaignOptOut.count({ where: { address: lea } })).toBe(0);
    await anonymous.campaigns.unsubscribe({ token });
    await anonymous.campaigns.unsubscribe({ token });
    expect(
      await database.prisma.campaignOptOut.findMany({
        where: { address: lea },
        select: { operatorId: true, kind: true, projectId: true },
      }),
    ).toEqual([{ operatorId: studio.operatorId, kind: "invitation", projectId: studio.projectId }]);

    // A forged or changed token is a 400 naming the token.
    for (const forged of ["v1.bm90LWEtdG9rZW4", `${token.slice(0, -4)}AAAA`, "hello"]) {
      await expect(anonymous.campaigns.unsubscribe({ token: forged })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { fieldErrors: { token: [expect.any(String)] } },
      });
    }

    // The unpaid-order reminder is not sent to it...
    const order = await studio.order(l.id, "pending", {
      orderedAt: new Date(Date.now() - 25 * HOUR),
    });
    await dispatchCampaigns({}, context, new Date());
    expect(
      await database.prisma.campaignMail.count({ where: { occasion: `order:${order.id}` } }),
    ).toBe(0);
    // ...but an order confirmation is.
    const placed = await placeGalleryOrder(
      database.prisma,
      queuedMailer,
      getLogger(),
      {
        id: l.id,
        operatorId: studio.operatorId,
        projectId: studio.projectId,
        name: "Lea",
        email: lea,
      },
      { packageId: studio.packageId, photoIds: [], acceptTerms: true },
      new Date(),
    );
    expect(placed.emailed).toBe(true);
    const [, confirmation] = await mailsTo(lea, 2);
    expect(confirmation!.subject).toMatch(/^Your order .* with Sunny Studio$/);
    expect(confirmation!.headers.has("list-unsubscribe")).toBe(false);
    await expectNoMoreMail({ [lea]: 2 });
    const overview = await studio.caller.campaigns.overview({ projectId: studio.projectId });
    expect(overview.kinds.invitation.optedOut).toBe(1);
  }, 60_000);
});

describe("the statistics", () => {
  it("count e-mails per kind and what followed within 7 days, for the latest e-mail", async () => {
    const studio = await studioWithProject({ timezone: "UTC" });
    const day = (n: number, hours = 0) =>
      new Date(Date.parse("2031-03-01T10:00:00Z") + n * DAY + hours * HOUR);
    const mail = (
      memberId: string,
      kind: "invitation" | "reminder" | "unpaid_order",
      status: "queued" | "sent" | "failed",
      sentAt: Date | null,
      address: string,
      occasion = "",
    ) =>
      database.prisma.campaignMail.create({
        data: {
          operatorId: studio.operatorId,
          projectId: studio.projectId,
          memberId,
          kind,
          occasion,
          address,
          status,
          sentAt,
        },
      });
    const m1 = await studio.member("M1", "m1@example.test");
    const m2 = await studio.member("M2", "m2@example.test");
    const m3 = await studio.member("M3", "m3@example.test");
    const m4 = await studio.member("M4", "m4@example.test");
    const m5 = await studio.member("M5", "m5@example.test", "m5b@example.test");

    // M1: invited on day 0; first visit on day 2 and an order paid on day 3 count for the invitation.
    await mail(m1.id, "invitation", "sent", day(0), "m1@example.test");
    await database.prisma.member.update({ where: { id: m1.id }, data: { firstViewedAt: day(2) } });
    await studio.order(m1.id, "paid", { orderedAt: day(3), paidAt: day(3) }, 1000);
    // M2: invited on day 0, reminded on day 5; the order paid on day 6 counts for the reminder;
    // the visit before any e-mail counts for none.
    await mail(m2.id, "invitation", "sent", day(0), "m2@example.test");
    await mail(m2.id, "reminder", "sent", day(5), "m2@example.test", "d7");
    await database.prisma.member.update({ where: { id: m2.id }, data: { firstViewedAt: day(-1) } });
    await studio.order(m2.id, "paid", { orderedAt: day(6), paidAt: day(6) }, 2500);
    // M3: invited on day 0; visit on day 8 and payment on day 9 are past the 7 days.
    await mail(m3.id, "invitation", "sent", day(0), "m3@example.test");
    await database.prisma.member.update({ where: { id: m3.id }, data: { firstViewedAt: day(8) } });
    await studio.order(m3.id, "paid", { orderedAt: day(9), paidAt: day(9) }, 4000);
    // M4: the unpaid-order reminder on day 2; visit and payment an hour later count for it;
    // a refunded order and an order paid on day 20 do not.
    const unpaid = await studio.order(
      m4.id,
      "paid",
      { orderedAt: day(1), paidAt: day(2, 1) },
      1500,
    );
    await mail(m4.id, "unpaid_order", "sent", day(2), "m4@example.test", `order:${unpaid.id}`);
    await database.prisma.member.update({
      where: { id: m4.id },
      data: { firstViewedAt: day(2, 0.5) },
    });
    await studio.order(m4.id, "refunded", { orderedAt: day(2), paidAt: day(3) }, 900);
    await studio.order(m4.id, "paid", { orderedAt: day(20), paidAt: day(20) }, 700);
    // M5: one invitation failed, one still queued.
    await mail(m5.id, "invitation", "failed", null, "m5@example.test");
    await mail(m5.id, "invitation", "queued", null, "m5b@example.test");
    // An opt-out through M2's reminder; one through another project's e-mail does not count here.
    await database.prisma.campaignOptOut.createMany({
      data: [
        {
          operatorId: studio.operatorId,
          address: "m2@example.test",
          kind: "reminder",
          projectId: studio.projectId,
        },
        { operatorId: studio.operatorId, address: "elsewhere@example.test", kind: "reminder" },
      ],
    });

    const overview = await studio.caller.campaigns.overview({ projectId: studio.projectId });
    expect(overview.kinds).toEqual({
      invitation: {
        queued: 1,
        sent: 3,
        failed: 1,
        optedOut: 0,
        galleryVisits: 1,
        paidOrders: 1,
        revenueInCents: 1000,
      },
      reminder: {
        queued: 0,
        sent: 1,
        failed: 0,
        optedOut: 1,
        galleryVisits: 0,
        paidOrders: 1,
        revenueInCents: 2500,
      },
      unpaid_order: {
        queued: 0,
        sent: 1,
        failed: 0,
        optedOut: 0,
        galleryVisits: 1,
        paidOrders: 1,
        revenueInCents: 1500,
      },
    });
    // Not invited yet: only M4 (M5's addresses have rows, failed and queued).
    expect(overview.invitationsPending).toBe(1);
    expect(overview.currency).toBe("USD");
  });
});
