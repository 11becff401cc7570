import { TRPCError } from "@trpc/server";
import { createCaller } from "@/server/api/root";
import { createRequestContext, requestIdFrom } from "@/server/api/trpc";
import { AppError, type FieldErrors, retryAfterHeader, toAppError } from "@/server/errors";
import { loggablePath, loggableQuery } from "@/server/http/request-path";
import { getLogger, requestLogger } from "@/server/logger";
import type { PhotoFile } from "@/server/domain/photos.schemas";
import { type ZipDownload, zipStream } from "@/server/http/zip-stream";
import { PhotoUpload } from "@/server/photos/upload";
import { readRouteBody } from "./body";
import { apiKeyScopeOf } from "./api-key-scopes";
import { asyncPreference } from "./prefer";
import type { HttpMethod, RestApi, RestRoute, RouteAnswer } from "./route-table";

const METHODS_WITH_BODY = new Set<HttpMethod>(["POST", "PUT", "PATCH"]);

interface CompiledRoute extends RestRoute {
  pattern: RegExp;
  paramNames: string[];
  literalSegments: number;
}

function compile(route: RestRoute): CompiledRoute {
  const segments = route.path.split("/").filter(Boolean);
  const paramNames = segments.filter((s) => s.startsWith(":")).map((s) => s.slice(1));
  const source = segments.map((s) =>
    s.startsWith(":") ? "([^/]+)" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  );
  return {
    ...route,
    pattern: new RegExp(`^/${source.join("/")}/?$`),
    paramNames,
    literalSegments: segments.length - paramNames.length,
  };
}

interface Match {
  route: CompiledRoute;
  params: Record<string, string>;
}

type Lookup = { match: Match } | { allowed: HttpMethod[] } | null;

/** Routes by their number of path segments: a path is only matched against its own kind. */
type RouteIndex = Map<number, CompiledRoute[]>;

function segmentCount(path: string): number {
  return path.split("/").filter(Boolean).length;
}

function indexRoutes(routes: CompiledRoute[]): RouteIndex {
  const index: RouteIndex = new Map();
  for (const route of routes) {
    const count = segmentCount(route.path);
    index.set(count, [...(index.get(count) ?? []), route]);
  }
  return index;
}

function lookup(index: RouteIndex, method: string, pathname: string): Lookup {
  const candidates: Match[] = [];
  for (const route of index.get(segmentCount(pathname)) ?? []) {
    const found = route.pattern.exec(pathname);
    if (!found) continue;
    const params: Record<string, string> = {};
    route.paramNames.forEach((name, i) => {
      params[name] = safeDecode(found[i + 1]!);
    });
    candidates.push({ route, params });
  }
  if (candidates.length === 0) return null;
  const forMethod = candidates
    .filter((c) => c.route.method === method)
    .sort((a, b) => b.route.literalSegments - a.route.literalSegments);
  if (forMethod[0]) return { match: forMethod[0] };
  return { allowed: [...new Set(candidates.map((c) => c.route.method))] };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Path and query values cannot be given again in the body. */
function assembleInput(
  match: Match,
  url: URL,
  body: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const fromUrl: Record<string, string> = { ...match.params };
  for (const name of match.route.query ?? []) {
    const value = url.searchParams.get(name);
    if (value !== null) fromUrl[name] = value;
  }
  const duplicated = Object.keys(body ?? {}).filter((key) => Object.hasOwn(fromUrl, key));
  if (duplicated.length > 0) {
    const fieldErrors: FieldErrors = Object.fromEntries(
      duplicated.map((key) => [key, ["Unknown field"]]),
    );
    throw new AppError("BAD_REQUEST", `Invalid input: ${duplicated[0]}: Unknown field`, {
      fieldErrors,
    });
  }
  return { ...body, ...fromUrl };
}

async function invoke(
  route: RestRoute,
  input: Record<string, unknown>,
  request: Request,
  api: RestApi,
  requestId: string,
): Promise<unknown> {
  const caller = createCaller(
    createRequestContext({
      headers: request.headers,
      audiences: api.audiences,
      requestId,
      ...(api.apiKeys && { apiKeyScope: apiKeyScopeOf(route) }),
    }),
  );
  const procedure = route.procedure
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input?: unknown,
  ) => Promise<unknown>;
  return procedure(input);
}

function json(body: unknown, status: number, headers: Record<string, string>): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers:
      status === 204 ? headers : { ...headers, "content-type": "application/json; charset=utf-8" },
  });
}

function file(
  body: unknown,
  { mediaType, fileName }: NonNullable<RestRoute["binaryResponse"]>,
  status: number,
  headers: Record<string, string>,
): Response {
  return new Response(body as Uint8Array<ArrayBuffer>, {
    status,
    headers: {
      ...headers,
      "content-type": mediaType,
      "content-disposition": `inline; filename="${fileName}"`,
    },
  });
}

/** Streams a zip as an attachment under its own name; a file failing half way cuts the answer short. */
export function sendZip(
  download: ZipDownload,
  headers: Record<string, string>,
  onError: (error: unknown) => void,
): Response {
  const zip = zipStream(download.entries, onError);
  return new Response(zip.body, {
    status: 200,
    headers: {
      ...headers,
      "content-type": "application/zip",
      "content-length": String(zip.size),
      "content-disposition": contentDisposition(download.fileName).replace(/^inline/, "attachment"),
    },
  });
}

/** `inline; filename=…` with an ASCII fallback and the real name per RFC 6266. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `inline; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** Streams a stored file, or answers 304 when the client's copy is current. */
export async function sendPhotoFile(
  request: Request,
  photoFile: PhotoFile,
  headers: Record<string, string>,
): Promise<Response> {
  const fileHeaders = {
    ...headers,
    etag: photoFile.etag,
    "cache-control": "private, max-age=86400",
  };
  const known = request.headers.get("if-none-match");
  if (
    known &&
    known.split(",").some((tag) => tag.trim() === photoFile.etag || tag.trim() === "*")
  ) {
    return new Response(null, { status: 304, headers: fileHeaders });
  }
  const { body, size } = await photoFile.open();
  return new Response(body, {
    status: 200,
    headers: {
      ...fileHeaders,
      "content-type": photoFile.contentType,
      "content-length": String(size),
      ...(photoFile.downloadName && {
        "content-disposition": contentDisposition(photoFile.downloadName),
      }),
    },
  });
}

/**
 * Serves one REST API from its route table: matches the route, reads and
 * checks the body, calls the procedure through a tRPC caller, and turns the
 * result or the error into the documented status and body.
 */
export function createRestHandler(api: RestApi): (request: Request) => Promise<Response> {
  const routes = indexRoutes(api.routes.map(compile));

  return async (request) => {
    const started = performance.now();
    const requestId = requestIdFrom(request.headers);
    const url = new URL(request.url);
    const headers: Record<string, string> = {
      "x-request-id": requestId,
      "cache-control": "no-store",
    };
    let status = 500;
    try {
      const found = lookup(routes, request.method, url.pathname);
      if (!found) {
        throw new AppError("NOT_FOUND", `No route for ${request.method} ${url.pathname}`);
      }
      if ("allowed" in found) {
        headers.allow = found.allowed.join(", ");
        throw new AppError(
          "METHOD_NOT_ALLOWED",
          `${request.method} is not allowed on ${url.pathname}`,
        );
      }
      const { route } = found.match;
      const body = route.uploadBody
        ? { [route.uploadBody.field]: PhotoUpload.fromRequest(request) }
        : ((await readRouteBody(request, route)) ??
          (METHODS_WITH_BODY.has(route.method) ? {} : undefined));
      const input = assembleInput(
        found.match,
        url,
        body && (route.uploadBody ? body : api.envelope.unwrapRequest(body)),
      );
      const preference = asyncPreference(request.headers.get("prefer"));
      if (route.preferAsync && preference.waitSeconds !== undefined) {
        input[route.preferAsync.field] = Math.min(
          preference.waitSeconds,
          route.preferAsync.maxSeconds,
        );
      }
      const output = await invoke(route, input, request, api, requestId);
      status = route.status;
      if (route.binaryResponse) return file(output, route.binaryResponse, status, headers);
      if (route.zipResponse) {
        return sendZip(output as ZipDownload, headers, (error) =>
          requestLogger(requestId).error({ err: error }, "zip download failed while streaming"),
        );
      }
      if (route.fileResponse) {
        const response = await sendPhotoFile(request, output as PhotoFile, headers);
        status = response.status;
        return response;
      }
      if (route.answer) {
        const answer = (
          route.answer as (output: unknown, request: { respondAsync: boolean }) => RouteAnswer
        )(output, { respondAsync: Boolean(route.preferAsync && preference.respondAsync) });
        status = answer.status;
        return json(api.envelope.success(route, input, answer.body), status, {
          ...headers,
          ...answer.headers,
        });
      }
      return json(api.envelope.success(route, input, output), status, headers);
    } catch (thrown) {
      const error = toAppError(thrown);
      status = error.httpStatus;
      // Errors inside a procedure were logged by the tRPC layer already.
      if (error.code === "INTERNAL" && !(thrown instanceof TRPCError))
        requestLogger(requestId).error({ err: thrown }, "unexpected error");
      return json(api.envelope.failure(error), status, { ...headers, ...retryAfterHeader(error) });
    } finally {
      getLogger().info(
        {
          requestId,
          method: request.method,
          path: loggablePath(url.pathname),
          query: loggableQuery(url.searchParams),
          status,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    }
  };
}
