/**
 * `npm run bench [-- --only analytics,writes,api --photos 1000000,10000000 --runs 30 --no-pglite]`
 *
 * Every performance comparison of the product in one run, side by side with
 * its reference, printed as one table (figure, ours, reference, ratio, goal):
 *
 * - analytics: GET /v1/analytics (from the counters) against the aggregate SQL
 *   over the same rows, at each size, on PostgreSQL and (1M) on PGlite; the
 *   scale studios are loaded once and reused (.data/bench-pglite-<size>, the
 *   databases photo_backoffice_bench_<size>);
 * - writes: photo ingest and order placement with the counting triggers on
 *   against off, and ingest against the bare image work;
 * - api: GET /v1/projects/:id and GET /v1/analytics at 32 connections against
 *   a bare node:http + pg server doing the same work (scripts/bench/reference-server.ts),
 *   and the p99 of GET /v1/projects/:id while 20 sign-ins a second run.
 *
 * Builds the app first when there is no production build.
 */
import { execFileSync } from "node:child_process";
import { hasProductionBuild } from "./lib/app-process";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type AnalyticsBench, benchAnalytics } from "./bench/analytics";
import type { BenchRow } from "./bench/measure";
import { type Comparison, runApiBench } from "./bench/api-throughput";
import { benchWrites } from "./bench/writes";
import { DEFAULT_POSTGRES_SERVER } from "./lib/scratch-postgres";

const { values } = parseArgs({
  options: {
    only: { type: "string", default: "analytics,writes,api" },
    photos: { type: "string", default: "1000000,10000000" },
    runs: { type: "string", default: "30" },
    "no-pglite": { type: "boolean", default: false },
  },
});
const parts = new Set(values.only!.split(","));
const sizes = values.photos!.split(",").map((n) => Number(n.replaceAll("_", "")));
const runs = Number(values.runs);
if (!sizes.every((n) => Number.isInteger(n) && n >= 1000) || !(runs >= 5)) {
  console.error("--photos takes sizes like 1000000,10000000 and --runs at least 5");
  process.exit(2);
}
const POSTGRES_SERVER = process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_SERVER;
const BENCH_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? ".data");
process.env.BCRYPT_COST ??= "10";
const log = (line: string) => console.log(`  ${line}`);

if (!hasProductionBuild()) {
  console.log("No production build: npm run build");
  execFileSync("npm", ["run", "build"], { stdio: "inherit" });
}

const rows: BenchRow[] = [];
const ms = (value: number) => `${value.toFixed(1)} ms`;
const perSecond = (value: number, unit: string) => `${value.toFixed(value < 10 ? 2 : 0)} ${unit}/s`;
const millions = (photos: number) => `${photos / 1_000_000}M`;

const startedAt = new Date();
console.log(
  `Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, ` +
    `Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the start`,
);

if (parts.has("analytics")) {
  const results = await benchAnalytics(
    sizes.map((photos) => ({
      database: {
        kind: "postgres",
        url: `${POSTGRES_SERVER}/photo_backoffice_bench_${millions(photos).toLowerCase()}`,
      },
      photos,
    })),
    runs,
    log,
  );
  if (!values["no-pglite"]) {
    const smallest = Math.min(...sizes);
    const dir = path.join(BENCH_DIR, `bench-pglite-${millions(smallest).toLowerCase()}`);
    const [pglite] = await benchAnalytics(
      [{ database: { kind: "pglite", dir }, photos: smallest }],
      runs,
      log,
    );
    results.push({ ...pglite!, pglite: true });
  }
  for (const result of results) {
    for (const { scope, endpoint, sql, same } of result.scopes) {
      const ratio = sql.p50 / endpoint.p50;
      const studio = scope === "studio";
      rows.push({
        figure:
          `${result.pglite ? "PGlite: " : ""}GET /v1/analytics (${studio ? "studio" : "one project of 20,000 photos"}), ` +
          `${millions(result.photos)} photos, p50${same ? "" : " (NUMBERS DIFFER)"}`,
        ours: ms(endpoint.p50),
        reference: `${ms(sql.p50)} aggregate SQL`,
        ratio,
        goal: studio && !result.pglite ? ">= 20x faster" : "reported",
        met: studio && !result.pglite ? same && ratio >= 20 : same ? undefined : false,
      });
    }
  }
  const onPostgres = results.filter((result) => !result.pglite);
  if (onPostgres.length > 1) {
    const [small, large] = [onPostgres[0]!, onPostgres.at(-1)!];
    for (const scope of ["studio", "project"] as const) {
      const p50 = (result: AnalyticsBench) =>
        result.scopes.find((s) => s.scope === scope)!.endpoint.p50;
      rows.push({
        figure: `GET /v1/analytics (${scope}) p50, ${millions(large.photos)} against ${millions(small.photos)} photos, requests interleaved`,
        ours: ms(p50(large)),
        reference: ms(p50(small)),
        ratio: p50(large) / p50(small),
        goal: "<= 1.1 (no slower)",
        met: p50(large) / p50(small) <= 1.1,
      });
    }
  }
}

if (parts.has("writes")) {
  const writes = await benchWrites(
    POSTGRES_SERVER,
    { rounds: 3, photosPerRound: 10, ordersPerRound: 60, clients: 4 },
    log,
  );
  rows.push(
    {
      figure: `Photo ingest, 1 client, counters on against off`,
      ours: perSecond(writes.ingest.counted, "photos"),
      reference: perSecond(writes.ingest.uncounted, "photos"),
      ratio: writes.ingest.counted / writes.ingest.uncounted,
      goal: ">= 0.9 (at most 10% slower)",
      met: writes.ingest.counted / writes.ingest.uncounted >= 0.9,
    },
    {
      figure: `Order placement, ${writes.orders.clients} clients, counters on against off`,
      ours: perSecond(writes.orders.counted, "orders"),
      reference: perSecond(writes.orders.uncounted, "orders"),
      ratio: writes.orders.counted / writes.orders.uncounted,
      goal: ">= 0.9 (at most 10% slower)",
      met: writes.orders.counted / writes.orders.uncounted >= 0.9,
    },
    {
      figure: "Photo ingest, 1 client, app against the bare image work",
      ours: perSecond(writes.ingest.counted, "photos"),
      reference: perSecond(writes.ingest.bare, "photos"),
      ratio: writes.ingest.counted / writes.ingest.bare,
      goal: "reported",
    },
  );
}

if (parts.has("api")) {
  log("API: 32 connections against the bare reference server, then the sign-in storm");
  const api = await runApiBench({
    connections: 32,
    durationSeconds: 10,
    rounds: 2,
    only: ["projects", "analytics", "storm"],
    moderateRate: 200,
    moderateConnections: 8,
    signInRate: 20,
    bcryptCost: 12,
    postgresServer: POSTGRES_SERVER,
  });
  const throughput = (figure: string, comparison: Comparison): BenchRow => ({
    figure: `${figure} at 32 connections (p99 ${comparison.app.p99Ms} ms against ${comparison.reference.p99Ms} ms)`,
    ours: perSecond(comparison.app.requestsPerSecond, "req"),
    reference: `${perSecond(comparison.reference.requestsPerSecond, "req")} bare node:http + pg`,
    ratio: comparison.ratio,
    goal: ">= 0.4",
    met: comparison.ratio >= 0.4 && comparison.app.failures === 0,
  });
  if (api.projects) rows.push(throughput("GET /v1/projects/:id", api.projects));
  if (api.analytics) rows.push(throughput("GET /v1/analytics", api.analytics));
  if (api.storm) {
    const { quiet, storm, signIns, p99Ratio } = api.storm;
    rows.push({
      figure:
        `GET /v1/projects/:id p99 at 200 req/s, with 20 sign-ins/s sent (bcrypt cost 12; ` +
        `${signIns.requestsPerSecond.toFixed(1)}/s answered, the rest queued) against without`,
      ours: ms(storm.p99Ms),
      reference: ms(quiet.p99Ms),
      ratio: p99Ratio,
      goal: "<= 2",
      met: p99Ratio <= 2 && storm.failures === 0,
    });
  }
}

const table = [
  "| figure | ours | reference | ratio | goal | met |",
  "| --- | --- | --- | --- | --- | --- |",
  ...rows.map(
    (row) =>
      `| ${row.figure} | ${row.ours} | ${row.reference} | ${row.ratio.toFixed(2)} | ${row.goal} | ${row.met === undefined ? "" : row.met ? "yes" : "NO"} |`,
  ),
].join("\n");
const minutes = ((Date.now() - startedAt.getTime()) / 60_000).toFixed(0);
console.log(
  `\n${startedAt.toISOString().slice(0, 10)}, PostgreSQL unless marked, ${runs} runs a latency, ${minutes} min:\n\n${table}`,
);
process.exit(rows.some((row) => row.met === false) ? 1 : 0);
