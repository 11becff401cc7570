import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { StudiosInput, StudiosPage } from "./admins.schemas";

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
      SELECT o.id, o.name, a.email, o.created_at, o.currency, o.locale,
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
    })),
    total: Number(count!.total),
    page,
    pageSize,
  };
}
