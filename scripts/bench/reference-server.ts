/**
 * The bare reference for the API throughput benchmark: node:http and `pg`,
 * nothing else, doing the work the app does for two reads and with the same
 * security. On every request it verifies the HS256 bearer token (signature,
 * issuer, audience `backoffice`, expiry; see reference-token.ts) and looks up
 * the caller and their token version in the database (nothing cached), then:
 *
 * - GET /v1/projects/:id: the project with its photographers and packages, in
 *   one query, as the app's JSON (an operator's own project, or for a
 *   photographer one they are assigned to);
 * - GET /v1/analytics: the studio's numbers (reference-analytics.ts).
 *
 * Started by scripts/bench/api-throughput.ts, or alone:
 * `DATABASE_URL=… AUTH_SECRET=… PORT=4000 node --import tsx scripts/bench/reference-server.ts`
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { readStudioAnalytics } from "./reference-analytics";
import { referenceTokenVerifier, type ReferenceSubject } from "./reference-token";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const PROJECT_PATH = /^\/v1\/projects\/([^/?]+)(?:\?.*)?$/;

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The project, its photographers and its packages as one JSON value, in the app's shape. */
const PROJECT_SQL = `
  SELECT json_build_object(
    'id', p.id, 'name', p.name, 'locationName', p.location_name,
    'startAt', ${iso("p.start_at")}, 'endAt', ${iso("p.end_at")},
    'projectLink', p.project_link, 'termsAndConditions', p.terms_and_conditions,
    'timezone', p.timezone, 'createdAt', ${iso("p.created_at")}, 'updatedAt', ${iso("p.updated_at")},
    'photographers', coalesce((
      SELECT json_agg(json_build_object('id', ph.id, 'name', ph.name, 'email', coalesce(a.email, ''))
                      ORDER BY ph.name)
        FROM project_photographers pp
        JOIN photographers ph ON ph.id = pp.photographer_id
        LEFT JOIN accounts a ON a.id = ph.account_id
       WHERE pp.project_id = p.id), '[]'),
    'packages', coalesce((
      SELECT json_agg(json_build_object('id', k.id, 'name', k.name, 'price', k.price_cents,
                                        'photoCount', k.photo_count)
                      ORDER BY k.price_cents, k.name)
        FROM project_packages pk
        JOIN packages k ON k.id = pk.package_id
       WHERE pk.project_id = p.id), '[]')
  ) AS project
  FROM projects p
  WHERE p.id = $1::uuid AND p.operator_id = $2::uuid
    AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM project_photographers x
                                      WHERE x.project_id = p.id AND x.photographer_id = $3::uuid))`;

interface ReferenceCaller {
  role: ReferenceSubject["role"];
  id: string;
  operatorId: string;
}

async function lookUpCaller(
  pool: pg.Pool,
  subject: ReferenceSubject,
): Promise<ReferenceCaller | null> {
  if (subject.role === "operator") {
    const { rows } = await pool.query<{ token_version: number }>(
      `SELECT a.token_version FROM operators o JOIN accounts a ON a.id = o.account_id
        WHERE o.id = $1::uuid`,
      [subject.sub],
    );
    if (rows[0]?.token_version !== subject.tv) return null;
    return { role: "operator", id: subject.sub, operatorId: subject.sub };
  }
  const { rows } = await pool.query<{ operator_id: string; token_version: number }>(
    `SELECT p.operator_id, a.token_version FROM photographers p JOIN accounts a ON a.id = p.account_id
      WHERE p.id = $1::uuid AND p.deleted_at IS NULL`,
    [subject.sub],
  );
  if (!rows[0] || rows[0].token_version !== subject.tv) return null;
  return { role: "photographer", id: subject.sub, operatorId: rows[0].operator_id };
}

export interface ReferenceServerOptions {
  databaseUrl: string;
  authSecret: string;
  port?: number;
  hostname?: string;
  /** Connections in the pool; the app's default is 10. */
  poolSize?: number;
}

export interface ReferenceServer {
  url: string;
  close(): Promise<void>;
}

export async function startReferenceServer(
  options: ReferenceServerOptions,
): Promise<ReferenceServer> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
  pool.on("error", () => {});
  const verify = referenceTokenVerifier(options.authSecret);

  function send(res: ServerResponse, requestId: string, status: number, body: unknown) {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      "x-request-id": requestId,
      "cache-control": "no-store",
      "content-type": "application/json; charset=utf-8",
    });
    res.end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const given = req.headers["x-request-id"];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    const url = req.url ?? "/";
    const project = req.method === "GET" ? PROJECT_PATH.exec(url) : null;
    const analytics =
      req.method === "GET" && (url === "/v1/analytics" || url.startsWith("/v1/analytics?"));
    if (!project && !analytics) {
      return send(res, requestId, 404, { message: "Not found", code: "NOT_FOUND" });
    }
    const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "")?.[1];
    const subject = token ? verify(token, Math.floor(Date.now() / 1000)) : null;
    const caller = subject ? await lookUpCaller(pool, subject) : null;
    if (!caller) {
      return send(res, requestId, 401, {
        message: "A valid bearer token is required",
        code: "UNAUTHORIZED",
      });
    }
    if (project) {
      const id = decodeURIComponent(project[1]!);
      if (!UUID.test(id)) {
        return send(res, requestId, 400, {
          message: "Invalid input: id: must be a UUID",
          code: "BAD_REQUEST",
        });
      }
      const { rows } = await pool.query<{ project: unknown }>(PROJECT_SQL, [
        id,
        caller.operatorId,
        caller.role === "photographer" ? caller.id : null,
      ]);
      if (!rows[0])
        return send(res, requestId, 404, { message: "Project not found", code: "NOT_FOUND" });
      return send(res, requestId, 200, rows[0].project);
    }
    if (caller.role !== "operator") {
      return send(res, requestId, 403, {
        message: "This action is for the operator role",
        code: "FORBIDDEN",
      });
    }
    return send(res, requestId, 200, await readStudioAnalytics(pool, caller.operatorId));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, "-", 500, { message: "Internal error", code: "INTERNAL" });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.hostname ?? "127.0.0.1", resolve),
  );
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pool.end();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { DATABASE_URL, AUTH_SECRET, PORT } = process.env;
  if (!DATABASE_URL || !AUTH_SECRET) {
    console.error("DATABASE_URL and AUTH_SECRET are required");
    process.exit(2);
  }
  const server = await startReferenceServer({
    databaseUrl: DATABASE_URL,
    authSecret: AUTH_SECRET,
    port: Number(PORT ?? 0),
  });
  console.log(`listening on ${server.url}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void server.close().then(() => process.exit(0)));
}
