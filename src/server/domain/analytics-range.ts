import { Prisma } from "@/generated/prisma/client";
import type { Tenant } from "@/server/db/tenant";
import type { DateRange } from "./analytics.schemas";

/** The studio's time zone and currency: ranges are its days, money its currency. */
export async function studioSettings(tenant: Tenant) {
  return tenant.db.operator.findUniqueOrThrow({
    where: { id: tenant.operatorId },
    select: { timezone: true, currency: true },
  });
}

/**
 * `AND column` within the range: from the start of `from` to the end of `to`,
 * both days in `timeZone`. Empty without a range.
 */
export function inRange(column: Prisma.Sql, range: DateRange, timeZone: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (range.from) {
    parts.push(
      Prisma.sql`${column} >= ((${range.from}::date)::timestamp AT TIME ZONE ${timeZone})`,
    );
  }
  if (range.to) {
    parts.push(
      Prisma.sql`${column} < ((${range.to}::date + 1)::timestamp AT TIME ZONE ${timeZone})`,
    );
  }
  return parts.length === 0 ? Prisma.empty : Prisma.sql`AND ${Prisma.join(parts, " AND ")}`;
}
