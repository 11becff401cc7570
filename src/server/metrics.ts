import { timingSafeEqual, createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Database } from "@/server/db";
import { JOB_SCHEMA } from "@/server/jobs/queue";
import { QUEUE_NAMES } from "@/server/jobs/registry";

/**
 * The process's Prometheus metrics (prom-client, one registry per process, on
 * globalThis like the database): request durations per route template, job
 * outcomes, and the queues' depths, read from pg-boss's table at scrape time
 * so every instance reports the same shared queue.
 *
 * `GET /metrics` is off (404) unless METRICS_TOKEN is set; then it needs
 * `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise).
 */

interface Metrics {
  registry: Registry;
  requestDuration: Histogram<"method" | "route" | "status">;
  jobsCompleted: Counter<"queue" | "job">;
  jobsFailed: Counter<"queue" | "job">;
  /** Where the queue depths are read from: set once the process has a database. */
  database?: Database;
}

const holder = globalThis as typeof globalThis & { __photoBackofficeMetrics?: Metrics };

const QUEUE_STATES = ["queued", "active", "failed"] as const;

function createMetrics(): Metrics {
  const registry = new Registry();
  const metrics: Metrics = {
    registry,
    requestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response, per route template",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    jobsCompleted: new Counter({
      name: "jobs_completed_total",
      help: "Jobs this process ran to completion",
      labelNames: ["queue", "job"],
      registers: [registry],
    }),
    jobsFailed: new Counter({
      name: "jobs_failed_total",
      help: "Job attempts that failed in this process (retried until the queue's limit)",
      labelNames: ["queue", "job"],
      registers: [registry],
    }),
  };
  new Gauge({
    name: "job_queue_depth",
    help: "Jobs per queue and state (queued: waiting or to be retried), read at scrape time",
    labelNames: ["queue", "state"],
    registers: [registry],
    async collect() {
      const database = holder.__photoBackofficeMetrics?.database;
      if (!database) return;
      const rows = await database.query<{ name: string; state: string; jobs: number }>(
        `SELECT name, CASE WHEN state IN ('created', 'retry') THEN 'queued' ELSE state::text END AS state,
                count(*)::int AS jobs
           FROM ${JOB_SCHEMA}.job
          WHERE state IN ('created', 'retry', 'active', 'failed')
          GROUP BY 1, 2`,
      );
      this.reset();
      for (const queue of QUEUE_NAMES) {
        for (const state of QUEUE_STATES) {
          const found = rows.find((row) => row.name === queue && row.state === state);
          this.set({ queue, state }, found?.jobs ?? 0);
        }
      }
    },
  });
  return metrics;
}

export function getMetrics(): Metrics {
  holder.__photoBackofficeMetrics ??= createMetrics();
  return holder.__photoBackofficeMetrics;
}

/** Queue depths are read from this database from now on. */
export function measureQueuesOf(database: Database): void {
  getMetrics().database = database;
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Times the response to `req` under `route` (a template, never the raw path). */
export function timeRequest(req: IncomingMessage, res: ServerResponse, route: string): void {
  const started = process.hrtime.bigint();
  res.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const method = METHODS.has(req.method ?? "") ? req.method! : "other";
    getMetrics().requestDuration.observe(
      { method, route, status: `${Math.floor(res.statusCode / 100)}xx` },
      seconds,
    );
  });
}

const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** Whether `header` is `Bearer <token>`, compared in constant time. */
export function hasBearerToken(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1];
  if (!given) return false;
  // Hashes first: equal lengths for timingSafeEqual, and the token's length stays secret.
  return timingSafeEqual(sha256(given), sha256(token));
}

/** Serves GET /metrics: 404 without a token configured, 401 without the right bearer token. */
export async function serveMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  token: string | undefined,
): Promise<void> {
  const json = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };
  if (!token) {
    res.writeHead(404, json).end(JSON.stringify({ message: "Not found" }));
    return;
  }
  if (!hasBearerToken(req.headers.authorization, token)) {
    res
      .writeHead(401, { ...json, "www-authenticate": 'Bearer realm="metrics"' })
      .end(JSON.stringify({ message: "Metrics need Authorization: Bearer <METRICS_TOKEN>" }));
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...json, allow: "GET, HEAD" }).end(JSON.stringify({ message: "Use GET" }));
    return;
  }
  const { registry } = getMetrics();
  const body = await registry.metrics();
  res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : body);
}
