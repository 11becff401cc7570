/**
 * `npm run load [-- --connections 100 --duration 60 --database postgres|pglite]`
 *
 * The evening after a shoot, compressed: sign-ins, reads, class-list imports,
 * photo uploads, gallery visits and orders from `connections` clients at once
 * for `duration` seconds against the production build (on a fresh database on
 * the PostgreSQL server in BENCH_POSTGRES_URL, or a fresh PGlite folder).
 * Prints p50/p99 per route, then checks that nothing failed and nothing was
 * lost: no 5xx, no connection errors or timeouts, and every order and photo
 * the app acknowledged is in the database (the photos with their files), every
 * imported member too. Exits 1 when a check fails. Run `npm run build` first.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { photoObjectKey, storageFromUrl } from "@/server/storage";
import { launchApp } from "./lib/app-process";
import { DEFAULT_POSTGRES_SERVER, scratchPostgres } from "./lib/scratch-postgres";
import { type Acknowledged, scenarios, type UploadBody } from "./load/scenarios";
import { setUpLoadStudio } from "./load/studio";
import { portraitPhoto } from "./seed/images";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "100" },
    duration: { type: "string", default: "60" },
    database: { type: "string", default: "postgres" },
    members: { type: "string", default: "200" },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const memberCount = Number(values.members);
const database = values.database as "pglite" | "postgres";
if (!(Number.isInteger(connections) && connections >= 12)) {
  console.error("--connections must be a whole number of at least 12 (one per route)");
  process.exit(2);
}
if (!(duration > 0) || !(Number.isInteger(memberCount) && memberCount >= 50)) {
  console.error("--duration must be positive and --members a whole number of at least 50");
  process.exit(2);
}
if (database !== "pglite" && database !== "postgres") {
  console.error("--database must be pglite or postgres");
  process.exit(2);
}

const UPLOAD_COUNT = 400;
const PHOTO_VARIANTS = ["original", "preview", "thumb"] as const;

/** Distinct phone-sized JPEGs, as multipart bodies ready to send. */
async function makeUploads(): Promise<UploadBody[]> {
  const bodies: UploadBody[] = [];
  for (let index = 0; index < UPLOAD_COUNT; index++) {
    const bytes = await portraitPhoto({ seed: 100 + index, pose: index, width: 1200, height: 800 });
    const form = new FormData();
    form.append(
      "file",
      new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }),
      `LOAD_${index}.jpg`,
    );
    const request = new Request("http://load.invalid/", { method: "POST", body: form });
    bodies.push({
      contentType: request.headers.get("content-type")!,
      body: Buffer.from(await request.arrayBuffer()),
    });
  }
  return bodies;
}

interface Row {
  name: string;
  connections: number;
  result: Result;
}

function statusCounts(result: Result): Map<number, number> {
  const counts = new Map<number, number>();
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    counts.set(Number(status), Number(count));
  }
  return counts;
}

function printTable(rows: Row[]) {
  const header = ["route", "conns", "requests", "req/s", "p50 ms", "p99 ms", "statuses", "errors"];
  const lines = rows.map(({ name, connections, result }) => [
    name,
    String(connections),
    String(result.requests.total),
    result.requests.average.toFixed(1),
    String(result.latency.p50),
    String(result.latency.p99),
    [...statusCounts(result)].map(([status, count]) => `${status}:${count}`).join(" "),
    String(result.errors + result.timeouts),
  ]);
  const widths = header.map((_, column) =>
    Math.max(header[column]!.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (line: string[]) =>
    line
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join("  ");
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

/** The acknowledged writes that are not in the database. */
async function findLost(
  query: (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>,
  dataDir: string,
  projectId: string,
  acknowledged: Acknowledged,
): Promise<string[]> {
  const problems: string[] = [];
  const present = async (table: string, ids: Set<string>) => {
    const { rows } = await query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [[...ids]]);
    return new Set(rows.map((row) => String(row.id)));
  };
  const orders = await present("orders", acknowledged.orderIds);
  if (orders.size !== acknowledged.orderIds.size) {
    problems.push(`${acknowledged.orderIds.size - orders.size} acknowledged orders are missing`);
  }
  const photos = await present("photos", acknowledged.photoIds);
  if (photos.size !== acknowledged.photoIds.size) {
    problems.push(`${acknowledged.photoIds.size - photos.size} acknowledged photos are missing`);
  }
  const { rows } = await query(
    "SELECT id, operator_id, project_id FROM photos WHERE id = ANY($1::uuid[])",
    [[...photos]],
  );
  const storage = storageFromUrl(undefined, dataDir);
  let withoutFiles = 0;
  for (const row of rows) {
    const photo = {
      id: String(row.id),
      operatorId: String(row.operator_id),
      projectId: String(row.project_id),
    };
    for (const variant of PHOTO_VARIANTS) {
      const stored = await storage.open(photoObjectKey(photo, variant));
      if (stored) await stored.body.cancel();
      else withoutFiles++;
    }
  }
  if (withoutFiles > 0) problems.push(`${withoutFiles} files of acknowledged photos are missing`);
  const { rows: imported } = await query(
    "SELECT external_id FROM members WHERE project_id = $1 AND external_id = ANY($2::text[])",
    [projectId, [...acknowledged.importedExternalIds]],
  );
  const missingMembers = acknowledged.importedExternalIds.size - imported.length;
  if (missingMembers > 0) problems.push(`${missingMembers} imported members are missing`);
  return problems;
}

const label = database === "pglite" ? "PGlite" : "PostgreSQL";
console.log(`Making ${UPLOAD_COUNT} photos to upload…`);
const uploads = await makeUploads();
const dataDir = await mkdtemp(path.join(tmpdir(), "load-test-"));
const postgres =
  database === "postgres"
    ? await scratchPostgres(
        process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_SERVER,
        "photo_backoffice_load",
      )
    : undefined;
let failed = false;
try {
  console.log(`Starting the production build (${label}, fresh database and DATA_DIR)…`);
  const app = await launchApp({
    env: {
      AUTH_SECRET: randomBytes(32).toString("hex"),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      TRUST_PROXY: "true",
      ...(postgres && { DATABASE_URL: postgres.url }),
    },
  });
  let studio;
  const acknowledged: Acknowledged = {
    orderIds: new Set(),
    photoIds: new Set(),
    importedExternalIds: new Set(),
  };
  const rows: Row[] = [];
  try {
    console.log(`Setting up a studio with ${memberCount} members, their photos and galleries…`);
    studio = await setUpLoadStudio(app.url, memberCount);
    const plan = scenarios(studio, uploads, acknowledged);
    const totalShare = plan.reduce((sum, scenario) => sum + scenario.share, 0);
    console.log(
      `${connections} clients for ${duration} s on ${availableParallelism()} cores (${label})…`,
    );
    const results = await Promise.all(
      plan.map(async (scenario) => {
        const share = Math.max(1, Math.round((connections * scenario.share) / totalShare));
        const result = await autocannon({
          url: app.url,
          connections: share,
          duration,
          timeout: 30,
          requests: scenario.requests,
        });
        return { name: scenario.name, connections: share, result };
      }),
    );
    rows.push(...results);
  } finally {
    const code = await app.stop();
    if (code !== 0) {
      console.error(`the app exited with code ${code}:\n${app.output()}`);
      failed = true;
    }
  }
  printTable(rows);

  const serverErrors = rows.flatMap(({ name, result }) =>
    [...statusCounts(result)]
      .filter(([status]) => status >= 500)
      .map(([status, count]) => `${name}: ${count} × ${status}`),
  );
  const broken = rows
    .filter(({ result }) => result.errors + result.timeouts > 0)
    .map(({ name, result }) => `${name}: ${result.errors} errors, ${result.timeouts} timeouts`);

  let problems: string[];
  if (postgres) {
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      problems = await findLost(
        (sql, params) => client.query(sql, params),
        dataDir,
        studio.projectId,
        acknowledged,
      );
    } finally {
      await client.end();
    }
  } else {
    const pglite = new PGlite(path.join(dataDir, "pglite"));
    try {
      problems = await findLost(
        (sql, params) => pglite.query<Record<string, unknown>>(sql, params),
        dataDir,
        studio.projectId,
        acknowledged,
      );
    } finally {
      await pglite.close();
    }
  }
  console.log(
    `\nAcknowledged: ${acknowledged.orderIds.size} orders, ${acknowledged.photoIds.size} photos, ` +
      `${acknowledged.importedExternalIds.size} imported members.`,
  );
  for (const problem of [...serverErrors, ...broken, ...problems]) {
    console.error(`FAIL ${problem}`);
    failed = true;
  }
  if (!failed) console.log("No 5xx, no failed request, no lost write.");
} finally {
  await postgres?.drop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
