import type { PrismaTransactionLike } from "pg-boss";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/env";
import { formatAccessCode } from "@/lib/access-code-format";
import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { sendJobs } from "@/server/jobs/queue";
import type { Mailer, OutgoingMail } from "@/server/mail";
import { hit, type RateLimit } from "@/server/rate-limit";
import { SealError, seal, unseal } from "@/server/sealed";
import {
  ATTRIBUTION_WINDOW_DAYS,
  CAMPAIGN_MAILS_PER_MINUTE,
  quietUntil,
  reminderDue,
  UNPAID_ORDER_AFTER_MS,
  UNPAID_ORDER_UNTIL_MS,
} from "./campaign-timing";
import {
  CAMPAIGN_KINDS,
  type CampaignKind,
  type CampaignOverview,
  type InvitationsQueued,
  type KindStatistics,
  type Unsubscribed,
} from "./campaigns.schemas";
import { memberMailMessages } from "./member-mail-messages";
import { projectNotFound } from "./projects";

/**
 * E-mails that bring members back (campaigns): an invitation with the gallery
 * link and the member's code, reminders before ordering closes, and one
 * reminder for an order left unpaid.
 *
 * Each e-mail is first a `campaign_mails` row, one per member, occasion and
 * address, made with ON CONFLICT DO NOTHING: only the statement that made the
 * row enqueues its `campaigns.send` job (in the same transaction), so a
 * repeated request, a second dispatch or a second instance never sends one
 * twice. The job (handlers/campaigns.ts) sends it when it may: not in the
 * project's quiet hours, within the studio's budget per minute, and only to an
 * address that has not opted out.
 */

const UNSUBSCRIBE_PURPOSE = "campaign.unsubscribe";

/** Campaign e-mails per studio per minute (`CAMPAIGN_MAILS_PER_MINUTE`), shared by every instance. */
const STUDIO_BUDGET: RateLimit = {
  name: "campaign-mails",
  limit: CAMPAIGN_MAILS_PER_MINUTE,
  windowSeconds: 60,
};

const appBase = () => getEnv().NEXTAUTH_URL ?? `http://localhost:${getEnv().PORT}`;

/** The members' addresses (both, lower-cased), as `a.address` beside `m`. */
const ADDRESSES = Prisma.sql`CROSS JOIN LATERAL (SELECT DISTINCT lower(btrim(x)) AS address
                                    FROM unnest(ARRAY[m.email, m.email2]) AS x
                                   WHERE nullif(btrim(x), '') IS NOT NULL) a`;

/** Neither the member (emailOptOut) nor the address (an unsubscribe) opted out. */
const NOT_OPTED_OUT = Prisma.sql`NOT m.email_opt_out
                                 AND NOT EXISTS (SELECT 1 FROM campaign_opt_outs oo
                                   WHERE oo.operator_id = m.operator_id AND oo.address = a.address)`;

/** Sends each new row's job once `tx` commits, not before the project's quiet hours end. */
async function enqueueSends(
  tx: PrismaTransactionLike,
  ids: string[],
  timeZone: string,
  now: Date,
): Promise<void> {
  const startAfter = quietUntil(now, timeZone) ?? undefined;
  await sendJobs(
    "campaigns.send",
    ids.map((mailId) => ({ mailId })),
    { tx, startAfter },
  );
}

// ---- Invitations ----

function invitationCandidates(operatorId: string, projectId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT m.operator_id, m.project_id, m.id AS member_id, a.address
      FROM members m ${ADDRESSES}
     WHERE m.operator_id = ${operatorId}::uuid AND m.project_id = ${projectId}::uuid
       AND ${NOT_OPTED_OUT}
       AND NOT EXISTS (SELECT 1 FROM campaign_mails c
                        WHERE c.member_id = m.id AND c.kind = 'invitation'
                          AND c.occasion = '' AND c.address = a.address)`;
}

async function projectOf(tenant: Tenant, projectId: string) {
  const project = await tenant.db.project.findFirst({
    where: { id: projectId },
    select: { timezone: true, ordersCloseAt: true, reminderDaysBeforeClose: true },
  });
  if (!project) throw projectNotFound();
  return project;
}

/** Invitation e-mails `queueInvitations` would queue now. */
export async function pendingInvitations(tenant: Tenant, projectId: string): Promise<number> {
  const [row] = await tenant.db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (${invitationCandidates(tenant.operatorId, projectId)}) pending`;
  return row?.n ?? 0;
}

/**
 * Queues the invitation (gallery link and access code) to every address of
 * the project's members not invited at it yet, except opted-out addresses.
 */
export async function queueInvitations(
  tenant: Tenant,
  projectId: string,
  now: Date,
): Promise<InvitationsQueued> {
  const project = await projectOf(tenant, projectId);
  const queued = await tenant.db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO campaign_mails (operator_id, project_id, member_id, kind, occasion, address)
      SELECT operator_id, project_id, member_id, 'invitation'::campaign_kind, '', address
        FROM (${invitationCandidates(tenant.operatorId, projectId)}) pending
      ON CONFLICT (member_id, kind, occasion, address) DO NOTHING
      RETURNING id`;
    await enqueueSends(
      tx,
      rows.map((row) => row.id),
      project.timezone,
      now,
    );
    return rows.length;
  });
  return { queued };
}

// ---- Reminders and unpaid orders (the scheduled dispatch) ----

export interface DispatchResult {
  reminders: number;
  unpaidOrders: number;
}

/**
 * Queues what has come due at `now` across every studio: the reminder of each
 * project whose close is near (to members without a paid order), and the one
 * reminder of each order pending for a day. Runs from the schedule; running it
 * twice queues nothing twice.
 */
export async function dispatchCampaigns(db: PrismaClient, now: Date): Promise<DispatchResult> {
  const projects = await db.$queryRaw<
    {
      operator_id: string;
      id: string;
      timezone: string;
      orders_close_at: Date;
      reminder_days_before_close: number[];
    }[]
  >`
    SELECT operator_id, id, timezone, orders_close_at, reminder_days_before_close
      FROM projects
     WHERE orders_close_at > ${now}
       AND cardinality(reminder_days_before_close) > 0
       AND ${now} >= orders_close_at - (SELECT max(d) FROM unnest(reminder_days_before_close) d) * interval '1 day'`;

  let reminders = 0;
  for (const project of projects) {
    const day = reminderDue(now, project.orders_close_at, project.reminder_days_before_close);
    if (day === null) continue;
    reminders += await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO campaign_mails (operator_id, project_id, member_id, kind, occasion, address)
        SELECT m.operator_id, m.project_id, m.id, 'reminder'::campaign_kind, ${`d${day}`}, a.address
          FROM members m ${ADDRESSES}
         WHERE m.operator_id = ${project.operator_id}::uuid AND m.project_id = ${project.id}::uuid
           AND ${NOT_OPTED_OUT}
           AND NOT EXISTS (SELECT 1 FROM orders o
                            WHERE o.operator_id = m.operator_id AND o.project_id = m.project_id
                              AND o.member_id = m.id AND o.status = 'paid')
        ON CONFLICT (member_id, kind, occasion, address) DO NOTHING
        RETURNING id`;
      await enqueueSends(
        tx,
        rows.map((row) => row.id),
        project.timezone,
        now,
      );
      return rows.length;
    });
  }

  const orders = await db.$queryRaw<{ project_id: string; timezone: string }[]>`
    SELECT DISTINCT o.project_id, p.timezone
      FROM orders o JOIN projects p ON p.operator_id = o.operator_id AND p.id = o.project_id
     WHERE o.status = 'pending'
       AND o.ordered_at <= ${new Date(now.getTime() - UNPAID_ORDER_AFTER_MS)}
       AND o.ordered_at > ${new Date(now.getTime() - UNPAID_ORDER_UNTIL_MS)}`;
  let unpaidOrders = 0;
  for (const project of orders) {
    unpaidOrders += await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO campaign_mails (operator_id, project_id, member_id, kind, occasion, address)
        SELECT m.operator_id, m.project_id, m.id, 'unpaid_order'::campaign_kind, 'order:' || o.id::text, a.address
          FROM orders o
          JOIN members m ON m.operator_id = o.operator_id AND m.project_id = o.project_id AND m.id = o.member_id
          ${ADDRESSES}
         WHERE o.project_id = ${project.project_id}::uuid AND o.status = 'pending'
           AND o.ordered_at <= ${new Date(now.getTime() - UNPAID_ORDER_AFTER_MS)}
           AND o.ordered_at > ${new Date(now.getTime() - UNPAID_ORDER_UNTIL_MS)}
           AND ${NOT_OPTED_OUT}
        ON CONFLICT (member_id, kind, occasion, address) DO NOTHING
        RETURNING id`;
      await enqueueSends(
        tx,
        rows.map((row) => row.id),
        project.timezone,
        now,
      );
      return rows.length;
    });
  }
  return { reminders, unpaidOrders };
}

// ---- Sending one ----

export type SendOutcome =
  | { outcome: "sent" }
  | { outcome: "skipped"; reason: string }
  | { outcome: "deferred"; until: Date; reason: "quiet hours" | "studio budget" };

interface MailRow {
  id: string;
  operator_id: string;
  project_id: string;
  member_id: string;
  kind: CampaignKind;
  occasion: string;
  address: string;
  status: string;
  member_name: string;
  access_code: string;
  project_name: string;
  timezone: string;
  orders_close_at: Date | null;
  studio_name: string;
  locale: string;
  opted_out: boolean;
  email_opt_out: boolean;
  paid_orders: number;
  order_pending: boolean | null;
}

function formatDeadline(date: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(date);
}

/** The unsubscribe address of a campaign e-mail: it names the studio and the address, sealed. */
export function unsubscribeUrl(operatorId: string, address: string, mailId: string): string {
  const token = seal(UNSUBSCRIBE_PURPOSE, { o: operatorId, a: address, m: mailId });
  const url = new URL("/api/unsubscribe", appBase());
  url.searchParams.set("token", token);
  return url.href;
}

/** A campaign e-mail in the studio's language, its deadline written the studio's way. */
function compose(row: MailRow): OutgoingMail {
  const { t, locale } = memberMailMessages(row.locale);
  const galleryUrl = new URL("/gallery", appBase());
  galleryUrl.searchParams.set("code", formatAccessCode(row.access_code));
  const code = formatAccessCode(row.access_code);
  const unsubscribe = unsubscribeUrl(row.operator_id, row.address, row.id);
  const deadline = row.orders_close_at
    ? formatDeadline(row.orders_close_at, row.timezone, locale)
    : null;
  const about = { member: row.member_name, project: row.project_name };
  const lines: Record<CampaignKind, { subject: string; body: string[] }> = {
    invitation: {
      subject: t("invitationSubject", about),
      body: [
        t("invitationBody", about),
        "",
        t("openGallery", { url: galleryUrl.href }),
        t("accessCode", { code }),
        ...(deadline ? ["", t("closesOn", { deadline })] : []),
      ],
    },
    reminder: {
      subject: t("reminderSubject", about),
      body: [
        deadline ? t("reminderBody", { ...about, deadline }) : t("reminderBodySoon", about),
        "",
        t("openGallery", { url: galleryUrl.href }),
        t("accessCode", { code }),
      ],
    },
    unpaid_order: {
      subject: t("unpaidSubject", about),
      body: [
        t("unpaidBody", about),
        "",
        t("unpaidGallery", { url: galleryUrl.href }),
        t("accessCode", { code }),
      ],
    },
  };
  const { subject, body } = lines[row.kind];
  return {
    to: row.address,
    subject,
    text: [
      t("hello"),
      "",
      ...body,
      "",
      row.studio_name,
      "",
      "--",
      t("whyThisMail", { studio: row.studio_name, member: row.member_name }),
      t("unsubscribe", { url: unsubscribe }),
      "",
    ].join("\n"),
    headers: {
      "List-Unsubscribe": `<${unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

async function readMail(db: PrismaClient, mailId: string): Promise<MailRow | undefined> {
  const [row] = await db.$queryRaw<MailRow[]>`
    SELECT c.id, c.operator_id, c.project_id, c.member_id, c.kind, c.occasion, c.address, c.status,
           m.name AS member_name, m.access_code, m.email_opt_out, p.name AS project_name, p.timezone, p.orders_close_at,
           s.name AS studio_name, s.locale,
           EXISTS (SELECT 1 FROM campaign_opt_outs oo
                    WHERE oo.operator_id = c.operator_id AND oo.address = c.address) AS opted_out,
           (SELECT count(*)::int FROM orders o
             WHERE o.operator_id = c.operator_id AND o.project_id = c.project_id
               AND o.member_id = c.member_id AND o.status = 'paid') AS paid_orders,
           (SELECT o.status = 'pending' FROM orders o
             WHERE c.kind = 'unpaid_order' AND o.operator_id = c.operator_id
               AND o.id::text = substr(c.occasion, 7)) AS order_pending
      FROM campaign_mails c
      JOIN members m ON m.operator_id = c.operator_id AND m.project_id = c.project_id AND m.id = c.member_id
      JOIN projects p ON p.operator_id = c.operator_id AND p.id = c.project_id
      JOIN operators s ON s.id = c.operator_id
     WHERE c.id = ${mailId}::uuid`;
  return row;
}

async function markSkipped(db: PrismaClient, mailId: string) {
  await db.$executeRaw`UPDATE campaign_mails SET status = 'skipped' WHERE id = ${mailId}::uuid AND status = 'queued'`;
}

/** Why a queued e-mail should not go out after all; null when it should. */
function reasonToSkip(row: MailRow, now: Date): string | null {
  if (row.status !== "queued") return `already ${row.status}`;
  if (row.opted_out) return "the address opted out";
  if (row.email_opt_out) return "the member opted out of campaign e-mails";
  if (row.kind === "reminder" && row.paid_orders > 0) return "the member has paid since";
  if (row.kind === "reminder" && (!row.orders_close_at || row.orders_close_at <= now)) {
    return "ordering has closed (or has no deadline any more)";
  }
  if (row.kind === "unpaid_order" && row.order_pending !== true)
    return "the order is no longer pending";
  return null;
}

/**
 * Sends one queued campaign e-mail through `mailer` (the transport) at `now`:
 * skipped when it is no longer wanted, deferred in quiet hours or past the
 * studio's budget (the caller queues it again for then), otherwise sent and
 * recorded. A transport error is thrown for the queue to retry.
 */
export async function sendCampaignMail(
  db: PrismaClient,
  mailer: Mailer,
  mailId: string,
  now: Date,
): Promise<SendOutcome> {
  const row = await readMail(db, mailId);
  if (!row) return { outcome: "skipped", reason: "the e-mail's member or project is gone" };
  const skip = reasonToSkip(row, now);
  if (skip) {
    await markSkipped(db, mailId);
    return { outcome: "skipped", reason: skip };
  }
  const quiet = quietUntil(now, row.timezone);
  if (quiet) return { outcome: "deferred", until: quiet, reason: "quiet hours" };
  const budget = await hit(db, STUDIO_BUDGET, row.operator_id, now);
  if (budget.exceeded) {
    return {
      outcome: "deferred",
      until: new Date(now.getTime() + budget.retryAfterSeconds * 1000),
      reason: "studio budget",
    };
  }
  await mailer.send(compose(row));
  await db.$executeRaw`
    UPDATE campaign_mails SET status = 'sent', sent_at = ${now}
     WHERE id = ${mailId}::uuid AND status = 'queued'`;
  return { outcome: "sent" };
}

/** After the last attempt failed. */
export async function markCampaignMailFailed(db: PrismaClient, mailId: string, now: Date) {
  await db.$executeRaw`
    UPDATE campaign_mails SET status = 'failed', failed_at = ${now}
     WHERE id = ${mailId}::uuid AND status = 'queued'`;
}

// ---- Unsubscribing ----

const badToken = () =>
  AppError.badRequest(
    "token",
    "is not a valid unsubscribe link (copy the whole link from the e-mail)",
  );

interface TokenPayload {
  o: string;
  a: string;
  m: string;
}

function openToken(token: string): TokenPayload {
  let payload: unknown;
  try {
    payload = unseal(UNSUBSCRIBE_PURPOSE, token);
  } catch (error) {
    if (error instanceof SealError) throw badToken();
    throw error;
  }
  const { o, a, m } = (payload ?? {}) as Partial<TokenPayload>;
  if (typeof o !== "string" || typeof a !== "string" || typeof m !== "string") throw badToken();
  return { o, a, m };
}

/** Whom an unsubscribe link is for (the confirmation page shows it); 400 for a forged one. */
export async function describeUnsubscribe(db: PrismaClient, token: string): Promise<Unsubscribed> {
  const { o, a } = openToken(token);
  const studio = await db.operator.findUnique({ where: { id: o }, select: { name: true } });
  if (!studio) throw badToken();
  return { address: a, studioName: studio.name };
}

/**
 * Opts the link's address out of the studio's campaign e-mails (idempotent),
 * recording the e-mail it came from for the statistics, and marks the
 * studio's members with that address `emailOptOut`.
 */
export async function unsubscribe(
  db: PrismaClient,
  token: string,
  now: Date,
): Promise<Unsubscribed> {
  const described = await describeUnsubscribe(db, token);
  const { o, a, m } = openToken(token);
  const mail = await db.campaignMail.findFirst({
    where: { id: m, operatorId: o },
    select: { kind: true, projectId: true },
  });
  await db.campaignOptOut.createMany({
    data: [
      {
        operatorId: o,
        address: a,
        optedOutAt: now,
        campaignMailId: mail ? m : null,
        kind: mail?.kind ?? null,
        projectId: mail?.projectId ?? null,
      },
    ],
    skipDuplicates: true,
  });
  // The studio's members with this address see the opt-out in their record (emailOptOut).
  await db.$executeRaw`
    UPDATE members SET email_opt_out = true
     WHERE operator_id = ${o}::uuid AND NOT email_opt_out
       AND (lower(btrim(email)) = ${a} OR lower(btrim(email2)) = ${a})`;
  await db.$executeRaw`
    UPDATE campaign_mails SET status = 'skipped'
     WHERE operator_id = ${o}::uuid AND address = ${a} AND status = 'queued'`;
  return described;
}

// ---- Statistics ----

const emptyStatistics = (): KindStatistics => ({
  queued: 0,
  sent: 0,
  failed: 0,
  optedOut: 0,
  galleryVisits: 0,
  paidOrders: 0,
  revenueInCents: 0,
});

/**
 * Per kind: e-mails by status, opt-outs through them, and what followed
 * within 7 days: first gallery visits and paid orders (by when they were
 * paid), each counted for the kind of the member's latest e-mail sent before
 * it.
 */
export async function campaignOverview(
  tenant: Tenant,
  projectId: string,
): Promise<CampaignOverview> {
  const project = await projectOf(tenant, projectId);
  const studio = await tenant.db.operator.findUniqueOrThrow({
    where: { id: tenant.operatorId },
    select: { currency: true },
  });
  const scope = Prisma.sql`operator_id = ${tenant.operatorId}::uuid AND project_id = ${projectId}::uuid`;
  const window = Prisma.sql`${ATTRIBUTION_WINDOW_DAYS}::int * interval '1 day'`;
  const latestBefore = (event: Prisma.Sql) => Prisma.sql`
    CROSS JOIN LATERAL (SELECT c.kind, c.sent_at FROM campaign_mails c
                         WHERE c.operator_id = m.operator_id AND c.project_id = m.project_id
                           AND c.member_id = m.id AND c.status = 'sent' AND c.sent_at <= ${event}
                         ORDER BY c.sent_at DESC LIMIT 1) last`;
  const [byStatus, optOuts, visits, orders, [pending]] = await Promise.all([
    tenant.db.$queryRaw<{ kind: CampaignKind; status: string; n: number }[]>`
      SELECT kind, status, count(*)::int AS n FROM campaign_mails WHERE ${scope} GROUP BY kind, status`,
    tenant.db.$queryRaw<{ kind: CampaignKind; n: number }[]>`
      SELECT kind, count(*)::int AS n FROM campaign_opt_outs
       WHERE ${scope} AND kind IS NOT NULL GROUP BY kind`,
    tenant.db.$queryRaw<{ kind: CampaignKind; n: number }[]>`
      SELECT last.kind, count(*)::int AS n
        FROM members m ${latestBefore(Prisma.sql`m.first_viewed_at`)}
       WHERE m.operator_id = ${tenant.operatorId}::uuid AND m.project_id = ${projectId}::uuid
         AND m.first_viewed_at IS NOT NULL AND m.first_viewed_at < last.sent_at + ${window}
       GROUP BY last.kind`,
    tenant.db.$queryRaw<{ kind: CampaignKind; n: number; cents: number }[]>`
      SELECT last.kind, count(*)::int AS n, coalesce(sum(o.amount_cents), 0)::int AS cents
        FROM orders o
        JOIN members m ON m.operator_id = o.operator_id AND m.project_id = o.project_id AND m.id = o.member_id
        ${latestBefore(Prisma.sql`o.paid_at`)}
       WHERE o.operator_id = ${tenant.operatorId}::uuid AND o.project_id = ${projectId}::uuid
         AND o.status = 'paid' AND o.paid_at IS NOT NULL AND o.paid_at < last.sent_at + ${window}
       GROUP BY last.kind`,
    tenant.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (${invitationCandidates(tenant.operatorId, projectId)}) pending`,
  ]);
  const kinds = Object.fromEntries(
    CAMPAIGN_KINDS.map((kind) => [kind, emptyStatistics()]),
  ) as Record<CampaignKind, KindStatistics>;
  for (const { kind, status, n } of byStatus) {
    if (status === "queued" || status === "sent" || status === "failed") kinds[kind][status] += n;
  }
  for (const { kind, n } of optOuts) kinds[kind].optedOut = n;
  for (const { kind, n } of visits) kinds[kind].galleryVisits = n;
  for (const { kind, n, cents } of orders) {
    kinds[kind].paidOrders = n;
    kinds[kind].revenueInCents = cents;
  }
  return {
    projectId,
    currency: studio.currency,
    timezone: project.timezone,
    ordersCloseAt: project.ordersCloseAt?.toISOString() ?? null,
    reminderDaysBeforeClose: project.reminderDaysBeforeClose,
    invitationsPending: pending?.n ?? 0,
    kinds,
  };
}
