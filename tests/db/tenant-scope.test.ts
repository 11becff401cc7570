import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantOf, TenantScopeError } from "@/server/db/tenant";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOperator, insertPhotographer } from "../support/fixtures";

describe("the tenant-scoped database", () => {
  let database: TestDatabase;
  let studioA: Awaited<ReturnType<typeof insertOperator>>;
  let studioB: Awaited<ReturnType<typeof insertOperator>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    studioA = await insertOperator(database.prisma, "Studio A");
    studioB = await insertOperator(database.prisma, "Studio B");
    for (const [operator, name] of [
      [studioA, "A1"],
      [studioA, "A2"],
      [studioB, "B1"],
    ] as const) {
      await database.prisma.project.create({
        data: { operatorId: operator.id, name, timezone: "UTC" },
      });
    }
  });
  afterAll(() => database.destroy());

  it("reads only the operator's own rows", async () => {
    const a = tenantOf(database.prisma, studioA.id);
    const names = (await a.db.project.findMany({ orderBy: { name: "asc" } })).map((p) => p.name);
    expect(names).toEqual(["A1", "A2"]);
    expect(await a.db.project.count()).toBe(2);
  });

  it("finds nothing of another operator, even by id", async () => {
    const projectOfB = await database.prisma.project.findFirstOrThrow({
      where: { operatorId: studioB.id },
    });
    const a = tenantOf(database.prisma, studioA.id);
    expect(await a.db.project.findUnique({ where: { id: projectOfB.id } })).toBeNull();
    await expect(
      a.db.project.update({ where: { id: projectOfB.id }, data: { name: "hijacked" } }),
    ).rejects.toMatchObject({ code: "P2025" });
    expect(await a.db.project.deleteMany({ where: { id: projectOfB.id } })).toEqual({ count: 0 });
    expect(
      (await database.prisma.project.findUniqueOrThrow({ where: { id: projectOfB.id } })).name,
    ).toBe("B1");
  });

  it("refuses to write a row into another operator", async () => {
    const a = tenantOf(database.prisma, studioA.id);
    await expect(
      a.db.project.create({ data: { operatorId: studioB.id, name: "sneaky", timezone: "UTC" } }),
    ).rejects.toThrow(TenantScopeError);
    await expect(a.db.project.updateMany({ data: { operatorId: studioB.id } })).rejects.toThrow(
      TenantScopeError,
    );
    await expect(a.db.project.findMany({ where: { operatorId: studioB.id } })).rejects.toThrow(
      TenantScopeError,
    );
  });

  it("reaches only the operator's own profile", async () => {
    const a = tenantOf(database.prisma, studioA.id);
    expect((await a.db.operator.findFirstOrThrow()).id).toBe(studioA.id);
    await expect(a.db.operator.findUnique({ where: { id: studioB.id } })).rejects.toThrow(
      TenantScopeError,
    );
  });

  it("cannot link rows of two operators, because the database forbids it too", async () => {
    const projectOfA = await database.prisma.project.findFirstOrThrow({
      where: { operatorId: studioA.id },
    });
    const photographerOfB = await insertPhotographer(database.prisma, studioB.id);
    await expect(
      database.prisma.projectPhotographer.create({
        data: {
          operatorId: studioA.id,
          projectId: projectOfA.id,
          photographerId: photographerOfB.id,
        },
      }),
    ).rejects.toMatchObject({ code: "P2003" });
  });
});
