import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { AdminCaller } from "@/server/auth/caller";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import type { Mailer } from "@/server/mail";
import { requestAccountPasswordReset } from "./account-passwords";
import type { StudioDetail, StudiosInput, StudiosPage } from "./admins.schemas";
import { recordAudit } from "./audit-log";

interface StudioRow {
  id: string;
  name: string;
  email: string;
  created_at: Date;
  currency: string;
  locale: string;
  projects: bigint;
  photographers: bigint;
  revenue: bigint;
  suspended_at: Date | null;
}

/** `%` and `_` typed in a search box are literal characters, not wildcards. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The platform overview for admins: every studio with its activity, newest
 * first, searchable by name or e-mail, a page at a time.
 */
export async function listStudios(
  db: PrismaClient,
  { search, page, pageSize }: StudiosInput,
): Promise<StudiosPage> {
  const matches = search
    ? Prisma.sql`WHERE o.name ILIKE ${likePattern(search)} OR a.email ILIKE ${likePattern(search)}`
    : Prisma.empty;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<StudioRow[]>`
      SELECT o.id, o.name, a.email, o.created_at, o.currency, o.locale, o.suspended_at,
             (SELECT count(*) FROM projects p WHERE p.operator_id = o.id) AS projects,
             (SELECT count(*) FROM photographers g WHERE g.operator_id = o.id AND g.deleted_at IS NULL) AS photographers,
             (SELECT coalesce(sum(r.amount_cents), 0) FROM orders r WHERE r.operator_id = o.id AND r.status = 'paid')::bigint AS revenue
        FROM operators o JOIN accounts a ON a.id = o.account_id
        ${matches}
       ORDER BY o.created_at DESC, o.id
       LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ total: bigint }[]>`
      SELECT count(*) AS total FROM operators o JOIN accounts a ON a.id = o.account_id ${matches}`,
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      createdAt: row.created_at.toISOString(),
      projectCount: Number(row.projects),
      photographerCount: Number(row.photographers),
      revenueInCents: Number(row.revenue),
      currency: row.currency,
      locale: row.locale,
      suspendedAt: row.suspended_at?.toISOString() ?? null,
    })),
    total: Number(count!.total),
    page,
    pageSize,
  };
}

export interface StudioActionMeta {
  now: Date;
  clientAddress: string;
  log: Logger;
}

const studioNotFound = () => AppError.notFound("Studio");

interface StudioDetailRow {
  id: string;
  name: string;
  email: string;
  created_at: Date;
  currency: string;
  locale: string;
  timezone: string;
  suspended_at: Date | null;
  members: bigint;
  photos: bigint;
  orders: bigint;
  paid_orders: bigint;
  revenue: bigint;
  api_keys: bigint;
}

/** One studio as the admins see it: its numbers, its photographers and its projects. */
export async function getStudio(db: PrismaClient, id: string): Promise<StudioDetail> {
  const [[studio], photographers, projects] = await Promise.all([
    db.$queryRaw<StudioDetailRow[]>`
      SELECT o.id, o.name, a.email, o.created_at, o.currency, o.locale, o.timezone, o.suspended_at,
             (SELECT count(*) FROM members m WHERE m.operator_id = o.id) AS members,
             (SELECT count(*) FROM photos f WHERE f.operator_id = o.id) AS photos,
             (SELECT count(*) FROM orders r WHERE r.operator_id = o.id) AS orders,
             (SELECT count(*) FROM orders r WHERE r.operator_id = o.id AND r.status = 'paid') AS paid_orders,
             (SELECT coalesce(sum(r.amount_cents), 0) FROM orders r WHERE r.operator_id = o.id AND r.status = 'paid')::bigint AS revenue,
             (SELECT count(*) FROM api_keys k WHERE k.operator_id = o.id) AS api_keys
        FROM operators o JOIN accounts a ON a.id = o.account_id
       WHERE o.id = ${id}::uuid`,
    db.$queryRaw<{ id: string; name: string; email: string; projects: bigint; photos: bigint }[]>`
      SELECT g.id, g.name, coalesce(a.email, '') AS email,
             (SELECT count(*) FROM project_photographers pp WHERE pp.operator_id = g.operator_id AND pp.photographer_id = g.id) AS projects,
             (SELECT count(*) FROM photos f WHERE f.operator_id = g.operator_id AND f.photographer_id = g.id) AS photos
        FROM photographers g LEFT JOIN accounts a ON a.id = g.account_id
       WHERE g.operator_id = ${id}::uuid AND g.deleted_at IS NULL
       ORDER BY g.name, g.id`,
    db.$queryRaw<
      {
        id: string;
        name: string;
        start_at: Date | null;
        members: bigint;
        photos: bigint;
        orders: bigint;
        revenue: bigint;
      }[]
    >`
      SELECT p.id, p.name, p.start_at,
             (SELECT count(*) FROM members m WHERE m.operator_id = p.operator_id AND m.project_id = p.id) AS members,
             (SELECT count(*) FROM photos f WHERE f.operator_id = p.operator_id AND f.project_id = p.id) AS photos,
             (SELECT count(*) FROM orders r WHERE r.operator_id = p.operator_id AND r.project_id = p.id) AS orders,
             (SELECT coalesce(sum(r.amount_cents), 0) FROM orders r WHERE r.operator_id = p.operator_id AND r.project_id = p.id AND r.status = 'paid')::bigint AS revenue
        FROM projects p
       WHERE p.operator_id = ${id}::uuid
       ORDER BY p.start_at DESC NULLS LAST, p.created_at DESC, p.id`,
  ]);
  if (!studio) throw studioNotFound();
  return {
    id: studio.id,
    name: studio.name,
    email: studio.email,
    createdAt: studio.created_at.toISOString(),
    currency: studio.currency,
    locale: studio.locale,
    timezone: studio.timezone,
    suspendedAt: studio.suspended_at?.toISOString() ?? null,
    counts: {
      members: Number(studio.members),
      photos: Number(studio.photos),
      orders: Number(studio.orders),
      paidOrders: Number(studio.paid_orders),
      revenueInCents: Number(studio.revenue),
      apiKeys: Number(studio.api_keys),
    },
    photographers: photographers.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      projectCount: Number(row.projects),
      photoCount: Number(row.photos),
    })),
    projects: projects.map((row) => ({
      id: row.id,
      name: row.name,
      startAt: row.start_at?.toISOString() ?? null,
      memberCount: Number(row.members),
      photoCount: Number(row.photos),
      orderCount: Number(row.orders),
      revenueInCents: Number(row.revenue),
    })),
  };
}

/**
 * Suspends a studio, or lifts its suspension. Nothing is deleted: while it is
 * suspended its operator and photographers cannot sign in and their sessions,
 * tokens and API keys are refused (STUDIO_SUSPENDED), and its members'
 * galleries are unavailable. The change is an entry of the studio's audit log
 * (actor: the admin). Asking for the state the studio is already in changes
 * nothing and writes no entry.
 */
export async function setStudioSuspended(
  db: PrismaClient,
  caller: AdminCaller,
  id: string,
  suspended: boolean,
  meta: StudioActionMeta,
): Promise<StudioDetail> {
  await db.$transaction(async (tx) => {
    const changed = await tx.operator.updateMany({
      where: { id, suspendedAt: suspended ? null : { not: null } },
      data: { suspendedAt: suspended ? meta.now : null },
    });
    if (changed.count === 0) {
      if (!(await tx.operator.findUnique({ where: { id }, select: { id: true } })))
        throw studioNotFound();
      return;
    }
    await recordAudit(tx, {
      operatorId: id,
      actor: { type: "admin", id: caller.id },
      action: suspended ? "studio_suspended" : "studio_unsuspended",
      subject: { type: "studio", id },
      at: meta.now,
    });
    meta.log.info(
      {
        event: suspended ? "studio.suspended" : "studio.unsuspended",
        actorId: caller.id,
        operatorId: id,
      },
      suspended ? "studio suspended" : "studio suspension lifted",
    );
  });
  return getStudio(db, id);
}

/**
 * E-mails the studio's owner a password reset code, by the very flow of
 * "Forgot your password?" (its limits included): the code replaces any
 * earlier one and is entered at /forgot-password.
 */
export async function sendOwnerPasswordReset(
  db: PrismaClient,
  mailer: Mailer,
  caller: AdminCaller,
  id: string,
  meta: StudioActionMeta,
): Promise<{ email: string }> {
  const studio = await db.operator.findUnique({
    where: { id },
    select: { account: { select: { email: true } } },
  });
  if (!studio) throw studioNotFound();
  const { email } = studio.account;
  await requestAccountPasswordReset(db, mailer, email, meta);
  meta.log.info(
    { event: "studio.owner_reset_sent", actorId: caller.id, operatorId: id },
    "password reset code sent to a studio's owner",
  );
  return { email };
}
