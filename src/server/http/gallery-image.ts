import { createCaller } from "@/server/api/root";
import { createRequestContext } from "@/server/api/trpc";
import { retryAfterHeader, toAppError } from "@/server/errors";

/**
 * `GET /api/gallery/photos/:id?size=thumb|preview` (the default is thumb): a
 * watermarked image of one of the gallery member's own photos, a stored file
 * made when the photo was processed. The ETag names the photo, the size and
 * the watermark, so a browser that has it gets a 304 without opening the file.
 * An image not made yet is a 409 with Retry-After.
 *
 * Served by the Next.js route and, in production, straight from the HTTP
 * server (src/server/rest/direct.ts), since it is the gallery's busiest path.
 */
export async function galleryImageResponse(request: Request, id: string): Promise<Response> {
  const size = new URL(request.url).searchParams.get("size") ?? "thumb";
  const caller = createCaller(createRequestContext({ headers: request.headers, audiences: [] }));
  const headers = { "cache-control": "private, max-age=3600", vary: "Cookie" };
  try {
    const image = await caller.gallery.image({ id, size: size as never });
    const known = request.headers.get("if-none-match");
    if (known?.split(",").some((tag) => tag.trim() === image.etag)) {
      return new Response(null, { status: 304, headers: { ...headers, etag: image.etag } });
    }
    const { body, size: length } = await image.open();
    return new Response(body, {
      headers: {
        ...headers,
        etag: image.etag,
        "content-type": "image/jpeg",
        "content-length": String(length),
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
