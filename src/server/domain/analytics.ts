import { Prisma } from "@/generated/prisma/client";
import type { Tenant } from "@/server/db/tenant";
import { inRange, studioSettings } from "./analytics-range";
import type { Analytics, AnalyticsInput } from "./analytics.schemas";
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

interface CountsRow {
  project_found: boolean;
  members_enrolled: bigint;
  users_tagged: bigint;
  purchased: bigint;
}
interface PhotographerRow {
  id: string;
  name: string;
  photos: bigint;
}
interface PackageRow {
  id: string;
  name: string;
  sold: bigint;
  revenue: bigint;
}

/**
 * Three aggregate queries, run concurrently (on PostgreSQL each takes its own
 * connection; PGlite runs them in turn), each aggregating before it joins the
 * handful of photographers or packages. Photo, order and revenue totals are
 * sums of the per-photographer and per-package groups, so no table is scanned
 * twice. With a project filter, the first query also tells whether the project
 * is the operator's (otherwise 404).
 */
export async function getAnalytics(
  tenant: Tenant,
  { projectId, ...range }: AnalyticsInput,
): Promise<Analytics> {
  const { db, operatorId } = tenant;
  const timezone = range.from || range.to ? (await studioSettings(tenant)).timezone : "UTC";
  const paidInRange = Prisma.sql`AND status = 'paid' ${inRange(Prisma.sql`ordered_at`, range, timezone)}`;
  const uploadedInRange = inRange(Prisma.sql`uploaded_at`, range, timezone);
  const inProject = projectId ? Prisma.sql`AND project_id = ${projectId}::uuid` : Prisma.empty;
  const photographerInScope = projectId
    ? Prisma.sql`EXISTS (SELECT 1 FROM project_photographers a
                          WHERE a.project_id = ${projectId}::uuid AND a.photographer_id = p.id)`
    : Prisma.sql`p.deleted_at IS NULL`;
  const packageInScope = projectId
    ? Prisma.sql`EXISTS (SELECT 1 FROM project_packages l WHERE l.project_id = ${projectId}::uuid AND l.package_id = k.id)`
    : Prisma.sql`k.deleted_at IS NULL`;

  const [[counts], photographers, packages] = await Promise.all([
    db.$queryRaw<CountsRow[]>`
      SELECT
        ${projectId ? Prisma.sql`EXISTS (SELECT 1 FROM projects WHERE id = ${projectId}::uuid AND operator_id = ${operatorId}::uuid)` : Prisma.sql`true`} AS project_found,
        (SELECT count(*) FROM members WHERE operator_id = ${operatorId}::uuid ${inProject}) AS members_enrolled,
        (SELECT count(*) FROM (SELECT DISTINCT member_id FROM photo_tags
                                WHERE operator_id = ${operatorId}::uuid ${inProject}) tagged) AS users_tagged,
        (SELECT count(*) FROM (SELECT DISTINCT member_id FROM orders
                                WHERE operator_id = ${operatorId}::uuid ${inProject} ${paidInRange}) buyers) AS purchased`,
    db.$queryRaw<PhotographerRow[]>`
      SELECT p.id, p.name, coalesce(c.photos, 0) AS photos
        FROM photographers p
        LEFT JOIN (SELECT photographer_id, count(*) AS photos FROM photos
                    WHERE operator_id = ${operatorId}::uuid ${inProject} AND kind = 'photo' ${uploadedInRange}
                    GROUP BY photographer_id) c ON c.photographer_id = p.id
       WHERE p.operator_id = ${operatorId}::uuid AND (c.photos > 0 OR ${photographerInScope})
       ORDER BY photos DESC, p.name, p.id`,
    db.$queryRaw<PackageRow[]>`
      SELECT k.id, k.name, coalesce(s.sold, 0) AS sold, coalesce(s.revenue, 0) AS revenue
        FROM packages k
        LEFT JOIN (SELECT package_id, count(*) AS sold, sum(amount_cents) AS revenue FROM orders
                    WHERE operator_id = ${operatorId}::uuid ${inProject} ${paidInRange}
                    GROUP BY package_id) s ON s.package_id = k.id
       WHERE k.operator_id = ${operatorId}::uuid AND (s.sold > 0 OR ${packageInScope})
       ORDER BY revenue DESC, sold DESC, k.name, k.id`,
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
