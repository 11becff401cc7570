/**
 * `npm run bench:mixed [-- --duration 20 --uploaders 4 --clients 8]`
 *
 * Interactive pages while photographers upload, side by side, on a fresh
 * scratch PostgreSQL database (BENCH_POSTGRES_URL's server) and a fresh
 * DATA_DIR, against the production build (run `npm run build` first):
 *
 * 1. A studio with a project, members with access codes, photos processed and
 *    tagged to one member, and that member's gallery session.
 * 2. QUIET: `--clients` interactive clients (fetch loops, spread over the
 *    gallery's watermarked preview, tRPC `gallery.get`, `GET /v1/projects/:id`
 *    and `GET /api/health`) for `--duration` seconds.
 * 3. BARE: the same image work the processing job does, with the app's own
 *    functions in this process (`analysePhoto`: EXIF, the 1600 and 400 px
 *    files with sharp, zxing in worker threads; then the watermarked gallery
 *    images), IMAGE_CONCURRENCY at a time, for `--duration` seconds, while the
 *    app idles.
 * 4. STORM: `--uploaders` photographers upload 3000x2000 camera-like JPEGs in
 *    a loop with `Prefer: respond-async` (every upload distinct bytes), while
 *    the same clients run again for `--duration` seconds.
 * 5. DRAIN: nothing else runs while the app's workers process the storm's
 *    backlog for `--duration` seconds: the queue's throughput against bare.
 *
 * Prints one table (quiet and storm p50/p99 per route with the goals), the
 * upload acknowledgements, and processing throughput against bare. Exits 1
 * only on failures (a 5xx or any unexpected answer, a connection error, an
 * acknowledged upload missing or failed), never on a missed goal.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { launchApp } from "../lib/app-process";
import { callJson } from "../lib/http-json";
import { DEFAULT_POSTGRES_SERVER, scratchPostgres } from "../lib/scratch-postgres";
import { portraitPhoto } from "../seed/images";
import { bare, eachAtMost, HEIGHT, type Upload, WIDTH } from "./ingest";
import { percentile } from "./measure";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    uploaders: { type: "string", default: "4" },
    clients: { type: "string", default: "8" },
  },
});
const duration = Number(values.duration);
const uploaderCount = Number(values.uploaders);
const clientCount = Number(values.clients);
if (!(duration > 0 && duration <= 3600)) {
  console.error("--duration must be a number of seconds above 0");
  process.exit(2);
}
if (!(Number.isInteger(uploaderCount) && uploaderCount >= 1 && uploaderCount <= 32)) {
  console.error("--uploaders must be a whole number from 1 to 32");
  process.exit(2);
}
if (!(Number.isInteger(clientCount) && clientCount >= 4 && clientCount <= 256)) {
  console.error("--clients must be a whole number from 4 to 256 (at least one per route)");
  process.exit(2);
}

const PASSWORD = "bench-password-1234";
const STUDIO_NAME = "Mixed Bench Studio";
const TIME_ZONE = "Europe/Berlin";
/** Grainy camera files of 3000x2000, made once; each upload gets distinct bytes from one of them. */
const BASE_PHOTOS = 12;
const GALLERY_PHOTOS = 4;
/** The app's image work runs this many photos at once; bare does the same. */
const imageConcurrency = Number(
  process.env.IMAGE_CONCURRENCY ?? Math.max(1, availableParallelism() - 1),
);
process.env.IMAGE_CONCURRENCY = String(imageConcurrency);

// ---- Photos ----

async function cameraPhoto(seed: number): Promise<Buffer> {
  return portraitPhoto({ seed, pose: seed, width: WIDTH, height: HEIGHT, quality: 92, grain: 32 });
}

/**
 * The same picture with other bytes: a JPEG comment segment (COM) right after
 * the start marker, holding `label`. Decoders skip it, so the image work is the
 * same, but its sha256 differs and the app keeps it as a photo of its own.
 */
function distinct(bytes: Buffer, label: string): Buffer {
  const text = Buffer.from(label, "latin1");
  const header = Buffer.from([0xff, 0xfe, 0, 0]);
  header.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([bytes.subarray(0, 2), header, text, bytes.subarray(2)]);
}

function uploadForm(bytes: Buffer, fileName: string): FormData {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), fileName);
  return form;
}

// ---- The studio ----

interface Studio {
  operator: string;
  projectId: string;
  stormProjectId: string;
  photographers: string[];
  galleryCookie: string;
  galleryPhotoIds: string[];
}

async function until<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (let wait = 50; Date.now() < deadline; wait = Math.min(wait * 2, 1000)) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  throw new Error(`${what}: not within 120 s`);
}

async function setUpStudio(url: string, bases: readonly Buffer[]): Promise<Studio> {
  const suffix = randomBytes(4).toString("hex");
  const { token: operator } = await callJson<{ token: string }>(
    `${url}/v1/auth/register`,
    undefined,
    "POST",
    { name: STUDIO_NAME, email: `mixed-${suffix}@example.com`, password: PASSWORD },
  );
  const post = <T>(route: string, body: unknown) =>
    callJson<T>(`${url}${route}`, operator, "POST", body);
  const project = await post<{ id: string }>("/v1/projects", {
    name: "Spring portraits",
    timezone: TIME_ZONE,
  });
  const storm = await post<{ id: string }>("/v1/projects", {
    name: "Tonight's shoot",
    timezone: TIME_ZONE,
  });
  const members: { id: string; accessCode: string }[] = [];
  for (let i = 0; i < 10; i++) {
    members.push(
      await post(`/v1/projects/${project.id}/members`, { name: `Member ${i + 1}`, group: "1A" }),
    );
  }

  const photographers: string[] = [];
  for (let i = 0; i < uploaderCount; i++) {
    const email = `shooter-${i}-${suffix}@example.com`;
    const { id } = await post<{ id: string }>("/v1/auth/register-photographer", {
      name: `Photographer ${i + 1}`,
      email,
      password: PASSWORD,
    });
    for (const projectId of [project.id, storm.id]) {
      await post(`/v1/projects/${projectId}/photographers`, { photographerId: id });
    }
    const { token } = await callJson<{ token: string }>(`${url}/v1/auth/login`, undefined, "POST", {
      email,
      password: PASSWORD,
    });
    photographers.push(token);
  }

  // The gallery's photos: uploaded and processed (201), then tagged to the first member.
  const galleryPhotoIds: string[] = [];
  for (let i = 0; i < GALLERY_PHOTOS; i++) {
    const response = await fetch(`${url}/v1/projects/${project.id}/photos`, {
      method: "POST",
      headers: { authorization: `Bearer ${photographers[0]}` },
      body: uploadForm(distinct(bases[i % bases.length]!, `gallery ${i}`), `GALLERY_${i}.jpg`),
    });
    const body = await response.text();
    if (response.status !== 201) throw new Error(`gallery upload: ${response.status} ${body}`);
    const { id } = JSON.parse(body) as { id: string };
    await callJson(`${url}/v1/photos/${id}/tags`, operator, "PUT", {
      memberIds: [members[0]!.id],
    });
    await until(`photo ${id} ready`, async () => {
      const photo = await callJson<{ status: string }>(`${url}/v1/photos/${id}`, operator, "GET");
      if (photo.status === "failed") throw new Error(`gallery photo ${id} failed`);
      return photo.status === "ready" ? true : undefined;
    });
    galleryPhotoIds.push(id);
  }

  const opened = await fetch(`${url}/api/trpc/gallery.open`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: members[0]!.accessCode }),
  });
  const galleryCookie = opened.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]!)
    .find((pair) => pair.startsWith("gallery-session="));
  if (!opened.ok || !galleryCookie) throw new Error(`gallery.open: ${opened.status}`);

  // The watermarked variants are made by a job: wait until every preview is served.
  for (const id of galleryPhotoIds) {
    await until(`gallery preview of ${id}`, async () => {
      const response = await fetch(`${url}/api/gallery/photos/${id}?size=preview`, {
        headers: { cookie: galleryCookie },
      });
      await response.arrayBuffer();
      if (response.status === 200) return true;
      if (response.status !== 409) throw new Error(`gallery preview: ${response.status}`);
      return undefined;
    });
  }
  return {
    operator,
    projectId: project.id,
    stormProjectId: storm.id,
    photographers,
    galleryCookie,
    galleryPhotoIds,
  };
}

// ---- Interactive clients ----

interface Route {
  name: string;
  request: () => { path: string; headers: Record<string, string> };
}

function routesOf(studio: Studio): Route[] {
  let next = 0;
  const cookie = { cookie: studio.galleryCookie };
  return [
    {
      name: "gallery preview (watermarked)",
      request: () => ({
        path: `/api/gallery/photos/${studio.galleryPhotoIds[next++ % studio.galleryPhotoIds.length]}?size=preview`,
        headers: cookie,
      }),
    },
    {
      name: "tRPC gallery.get",
      request: () => ({ path: "/api/trpc/gallery.get", headers: cookie }),
    },
    {
      name: "GET /v1/projects/:id",
      request: () => ({
        path: `/v1/projects/${studio.projectId}`,
        headers: { authorization: `Bearer ${studio.operator}` },
      }),
    },
    { name: "GET /api/health", request: () => ({ path: "/api/health", headers: {} }) },
  ];
}

/** Per route: every duration (ms) and what went wrong. */
type Phase = Map<string, { durations: number[]; failures: string[] }>;

async function runClients(url: string, routes: readonly Route[], seconds: number): Promise<Phase> {
  const phase: Phase = new Map(
    routes.map((route) => [route.name, { durations: [], failures: [] }]),
  );
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clientCount }, async (_, client) => {
      const route = routes[client % routes.length]!;
      const record = phase.get(route.name)!;
      while (performance.now() < until) {
        const { path: target, headers } = route.request();
        const at = performance.now();
        try {
          const response = await fetch(`${url}${target}`, { headers });
          await response.arrayBuffer();
          if (response.status === 200) record.durations.push(performance.now() - at);
          else record.failures.push(`${response.status}`);
        } catch (error) {
          record.failures.push(String((error as Error).cause ?? error));
        }
      }
    }),
  );
  return phase;
}

// ---- The upload storm ----

interface Storm {
  acks: number[];
  acknowledged: string[];
  failures: string[];
}

function startStorm(url: string, studio: Studio, bases: readonly Buffer[]) {
  const storm: Storm = { acks: [], acknowledged: [], failures: [] };
  let stopping = false;
  let sent = 0;
  const running = Promise.all(
    studio.photographers.map(async (token, uploader) => {
      while (!stopping) {
        const index = sent++;
        const bytes = distinct(bases[index % bases.length]!, `storm ${uploader} ${index}`);
        const body = uploadForm(bytes, `STORM_${uploader}_${String(index).padStart(5, "0")}.jpg`);
        const at = performance.now();
        try {
          const response = await fetch(`${url}/v1/projects/${studio.stormProjectId}/photos`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, prefer: "respond-async" },
            body,
          });
          const text = await response.text();
          const took = performance.now() - at;
          if (response.status !== 202) {
            storm.failures.push(`upload answered ${response.status}: ${text.slice(0, 200)}`);
            continue;
          }
          storm.acks.push(took);
          storm.acknowledged.push((JSON.parse(text) as { id: string }).id);
        } catch (error) {
          storm.failures.push(`upload: ${String((error as Error).cause ?? error)}`);
        }
      }
    }),
  );
  return {
    storm,
    async stop() {
      stopping = true;
      await running;
    },
  };
}

/**
 * Photos that reached ready per second in the window, from the first one in
 * it: to the window's end, or to the last one when `untilLast` (a backlog
 * that may run out before the window ends).
 */
async function processingRate(
  client: pg.Client,
  projectId: string,
  from: Date,
  to: Date,
  { untilLast = false } = {},
): Promise<{ rate: number; count: number }> {
  const { rows } = await client.query<{ processed_at: Date }>(
    `SELECT processed_at FROM photos WHERE project_id = $1 AND status = 'ready'
       AND processed_at >= $2 AND processed_at <= $3 ORDER BY processed_at`,
    [projectId, from, to],
  );
  if (rows.length < 2)
    return { rate: rows.length / ((to.getTime() - from.getTime()) / 1000), count: rows.length };
  const first = rows[0]!.processed_at.getTime();
  const end = untilLast ? rows.at(-1)!.processed_at.getTime() : to.getTime();
  return { rate: ((rows.length - 1) * 1000) / (end - first), count: rows.length };
}

/** Acknowledged uploads that are not in the database, or ended failed. */
async function lostUploads(client: pg.Client, ids: readonly string[]) {
  const { rows } = await client.query<{ status: string; count: string }>(
    "SELECT status::text AS status, count(*) AS count FROM photos WHERE id = ANY($1::uuid[]) GROUP BY status",
    [ids],
  );
  const byStatus = Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  const present = rows.reduce((sum, row) => sum + Number(row.count), 0);
  return { missing: ids.length - present, byStatus };
}

// ---- Bare image work ----

async function bareRate(bases: readonly Buffer[], seconds: number) {
  const stopAt = performance.now() + seconds * 1000;
  const started = performance.now();
  let done = 0;
  let next = 0;
  await eachAtMost(imageConcurrency, Array.from({ length: imageConcurrency }), async () => {
    while (performance.now() < stopAt) {
      const index = next++;
      const item: Upload = {
        fileName: `BARE_${index}.jpg`,
        bytes: distinct(bases[index % bases.length]!, `bare ${index}`),
      };
      await bare(item, STUDIO_NAME);
      done++;
    }
  });
  return { rate: (done * 1000) / (performance.now() - started), count: done };
}

// ---- The run ----

const POSTGRES_SERVER = process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_SERVER;
console.log(
  `Making ${BASE_PHOTOS} camera-like photos of ${WIDTH}x${HEIGHT} (load average ` +
    `${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)…`,
);
const bases: Buffer[] = [];
await eachAtMost(availableParallelism(), [...Array(BASE_PHOTOS).keys()], async (i) => {
  bases[i] = await cameraPhoto(700 + i);
});

const dataDir = await mkdtemp(path.join(tmpdir(), "bench-mixed-"));
const postgres = await scratchPostgres(POSTGRES_SERVER, "photo_backoffice_mixed");
const failures: string[] = [];
let quiet: Phase | undefined;
let stormPhase: Phase | undefined;
let storm: Storm | undefined;
let bareResult: { rate: number; count: number } | undefined;
let stormRate: { rate: number; count: number } | undefined;
let drainRate: { rate: number; count: number } | undefined;
let uploadCheck: Awaited<ReturnType<typeof lostUploads>> | undefined;
try {
  console.log(`Starting the production build (PostgreSQL, IMAGE_CONCURRENCY=${imageConcurrency})…`);
  const app = await launchApp({
    env: {
      AUTH_SECRET: randomBytes(32).toString("hex"),
      DATA_DIR: dataDir,
      DATABASE_URL: postgres.url,
      LOG_LEVEL: "warn",
      IMAGE_CONCURRENCY: String(imageConcurrency),
    },
    logFile: path.join(dataDir, "app.log"),
  });
  const database = new pg.Client({ connectionString: postgres.url });
  await database.connect();
  try {
    console.log("Setting up the studio, its gallery and processed photos…");
    const studio = await setUpStudio(app.url, bases);
    const routes = routesOf(studio);
    // Warm-up: every route once, and zxing's WebAssembly in this process.
    await runClients(app.url, routes, 1);
    await bare({ fileName: "warm-up.jpg", bytes: bases[0]! }, STUDIO_NAME);

    console.log(`QUIET: ${clientCount} clients for ${duration} s…`);
    quiet = await runClients(app.url, routes, duration);
    console.log(
      `BARE: the image work in this process, ${imageConcurrency} at a time, ${duration} s…`,
    );
    bareResult = await bareRate(bases, duration);

    console.log(
      `STORM: ${uploaderCount} photographers uploading while ${clientCount} clients run, ${duration} s…`,
    );
    const uploads = startStorm(app.url, studio, bases);
    storm = uploads.storm;
    const from = new Date();
    stormPhase = await runClients(app.url, routes, duration);
    const to = new Date();
    await uploads.stop();
    stormRate = await processingRate(database, studio.stormProjectId, from, to);

    console.log(`DRAIN: the workers alone on the storm's backlog, ${duration} s…`);
    const drainFrom = new Date();
    await new Promise((resolve) => setTimeout(resolve, duration * 1000));
    drainRate = await processingRate(database, studio.stormProjectId, drainFrom, new Date(), {
      untilLast: true,
    });
    uploadCheck = await lostUploads(database, storm.acknowledged);
  } finally {
    await database.end();
    const code = await app.stop();
    if (code !== 0)
      failures.push(`the app exited with code ${code}:\n${app.output().slice(-4000)}`);
  }
} finally {
  await postgres.drop();
  await rm(dataDir, { recursive: true, force: true });
}

// ---- The report ----

const ms = (value: number) => `${value.toFixed(0)} ms`;
const p = (phase: Phase, route: string, q: number) => {
  const sorted = [...phase.get(route)!.durations].sort((a, b) => a - b);
  return sorted.length > 0 ? percentile(sorted, q) : NaN;
};
const goal = (met: boolean) => (met ? "goal met" : "missed");
const table: string[][] = [
  [
    "route",
    "requests quiet/storm",
    "quiet p50",
    "quiet p99",
    "storm p50",
    "storm p99",
    "storm p99 / quiet p99 (≤ 2×)",
  ],
];
for (const route of quiet!.keys()) {
  const ratio = p(stormPhase!, route, 0.99) / p(quiet!, route, 0.99);
  table.push([
    route,
    `${quiet!.get(route)!.durations.length}/${stormPhase!.get(route)!.durations.length}`,
    ms(p(quiet!, route, 0.5)),
    ms(p(quiet!, route, 0.99)),
    ms(p(stormPhase!, route, 0.5)),
    ms(p(stormPhase!, route, 0.99)),
    `${ratio.toFixed(2)}× ${goal(ratio <= 2)}`,
  ]);
}
const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
console.log(
  `\n${clientCount} clients, ${duration} s quiet then ${duration} s during ${uploaderCount} uploaders; ` +
    `PostgreSQL; ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} now\n`,
);
for (const line of table) {
  console.log(
    line
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join(" | "),
  );
}

const [previewRoute, , , healthRoute] = [...quiet!.keys()];
const previewOverHealth = p(quiet!, previewRoute!, 0.5) / p(quiet!, healthRoute!, 0.5);
console.log(
  `\nquiet preview p50 / health p50: ${previewOverHealth.toFixed(2)}× (goal ≤ 3×) ${goal(previewOverHealth <= 3)}`,
);
const acks = [...storm!.acks].sort((a, b) => a - b);
const ackP50 = acks.length > 0 ? percentile(acks, 0.5) : NaN;
console.log(
  `upload acknowledged (202, Prefer: respond-async) during the storm: p50 ${ms(ackP50)}, ` +
    `p99 ${ms(acks.length > 0 ? percentile(acks, 0.99) : NaN)}, ${acks.length} uploads ` +
    `(goal p50 < 300 ms) ${goal(ackP50 < 300)}`,
);
const photosPerSecond = ({ rate, count }: { rate: number; count: number }) =>
  `${rate.toFixed(2)} photos/s (${count} photos)`;
const throughput = drainRate!.rate / bareResult!.rate;
console.log(
  `processing by the queue's workers alone: ${photosPerSecond(drainRate!)}; ` +
    `bare: ${photosPerSecond(bareResult!)}, both ${imageConcurrency} at a time: ` +
    `${throughput.toFixed(2)}× (goal ≥ 0.9×) ${goal(throughput >= 0.9)}`,
);
console.log(
  `processing during the storm (at a lower priority than the pages): ${photosPerSecond(stormRate!)}, ` +
    `${(stormRate!.rate / bareResult!.rate).toFixed(2)}× bare`,
);
const states = Object.entries(uploadCheck!.byStatus)
  .map(([status, count]) => `${count} ${status}`)
  .join(", ");
console.log(
  `acknowledged uploads after the drain: ${states || "none"} (the rest queued for processing)`,
);

for (const [name, phase] of [
  ["quiet", quiet!],
  ["storm", stormPhase!],
] as const) {
  for (const [route, { failures: failed }] of phase) {
    if (failed.length > 0) {
      failures.push(
        `${name} ${route}: ${failed.length} failed (${[...new Set(failed)].slice(0, 3).join(", ")})`,
      );
    }
  }
}
failures.push(...new Set(storm!.failures));
if (uploadCheck!.missing > 0)
  failures.push(`${uploadCheck!.missing} acknowledged uploads are missing`);
if (uploadCheck!.byStatus.failed)
  failures.push(`${uploadCheck!.byStatus.failed} acknowledged uploads failed`);
for (const failure of failures) console.error(`FAIL ${failure}`);
if (failures.length === 0) console.log("No 5xx, no failed request, no lost upload.");
process.exit(failures.length > 0 ? 1 : 0);
