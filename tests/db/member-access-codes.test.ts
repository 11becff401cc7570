import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantOf } from "@/server/db/tenant";
import { findMemberByAccessCode } from "@/server/domain/members";
import { DEMO_ACCESS_CODE, seedDemo } from "../../scripts/seed/demo";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOperator } from "../support/fixtures";

const CODE = /^[2-9A-HJKMNP-Z]{10}$/;

describe("member access codes in the database", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it("are given by the column default to rows inserted without one", async () => {
    const operator = await insertOperator(database.prisma);
    const project = await database.prisma.project.create({
      data: { operatorId: operator.id, name: "P", timezone: "UTC" },
    });
    await database.withSession((session) =>
      session.query(
        `INSERT INTO members (operator_id, project_id, name)
         SELECT $1, $2, 'Member ' || g FROM generate_series(1, 200) g`,
        [operator.id, project.id],
      ),
    );
    const codes = (await database.prisma.member.findMany({ select: { accessCode: true } })).map(
      (m) => m.accessCode,
    );
    expect(codes).toHaveLength(200);
    for (const code of codes) expect(code).toMatch(CODE);
    expect(new Set(codes).size).toBe(200);
  });

  it("are stored normalised only, and once on the whole platform", async () => {
    const operator = await insertOperator(database.prisma);
    const project = await database.prisma.project.create({
      data: { operatorId: operator.id, name: "P", timezone: "UTC" },
    });
    const data = { operatorId: operator.id, projectId: project.id, name: "A" };
    await expect(
      database.prisma.member.create({ data: { ...data, accessCode: "abcde-fghjk" } }),
    ).rejects.toThrow();
    await database.prisma.member.create({ data: { ...data, accessCode: "ABCDEFGHJK" } });
    const other = await insertOperator(database.prisma);
    const theirs = await database.prisma.project.create({
      data: { operatorId: other.id, name: "Q", timezone: "UTC" },
    });
    await expect(
      database.prisma.member.create({
        data: { operatorId: other.id, projectId: theirs.id, name: "B", accessCode: "ABCDEFGHJK" },
      }),
    ).rejects.toThrow();
  });

  it("are found as typed or scanned, within the project and studio only", async () => {
    await seedDemo(database.prisma);
    const member = await database.prisma.member.findUniqueOrThrow({
      where: { accessCode: DEMO_ACCESS_CODE },
      select: { id: true, operatorId: true, projectId: true, project: { select: { name: true } } },
    });
    expect(member.project.name).toMatch(/^Riverside Primary/);
    const tenant = tenantOf(database.prisma, member.operatorId);
    const found = await findMemberByAccessCode(tenant, member.projectId, " rvsde-dem26 ");
    expect(found?.id).toBe(member.id);
    expect(await findMemberByAccessCode(tenant, member.projectId, "RVSDE-DEM27")).toBeNull();
    expect(await findMemberByAccessCode(tenant, member.projectId, "not a code")).toBeNull();
    const otherProject = await database.prisma.project.findFirstOrThrow({
      where: { operatorId: member.operatorId, id: { not: member.projectId } },
    });
    expect(await findMemberByAccessCode(tenant, otherProject.id, DEMO_ACCESS_CODE)).toBeNull();
    const stranger = tenantOf(database.prisma, (await insertOperator(database.prisma)).id);
    expect(await findMemberByAccessCode(stranger, member.projectId, DEMO_ACCESS_CODE)).toBeNull();

    const demoMembers = await database.prisma.member.findMany({
      where: { operatorId: member.operatorId },
      select: { accessCode: true, group: true, externalId: true },
    });
    expect(demoMembers.length).toBeGreaterThan(100);
    expect(demoMembers.every((m) => CODE.test(m.accessCode) && m.group && m.externalId)).toBe(true);
  });
});
