import { galleryImageResponse } from "@/server/http/gallery-image";

export const dynamic = "force-dynamic";

/** A watermarked image of a gallery member's own photo (src/server/http/gallery-image.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return galleryImageResponse(request, (await params).id);
}
