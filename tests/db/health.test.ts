import { describe, expect, it } from "vitest";
import { checkHealth } from "@/server/domain/health";
import { createTestDatabase } from "../support/database";

describe("checkHealth", () => {
  it("is ok while the database answers, unavailable once it does not", async () => {
    const database = await createTestDatabase();
    expect(await checkHealth(database.prisma)).toEqual({ status: "ok" });
    await database.destroy();
    expect(await checkHealth(database.prisma)).toEqual({ status: "unavailable" });
  });
});
