import { getDb } from "@/server/db";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/server/db/unavailable";
import { checkHealth } from "@/server/domain/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(getDb());
  if (health.status === "ok") return Response.json(health);
  return Response.json(health, {
    status: 503,
    headers: { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS), "cache-control": "no-store" },
  });
}
