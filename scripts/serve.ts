/**
 * `npm run dev` and `npm start`: validate the configuration, apply pending
 * migrations, then serve the Next.js app on PORT and HOSTNAME.
 *
 * Next.js runs as a custom server (its documented programmatic API) for two
 * reasons: route handlers cannot see the client's socket address, so this
 * server pins X-Forwarded-For to it (unless TRUST_PROXY says a reverse proxy
 * sets it), and on SIGTERM/SIGINT it finishes in-flight requests and closes
 * the database before exiting, which the embedded database needs. In
 * production the REST APIs (/v1, /api/admins) are served here directly rather
 * than through Next.js's router, with the same headers (src/server/rest/direct.ts).
 *
 * It also starts the job queue (src/server/jobs): with WORKERS=1 (the default,
 * and the only choice on the embedded database) this process runs the jobs
 * too, so the app stays one command; with WORKERS=0 it only enqueues, and
 * `npm run worker` runs them. GET /metrics (Prometheus, behind METRICS_TOKEN)
 * is answered here, before Next.js.
 */
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { formatAccessCode } from "@/lib/access-code-format";
import { closeDatabase, getDatabase } from "@/server/db";
import { hasDecodablePath, malformedPathBody } from "@/server/http/request-path";
import { routeTemplate } from "@/server/http/route-template";
import { startJobs, stopJobs } from "@/server/jobs";
import { getLogger } from "@/server/logger";
import { serveMetrics, timeRequest } from "@/server/metrics";
import { createDirectRestServer } from "@/server/rest/direct";
import { sweepStaging } from "@/server/photos/staging";
import { startControlSocket } from "@/server/operations/control-socket";
import { loadConfig } from "./lib/config";
import { prepareDatabase } from "./lib/prepare-database";
import { DEMO_ACCESS_CODE, type DemoCredentials } from "./seed/demo";

const SHUTDOWN_GRACE_MS = 25_000;

const command = process.argv[2];
if (command !== "dev" && command !== "start") {
  console.error("usage: serve.ts dev|start");
  process.exit(2);
}
const dev = command === "dev";
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
const env = loadConfig(dev ? "development" : "production");
const log = getLogger();

let demo: DemoCredentials | null = null;
try {
  ({ demo } = await prepareDatabase(env, { seedDemoIfEmpty: dev }));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Before the first request: what a crash left of uploads being received goes.
try {
  const removed = await sweepStaging();
  log.info({ removed }, "staged uploads left by stopped processes swept");
} catch (error) {
  console.error(`The staging folder cannot be used: ${(error as Error).message}`);
  process.exit(1);
}

process.env.AUTH_SECRET = env.AUTH_SECRET;
process.env.NEXTAUTH_URL = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;

function pinClientAddress(req: IncomingMessage) {
  if (env.TRUST_PROXY && req.headers["x-forwarded-for"]) return;
  req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
}

/** Browsers keep to https for a year once they have seen the app there. */
const HSTS = "max-age=31536000; includeSubDomains";
const servedOverHttps = (env.NEXTAUTH_URL ?? "").startsWith("https://");

const server = createServer();
const app = next({
  dev,
  dir: process.cwd(),
  hostname: env.HOSTNAME,
  port: env.PORT,
  httpServer: server,
  ...(dev ? { turbopack: true } : {}),
});
await app.prepare();
const handle = app.getRequestHandler();
const control = await startControlSocket(env); // db:backup asks the running app for a snapshot
await startJobs(getDatabase(), { workers: env.WORKERS });
// Development keeps them on Next.js's router, which reloads edited modules.
const serveRestDirectly = dev ? undefined : createDirectRestServer();

let draining = false;

server.on("request", (req, res) => {
  if (draining) {
    // Each connection ends after this response, so clients move to the remaining instances.
    res.setHeader("connection", "close");
    if (req.url === "/api/health") {
      res.writeHead(503, { "content-type": "application/json", "retry-after": "5" });
      res.end(JSON.stringify({ status: "shutting down" }));
      return;
    }
  }
  if (!hasDecodablePath(req.url ?? "/")) {
    res.writeHead(400, { "content-type": "application/json; charset=utf-8" });
    res.end(malformedPathBody(req.url ?? "/"));
    return;
  }
  pinClientAddress(req);
  if (servedOverHttps) res.setHeader("strict-transport-security", HSTS);
  const route = routeTemplate(req.url ?? "/");
  timeRequest(req, res, route);
  if (route === "/metrics") {
    serveMetrics(req, res, env.METRICS_TOKEN).catch((error: unknown) => {
      log.error({ err: error }, "metrics could not be collected");
      if (!res.headersSent) res.writeHead(500).end();
    });
    return;
  }
  if (serveRestDirectly?.(req, res)) return;
  void handle(req, res);
});
server.listen(env.PORT, env.HOSTNAME, () => {
  log.info(
    {
      url: `http://localhost:${env.PORT}`,
      hostname: env.HOSTNAME,
      mode: dev ? "development" : "production",
    },
    "ready",
  );
  if (demo) printDemoLogins(demo, `http://localhost:${env.PORT}`);
});

/** Where a newcomer starts: the demo's public logins, printed once the server answers. */
function printDemoLogins(logins: DemoCredentials, url: string) {
  const local = ["127.0.0.1", "localhost", "::1"].includes(env.HOSTNAME);
  const reach = local ? "" : `; HOSTNAME=${env.HOSTNAME} lets other machines use them too`;
  console.log(
    [
      "",
      `Demo studio at ${url}/signin (public logins${reach}):`,
      `  studio:             ${logins.operator} / ${logins.password}`,
      `  photographers:      ${logins.photographers.join(", ")} (same password)`,
      ...(logins.admin
        ? [`  admin console:      ${url}/admin as ${logins.admin} (same password)`]
        : []),
      `  a parent's gallery: ${url}/gallery with the code ${formatAccessCode(DEMO_ACCESS_CODE)}`,
      "",
    ].join("\n"),
  );
}

let stopping = false;
/**
 * Stops without dropping a request: first /api/health answers 503 for the drain
 * period while everything else is still served (a load balancer stops sending
 * meanwhile), then the server stops accepting, finishes every request it has
 * (for at most the grace period), lets running jobs finish, and closes the
 * database.
 */
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  draining = true;
  const drainMs = dev ? 0 : env.SHUTDOWN_DRAIN_MS;
  log.info({ signal, drainMs }, "draining before shutdown");
  await new Promise((resolve) => setTimeout(resolve, drainMs));
  log.info("no longer accepting connections; finishing in-flight requests");
  // close() also ends idle keep-alive connections; busy ones end after their response.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const deadline = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  await closed;
  clearTimeout(deadline);
  await app.close();
  await control?.close();
  await stopJobs();
  await closeDatabase();
  log.info("stopped");
  process.exit(0);
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void shutdown(signal));
