import { TZDate } from "@date-fns/tz";
import { Prisma } from "@/generated/prisma/client";
import type { Tenant } from "@/server/db/tenant";
import { AppError } from "@/server/errors";
import { inRange, studioSettings } from "./analytics-range";
import {
  type Interval,
  MAX_TIMESERIES_POINTS,
  type ProjectReport,
  type ProjectReportInput,
  type ProjectReportRow,
  type Timeseries,
  type TimeseriesInput,
} from "./analytics.schemas";
import { projectNotFound } from "./projects";

interface ProjectRow {
  id: string;
  name: string;
  start_at: Date | null;
  enrolled: number;
  viewed: number;
  tagged: number;
  purchased: number;
  orders: number;
  revenue: bigint;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const perUnit = (amount: number, units: number) => (units > 0 ? Math.round(amount / units) : null);

function toReportRow(row: ProjectRow): ProjectReportRow {
  const revenueInCents = Number(row.revenue);
  return {
    projectId: row.id,
    name: row.name,
    startAt: row.start_at?.toISOString() ?? null,
    enrolled: row.enrolled,
    viewed: row.viewed,
    tagged: row.tagged,
    purchased: row.purchased,
    orders: row.orders,
    revenueInCents,
    averageOrderValueInCents: perUnit(revenueInCents, row.orders),
    revenuePerEnrolledInCents: perUnit(revenueInCents, row.enrolled),
    loginRate: ratio(row.viewed, row.enrolled),
    orderRate: ratio(row.purchased, row.enrolled),
  };
}

/** Ascending order of one column; null (no members, no orders) sorts last either way. */
function compareBy(column: ProjectReportInput["sort"]) {
  return (a: ProjectReportRow, b: ProjectReportRow): number => {
    const x = a[column];
    const y = b[column];
    if (typeof x === "string" && typeof y === "string") return x.localeCompare(y);
    return (x as number) - (y as number);
  };
}

function sortRows(rows: ProjectReportRow[], { sort, order }: ProjectReportInput) {
  const compare = compareBy(sort);
  const present = rows.filter((row) => row[sort] !== null);
  const absent = rows.filter((row) => row[sort] === null);
  present.sort((a, b) => {
    const byColumn = order === "asc" ? compare(a, b) : compare(b, a);
    return byColumn || a.name.localeCompare(b.name) || a.projectId.localeCompare(b.projectId);
  });
  return [...present, ...absent];
}

/**
 * The job statistics of every project. Without a date range they are the
 * analytics counters, one row per project; with one, one aggregate per table
 * grouped by project, joined to the projects: orders are paid ones placed in
 * the range, `viewed` counts first gallery visits in the range, and the roster
 * counts (enrolled, tagged) are not filtered by the range.
 */
export async function projectReport(
  tenant: Tenant,
  input: ProjectReportInput,
): Promise<ProjectReport> {
  const { timezone, currency } = await studioSettings(tenant);
  const counted = !input.from && !input.to;
  const rows = await tenant.db.$queryRaw<ProjectRow[]>(
    counted
      ? countedProjectRows(tenant.operatorId)
      : aggregatedProjectRows(tenant, input, timezone),
  );
  return { currency, items: sortRows(rows.map(toReportRow), input) };
}

function countedProjectRows(operatorId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p.name, p.start_at, coalesce(c.members, 0) AS enrolled, coalesce(c.viewed, 0) AS viewed,
           coalesce(c.tagged, 0) AS tagged, coalesce(c.buyers, 0) AS purchased,
           coalesce(s.orders, 0)::int AS orders, coalesce(s.revenue, 0)::bigint AS revenue
      FROM projects p
      LEFT JOIN project_counters c ON c.project_id = p.id
      LEFT JOIN (SELECT project_id, sum(paid_orders) AS orders, sum(revenue_cents) AS revenue
                   FROM project_package_counters WHERE operator_id = ${operatorId}::uuid
                  GROUP BY project_id) s ON s.project_id = p.id
     WHERE p.operator_id = ${operatorId}::uuid`;
}

function aggregatedProjectRows(
  tenant: Tenant,
  input: ProjectReportInput,
  timezone: string,
): Prisma.Sql {
  const operator = Prisma.sql`operator_id = ${tenant.operatorId}::uuid`;
  return Prisma.sql`
    SELECT p.id, p.name, p.start_at,
           coalesce(m.enrolled, 0)::int AS enrolled, coalesce(m.viewed, 0)::int AS viewed,
           coalesce(t.tagged, 0)::int AS tagged, coalesce(o.purchased, 0)::int AS purchased,
           coalesce(o.orders, 0)::int AS orders, coalesce(o.revenue, 0)::bigint AS revenue
      FROM projects p
      LEFT JOIN (SELECT project_id, count(*) AS enrolled,
                        count(*) FILTER (WHERE first_viewed_at IS NOT NULL
                                         ${inRange(Prisma.sql`first_viewed_at`, input, timezone)}) AS viewed
                   FROM members WHERE ${operator} GROUP BY project_id) m ON m.project_id = p.id
      LEFT JOIN (SELECT project_id, count(DISTINCT member_id) AS tagged
                   FROM photo_tags WHERE ${operator} GROUP BY project_id) t ON t.project_id = p.id
      LEFT JOIN (SELECT project_id, count(DISTINCT member_id) AS purchased, count(*) AS orders,
                        sum(amount_cents) AS revenue
                   FROM orders
                  WHERE ${operator} AND status = 'paid' ${inRange(Prisma.sql`ordered_at`, input, timezone)}
                  GROUP BY project_id) o ON o.project_id = p.id
     WHERE p.operator_id = ${tenant.operatorId}::uuid`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today in `timeZone`, as YYYY-MM-DD. */
function today(timeZone: string, now: Date): string {
  const local = new TZDate(now.getTime(), timeZone);
  return [local.getFullYear(), local.getMonth() + 1, local.getDate()]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
    .join("-");
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Without a range: the last 30 days, 12 weeks or 12 months up to today. */
const DEFAULT_SPAN_DAYS: Record<Interval, number> = { day: 29, week: 7 * 12 - 1, month: 334 };

function approximatePoints(from: string, to: string, interval: Interval): number {
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  return Math.ceil(days / { day: 1, week: 7, month: 28 }[interval]);
}

/**
 * Paid orders and their revenue per day, week (from Monday) or month, in the
 * studio's time zone, every interval present (zeros included). An order counts
 * in the interval it was placed in; intervals at the edges of the range count
 * only the days inside it.
 */
export async function timeseries(
  tenant: Tenant,
  input: TimeseriesInput,
  now = new Date(),
): Promise<Timeseries> {
  const { timezone, currency } = await studioSettings(tenant);
  const to =
    input.to ??
    (input.from ? addDays(input.from, DEFAULT_SPAN_DAYS[input.interval]) : today(timezone, now));
  const from = input.from ?? addDays(to, -DEFAULT_SPAN_DAYS[input.interval]);
  if (approximatePoints(from, to, input.interval) > MAX_TIMESERIES_POINTS) {
    throw AppError.badRequest(
      "from",
      `the range has more than ${MAX_TIMESERIES_POINTS} intervals of a ${input.interval}; choose a longer interval`,
    );
  }
  if (input.projectId) {
    const project = await tenant.db.project.findFirst({
      where: { id: input.projectId },
      select: { id: true },
    });
    if (!project) throw projectNotFound();
  }
  const inProject = input.projectId
    ? Prisma.sql`AND project_id = ${input.projectId}::uuid`
    : Prisma.empty;
  const rows = await tenant.db.$queryRaw<{ start: string; orders: number; revenue: bigint }[]>`
    SELECT to_char(b.start, 'YYYY-MM-DD') AS start, coalesce(s.orders, 0)::int AS orders,
           coalesce(s.revenue, 0)::bigint AS revenue
      FROM generate_series(date_trunc(${input.interval}, ${from}::date),
                           date_trunc(${input.interval}, ${to}::date),
                           ('1 ' || ${input.interval})::interval) AS b(start)
      LEFT JOIN (SELECT date_trunc(${input.interval}, ordered_at AT TIME ZONE ${timezone}) AS start,
                        count(*) AS orders, sum(amount_cents) AS revenue
                   FROM orders
                  WHERE operator_id = ${tenant.operatorId}::uuid AND status = 'paid' ${inProject}
                        ${inRange(Prisma.sql`ordered_at`, { from, to }, timezone)}
                  GROUP BY 1) s ON s.start = b.start
     ORDER BY b.start`;
  return {
    interval: input.interval,
    timeZone: timezone,
    currency,
    from,
    to,
    points: rows.map((row) => ({
      start: row.start,
      orders: row.orders,
      revenueInCents: Number(row.revenue),
    })),
  };
}
