import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/server/http/content-security-policy";

/**
 * For every page: a Content-Security-Policy with a fresh nonce (Next.js reads
 * it from the request and puts it on its scripts), and the requested path as
 * `x-pathname`, so a layout that sends a signed-out visitor to sign in can
 * bring them back. No access decision is made here: layouts and procedures
 * check the session.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), {
    dev: process.env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("x-pathname", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = { matcher: ["/((?!api/|v1/|_next/|favicon.ico).*)"] };
