import { Prisma } from "@/generated/prisma/client";
import type { Tenant } from "@/server/db/tenant";
import { inRange, studioSettings } from "./analytics-range";
import type { Analytics, AnalyticsInput, DateRange } from "./analytics.schemas";
import { projectNotFound } from "./projects";

/**
 * The operator's core numbers, computed by the database: nothing is loaded
 * row by row into JavaScript, only one row of counts and one per photographer
 * and per package. Definitions (also in the API
 * docs):
 *
 * - membersEnrolled / enrolled: members of the scope's projects
 * - photosUploaded: photos for sale (QR cards are not counted); photosByPhotographer: every photographer of the
 *   scope (active ones of the operator, or those assigned to the project) plus
 *   anyone with photos in it, even if deleted since, most photos first
 * - usersTagged / tagged: distinct members tagged in at least one photo
 * - packagesSold: paid orders (pending and refunded ones do not count);
 *   revenueInCents: sum of their amounts; packageSales:
 *   every package of the scope (active, or linked to the project) plus any with
 *   sales in it, most revenue first
 * - purchased: distinct members with at least one paid order
 *
 * The scope is the operator, or one of their projects (`projectId`). A date
 * range (`from`, `to`: days in the studio's time zone) filters what happened
 * in it: orders by the time they were placed, photos by upload time; the
 * members enrolled and tagged describe the roster and are not filtered.
 */

/** Counts arrive as the driver reads bigint: a string over pg, a number or bigint on PGlite. */
type Count = string | number | bigint;
interface CountsRow {
  project_found: boolean;
  members_enrolled: Count;
  users_tagged: Count;
  purchased: Count;
}
interface PhotographerRow {
  id: string;
  name: string;
  photos: Count;
}
interface PackageRow {
  id: string;
  name: string;
  sold: Count;
  revenue: Count;
}

/**
 * Three queries, run concurrently straight over the driver (on PostgreSQL
 * each takes its own connection; PGlite runs them in turn). Without a date
 * range they read the analytics counters (a few rows, whatever the number of
 * photos); with one, they aggregate the rows in the range, each aggregating
 * before it joins the handful of photographers or packages. Photo, order and
 * revenue totals are sums of the per-photographer and per-package groups.
 * With a project filter, the first query also tells whether the project is
 * the operator's (otherwise 404).
 */
export async function getAnalytics(
  tenant: Tenant,
  { projectId, ...range }: AnalyticsInput,
): Promise<Analytics> {
  const { operatorId } = tenant;
  const counted = !range.from && !range.to;
  const { countsQuery, photoGroups, saleGroups } = counted
    ? countedSources(operatorId, projectId)
    : await aggregatedSources(tenant, projectId, range);
  const photographerInScope = projectId
    ? Prisma.sql`EXISTS (SELECT 1 FROM project_photographers a
                          WHERE a.project_id = ${projectId}::uuid AND a.photographer_id = p.id)`
    : Prisma.sql`p.deleted_at IS NULL`;
  const packageInScope = projectId
    ? Prisma.sql`EXISTS (SELECT 1 FROM project_packages l WHERE l.project_id = ${projectId}::uuid AND l.package_id = k.id)`
    : Prisma.sql`k.deleted_at IS NULL`;

  const run = <Row>(query: Prisma.Sql) => tenant.sql<Row>(query.text, query.values);
  const [[counts], photographers, packages] = await Promise.all([
    run<CountsRow>(countsQuery),
    run<PhotographerRow>(Prisma.sql`
      SELECT p.id, p.name, coalesce(c.photos, 0) AS photos
        FROM photographers p
        LEFT JOIN (${photoGroups}) c ON c.photographer_id = p.id
       WHERE p.operator_id = ${operatorId}::uuid AND (c.photos > 0 OR ${photographerInScope})
       ORDER BY photos DESC, p.name, p.id`),
    run<PackageRow>(Prisma.sql`
      SELECT k.id, k.name, coalesce(s.sold, 0) AS sold, coalesce(s.revenue, 0) AS revenue
        FROM packages k
        LEFT JOIN (${saleGroups}) s ON s.package_id = k.id
       WHERE k.operator_id = ${operatorId}::uuid AND (s.sold > 0 OR ${packageInScope})
       ORDER BY revenue DESC, sold DESC, k.name, k.id`),
  ]);
  if (!counts!.project_found) throw projectNotFound();

  return analyticsFromGroups(
    {
      enrolled: Number(counts!.members_enrolled),
      tagged: Number(counts!.users_tagged),
      purchased: Number(counts!.purchased),
    },
    photographers.map((row) => ({ id: row.id, name: row.name, photoCount: Number(row.photos) })),
    packages.map((row) => ({
      id: row.id,
      name: row.name,
      count: Number(row.sold),
      revenueInCents: Number(row.revenue),
    })),
  );
}

interface Sources {
  /** One row: project_found, members_enrolled, users_tagged, purchased. */
  countsQuery: Prisma.Sql;
  /** photographer_id, photos */
  photoGroups: Prisma.Sql;
  /** package_id, sold, revenue */
  saleGroups: Prisma.Sql;
}

/** The numbers as the counters keep them: the studio's rows, or the project's. */
function countedSources(operatorId: string, projectId: string | undefined): Sources {
  const operator = Prisma.sql`operator_id = ${operatorId}::uuid`;
  if (!projectId) {
    return {
      countsQuery: Prisma.sql`
        SELECT true AS project_found, coalesce(max(members), 0) AS members_enrolled,
               coalesce(max(tagged), 0) AS users_tagged, coalesce(max(buyers), 0) AS purchased
          FROM studio_counters WHERE ${operator}`,
      photoGroups: Prisma.sql`SELECT photographer_id, photos FROM studio_photographer_counters WHERE ${operator}`,
      saleGroups: Prisma.sql`SELECT package_id, paid_orders AS sold, revenue_cents AS revenue
                               FROM studio_package_counters WHERE ${operator}`,
    };
  }
  const project = Prisma.sql`${operator} AND project_id = ${projectId}::uuid`;
  return {
    countsQuery: Prisma.sql`
      SELECT count(*) > 0 AS project_found, coalesce(max(members), 0) AS members_enrolled,
             coalesce(max(tagged), 0) AS users_tagged, coalesce(max(buyers), 0) AS purchased
        FROM project_counters WHERE ${project}`,
    photoGroups: Prisma.sql`SELECT photographer_id, photos FROM project_photographer_counters WHERE ${project}`,
    saleGroups: Prisma.sql`SELECT package_id, paid_orders AS sold, revenue_cents AS revenue
                             FROM project_package_counters WHERE ${project}`,
  };
}

/** The numbers aggregated from the rows in a date range, in the studio's time zone. */
async function aggregatedSources(
  tenant: Tenant,
  projectId: string | undefined,
  range: DateRange,
): Promise<Sources> {
  const { operatorId } = tenant;
  const { timezone } = await studioSettings(tenant);
  const operator = Prisma.sql`operator_id = ${operatorId}::uuid`;
  const paidInRange = Prisma.sql`AND status = 'paid' ${inRange(Prisma.sql`ordered_at`, range, timezone)}`;
  const inProject = projectId ? Prisma.sql`AND project_id = ${projectId}::uuid` : Prisma.empty;
  return {
    countsQuery: Prisma.sql`
      SELECT
        ${projectId ? Prisma.sql`EXISTS (SELECT 1 FROM projects WHERE id = ${projectId}::uuid AND ${operator})` : Prisma.sql`true`} AS project_found,
        (SELECT count(*) FROM members WHERE ${operator} ${inProject}) AS members_enrolled,
        (SELECT count(*) FROM (SELECT DISTINCT member_id FROM photo_tags
                                WHERE ${operator} ${inProject}) tagged) AS users_tagged,
        (SELECT count(*) FROM (SELECT DISTINCT member_id FROM orders
                                WHERE ${operator} ${inProject} ${paidInRange}) buyers) AS purchased`,
    photoGroups: Prisma.sql`
      SELECT photographer_id, count(*) AS photos FROM photos
       WHERE ${operator} ${inProject} AND kind = 'photo' ${inRange(Prisma.sql`uploaded_at`, range, timezone)}
       GROUP BY photographer_id`,
    saleGroups: Prisma.sql`
      SELECT package_id, count(*) AS sold, sum(amount_cents) AS revenue FROM orders
       WHERE ${operator} ${inProject} ${paidInRange}
       GROUP BY package_id`,
  };
}

/**
 * The documented shape from the member counts and the per-photographer and
 * per-package groups; photo, order and revenue totals are the groups' sums.
 */
export function analyticsFromGroups(
  funnel: Analytics["conversionFunnel"],
  photosByPhotographer: Analytics["photosByPhotographer"],
  packageSales: Analytics["packageSales"],
): Analytics {
  return {
    kpis: {
      membersEnrolled: funnel.enrolled,
      revenueInCents: packageSales.reduce((sum, p) => sum + p.revenueInCents, 0),
      photosUploaded: photosByPhotographer.reduce((sum, p) => sum + p.photoCount, 0),
      usersTagged: funnel.tagged,
      packagesSold: packageSales.reduce((sum, p) => sum + p.count, 0),
    },
    photosByPhotographer,
    packageSales,
    conversionFunnel: funnel,
  };
}
