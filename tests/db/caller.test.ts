import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateToken } from "@/server/auth/caller";
import { signToken } from "@/server/auth/tokens";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertAdmin, insertOperator, insertPhotographer } from "../support/fixtures";

describe("a verified token", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it("speaks for an existing operator, photographer or admin", async () => {
    const { prisma } = database;
    const operator = await insertOperator(prisma);
    const photographer = await insertPhotographer(prisma, operator.id);
    const admin = await insertAdmin(prisma);

    const operatorToken = await signToken({ sub: operator.id, role: "operator", tv: 0 });
    const photographerToken = await signToken({
      sub: photographer.id,
      role: "photographer",
      tv: 0,
    });
    const adminToken = await signToken({ sub: admin.id, role: "admin", tv: 0 });

    expect(await authenticateToken(prisma, operatorToken, ["backoffice"])).toEqual({
      role: "operator",
      id: operator.id,
      operatorId: operator.id,
    });
    expect(await authenticateToken(prisma, photographerToken, ["backoffice"])).toEqual({
      role: "photographer",
      id: photographer.id,
      operatorId: operator.id,
    });
    expect(await authenticateToken(prisma, adminToken, ["admin"])).toEqual({
      role: "admin",
      id: admin.id,
    });
  });

  it("stops working once the token version moves on (password changed)", async () => {
    const { prisma } = database;
    const operator = await insertOperator(prisma);
    const token = await signToken({ sub: operator.id, role: "operator", tv: 0 });
    await prisma.account.update({
      where: { id: operator.accountId },
      data: { tokenVersion: { increment: 1 } },
    });

    expect(await authenticateToken(prisma, token, ["backoffice"])).toBeNull();
    const fresh = await signToken({ sub: operator.id, role: "operator", tv: 1 });
    expect(await authenticateToken(prisma, fresh, ["backoffice"])).not.toBeNull();
  });

  it("stops working once the user is deleted", async () => {
    const { prisma } = database;
    const operator = await insertOperator(prisma);
    const photographer = await insertPhotographer(prisma, operator.id);
    const admin = await insertAdmin(prisma);
    const photographerToken = await signToken({
      sub: photographer.id,
      role: "photographer",
      tv: 0,
    });
    const adminToken = await signToken({ sub: admin.id, role: "admin", tv: 0 });

    await prisma.account.delete({ where: { id: photographer.accountId! } });
    await prisma.admin.delete({ where: { id: admin.id } });

    expect(await authenticateToken(prisma, photographerToken, ["backoffice"])).toBeNull();
    expect(await authenticateToken(prisma, adminToken, ["admin"])).toBeNull();
  });

  it("for an id that never existed speaks for nobody", async () => {
    const token = await signToken({
      sub: "5f0c1a2b-3d4e-4f50-8a6b-7c8d9e0f1a2b",
      role: "operator",
      tv: 0,
    });
    expect(await authenticateToken(database.prisma, token, ["backoffice"])).toBeNull();
  });
});
