/**
 * `npm run bench:analytics [-- --photos 1000000 --runs 30 --database both|pglite|postgres]`
 *
 * Loads the scale studio (once; reused on later runs), then times
 * GET /v1/analytics through HTTP on the production build against the same
 * numbers computed by hand-written SQL straight over the driver (`pg` for
 * PostgreSQL; PGlite itself for the embedded database, which no `pg` client
 * can reach). Prints p50 and p95 of each and their ratio, for the whole
 * studio and for one project. Run `npm run build` first.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase, type DatabaseTarget } from "@/server/db/connection";
import { migrateDatabase } from "@/server/db/migrate";
import { analyticsFromGroups } from "@/server/domain/analytics";
import { launchApp } from "./lib/app-process";
import { SCALE_PASSWORD, seedScale } from "./seed/scale";

const { values } = parseArgs({
  options: {
    photos: { type: "string", default: "1000000" },
    runs: { type: "string", default: "30" },
    database: { type: "string", default: "both" },
  },
});
const photos = Number(values.photos!.replaceAll("_", ""));
const runs = Number(values.runs);
const WARM_UP = 5;
const POSTGRES_URL =
  process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/photo_backoffice_bench";
const PGLITE_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? ".data/bench-pglite");
process.env.BCRYPT_COST ??= "10";
process.env.LOG_LEVEL ??= "warn";

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
            (SELECT count(*) FROM (SELECT DISTINCT member_id FROM orders WHERE operator_id = $1 ${scope}) b) AS buyers`,
    `SELECT ph.id, ph.name, coalesce(c.photos, 0) AS photos
       FROM photographers ph
       LEFT JOIN (SELECT photographer_id, count(*) AS photos FROM photos
                   WHERE operator_id = $1 ${scope} GROUP BY photographer_id) c ON c.photographer_id = ph.id
      WHERE ph.operator_id = $1 AND (c.photos > 0 OR ${inScopePhotographer})
      ORDER BY photos DESC, ph.name, ph.id`,
    `SELECT k.id, k.name, coalesce(s.sold, 0) AS sold, coalesce(s.revenue, 0) AS revenue
       FROM packages k
       LEFT JOIN (SELECT package_id, count(*) AS sold, sum(amount_cents) AS revenue FROM orders
                   WHERE operator_id = $1 ${scope} GROUP BY package_id) s ON s.package_id = k.id
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

async function time(times: number, work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await work();
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  return durations.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

interface Row {
  database: string;
  /** p50 of an authenticated one-query request (GET /v1/operators/me): the fixed cost of any call. */
  floor: number;
  scope: string;
  endpoint: number[];
  sql: number[];
  same: boolean;
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

async function loadScaleData(target: DatabaseTarget) {
  const database = openDatabase(target);
  try {
    await migrateDatabase(database);
    const { operatorId, email } = await seedScale(database, photos, (message) =>
      console.log(`  ${message}`),
    );
    const project = await database.prisma.project.findFirstOrThrow({
      where: { operatorId },
      orderBy: { name: "asc" },
    });
    return { operatorId, email, projectId: project.id };
  } finally {
    await database.close();
  }
}

async function bench(kind: "pglite" | "postgres"): Promise<Row[]> {
  const label = kind === "pglite" ? "PGlite" : "PostgreSQL";
  console.log(
    `${label}: loading ${photos.toLocaleString("en-US")} photos (reused when already there)`,
  );
  if (kind === "postgres") await ensurePostgresDatabase(POSTGRES_URL);
  const target: DatabaseTarget =
    kind === "postgres"
      ? { kind, url: POSTGRES_URL }
      : { kind, dataDir: path.join(PGLITE_DIR, "pglite") };
  const { operatorId, email, projectId } = await loadScaleData(target);

  console.log(`${label}: hand-written SQL`);
  const sql: Record<string, { durations: number[]; result: unknown }> = {};
  if (kind === "postgres") {
    const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 4 });
    const query: Query = async (text, params) => (await pool.query(text, params)).rows;
    for (const [scope, id] of [
      ["studio", undefined],
      ["project", projectId],
    ] as const) {
      const result = await handWrittenAnalytics(query, true, operatorId, id);
      sql[scope] = {
        durations: await time(runs, () => handWrittenAnalytics(query, true, operatorId, id)),
        result,
      };
    }
    await pool.end();
  } else {
    const db = await PGlite.create(path.join(PGLITE_DIR, "pglite"));
    const query: Query = async (text, params) => (await db.query(text, params)).rows as never;
    for (const [scope, id] of [
      ["studio", undefined],
      ["project", projectId],
    ] as const) {
      const result = await handWrittenAnalytics(query, false, operatorId, id);
      sql[scope] = {
        durations: await time(runs, () => handWrittenAnalytics(query, false, operatorId, id)),
        result,
      };
    }
    await db.close();
  }

  console.log(`${label}: GET /v1/analytics on the production build`);
  const app = await launchApp({
    env: {
      AUTH_SECRET: randomBytes(32).toString("hex"),
      ...(kind === "postgres" ? { DATABASE_URL: POSTGRES_URL } : { DATA_DIR: PGLITE_DIR }),
    },
  });
  try {
    const login = await fetch(`${app.url}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: SCALE_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const me = await time(runs, () =>
      fetch(`${app.url}/v1/operators/me`, { headers: { authorization: `Bearer ${token}` } }).then(
        (r) => r.text(),
      ),
    );
    const rows: Row[] = [];
    for (const [scope, id] of [
      ["studio", undefined],
      ["project", projectId],
    ] as const) {
      const url = `${app.url}/v1/analytics${id ? `?projectId=${id}` : ""}`;
      const get = async () => {
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        if (!response.ok)
          throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
        return response.json();
      };
      const endpointResult = await get();
      const endpoint = await time(runs, get);
      rows.push({
        database: label,
        floor: percentile(me, 0.5),
        scope,
        endpoint,
        sql: sql[scope]!.durations,
        same: JSON.stringify(endpointResult) === JSON.stringify(sql[scope]!.result),
      });
    }
    return rows;
  } finally {
    await app.stop();
  }
}

const kinds =
  values.database === "both"
    ? (["pglite", "postgres"] as const)
    : [values.database as "pglite" | "postgres"];
const rows: Row[] = [];
for (const kind of kinds) rows.push(...(await bench(kind)));

const ms = (value: number) => value.toFixed(1).padStart(7);
console.log(
  `\nGET /v1/analytics vs hand-written SQL: ${photos.toLocaleString("en-US")} photos, ${runs} runs after ${WARM_UP} warm-up\n` +
    "(floor: an authenticated one-query request, GET /v1/operators/me, the fixed cost of any call)\n",
);
console.log(
  "database    scope    | endpoint p50    p95 | SQL p50     p95 | ratio p50  p95 | same numbers | floor p50",
);
for (const row of rows) {
  const [e50, e95, s50, s95] = [
    percentile(row.endpoint, 0.5),
    percentile(row.endpoint, 0.95),
    percentile(row.sql, 0.5),
    percentile(row.sql, 0.95),
  ];
  console.log(
    `${row.database.padEnd(11)} ${row.scope.padEnd(8)} | ${ms(e50)} ${ms(e95)} | ${ms(s50)} ${ms(s95)} | ` +
      `${(e50 / s50).toFixed(2).padStart(6)} ${(e95 / s95).toFixed(2).padStart(6)} | ${(row.same ? "yes" : "NO").padEnd(12)} | ${ms(row.floor)}`,
  );
}
