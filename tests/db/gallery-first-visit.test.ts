import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openGallery } from "@/server/domain/gallery";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOperator } from "../support/fixtures";

/** The analytics' "login rate": a member's first gallery visit is recorded once. */
describe("a member's first gallery visit", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it("is recorded on the first right code and kept on later ones", async () => {
    const operator = await insertOperator(database.prisma);
    const project = await database.prisma.project.create({
      data: { operatorId: operator.id, name: "Visits", timezone: "UTC" },
    });
    const member = await database.prisma.member.create({
      data: { operatorId: operator.id, projectId: project.id, name: "Vera" },
    });
    const firstViewed = async () =>
      (await database.prisma.member.findUniqueOrThrow({ where: { id: member.id } })).firstViewedAt;
    expect(await firstViewed()).toBeNull();

    await expect(
      openGallery(database.prisma, { code: "ABCDE-FGHJK" }, "10.9.9.9", new Date()),
    ).rejects.toThrow(/not valid/);
    expect(await firstViewed()).toBeNull();

    const first = new Date("2026-05-04T10:00:00Z");
    const code = `${member.accessCode.slice(0, 5).toLowerCase()} ${member.accessCode.slice(5)}`;
    const opened = await openGallery(database.prisma, { code }, "10.9.9.9", first);
    expect(opened.projectName).toBe("Visits");
    expect(await firstViewed()).toEqual(first);

    await openGallery(
      database.prisma,
      { code: member.accessCode },
      "10.9.9.9",
      new Date("2026-05-05T10:00:00Z"),
    );
    expect(await firstViewed()).toEqual(first);
  });
});
