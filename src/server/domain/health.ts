import type { PrismaClient } from "@/generated/prisma/client";

export type HealthStatus = { status: "ok" } | { status: "unavailable" };

/** The app is healthy when the database answers a query. */
export async function checkHealth(db: PrismaClient): Promise<HealthStatus> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { status: "ok" };
  } catch {
    return { status: "unavailable" };
  }
}
