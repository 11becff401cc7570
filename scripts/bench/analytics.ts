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
import { type Sample, sampleOf, timeRuns } from "./measure";

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

/** The aggregate SQL takes seconds at 10M photos: one warm-up, then at most a minute of runs. */
const SLOW_WORK = { warmUp: 1, budgetMs: 60_000 };
const REFERENCE_WORK_MEM = "256MB";

export type AnalyticsDatabase = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export interface AnalyticsBench {
  photos: number;
  pglite?: boolean;
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

interface Prepared {
  database: AnalyticsDatabase;
  photos: number;
  email: string;
  scopes: { scope: "studio" | "project"; path: string; sql: Sample; result: unknown }[];
}

/** Loads the studio (once) and times the aggregate SQL over it. */
async function prepare(
  database: AnalyticsDatabase,
  photos: number,
  runs: number,
  log: (line: string) => void,
): Promise<Prepared> {
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

  log(`${label}, ${photos.toLocaleString("en-US")} photos: hand-written aggregate SQL`);
  let query: Query;
  let close: () => Promise<void>;
  // With the default 4 MB of work_mem the distinct counts over 15M tags spill to disk
  // and take minutes; the reference gets the memory a reporting query would be given.
  if (database.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: database.url,
      max: 4,
      options: `-c work_mem=${REFERENCE_WORK_MEM}`,
    });
    query = async (text, params) => (await pool.query(text, params)).rows;
    close = () => pool.end();
  } else {
    const db = await PGlite.create(path.join(database.dir, "pglite"));
    await db.exec(`SET work_mem = '${REFERENCE_WORK_MEM}'`);
    query = async (text, params) => (await db.query(text, params)).rows as never;
    close = () => db.close();
  }
  const prepared: Prepared["scopes"] = [];
  try {
    for (const [scope, id] of scopes) {
      const run = () => handWrittenAnalytics(query, database.kind === "postgres", operatorId, id);
      prepared.push({
        scope,
        path: `/v1/analytics${id ? `?projectId=${id}` : ""}`,
        result: await run(),
        sql: await timeRuns(runs, run, SLOW_WORK),
      });
    }
  } finally {
    await close();
  }
  return { database, photos, email, scopes: prepared };
}

/**
 * Loads each database's studio and times its aggregate SQL, then starts the
 * production build once per database and times `GET /v1/analytics` on all of
 * them in turn, request by request, so that every size sees the same load on
 * the machine.
 */
export async function benchAnalytics(
  databases: { database: AnalyticsDatabase; photos: number }[],
  runs: number,
  log: (line: string) => void,
): Promise<AnalyticsBench[]> {
  const prepared: Prepared[] = [];
  for (const { database, photos } of databases)
    prepared.push(await prepare(database, photos, runs, log));

  log("GET /v1/analytics on the production build");
  const apps = await Promise.all(
    prepared.map(({ database }) =>
      launchApp({
        env: {
          AUTH_SECRET: randomBytes(32).toString("hex"),
          LOG_LEVEL: "warn",
          ...(database.kind === "postgres"
            ? { DATABASE_URL: database.url }
            : { DATA_DIR: database.dir }),
        },
      }),
    ),
  );
  try {
    const clients = await Promise.all(
      apps.map(async (app, i) => {
        const login = await fetch(`${app.url}/v1/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: prepared[i]!.email, password: SCALE_PASSWORD }),
        });
        const { token } = (await login.json()) as { token: string };
        const get = async (path: string) => {
          const response = await fetch(`${app.url}${path}`, {
            headers: { authorization: `Bearer ${token}` },
          });
          if (!response.ok)
            throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
          return response.json();
        };
        return get;
      }),
    );
    const interleaved = async (path: (i: number) => string) => {
      const durations = clients.map(() => [] as number[]);
      for (let run = -5; run < runs; run++) {
        // Each run starts with the next database, so none always goes first.
        for (let k = 0; k < clients.length; k++) {
          const i = (run + 5 + k) % clients.length;
          const started = performance.now();
          await clients[i]!(path(i));
          if (run >= 0) durations[i]!.push(performance.now() - started);
        }
      }
      return durations.map(sampleOf);
    };
    const floor = await interleaved(() => "/v1/operators/me");
    const byScope: {
      scope: "studio" | "project";
      answers: unknown[];
      samples: Sample[];
      at: (i: number) => Prepared["scopes"][number];
    }[] = [];
    for (const scope of ["studio", "project"] as const) {
      const at = (i: number) => prepared[i]!.scopes.find((s) => s.scope === scope)!;
      const answers = await Promise.all(clients.map((get, i) => get(at(i).path)));
      byScope.push({ scope, answers, samples: await interleaved((i) => at(i).path), at });
    }
    return prepared.map((p, i) => ({
      photos: p.photos,
      floor: floor[i]!,
      scopes: byScope.map(({ scope, answers, samples, at }) => ({
        scope,
        endpoint: samples[i]!,
        sql: at(i).sql,
        same: JSON.stringify(answers[i]) === JSON.stringify(at(i).result),
      })),
    }));
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
  }
}
