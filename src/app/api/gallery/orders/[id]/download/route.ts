import type { NextRequest } from "next/server";
import { createCaller } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { retryAfterHeader, toAppError } from "@/server/errors";
import { zipStream } from "@/server/http/zip-stream";
import { contentDisposition } from "@/server/rest/handler";

export const dynamic = "force-dynamic";

/**
 * The originals of the gallery member's paid order, as a zip streamed while
 * it is read from storage: 404 for another member's order, 403 before it is
 * paid (and after a refund).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const context = createRequestContext({ headers: request.headers, audiences: [] });
  try {
    const download = await createCaller(context).gallery.download({ orderId: id });
    const zip = zipStream(download.entries, (error) =>
      context.log.error({ err: error, orderId: id }, "order download failed while streaming"),
    );
    return new Response(zip.body, {
      headers: {
        "content-type": "application/zip",
        "content-length": String(zip.size),
        "content-disposition": contentDisposition(download.fileName).replace(
          /^inline/,
          "attachment",
        ),
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
