import type { NextRequest } from "next/server";
import { retryAfterHeader, toAppError } from "@/server/errors";
import { sendPhotoFile } from "@/server/rest/handler";
import { sessionCaller } from "@/server/session/session-caller";

export const dynamic = "force-dynamic";

/**
 * A photo's file for the pages, with the browser session (the REST route
 * /v1/photos/:id/file takes bearer tokens): `?size=thumb|preview|original`.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const size = request.nextUrl.searchParams.get("size") ?? undefined;
  const caller = sessionCaller(request);
  try {
    return await sendPhotoFile(request, await caller.photos.file({ id, size: size as never }), {});
  } catch (error) {
    const appError = toAppError(error);
    return Response.json(
      { message: appError.message },
      { status: appError.httpStatus, headers: retryAfterHeader(appError) },
    );
  }
}
