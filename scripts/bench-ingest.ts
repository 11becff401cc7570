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
 *   (`sha256` and `processPhoto` from src/server/photos: EXIF read with exifr,
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
import { sha256 } from "@/server/photos/images";
import { processPhoto } from "@/server/photos/process";
import { launchApp } from "./lib/app-process";
import { callJson } from "./lib/http-json";
import { DEFAULT_POSTGRES_SERVER, scratchPostgres } from "./lib/scratch-postgres";
import { cardPhoto, portraitPhoto, type ShotOptions } from "./seed/images";

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

const WIDTH = 3000;
const HEIGHT = 2000;
const CARD_EVERY = 10;
const TIME_ZONE = "Europe/Berlin";
const PASSWORD = "bench-password-1234";
const POSTGRES_SERVER = process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_SERVER;

/** A camera's files: grainy, quality 92, about 2 MB at 3000x2000. */
const CAMERA: Partial<ShotOptions> = { width: WIDTH, height: HEIGHT, quality: 92, grain: 32 };

interface Upload {
  fileName: string;
  bytes: Buffer;
  /** For a card: the index of the member whose code it holds. */
  card?: number;
}

/** "2026:05:04 10:00:00" plus `seconds`, as a camera writes it (no zone: the shoot's). */
function exifTime(seconds: number): string {
  const at = new Date(Date.UTC(2026, 4, 4, 10, 0, 0) + seconds * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${at.getUTCFullYear()}:${two(at.getUTCMonth() + 1)}:${two(at.getUTCDate())} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}`;
}

const isCard = (index: number) => index % CARD_EVERY === 0;
const cardCount = Math.ceil(photoCount / CARD_EVERY);

async function eachAtMost<T>(limit: number, items: readonly T[], work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const optionsFor = (index: number) => ({
  ...CAMERA,
  seed: 500 + Math.floor(index / CARD_EVERY),
  pose: index,
  takenAt: exifTime(index * 30),
});
const fileNameOf = (index: number) => `IMG_${String(index + 1).padStart(4, "0")}.jpg`;

/** The photos of people, made once: every shoot reuses them (in a project of its own). */
async function makePortraits(): Promise<Map<number, Upload>> {
  const portraits = new Map<number, Upload>();
  const indexes = [...Array(photoCount).keys()].filter((index) => !isCard(index));
  await eachAtMost(availableParallelism(), indexes, async (index) => {
    const bytes = await portraitPhoto(optionsFor(index));
    portraits.set(index, { fileName: fileNameOf(index), bytes });
  });
  return portraits;
}

/** The shoot: a member's card, then the member nine times, and so on; cards hold `codes`. */
async function makeShoot(codes: readonly string[], portraits: Map<number, Upload>) {
  return Promise.all(
    [...Array(photoCount).keys()].map(async (index): Promise<Upload> => {
      if (!isCard(index)) return portraits.get(index)!;
      const card = Math.floor(index / CARD_EVERY);
      const bytes = await cardPhoto(codes[card]!, optionsFor(index));
      return { fileName: fileNameOf(index), bytes, card };
    }),
  );
}

interface Timing {
  /** Wall time of the whole batch, ms. */
  wall: number;
  /** Each photo's time from start to answer, ms, sorted. */
  each: number[];
}

async function timeBatch(
  uploads: readonly Upload[],
  clients: number,
  work: (upload: Upload) => Promise<void>,
): Promise<Timing> {
  const each: number[] = [];
  const started = performance.now();
  await eachAtMost(clients, uploads, async (upload) => {
    const at = performance.now();
    await work(upload);
    each.push(performance.now() - at);
  });
  return { wall: performance.now() - started, each: each.sort((a, b) => a - b) };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** The image work alone, as the app does it for each upload. */
async function bare(upload: Upload): Promise<void> {
  sha256(upload.bytes);
  const processed = await processPhoto(upload.bytes, TIME_ZONE);
  if ((upload.card !== undefined) !== (processed.qrText !== null)) {
    throw new Error(`${upload.fileName}: the QR code was ${processed.qrText ? "" : "not "}found`);
  }
}

// ---- The app over HTTP ----

interface Studio {
  url: string;
  operator: string;
  photographer: { id: string; token: string };
}

async function signUp(url: string): Promise<Studio> {
  const email = `bench-${randomBytes(4).toString("hex")}@example.com`;
  const { token: operator } = await callJson<{ token: string }>(
    `${url}/v1/auth/register`,
    undefined,
    "POST",
    { name: "Bench Studio", email, password: PASSWORD },
  );
  const photographerEmail = `shooter-${email}`;
  const { id } = await callJson<{ id: string }>(
    `${url}/v1/auth/register-photographer`,
    operator,
    "POST",
    { name: "Bench Photographer", email: photographerEmail, password: PASSWORD },
  );
  const { token } = await callJson<{ token: string }>(`${url}/v1/auth/login`, undefined, "POST", {
    email: photographerEmail,
    password: PASSWORD,
  });
  return { url, operator, photographer: { id, token } };
}

/** A project with the photographer on it and one member per card; their access codes. */
async function newProject(studio: Studio, name: string) {
  const { url, operator } = studio;
  const project = await callJson<{ id: string }>(`${url}/v1/projects`, operator, "POST", {
    name,
    timezone: TIME_ZONE,
  });
  await callJson(`${url}/v1/projects/${project.id}/photographers`, operator, "POST", {
    photographerId: studio.photographer.id,
  });
  const codes: string[] = [];
  for (let i = 0; i < cardCount; i++) {
    const member = await callJson<{ accessCode: string }>(
      `${url}/v1/projects/${project.id}/members`,
      operator,
      "POST",
      { name: `Member ${i + 1}` },
    );
    codes.push(member.accessCode);
  }
  return { id: project.id, codes };
}

async function upload(studio: Studio, projectId: string, item: Upload): Promise<void> {
  const form = new FormData();
  form.append(
    "file",
    new Blob([new Uint8Array(item.bytes)], { type: "image/jpeg" }),
    item.fileName,
  );
  const response = await fetch(`${studio.url}/v1/projects/${projectId}/photos`, {
    method: "POST",
    headers: { authorization: `Bearer ${studio.photographer.token}` },
    body: form,
  });
  const photo = (await response.json()) as { kind?: string };
  if (response.status !== 201) {
    throw new Error(`${item.fileName}: ${response.status} ${JSON.stringify(photo)}`);
  }
  if ((photo.kind === "card") !== (item.card !== undefined)) {
    throw new Error(`${item.fileName} was filed as a ${photo.kind}`);
  }
}

/** Every card read as its member's, and every photo after one tagged by matching. */
async function checkMatched(studio: Studio, projectId: string): Promise<void> {
  const list = (query: string) =>
    callJson<{ total: number }>(
      `${studio.url}/v1/projects/${projectId}/photos?limit=1&${query}`,
      studio.operator,
      "GET",
    );
  const [cards, untagged] = await Promise.all([list("kind=card"), list("tagged=false")]);
  if (cards.total !== cardCount || untagged.total !== 0) {
    throw new Error(`matching: ${cards.total} cards, ${untagged.total} photos left untagged`);
  }
}

// ---- The run ----

const label = database === "pglite" ? "PGlite" : "PostgreSQL";
console.log(
  `Making ${photoCount} photos of ${WIDTH}x${HEIGHT} (${cardCount} of them QR cards) in memory` +
    ` (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)…`,
);
const started = performance.now();
const portraits = await makePortraits();
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
    const warmUp = await newProject(studio, "Warm-up");
    for (const index of [1, 2]) {
      await bare(portraits.get(index)!);
      await upload(studio, warmUp.id, portraits.get(index)!);
    }
    // Bare, then the app, for each number of clients: both see the same load on the machine.
    for (const clients of clientCounts) {
      const project = await newProject(studio, `${clients} clients`);
      const shoot = await makeShoot(project.codes, portraits);
      console.log(`  ${clients} at a time: bare, then the app`);
      bareTimings.set(clients, await timeBatch(shoot, clients, bare));
      appTimings.set(
        clients,
        await timeBatch(shoot, clients, (item) => upload(studio, project.id, item)),
      );
      await checkMatched(studio, project.id);
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
