import { readFileSync } from "node:fs";
import path from "node:path";
import { adminApi } from "@/server/rest/admin-routes";
import { buildOpenApiDocument } from "@/server/rest/openapi";
import { backofficeApi } from "@/server/rest/v1-routes";

export const dynamic = "force-static";

export function GET() {
  const description = readFileSync(path.join(process.cwd(), "docs", "api.md"), "utf8");
  return Response.json(buildOpenApiDocument([backofficeApi, adminApi], { description }));
}
