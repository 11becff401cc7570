import type { NextRequest } from "next/server";
import { createCaller } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { retryAfterHeader, toAppError } from "@/server/errors";
import { contentDisposition } from "@/server/rest/handler";

export const dynamic = "force-dynamic";

/**
 * One original of the gallery member's paid order, at full resolution, as an
 * attachment named as it was uploaded, so a phone saves it as a photo: the
 * zip's checks (404 for another member's order or a photo not in it, 403
 * before it is paid and after a refund).
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ id: string; photoId: string }> },
) {
  const { id, photoId } = await params;
  const context = createRequestContext({ headers: request.headers, audiences: [] });
  try {
    const photo = await createCaller(context).gallery.photoDownload({ orderId: id, photoId });
    const body = await photo.open();
    return new Response(body, {
      headers: {
        "content-type": photo.contentType,
        "content-length": String(photo.size),
        "content-disposition": contentDisposition(photo.fileName).replace(/^inline/, "attachment"),
        "cache-control": "private, no-store",
      },
    });
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
