import type { PrismaClient } from "@/generated/prisma/client";

export type HealthStatus =
  { status: "ok" } | { status: "unavailable"; database: "unreachable" | "timeout" };

/** A load balancer's probe must get its answer in about a second, whatever the database does. */
export const HEALTH_CHECK_TIMEOUT_MS = 900;

/**
 * The app is healthy when the database answers `SELECT 1` within the timeout.
 * A server that does not respond at all (a lost network, a stuck connection)
 * is reported as `timeout` without waiting for the driver to give up.
 */
export async function checkHealth(
  db: PrismaClient,
  timeoutMs = HEALTH_CHECK_TIMEOUT_MS,
): Promise<HealthStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const answered = db.$queryRaw`SELECT 1`.then(
    () => "ok" as const,
    () => "unreachable" as const,
  );
  try {
    const outcome = await Promise.race([answered, timedOut]);
    return outcome === "ok" ? { status: "ok" } : { status: "unavailable", database: outcome };
  } finally {
    clearTimeout(timer);
  }
}
