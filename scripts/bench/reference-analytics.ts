import type pg from "pg";
import { analyticsFromGroups } from "@/server/domain/analytics";

/**
 * The studio-wide analytics read (GET /v1/analytics without filters) as bare
 * SQL over `pg`, answering the app's shape: the same counter rows that
 * getAnalytics in src/server/domain/analytics.ts reads.
 */
export async function readStudioAnalytics(pool: pg.Pool, operatorId: string) {
  const [counts, photographers, packages] = await Promise.all([
    pool.query<{ enrolled: number; tagged: number; purchased: number }>(
      `SELECT members AS enrolled, tagged, buyers AS purchased FROM studio_counters
        WHERE operator_id = $1::uuid`,
      [operatorId],
    ),
    pool.query<{ id: string; name: string; photos: number }>(
      `SELECT p.id, p.name, coalesce(c.photos, 0) AS photos
         FROM photographers p
         LEFT JOIN studio_photographer_counters c
                ON c.operator_id = $1::uuid AND c.photographer_id = p.id
        WHERE p.operator_id = $1::uuid AND (c.photos > 0 OR p.deleted_at IS NULL)
        ORDER BY photos DESC, p.name, p.id`,
      [operatorId],
    ),
    pool.query<{ id: string; name: string; sold: number; revenue: string }>(
      `SELECT k.id, k.name, coalesce(s.paid_orders, 0) AS sold, coalesce(s.revenue_cents, 0) AS revenue
         FROM packages k
         LEFT JOIN studio_package_counters s ON s.operator_id = $1::uuid AND s.package_id = k.id
        WHERE k.operator_id = $1::uuid AND (s.paid_orders > 0 OR k.deleted_at IS NULL)
        ORDER BY revenue DESC, sold DESC, k.name, k.id`,
      [operatorId],
    ),
  ]);
  const funnel = {
    enrolled: Number(counts.rows[0]!.enrolled),
    tagged: Number(counts.rows[0]!.tagged),
    purchased: Number(counts.rows[0]!.purchased),
  };
  const photosByPhotographer = photographers.rows.map((row) => ({
    id: row.id,
    name: row.name,
    photoCount: Number(row.photos),
  }));
  const packageSales = packages.rows.map((row) => ({
    id: row.id,
    name: row.name,
    count: Number(row.sold),
    revenueInCents: Number(row.revenue),
  }));
  return analyticsFromGroups(funnel, photosByPhotographer, packageSales);
}
