import { type NextRequest, NextResponse } from "next/server";

/**
 * Passes the requested path to the server components as `x-pathname`, so a
 * layout that sends a signed-out visitor to sign in can bring them back. No
 * access decision is made here: layouts and procedures check the session.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-pathname", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api/|v1/|_next/|favicon.ico).*)"] };
