import { Prisma } from "@/generated/prisma/client";
import type { Tenant } from "@/server/db/tenant";
import type { Analytics, AnalyticsInput } from "./analytics.schemas";
import { assertProjectExists } from "./projects";

/**
 * The operator's core numbers, computed by the database in one statement:
 * nothing is loaded row by row into JavaScript. Definitions (also in the API
 * docs):
 *
 * - membersEnrolled / enrolled: members of the scope's projects
 * - photosUploaded: photos; photosByPhotographer: every photographer of the
 *   scope (active ones of the operator, or those assigned to the project) plus
 *   anyone with photos in it, even if deleted since, most photos first
 * - usersTagged / tagged: distinct members tagged in at least one photo
 * - packagesSold: orders; revenueInCents: sum of their amounts; packageSales:
 *   every package of the scope (active, or linked to the project) plus any with
 *   sales in it, most revenue first
 * - purchased: distinct members with at least one order
 *
 * The scope is the operator, or one of their projects (`projectId`).
 */

interface AnalyticsRow {
  members_enrolled: bigint;
  users_tagged: bigint;
  purchased: bigint;
  photos_uploaded: bigint;
  packages_sold: bigint;
  revenue_cents: bigint;
  photos_by_photographer: { id: string; name: string; photoCount: number }[];
  package_sales: { id: string; name: string; count: number; revenueInCents: number }[];
}

export async function getAnalytics(
  tenant: Tenant,
  { projectId }: AnalyticsInput,
): Promise<Analytics> {
  if (projectId) await assertProjectExists(tenant, projectId);
  const operatorId = tenant.operatorId;
  const inProject = projectId ? Prisma.sql`AND project_id = ${projectId}::uuid` : Prisma.empty;
  const photographerInScope = projectId
    ? Prisma.sql`EXISTS (SELECT 1 FROM project_photographers a
                          WHERE a.project_id = ${projectId}::uuid AND a.photographer_id = p.id)`
    : Prisma.sql`p.deleted_at IS NULL`;
  const packageInScope = projectId
    ? Prisma.sql`EXISTS (SELECT 1 FROM project_packages l WHERE l.project_id = ${projectId}::uuid AND l.package_id = k.id)`
    : Prisma.sql`k.deleted_at IS NULL`;

  const [row] = await tenant.db.$queryRaw<AnalyticsRow[]>`
    WITH photo_counts AS (
      SELECT photographer_id, count(*) AS photos
        FROM photos WHERE operator_id = ${operatorId}::uuid ${inProject}
       GROUP BY photographer_id
    ), sales AS (
      SELECT package_id, count(*) AS sold, sum(amount_cents) AS revenue
        FROM orders WHERE operator_id = ${operatorId}::uuid ${inProject}
       GROUP BY package_id
    )
    SELECT
      (SELECT count(*) FROM members WHERE operator_id = ${operatorId}::uuid ${inProject}) AS members_enrolled,
      (SELECT count(*) FROM (SELECT DISTINCT member_id FROM photo_tags
                              WHERE operator_id = ${operatorId}::uuid ${inProject}) tagged) AS users_tagged,
      (SELECT count(*) FROM (SELECT DISTINCT member_id FROM orders
                              WHERE operator_id = ${operatorId}::uuid ${inProject}) buyers) AS purchased,
      (SELECT coalesce(sum(photos), 0) FROM photo_counts)::bigint AS photos_uploaded,
      (SELECT coalesce(sum(sold), 0) FROM sales)::bigint AS packages_sold,
      (SELECT coalesce(sum(revenue), 0) FROM sales)::bigint AS revenue_cents,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'photoCount', coalesce(c.photos, 0))
                                ORDER BY coalesce(c.photos, 0) DESC, p.name, p.id), '[]'::json)
         FROM photographers p LEFT JOIN photo_counts c ON c.photographer_id = p.id
        WHERE p.operator_id = ${operatorId}::uuid AND (c.photos > 0 OR ${photographerInScope})
      ) AS photos_by_photographer,
      (SELECT coalesce(json_agg(json_build_object('id', k.id, 'name', k.name, 'count', coalesce(s.sold, 0),
                                                  'revenueInCents', coalesce(s.revenue, 0))
                                ORDER BY coalesce(s.revenue, 0) DESC, coalesce(s.sold, 0) DESC, k.name, k.id), '[]'::json)
         FROM packages k LEFT JOIN sales s ON s.package_id = k.id
        WHERE k.operator_id = ${operatorId}::uuid AND (s.sold > 0 OR ${packageInScope})
      ) AS package_sales`;

  const enrolled = Number(row!.members_enrolled);
  const tagged = Number(row!.users_tagged);
  return {
    kpis: {
      membersEnrolled: enrolled,
      revenueInCents: Number(row!.revenue_cents),
      photosUploaded: Number(row!.photos_uploaded),
      usersTagged: tagged,
      packagesSold: Number(row!.packages_sold),
    },
    photosByPhotographer: row!.photos_by_photographer,
    packageSales: row!.package_sales,
    conversionFunnel: { enrolled, tagged, purchased: Number(row!.purchased) },
  };
}
