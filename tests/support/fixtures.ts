import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";

/** Rows written straight to the database, for tests below the API. */

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function insertOperator(db: PrismaClient, name = "Studio") {
  return db.operator.create({
    data: {
      name,
      account: { create: { email: uniqueEmail("operator"), passwordHash: "not-a-hash" } },
    },
    include: { account: true },
  });
}

export async function insertPhotographer(
  db: PrismaClient,
  operatorId: string,
  name = "Photographer",
) {
  const account = await db.account.create({
    data: { email: uniqueEmail("photographer"), passwordHash: "not-a-hash" },
  });
  return db.photographer.create({
    data: { operatorId, accountId: account.id, name },
    include: { account: true },
  });
}

/** A studio with a photographer and a project ("Shoot", UTC): where photos can be filed. */
export async function insertShootPlace(db: PrismaClient) {
  const operator = await insertOperator(db);
  const photographer = await insertPhotographer(db, operator.id);
  const project = await db.project.create({
    data: { operatorId: operator.id, name: "Shoot", timezone: "UTC" },
  });
  return { operatorId: operator.id, projectId: project.id, photographerId: photographer.id };
}

export async function insertAdmin(db: PrismaClient) {
  return db.admin.create({
    data: { email: uniqueEmail("admin"), fullName: "Admin", passwordHash: "not-a-hash" },
  });
}
