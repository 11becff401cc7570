/**
 * `GET /v1/analytics` (from the counters) on the production build against the
 * same numbers aggregated from the rows by hand-written SQL straight over the
 * driver (`pg` for PostgreSQL; PGlite itself for the embedded database, which
 * no `pg` client can reach), over the scale studio (loaded once per database
 * and size, reused on later runs). For the whole studio and one project.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase, type DatabaseTarget } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { analyticsFromGroups } from "@/server/domain/analytics";
import { launchApp } from "../lib/app-process";
import { SCALE_PASSWORD, seedScale } from "../seed/scale";
import { type Sample, timeRuns } from "./measure";

type Query = <Row>(sql: string, params: unknown[]) => Promise<Row[]>;

/** The analytics numbers as a developer would write them by hand. */
async function handWrittenAnalytics(
  query: Query,
  parallel: boolean,
  operatorId: string,
  projectId?: string,
) {
  const scope = projectId ? "AND project_id = $2" : "";
  const params = projectId ? [operatorId, projectId] : [operatorId];
  const inScopePhotographer = projectId
    ? "EXISTS (SELECT 1 FROM project_photographers a WHERE a.project_id = $2 AND a.photographer_id = ph.id)"
    : "ph.deleted_at IS NULL";
  const inScopePackage = projectId
    ? "EXISTS (SELECT 1 FROM project_packages l WHERE l.project_id = $2 AND l.package_id = k.id)"
    : "k.deleted_at IS NULL";
  // Aggregate first, then join the few photographers and packages: the fastest form we know.
  const statements = [
    `SELECT (SELECT count(*) FROM members WHERE operator_id = $1 ${scope}) AS members,
            (SELECT count(*) FROM (SELECT DISTINCT member_id FROM photo_tags WHERE operator_id = $1 ${scope}) t) AS tagged,
            (SELECT count(*) FROM (SELECT DISTINCT member_id FROM orders WHERE operator_id = $1 ${scope} AND status = 'paid') b) AS buyers`,
    `SELECT ph.id, ph.name, coalesce(c.photos, 0) AS photos
       FROM photographers ph
       LEFT JOIN (SELECT photographer_id, count(*) AS photos FROM photos
                   WHERE operator_id = $1 ${scope} AND kind = 'photo' GROUP BY photographer_id) c ON c.photographer_id = ph.id
      WHERE ph.operator_id = $1 AND (c.photos > 0 OR ${inScopePhotographer})
      ORDER BY photos DESC, ph.name, ph.id`,
    `SELECT k.id, k.name, coalesce(s.sold, 0) AS sold, coalesce(s.revenue, 0) AS revenue
       FROM packages k
       LEFT JOIN (SELECT package_id, count(*) AS sold, sum(amount_cents) AS revenue FROM orders
                   WHERE operator_id = $1 ${scope} AND status = 'paid' GROUP BY package_id) s ON s.package_id = k.id
      WHERE k.operator_id = $1 AND (s.sold > 0 OR ${inScopePackage})
      ORDER BY revenue DESC, sold DESC, k.name, k.id`,
  ];
  const results = parallel
    ? await Promise.all(statements.map((sql) => query<Record<string, unknown>>(sql, params)))
    : [
        await query<Record<string, unknown>>(statements[0]!, params),
        await query<Record<string, unknown>>(statements[1]!, params),
        await query<Record<string, unknown>>(statements[2]!, params),
      ];
  const [[counts], byPhotographer, bySale] = results as [
    Record<string, unknown>[],
    Record<string, unknown>[],
    Record<string, unknown>[],
  ];
  return analyticsFromGroups(
    {
      enrolled: Number(counts!.members),
      tagged: Number(counts!.tagged),
      purchased: Number(counts!.buyers),
    },
    byPhotographer.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      photoCount: Number(r.photos),
    })),
    bySale.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      count: Number(r.sold),
      revenueInCents: Number(r.revenue),
    })),
  );
}

async function ensurePostgresDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}

export type AnalyticsDatabase = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export interface AnalyticsBench {
  photos: number;
  /** An authenticated one-query request (GET /v1/operators/me): the fixed cost of any call. */
  floor: Sample;
  scopes: { scope: "studio" | "project"; endpoint: Sample; sql: Sample; same: boolean }[];
}

async function loadScaleData(target: DatabaseTarget, photos: number, log: (line: string) => void) {
  const database = openDatabase(
    target.kind === "postgres" ? { ...target, statementTimeoutMs: undefined } : target,
  );
  try {
    await migrateDatabase(database);
    const { operatorId, email } = await seedScale(database, photos, (line) => log(`  ${line}`));
    const project = await database.prisma.project.findFirstOrThrow({
      where: { operatorId },
      orderBy: { name: "asc" },
    });
    return { operatorId, email, projectId: project.id };
  } finally {
    await database.close();
  }
}

export async function benchAnalytics(
  database: AnalyticsDatabase,
  photos: number,
  runs: number,
  log: (line: string) => void,
): Promise<AnalyticsBench> {
  const label = database.kind === "pglite" ? "PGlite" : "PostgreSQL";
  log(`${label}: ${photos.toLocaleString("en-US")} photos (loaded once, reused later)`);
  if (database.kind === "postgres") await ensurePostgresDatabase(database.url);
  const target: DatabaseTarget =
    database.kind === "postgres"
      ? { kind: "postgres", url: database.url }
      : { kind: "pglite", dataDir: path.join(database.dir, "pglite") };
  const { operatorId, email, projectId } = await loadScaleData(target, photos, log);
  const scopes = [
    ["studio", undefined],
    ["project", projectId],
  ] as const;

  log(`${label}: hand-written aggregate SQL`);
  const sql = new Map<string, { sample: Sample; result: unknown }>();
  if (database.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: database.url, max: 4 });
    const query: Query = async (text, params) => (await pool.query(text, params)).rows;
    for (const [scope, id] of scopes) {
      const run = () => handWrittenAnalytics(query, true, operatorId, id);
      sql.set(scope, { result: await run(), sample: await timeRuns(runs, run) });
    }
    await pool.end();
  } else {
    const db = await PGlite.create(target.kind === "pglite" ? target.dataDir! : "");
    const query: Query = async (text, params) => (await db.query(text, params)).rows as never;
    for (const [scope, id] of scopes) {
      const run = () => handWrittenAnalytics(query, false, operatorId, id);
      sql.set(scope, { result: await run(), sample: await timeRuns(runs, run) });
    }
    await db.close();
  }

  log(`${label}: GET /v1/analytics on the production build`);
  const app = await launchApp({
    env: {
      AUTH_SECRET: randomBytes(32).toString("hex"),
      LOG_LEVEL: "warn",
      ...(database.kind === "postgres"
        ? { DATABASE_URL: database.url }
        : { DATA_DIR: database.dir }),
    },
  });
  try {
    const login = await fetch(`${app.url}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: SCALE_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const authorization = `Bearer ${token}`;
    const floor = await timeRuns(runs, () =>
      fetch(`${app.url}/v1/operators/me`, { headers: { authorization } }).then((r) => r.text()),
    );
    const results: AnalyticsBench["scopes"] = [];
    for (const [scope, id] of scopes) {
      const url = `${app.url}/v1/analytics${id ? `?projectId=${id}` : ""}`;
      const get = async () => {
        const response = await fetch(url, { headers: { authorization } });
        if (!response.ok)
          throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      const answer = await get();
      const reference = sql.get(scope)!;
      results.push({
        scope,
        endpoint: await timeRuns(runs, get),
        sql: reference.sample,
        same: JSON.stringify(answer) === JSON.stringify(reference.result),
      });
    }
    return { photos, floor, scopes: results };
  } finally {
    await app.stop();
  }
}
