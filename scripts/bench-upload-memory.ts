/**
 * `npx tsx scripts/bench-upload-memory.ts [--uploads 8] [--megabytes 40] [--app-dir DIR]`
 *
 * How much memory the server holds while photos arrive at once. Makes
 * `--uploads` different PNGs of about `--megabytes` MB each (sensor noise,
 * which does not compress), starts the production build on a fresh DATA_DIR
 * (PGlite), files one small photo to warm it up, then sends every large one
 * at once over `POST /v1/projects/:projectId/photos` and reports the app
 * process's resident memory after the warm-up and its peak (VmHWM, reset
 * after the warm-up through /proc/PID/clear_refs, Linux) while they arrive.
 *
 * `--app-dir` runs the build in another checkout (with its own `npm run
 * build`), to compare a commit with this one on the same machine.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { launchApp } from "./lib/app-process";

const { values } = parseArgs({
  options: {
    uploads: { type: "string", default: "8" },
    megabytes: { type: "string", default: "40" },
    "app-dir": { type: "string" },
  },
});
const uploads = Number(values.uploads);
const megabytes = Number(values.megabytes);
if (!(Number.isInteger(uploads) && uploads >= 1 && uploads <= 32)) {
  console.error("--uploads must be a whole number from 1 to 32");
  process.exit(2);
}
if (!(megabytes >= 1 && megabytes <= 48)) {
  console.error("--megabytes must be from 1 to 48 (a photo may have at most 50 MB)");
  process.exit(2);
}
if (process.platform !== "linux") {
  console.error("This benchmark reads the app's peak memory from /proc (Linux only)");
  process.exit(2);
}

const PASSWORD = "correct horse battery";
const MB = 1024 * 1024;

/** An RGB PNG of random noise, stored (not deflated): `megabytes` MB, each one different. */
async function noisePng(): Promise<Buffer> {
  const width = 4000;
  const height = Math.round((megabytes * MB) / (width * 3));
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

async function call<T>(url: string, token: string | undefined, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function sendPhoto(url: string, token: string, projectId: string, bytes: Buffer, n: number) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/png" }), `big-${n}.png`);
  const response = await fetch(`${url}/v1/projects/${projectId}/photos`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`upload ${n}: ${response.status} ${text}`);
}

/** The process's peak and current resident memory, in MB. */
async function memoryOf(pid: number): Promise<{ peak: number; now: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)![1]);
  return { peak: kb("VmHWM") / 1024, now: kb("VmRSS") / 1024 };
}

console.log(
  `Making ${uploads} PNGs of ${megabytes} MB (load average ${loadavg()[0]!.toFixed(1)} on ` +
    `${availableParallelism()} cores)…`,
);
const photos = await Promise.all(Array.from({ length: uploads }, noisePng));

if (values["app-dir"]) process.chdir(path.resolve(values["app-dir"]));
const dataDir = await mkdtemp(path.join(tmpdir(), "bench-upload-memory-"));
const app = await launchApp({
  env: { DATA_DIR: dataDir, AUTH_SECRET: randomBytes(32).toString("hex") },
});
const pid = app.process.pid!;
try {
  const email = `bench-${randomBytes(4).toString("hex")}@example.com`;
  const { token: operator } = await call<{ token: string }>(`${app.url}/v1/auth/register`, "", {
    name: "Memory Bench",
    email,
    password: PASSWORD,
  });
  const { id: photographerId } = await call<{ id: string }>(
    `${app.url}/v1/auth/register-photographer`,
    operator,
    { name: "Bench Photographer", email: `shooter-${email}`, password: PASSWORD },
  );
  const { token } = await call<{ token: string }>(`${app.url}/v1/auth/login`, undefined, {
    email: `shooter-${email}`,
    password: PASSWORD,
  });
  const { id: projectId } = await call<{ id: string }>(`${app.url}/v1/projects`, operator, {
    name: "Memory",
    timezone: "UTC",
  });
  await call(`${app.url}/v1/projects/${projectId}/photographers`, operator, { photographerId });

  // Warm up: every module loaded, sharp and zxing ready.
  const small = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: "#808080" },
  })
    .jpeg()
    .toBuffer();
  await sendPhoto(app.url, token, projectId, small, 0);
  // Start-up (migrations, Next.js) peaks higher than a quiet server: count the peak from here.
  await writeFile(`/proc/${pid}/clear_refs`, "5");
  const before = await memoryOf(pid);

  const started = performance.now();
  await Promise.all(photos.map((bytes, n) => sendPhoto(app.url, token, projectId, bytes, n + 1)));
  const seconds = (performance.now() - started) / 1000;
  const after = await memoryOf(pid);

  const row = (label: string, value: number) =>
    console.log(`${label.padEnd(44)}${value.toFixed(0)} MB`);
  console.log(`\n${uploads} uploads of ${megabytes} MB at once, filed in ${seconds.toFixed(1)} s`);
  row("resident after warm-up", before.now);
  row("peak resident during the uploads (VmHWM)", after.peak);
  row("peak growth over warm-up", after.peak - before.now);
} finally {
  await app.stop();
  await rm(dataDir, { recursive: true, force: true });
}
