import type { NextRequest } from "next/server";
import { retryAfterHeader, toAppError } from "@/server/errors";
import { getLogger } from "@/server/logger";
import { sendZip } from "@/server/rest/handler";
import { sessionCaller } from "@/server/session/session-caller";

export const dynamic = "force-dynamic";

/**
 * One member's data export for the pages, with the browser session (the REST
 * route /v1/members/:id/export takes bearer tokens and API keys).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = sessionCaller(request);
  try {
    const download = await caller.members.export({ id });
    return sendZip(download, { "cache-control": "private, no-store" }, (error) =>
      getLogger().error({ err: error, memberId: id }, "member export failed while streaming"),
    );
  } catch (error) {
    const appError = toAppError(error);
    return Response.json(
      { message: appError.message },
      {
        status: appError.httpStatus,
        headers: { "cache-control": "no-store", ...retryAfterHeader(appError) },
      },
    );
  }
}
