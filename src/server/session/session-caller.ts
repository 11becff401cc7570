import type { NextRequest } from "next/server";
import { createCaller } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { sessionSubject } from "./cookie";

/**
 * A tRPC caller for the browser session of a route handler's request: for the
 * pages' file downloads, which the JSON tRPC endpoint cannot serve.
 */
export function sessionCaller(request: NextRequest) {
  return createCaller(
    createRequestContext({
      headers: request.headers,
      audiences: [],
      sessionSubject: () => sessionSubject(request),
    }),
  );
}
