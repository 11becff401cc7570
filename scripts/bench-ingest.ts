/**
 * `npm run bench:ingest [-- --photos 40 --clients 1,2,4 --database pglite|postgres]`
 *
 * How fast photos go in. Makes N camera-like JPEGs in memory first (3000x2000,
 * sensor grain, EXIF capture times, every tenth a member's QR card), then
 * times, for each number of clients uploading at once:
 *
 * - app: `POST /v1/projects/:projectId/photos` (multipart, as a photographer)
 *   on the production build with a fresh DATA_DIR: streaming to disk and
 *   hashing, type sniffing, EXIF, preview and thumbnail, QR decoding, three
 *   files written to the folder storage, the row, matching by card;
 * - bare: the same image work in this process, with the app's own functions
 *   (`sha256` and `analysePhoto` from src/server/photos: EXIF read with exifr,
 *   the 1600 px preview and the 400 px thumbnail with sharp, zxing-wasm on a
 *   downscaled copy), nothing else.
 *
 * Each app run uploads into a fresh project (the same bytes twice in a project
 * are one photo), and checks that every card was read and every photo tagged.
 * Run `npm run build` first.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  bare,
  cardCountOf,
  checkMatched,
  HEIGHT,
  makePortraits,
  makeShoot,
  newProject,
  signUp,
  type Timing,
  timeBatch,
  upload,
  WIDTH,
} from "./bench/ingest";
import { percentile } from "./bench/measure";
import { launchApp } from "./lib/app-process";
import { DEFAULT_POSTGRES_SERVER, scratchPostgres } from "./lib/scratch-postgres";

const { values } = parseArgs({
  options: {
    photos: { type: "string", default: "40" },
    clients: { type: "string", default: "1,2,4" },
    database: { type: "string", default: "pglite" },
  },
});
const photoCount = Number(values.photos);
const clientCounts = values.clients!.split(",").map(Number);
const database = values.database as "pglite" | "postgres";
if (!(Number.isInteger(photoCount) && photoCount >= 2)) {
  console.error("--photos must be a whole number of at least 2");
  process.exit(2);
}
if (!clientCounts.every((n) => Number.isInteger(n) && n >= 1 && n <= 16)) {
  console.error("--clients must list whole numbers from 1 to 16, e.g. --clients 1,2,4");
  process.exit(2);
}
if (database !== "pglite" && database !== "postgres") {
  console.error("--database must be pglite or postgres");
  process.exit(2);
}

// ---- The run ----

const POSTGRES_SERVER = process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_SERVER;
const cardCount = cardCountOf(photoCount);
const label = database === "pglite" ? "PGlite" : "PostgreSQL";
console.log(
  `Making ${photoCount} photos of ${WIDTH}x${HEIGHT} (${cardCount} of them QR cards) in memory` +
    ` (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)…`,
);
const started = performance.now();
const portraits = await makePortraits(photoCount);
const megabytes =
  [...portraits.values()].reduce((sum, item) => sum + item.bytes.byteLength, 0) /
  portraits.size /
  1e6;
console.log(
  `  ${((performance.now() - started) / 1000).toFixed(1)} s, ${megabytes.toFixed(1)} MB a photo`,
);

console.log(`Starting the production build (${label}, fresh DATA_DIR)…`);
const dataDir = await mkdtemp(path.join(tmpdir(), "bench-ingest-"));
const postgres =
  database === "postgres"
    ? await scratchPostgres(POSTGRES_SERVER, "photo_backoffice_ingest")
    : undefined;
const appTimings = new Map<number, Timing>();
const bareTimings = new Map<number, Timing>();
try {
  const app = await launchApp({
    env: {
      AUTH_SECRET: randomBytes(32).toString("hex"),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      ...(postgres && { DATABASE_URL: postgres.url }),
    },
  });
  try {
    const studio = await signUp(app.url);
    // First calls load zxing's WebAssembly and warm up both sides.
    const warmUp = await newProject(studio, "Warm-up", cardCount);
    for (const index of [1, 2]) {
      await bare(portraits.get(index)!);
      await upload(studio, warmUp.id, portraits.get(index)!);
    }
    // Bare, then the app, for each number of clients: both see the same load on the machine.
    for (const clients of clientCounts) {
      const project = await newProject(studio, `${clients} clients`, cardCount);
      const shoot = await makeShoot(project.codes, portraits);
      console.log(`  ${clients} at a time: bare, then the app`);
      bareTimings.set(clients, await timeBatch(shoot, clients, bare));
      appTimings.set(
        clients,
        await timeBatch(shoot, clients, (item) => upload(studio, project.id, item)),
      );
      await checkMatched(studio, project.id, cardCount);
    }
  } finally {
    await app.stop();
  }
} finally {
  await postgres?.drop();
  await rm(dataDir, { recursive: true, force: true });
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const row = (timing: Timing) =>
  `${pad(((photoCount * 1000) / timing.wall).toFixed(2), 8)} ${pad((timing.wall / photoCount).toFixed(0), 9)} ` +
  `${pad(percentile(timing.each, 0.5).toFixed(0), 6)} ${pad(percentile(timing.each, 0.95).toFixed(0), 6)}`;
console.log(
  `\n${photoCount} photos of ${WIDTH}x${HEIGHT}, ${megabytes.toFixed(1)} MB each, ${cardCount} of them QR cards; ${label}` +
    `\n(ms/photo: wall time / photos; p50, p95: one photo from sent to answered, ms)\n`,
);
console.log(
  "clients | app: photos/s  ms/photo    p50    p95 | bare: photos/s  ms/photo    p50    p95 | app over bare",
);
for (const clients of clientCounts) {
  const app = appTimings.get(clients)!;
  const reference = bareTimings.get(clients)!;
  const extra = (app.wall - reference.wall) / photoCount;
  console.log(
    `${pad(clients, 7)} |      ${row(app)} |       ${row(reference)} | ` +
      `${(app.wall / reference.wall).toFixed(2)}x, ${extra >= 0 ? "+" : ""}${extra.toFixed(0)} ms/photo`,
  );
}
