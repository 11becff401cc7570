import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { type AnalyticsData, insertAnalyticsData } from "../support/analytics-data";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertAdmin, insertOperator } from "../support/fixtures";

describe("the admins' overview of studios", () => {
  let database: TestDatabase;
  let data: AnalyticsData;
  let admin: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase();
    data = await insertAnalyticsData(database.prisma);
    for (let i = 0; i < 3; i++) await insertOperator(database.prisma, `Quiet Studio ${i}`);
    await insertOperator(database.prisma, "100%_Real Studio");
    const { id } = await insertAdmin(database.prisma);
    admin = createCaller(
      createInnerContext({ db: database.prisma, getCaller: async () => ({ role: "admin", id }) }),
    );
  });
  afterAll(() => database.destroy());

  it("lists every studio with its projects, photographers and revenue", async () => {
    const page = await admin.admins.studios({});
    expect(page.total).toBe(6);
    const lumen = page.items.find((studio) => studio.id === data.operatorId);
    expect(lumen).toMatchObject({
      name: "Lumen Studio",
      projectCount: 2,
      photographerCount: 3,
      revenueInCents: 10400,
    });
  });

  it("searches names and e-mails, with % and _ taken literally", async () => {
    expect((await admin.admins.studios({ search: "quiet" })).total).toBe(3);
    expect((await admin.admins.studios({ search: "100%_" })).items.map((s) => s.name)).toEqual([
      "100%_Real Studio",
    ]);
    expect((await admin.admins.studios({ search: "%" })).total).toBe(1);
    expect((await admin.admins.studios({ search: "lumen-" })).total).toBe(1);
  });

  it("pages through the results, newest first", async () => {
    const first = await admin.admins.studios({ page: 1, pageSize: 4 });
    const second = await admin.admins.studios({ page: 2, pageSize: 4 });
    expect(first.items).toHaveLength(4);
    expect(second.items).toHaveLength(2);
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((s) => s.id)).size).toBe(6);
    expect(all.map((s) => s.createdAt)).toEqual([...all.map((s) => s.createdAt)].sort().reverse());
  });

  it("is for admins only", async () => {
    const operator = createCaller(
      createInnerContext({
        db: database.prisma,
        getCaller: async () => ({
          role: "operator",
          id: data.operatorId,
          operatorId: data.operatorId,
        }),
      }),
    );
    await expect(operator.admins.studios({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
