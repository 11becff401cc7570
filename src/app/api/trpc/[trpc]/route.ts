import type { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { NextRequest } from "next/server";
import { appRouter } from "@/server/api/root";
import { createRequestContext, requestIdFrom } from "@/server/api/trpc";
import { sessionSubject } from "@/server/session/cookie";
import { toAppError } from "@/server/errors";
import { loggablePath, loggableQuery } from "@/server/http/request-path";
import { requestLogger } from "@/server/logger";
import { readLimited } from "@/server/rest/body";
import { MAX_BATCH_SIZE } from "@/trpc/shared";

/** A refused call's wait, as the REST APIs send it (the longest, for a batch). */
function retryAfter(errors: readonly TRPCError[]): { "retry-after"?: string } {
  const waits = errors.map((error) => toAppError(error).retryAfterSeconds ?? 0);
  const longest = Math.max(0, ...waits);
  return longest > 0 ? { "retry-after": String(longest) } : {};
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * The tRPC endpoint of the pages: bearer tokens of either audience, or the
 * browser session. Mutations must be JSON (a cross-site form cannot send that
 * without a CORS preflight), on top of the session cookie being SameSite=Lax.
 * Bodies are capped like the REST APIs' (413 while streaming, before parsing).
 */
async function answer(request: NextRequest, requestId: string): Promise<Response> {
  if (request.method === "POST" && !JSON_TYPE.test(request.headers.get("content-type") ?? "")) {
    return Response.json(
      { error: { message: "Content-Type must be application/json" } },
      { status: 415 },
    );
  }
  let body: Uint8Array<ArrayBuffer> | undefined;
  try {
    if (request.method === "POST") body = await readLimited(request);
  } catch (error) {
    const { httpStatus, message } = toAppError(error);
    return Response.json({ error: { message } }, { status: httpStatus });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(request.url, { method: request.method, headers: request.headers, body }),
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    responseMeta: ({ ctx, errors }) => ({
      headers: {
        ...(ctx && { "x-request-id": ctx.requestId }),
        ...retryAfter(errors),
      },
    }),
    createContext: ({ resHeaders }) =>
      createRequestContext({
        headers: request.headers,
        responseHeaders: resHeaders,
        audiences: ["backoffice", "admin"],
        sessionSubject: () => sessionSubject(request),
        requestId,
      }),
  });
}

/**
 * One request log line per HTTP request, like the REST APIs': the procedure
 * names are in the path, and a GET's `input` (which can hold a search term,
 * i.e. an access code) is redacted.
 */
async function handler(request: NextRequest) {
  const started = performance.now();
  const requestId = requestIdFrom(request.headers);
  let status = 500;
  try {
    const response = await answer(request, requestId);
    status = response.status;
    return response;
  } finally {
    requestLogger(requestId).info(
      {
        method: request.method,
        path: loggablePath(request.nextUrl.pathname),
        query: loggableQuery(request.nextUrl.searchParams),
        status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
  }
}

export { handler as GET, handler as POST };
