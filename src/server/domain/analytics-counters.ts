import { Prisma } from "@/generated/prisma/client";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * The analytics counters (tables `studio_*`, `project_*` and
 * `member_counters`) are kept by database triggers in the same transaction as
 * every write; see the migration `analytics_counters`. The migration's
 * `expected_*` views compute the same numbers from the rows. This module
 * compares the two and rebuilds a studio's counters from the rows.
 */

export interface CounterDifference {
  /** Which counter: studio, project, project photographer, ... */
  counter: string;
  /** The row: a project, photographer, package or member id (or two of them); empty for the studio's own. */
  key: string;
  /** What the counter says; null when its row is missing. */
  actual: Record<string, number> | null;
  /** What the rows say; null when nothing is counted there. */
  expected: Record<string, number> | null;
}

type Db = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

interface Comparison {
  counter: string;
  /** `key` text and `value` jsonb of the counter rows (rows of zeros left out where rows are made lazily). */
  actual: Prisma.Sql;
  /** The same from the rows. */
  expected: Prisma.Sql;
}

function comparisons(operatorId: string): Comparison[] {
  const operator = Prisma.sql`operator_id = ${operatorId}::uuid`;
  const roster = Prisma.sql`jsonb_build_object('members', members, 'viewed', viewed, 'tagged', tagged, 'buyers', buyers)`;
  const sales = Prisma.sql`jsonb_build_object('paidOrders', paid_orders, 'revenueCents', revenue_cents)`;
  return [
    {
      counter: "studio",
      actual: Prisma.sql`SELECT '' AS key, ${roster} AS value FROM studio_counters WHERE ${operator}`,
      expected: Prisma.sql`SELECT '' AS key, ${roster} AS value
        FROM (SELECT coalesce(sum(members), 0) AS members, coalesce(sum(viewed), 0) AS viewed,
                     coalesce(sum(tagged), 0) AS tagged, coalesce(sum(buyers), 0) AS buyers
                FROM expected_project_counters WHERE ${operator}) s`,
    },
    {
      counter: "project",
      actual: Prisma.sql`SELECT project_id::text AS key, ${roster} AS value FROM project_counters WHERE ${operator}`,
      expected: Prisma.sql`SELECT project_id::text, ${roster} FROM expected_project_counters WHERE ${operator}`,
    },
    {
      counter: "studio photographer",
      actual: Prisma.sql`SELECT photographer_id::text AS key, jsonb_build_object('photos', photos) AS value
        FROM studio_photographer_counters WHERE ${operator} AND photos <> 0`,
      expected: Prisma.sql`SELECT photographer_id::text, jsonb_build_object('photos', sum(photos))
        FROM expected_photographer_counters WHERE ${operator} GROUP BY photographer_id`,
    },
    {
      counter: "project photographer",
      actual: Prisma.sql`SELECT project_id || '/' || photographer_id AS key, jsonb_build_object('photos', photos) AS value
        FROM project_photographer_counters WHERE ${operator} AND photos <> 0`,
      expected: Prisma.sql`SELECT project_id || '/' || photographer_id, jsonb_build_object('photos', photos)
        FROM expected_photographer_counters WHERE ${operator}`,
    },
    {
      counter: "studio package",
      actual: Prisma.sql`SELECT package_id::text AS key, ${sales} AS value
        FROM studio_package_counters WHERE ${operator} AND (paid_orders <> 0 OR revenue_cents <> 0)`,
      expected: Prisma.sql`SELECT package_id::text, ${sales}
        FROM (SELECT package_id, sum(paid_orders) AS paid_orders, sum(revenue_cents) AS revenue_cents
                FROM expected_package_counters WHERE ${operator} GROUP BY package_id) s`,
    },
    {
      counter: "project package",
      actual: Prisma.sql`SELECT project_id || '/' || package_id AS key, ${sales} AS value
        FROM project_package_counters WHERE ${operator} AND (paid_orders <> 0 OR revenue_cents <> 0)`,
      expected: Prisma.sql`SELECT project_id || '/' || package_id, ${sales}
        FROM expected_package_counters WHERE ${operator}`,
    },
    {
      counter: "member",
      actual: Prisma.sql`SELECT member_id::text AS key,
               jsonb_build_object('tags', tags, 'paidOrders', paid_orders) AS value
        FROM member_counters WHERE ${operator} AND (tags <> 0 OR paid_orders <> 0)`,
      expected: Prisma.sql`SELECT member_id::text, jsonb_build_object('tags', tags, 'paidOrders', paid_orders)
        FROM expected_member_counters WHERE ${operator}`,
    },
  ];
}

/** Every counter of the studio that differs from what its rows say. */
export async function counterDifferences(db: Db, operatorId: string): Promise<CounterDifference[]> {
  const differences: CounterDifference[] = [];
  for (const { counter, actual, expected } of comparisons(operatorId)) {
    const rows = await db.$queryRaw<Omit<CounterDifference, "counter">[]>`
      SELECT coalesce(a.key, e.key) AS key, a.value AS actual, e.value AS expected
        FROM (${actual}) a (key, value) FULL JOIN (${expected}) e (key, value) ON a.key = e.key
       WHERE a.value IS DISTINCT FROM e.value
       ORDER BY 1`;
    differences.push(...rows.map((row) => ({ counter, ...row })));
  }
  return differences;
}

/**
 * Recomputes the studio's counters from its rows, in one transaction that
 * holds the studio's counter lock: writers wait, and nothing they count is lost.
 */
export async function rebuildCounters(db: Db, operatorId: string): Promise<void> {
  await db.$executeRaw`SELECT rebuild_studio_counters(${operatorId}::uuid)`;
}

/**
 * Takes the studio's counter lock for the rest of the transaction. A
 * transaction that writes counted rows in several statements takes it first:
 * otherwise its first statement locks rows before its trigger waits for the
 * lock, while a writer holding the lock waits for those rows (a deadlock).
 */
export async function lockStudioCounters(
  tx: Pick<PrismaClient, "$executeRaw">,
  operatorId: string,
): Promise<void> {
  await tx.$executeRaw`SELECT lock_studio_counters(${operatorId}::uuid)`;
}
