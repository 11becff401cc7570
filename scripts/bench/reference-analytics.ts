import type pg from "pg";

/**
 * The studio-wide analytics read (GET /v1/analytics without filters) as bare
 * SQL over `pg`, answering the app's shape. It mirrors getAnalytics in
 * src/server/domain/analytics.ts: when that changes (e.g. to counter tables),
 * change this one function to the same reads.
 */
export async function readStudioAnalytics(pool: pg.Pool, operatorId: string) {
  const [counts, photographers, packages] = await Promise.all([
    pool.query<{ enrolled: string; tagged: string; purchased: string }>(
      `SELECT
         (SELECT count(*) FROM members WHERE operator_id = $1::uuid) AS enrolled,
         (SELECT count(*) FROM (SELECT DISTINCT member_id FROM photo_tags
                                 WHERE operator_id = $1::uuid) t) AS tagged,
         (SELECT count(*) FROM (SELECT DISTINCT member_id FROM orders
                                 WHERE operator_id = $1::uuid AND status = 'paid') b) AS purchased`,
      [operatorId],
    ),
    pool.query<{ id: string; name: string; photos: string }>(
      `SELECT p.id, p.name, coalesce(c.photos, 0) AS photos
         FROM photographers p
         LEFT JOIN (SELECT photographer_id, count(*) AS photos FROM photos
                     WHERE operator_id = $1::uuid AND kind = 'photo'
                     GROUP BY photographer_id) c ON c.photographer_id = p.id
        WHERE p.operator_id = $1::uuid AND (c.photos > 0 OR p.deleted_at IS NULL)
        ORDER BY photos DESC, p.name, p.id`,
      [operatorId],
    ),
    pool.query<{ id: string; name: string; sold: string; revenue: string }>(
      `SELECT k.id, k.name, coalesce(s.sold, 0) AS sold, coalesce(s.revenue, 0) AS revenue
         FROM packages k
         LEFT JOIN (SELECT package_id, count(*) AS sold, sum(amount_cents) AS revenue FROM orders
                     WHERE operator_id = $1::uuid AND status = 'paid'
                     GROUP BY package_id) s ON s.package_id = k.id
        WHERE k.operator_id = $1::uuid AND (s.sold > 0 OR k.deleted_at IS NULL)
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
