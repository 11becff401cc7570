import type { IncomingMessage, ServerResponse } from "node:http";
import { galleryImageResponse } from "@/server/http/gallery-image";
import securityHeaders from "@/server/http/security-headers.json";
import { sendWebResponse, toWebRequest } from "@/server/http/node-web-bridge";
import { getLogger } from "@/server/logger";
import { adminApi } from "./admin-routes";
import { createRestHandler } from "./handler";
import { backofficeApi } from "./v1-routes";

/**
 * The REST APIs and the gallery's images served straight from the HTTP
 * server, without Next.js's router (see docs/decisions.md). Only requests that
 * Next.js would hand to the route handler unchanged take this way: the methods
 * the route handlers export, on a path that is already normal (no empty, `.`
 * or `..` segment, no trailing slash). Everything else (HEAD, OPTIONS, `/v1/`,
 * `/v1//x`, …) still goes through Next.js, which redirects, normalises or
 * answers it as before.
 */

const DIRECT_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
// `/v1` alone is left to Next.js: src/proxy.ts gives it a Content-Security-Policy.
const API_PATH = /^\/(?:(v1)(?:\/[^/]+)+|(api\/admins)(?:\/[^/]+)*)$/;
const GALLERY_IMAGE_PATH = /^\/api\/gallery\/photos\/([^/]+)$/;
const NOT_NORMAL = /\/(?:\.|%2e){1,2}(?:\/|$)|[\\#]/i;

/** What Next.js's router puts on every response of an app route. */
const NEXT_ROUTER_VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

const RESPONSE_HEADERS: [string, string][] = [
  ...Object.entries(securityHeaders),
  ["vary", NEXT_ROUTER_VARY],
];

const pathOf = (target: string) => {
  const query = target.indexOf("?");
  return query === -1 ? target : target.slice(0, query);
};

/** Which API serves this request directly, if any. */
export function directApiOf(method: string, target: string): "v1" | "admins" | null {
  if (!DIRECT_METHODS.has(method)) return null;
  const path = pathOf(target);
  const found = API_PATH.exec(path);
  if (!found || NOT_NORMAL.test(path)) return null;
  return found[1] ? "v1" : "admins";
}

/** The photo id of a gallery image request served directly, if it is one. */
export function directGalleryImageOf(method: string, target: string): string | null {
  if (method !== "GET") return null;
  const path = pathOf(target);
  const found = GALLERY_IMAGE_PATH.exec(path);
  if (!found || NOT_NORMAL.test(path)) return null;
  try {
    return decodeURIComponent(found[1]!);
  } catch {
    return null;
  }
}

const INTERNAL_ERROR = JSON.stringify({ message: "Internal server error", code: "INTERNAL" });

/**
 * A request listener step: serves the request and returns true when it is one
 * of the REST APIs', otherwise returns false and leaves it to Next.js.
 */
export function createDirectRestServer(): (req: IncomingMessage, res: ServerResponse) => boolean {
  const handlers = { v1: createRestHandler(backofficeApi), admins: createRestHandler(adminApi) };
  const handlerOf = (method: string, target: string) => {
    const api = directApiOf(method, target);
    if (api) return handlers[api];
    const photoId = directGalleryImageOf(method, target);
    if (photoId !== null) return (request: Request) => galleryImageResponse(request, photoId);
    return null;
  };
  return (req, res) => {
    const handler = handlerOf(req.method ?? "GET", req.url ?? "/");
    if (!handler) return false;
    for (const [name, value] of RESPONSE_HEADERS) res.setHeader(name, value);
    handler(toWebRequest(req))
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
