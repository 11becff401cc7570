import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import type { Caller } from "@/server/auth/caller";
import {
  type AnalyticsData,
  EXPECTED,
  insertAnalyticsData,
  withoutIds,
} from "../support/analytics-data";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("analytics through the tRPC caller", () => {
  let database: TestDatabase;
  let data: AnalyticsData;
  const callerFor = (caller: Caller) =>
    createCaller(createInnerContext({ db: database.prisma, getCaller: async () => caller }));

  beforeAll(async () => {
    database = await createTestDatabase();
    data = await insertAnalyticsData(database.prisma);
  });
  afterAll(() => database.destroy());

  it("computes the exact numbers for the operator and for each project", async () => {
    const lumen = callerFor({ role: "operator", id: data.operatorId, operatorId: data.operatorId });
    expect(withoutIds(await lumen.analytics.get({}))).toEqual(EXPECTED.all);
    expect(withoutIds(await lumen.analytics.get({ projectId: data.springSchoolId }))).toEqual(
      EXPECTED.springSchool,
    );
    expect(withoutIds(await lumen.analytics.get({ projectId: data.summerGalaId }))).toEqual(
      EXPECTED.summerGala,
    );
  });

  it("keeps each studio's numbers to itself", async () => {
    const rival = callerFor({
      role: "operator",
      id: data.rivalOperatorId,
      operatorId: data.rivalOperatorId,
    });
    const numbers = await rival.analytics.get({});
    expect(numbers.kpis).toEqual({
      membersEnrolled: 2,
      revenueInCents: 7777,
      photosUploaded: 1,
      usersTagged: 1,
      packagesSold: 1,
    });
    await expect(rival.analytics.get({ projectId: data.springSchoolId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
