import type { IncomingMessage, ServerResponse } from "node:http";
import securityHeaders from "@/server/http/security-headers.json";
import { sendWebResponse, toWebRequest } from "@/server/http/node-web-bridge";
import { getLogger } from "@/server/logger";
import { adminApi } from "./admin-routes";
import { createRestHandler } from "./handler";
import { backofficeApi } from "./v1-routes";

/**
 * The REST APIs served straight from the HTTP server, without Next.js's
 * router (see docs/decisions.md). Only requests that Next.js would hand to the
 * API's route handler unchanged take this way: the methods the route handlers
 * export, on a path that is already normal (no empty, `.` or `..` segment, no
 * trailing slash). Everything else (HEAD, OPTIONS, `/v1/`, `/v1//x`, …) still
 * goes through Next.js, which redirects, normalises or answers it as before.
 */

const DIRECT_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
// `/v1` alone is left to Next.js: src/proxy.ts gives it a Content-Security-Policy.
const API_PATH = /^\/(?:(v1)(?:\/[^/]+)+|(api\/admins)(?:\/[^/]+)*)$/;
const NOT_NORMAL = /\/(?:\.|%2e){1,2}(?:\/|$)|[\\#]/i;

/** What Next.js's router puts on every response of an app route. */
const NEXT_ROUTER_VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

const RESPONSE_HEADERS: [string, string][] = [
  ...Object.entries(securityHeaders),
  ["vary", NEXT_ROUTER_VARY],
];

/** Which API serves this request directly, if any. */
export function directApiOf(method: string, target: string): "v1" | "admins" | null {
  if (!DIRECT_METHODS.has(method)) return null;
  const query = target.indexOf("?");
  const path = query === -1 ? target : target.slice(0, query);
  const found = API_PATH.exec(path);
  if (!found || NOT_NORMAL.test(path)) return null;
  return found[1] ? "v1" : "admins";
}

const INTERNAL_ERROR = JSON.stringify({ message: "Internal server error", code: "INTERNAL" });

/**
 * A request listener step: serves the request and returns true when it is one
 * of the REST APIs', otherwise returns false and leaves it to Next.js.
 */
export function createDirectRestServer(): (req: IncomingMessage, res: ServerResponse) => boolean {
  const handlers = { v1: createRestHandler(backofficeApi), admins: createRestHandler(adminApi) };
  return (req, res) => {
    const api = directApiOf(req.method ?? "GET", req.url ?? "/");
    if (!api) return false;
    for (const [name, value] of RESPONSE_HEADERS) res.setHeader(name, value);
    handlers[api](toWebRequest(req))
      .then((response) => sendWebResponse(req, res, response))
      .catch((error: unknown) => {
        getLogger().error({ err: error }, "unexpected error");
        if (res.headersSent) return void res.destroy();
        res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        res.end(INTERNAL_ERROR);
      });
    return true;
  };
}
