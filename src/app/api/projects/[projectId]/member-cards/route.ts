import type { NextRequest } from "next/server";
import { sessionCaller } from "@/server/session/session-caller";
import { retryAfterHeader, toAppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/**
 * The member cards PDF for the pages, with the browser session (the REST
 * route /v1/projects/:projectId/members/cards.pdf takes bearer tokens).
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ projectId: string }> },
) {
  const { projectId } = await params;
  const group = request.nextUrl.searchParams.get("group") ?? undefined;
  const caller = sessionCaller(request);
  try {
    const pdf = await caller.members.cards({ projectId, group });
    return new Response(pdf, {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": 'inline; filename="member-cards.pdf"',
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const appError = toAppError(error);
    return Response.json(
      { message: appError.message },
      { status: appError.httpStatus, headers: retryAfterHeader(appError) },
    );
  }
}
