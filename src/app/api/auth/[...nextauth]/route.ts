import NextAuth from "next-auth";
import type { AppError } from "@/server/errors";
import { retryAfterHeader } from "@/server/errors";
import { getAuthOptions } from "@/server/session/next-auth";

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth answers a failed sign-in as a redirect (or `{ url }` with the
 * message for the pages' fetch). When the database was the reason, the same
 * answer goes out as a 503 with Retry-After instead, like every other API.
 */
async function handler(request: Request, context: Context) {
  let unavailable: AppError | undefined;
  const options = getAuthOptions({ onUnavailable: (error) => (unavailable = error) });
  const response: Response = await NextAuth(request as never, context as never, options);
  if (!unavailable) return response;
  const headers = new Headers(response.headers);
  headers.delete("location");
  for (const [name, value] of Object.entries(retryAfterHeader(unavailable)))
    headers.set(name, value);
  const isJson = headers.get("content-type")?.startsWith("application/json");
  if (!isJson) headers.set("content-type", "application/json");
  return new Response(isJson ? response.body : JSON.stringify({ message: unavailable.message }), {
    status: 503,
    headers,
  });
}

export { handler as GET, handler as POST };
