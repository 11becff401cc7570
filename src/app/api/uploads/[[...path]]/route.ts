import type { NextRequest } from "next/server";
import { handleUploadRequest } from "@/server/photos/resumable-uploads";

export const dynamic = "force-dynamic";

/**
 * Resumable photo uploads (tus 1.0) for the pages, with the browser session:
 * POST creates an upload, HEAD tells its offset, PATCH sends bytes, DELETE
 * abandons it. No GET: a partial upload is never served back.
 */
function handle(request: NextRequest): Promise<Response> {
  return handleUploadRequest(request);
}

export { handle as DELETE, handle as HEAD, handle as PATCH, handle as POST };
