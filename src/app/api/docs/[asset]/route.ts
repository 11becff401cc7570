import { readFile } from "node:fs/promises";
import path from "node:path";

/** A Map, not an object literal: `__proto__` or `constructor` must not be found in it. */
const ASSETS = new Map([
  ["swagger-ui.css", "text/css; charset=utf-8"],
  ["swagger-ui-bundle.js", "text/javascript; charset=utf-8"],
]);

/** Swagger UI's own files, from the installed swagger-ui-dist package (no CDN). */
export async function GET(_request: Request, { params }: { params: Promise<{ asset: string }> }) {
  const { asset } = await params;
  const type = ASSETS.get(asset);
  if (!type) return new Response("Not found", { status: 404 });
  const file = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", asset));
  return new Response(file, {
    headers: { "content-type": type, "cache-control": "public, max-age=86400" },
  });
}
