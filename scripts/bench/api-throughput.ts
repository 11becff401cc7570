/**
 * `npm run bench:api [-- --duration 15 --connections 32 --only projects,analytics,storm]`
 *
 * Throughput of two authenticated reads on the production build against a
 * bare node:http + `pg` server doing the same work with the same security
 * (reference-server.ts), both on one fresh PostgreSQL database holding a small
 * studio, measured in turn with `connections` clients for `duration` seconds:
 * req/s, p50 and p99 of each and app/reference. Then the sign-in storm: the
 * p99 of GET /v1/projects/:id at a moderate rate, alone and while 20 sign-ins
 * a second (bcrypt) run beside it. Run `npm run build` first.
 *
 * The measuring functions return plain numbers for other reports.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { launchApp } from "../lib/app-process";
import { DEFAULT_POSTGRES_SERVER, scratchPostgres } from "../lib/scratch-postgres";
import { someAddress } from "../load/studio";
import { setUpBenchStudio } from "./studio";

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers other than 2xx, plus connection errors and timeouts. */
  failures: number;
}

export interface Target {
  url: string;
  path: string;
  token: string;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  /** Requests per second across all connections; unset means as fast as answered. */
  overallRate?: number;
}

function summarize(result: Result): LoadResult {
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** GETs `target.path` with its bearer token from `connections` clients at once. */
export async function measureReads(target: Target, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: `${target.url}${target.path}`,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.overallRate && { overallRate: options.overallRate }),
    headers: { authorization: `Bearer ${target.token}` },
    timeout: 30,
  });
  return summarize(result);
}

export interface Server {
  url: string;
  /** The server's process, to read the CPU time it spent (Linux). */
  pid?: number;
}

/** CPU time (user + system) a process has spent so far, in ms; undefined off Linux. */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** USER_HZ: /proc reports CPU time in these ticks, 100 a second on Linux. */
const CLOCK_TICKS = 100;

/** As measureReads, with the CPU time the server spent per request. */
async function measureServer(
  server: Server,
  target: Omit<Target, "url">,
  options: LoadOptions,
): Promise<LoadResult & { cpuMsPerRequest?: number }> {
  const before = cpuMs(server.pid);
  const result = await measureReads({ ...target, url: server.url }, options);
  const after = cpuMs(server.pid);
  return {
    ...result,
    ...(before !== undefined &&
      after !== undefined && { cpuMsPerRequest: (after - before) / result.requests }),
  };
}

export interface Comparison {
  app: LoadResult & { cpuMsPerRequest?: number };
  reference: LoadResult & { cpuMsPerRequest?: number };
  /** app req/s over reference req/s. */
  ratio: number;
}

/**
 * The same read against the app and the reference: each warmed up first (the
 * app's JIT needs a while), then `rounds` runs in turn, keeping each server's
 * best run, since the machine may be busy with other work during any one.
 */
export async function compareReads(
  app: Server,
  reference: Server,
  target: Omit<Target, "url">,
  options: LoadOptions & { warmUpSeconds?: number; rounds?: number },
): Promise<Comparison> {
  const warmUp = { ...options, durationSeconds: options.warmUpSeconds ?? 10 };
  await measureServer(app, target, warmUp);
  await measureServer(reference, target, warmUp);
  const best = {
    app: undefined as Comparison["app"] | undefined,
    reference: undefined as Comparison["reference"] | undefined,
  };
  for (let round = 0; round < (options.rounds ?? 2); round++) {
    for (const name of ["app", "reference"] as const) {
      const result = await measureServer(name === "app" ? app : reference, target, options);
      if (!best[name] || result.requestsPerSecond > best[name].requestsPerSecond)
        best[name] = result;
    }
  }
  return {
    app: best.app!,
    reference: best.reference!,
    ratio: best.app!.requestsPerSecond / best.reference!.requestsPerSecond,
  };
}

export interface StormResult {
  quiet: LoadResult;
  storm: LoadResult;
  signIns: LoadResult;
  /** p99 during the storm over p99 without it. */
  p99Ratio: number;
}

/**
 * The p99 of a read at a moderate rate, alone and then while `signInRate`
 * sign-ins a second (from as many clients) run beside it.
 */
export async function measureSignInStorm(
  target: Target,
  credentials: { email: string; password: string },
  options: LoadOptions & { signInRate: number; warmUpSeconds?: number },
): Promise<StormResult> {
  await measureReads(target, { ...options, durationSeconds: options.warmUpSeconds ?? 10 });
  const quiet = await measureReads(target, options);
  const storming = autocannon({
    url: target.url,
    connections: options.signInRate,
    overallRate: options.signInRate,
    duration: options.durationSeconds + 2,
    timeout: 30,
    requests: [
      {
        method: "POST",
        path: "/v1/auth/login",
        // Many people on many networks: the per-address limits stay out of the way.
        setupRequest: (request) => ({
          ...request,
          headers: { "content-type": "application/json", "x-forwarded-for": someAddress() },
          body: JSON.stringify(credentials),
        }),
      },
    ],
  });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const storm = await measureReads(target, options);
  const signIns = summarize(await storming);
  return { quiet, storm, signIns, p99Ratio: storm.p99Ms / Math.max(quiet.p99Ms, 1) };
}

/** The reference server in its own process, like the app. */
async function launchReference(env: Record<string, string>) {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "reference-server.ts")],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let printed = "";
    child.stdout!.on("data", (chunk) => {
      printed += chunk;
      const found = /listening on (\S+)/.exec(printed);
      if (found) resolve(found[1]!);
    });
    child.once("exit", (code) => reject(new Error(`the reference server exited (${code})`)));
  });
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export interface ApiBenchOptions {
  connections: number;
  durationSeconds: number;
  /** Measured runs per server (the best counts). */
  rounds: number;
  only: ("projects" | "analytics" | "storm")[];
  /** The moderate read rate of the storm comparison, and its clients. */
  moderateRate: number;
  moderateConnections: number;
  signInRate: number;
  bcryptCost: number;
  /** Extra settings for the app (e.g. BCRYPT_CONCURRENCY, LOG_LEVEL). */
  appEnv?: Record<string, string>;
  postgresServer?: string;
}

export interface ApiBenchResult {
  projects?: Comparison;
  analytics?: Comparison;
  storm?: StormResult;
}

/** Everything above on a fresh database: the app and the reference, then the storm. */
export async function runApiBench(options: ApiBenchOptions): Promise<ApiBenchResult> {
  const database = await scratchPostgres(
    options.postgresServer ?? process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_SERVER,
    "photo_backoffice_api_bench",
  );
  const dataDir = await mkdtemp(path.join(tmpdir(), "api-bench-"));
  const authSecret = randomBytes(32).toString("hex");
  const result: ApiBenchResult = {};
  try {
    const app = await launchApp({
      logFile: path.join(dataDir, "app.log"),
      env: {
        AUTH_SECRET: authSecret,
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        BCRYPT_COST: String(options.bcryptCost),
        // The sign-in storm comes from many client addresses, as it would behind a proxy.
        TRUST_PROXY: "true",
        ...options.appEnv,
      },
    });
    const reference = await launchReference({
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret,
    });
    try {
      const studio = await setUpBenchStudio(app.url);
      const appServer = { url: app.url, pid: app.process.pid };
      const load = {
        connections: options.connections,
        durationSeconds: options.durationSeconds,
        rounds: options.rounds,
      };
      const target = { token: studio.token };
      if (options.only.includes("projects")) {
        result.projects = await compareReads(
          appServer,
          reference,
          { ...target, path: `/v1/projects/${studio.projectId}` },
          load,
        );
      }
      if (options.only.includes("analytics")) {
        result.analytics = await compareReads(
          appServer,
          reference,
          { ...target, path: "/v1/analytics" },
          load,
        );
      }
      if (options.only.includes("storm")) {
        result.storm = await measureSignInStorm(
          { url: app.url, path: `/v1/projects/${studio.projectId}`, token: studio.token },
          { email: studio.email, password: studio.password },
          {
            connections: options.moderateConnections,
            durationSeconds: options.durationSeconds,
            overallRate: options.moderateRate,
            signInRate: options.signInRate,
          },
        );
      }
    } finally {
      await reference.stop();
      const code = await app.stop();
      if (code !== 0)
        console.error(`the app exited with code ${code}:\n${app.output().slice(-4000)}`);
    }
  } finally {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return result;
}

const ms = (value: number) => String(Math.round(value * 10) / 10);

function printComparison(name: string, { app, reference, ratio }: Comparison) {
  for (const [server, row] of [
    ["app", app],
    ["reference", reference],
  ] as const) {
    console.log(
      [
        name.padEnd(22),
        server.padEnd(10),
        row.requestsPerSecond.toFixed(0).padStart(7),
        ms(row.p50Ms).padStart(7),
        ms(row.p99Ms).padStart(7),
        (row.cpuMsPerRequest === undefined ? "-" : row.cpuMsPerRequest.toFixed(2)).padStart(10),
        String(row.failures).padStart(8),
      ].join("  "),
    );
  }
  console.log(`${"".padEnd(22)}  app/reference: ${ratio.toFixed(2)}x`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "10" },
      rounds: { type: "string", default: "2" },
      connections: { type: "string", default: "32" },
      only: { type: "string", default: "projects,analytics,storm" },
      "moderate-rate": { type: "string", default: "200" },
      "moderate-connections": { type: "string", default: "8" },
      "sign-in-rate": { type: "string", default: "20" },
      "bcrypt-cost": { type: "string", default: "12" },
    },
  });
  const options: ApiBenchOptions = {
    durationSeconds: Number(values.duration),
    rounds: Number(values.rounds),
    connections: Number(values.connections),
    only: values.only!.split(",") as ApiBenchOptions["only"],
    moderateRate: Number(values["moderate-rate"]),
    moderateConnections: Number(values["moderate-connections"]),
    signInRate: Number(values["sign-in-rate"]),
    bcryptCost: Number(values["bcrypt-cost"]),
  };
  console.log(
    `${options.connections} connections for ${options.durationSeconds} s on ${availableParallelism()} cores (PostgreSQL)…`,
  );
  const result = await runApiBench(options);
  console.log(
    [
      "route".padEnd(22),
      "server".padEnd(10),
      "  req/s",
      " p50 ms",
      " p99 ms",
      "CPU ms/req",
      "failures",
    ].join("  "),
  );
  if (result.projects) printComparison("GET /v1/projects/:id", result.projects);
  if (result.analytics) printComparison("GET /v1/analytics", result.analytics);
  if (result.storm) {
    const { quiet, storm, signIns, p99Ratio } = result.storm;
    console.log(
      `\nGET /v1/projects/:id at ${options.moderateRate} req/s: p50 ${ms(quiet.p50Ms)} / p99 ${ms(quiet.p99Ms)} ms alone, ` +
        `p50 ${ms(storm.p50Ms)} / p99 ${ms(storm.p99Ms)} ms with sign-ins (p99 ${p99Ratio.toFixed(2)}x; ` +
        `failures ${quiet.failures} / ${storm.failures})`,
    );
    console.log(
      `sign-ins: ${signIns.requestsPerSecond.toFixed(1)}/s answered, p50 ${ms(signIns.p50Ms)} ms, p99 ${ms(signIns.p99Ms)} ms, ${signIns.failures} failures`,
    );
  }
  process.exit(0);
}
