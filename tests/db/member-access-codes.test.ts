import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOperator } from "../support/fixtures";

const CODE = /^[2-9A-HJKMNP-Z]{10}$/;

/** Prisma's error for a write PostgreSQL refused with `sqlState`, naming `constraint`. */
const refusedBy = (sqlState: string, constraint: string) => ({
  name: "PrismaClientKnownRequestError",
  meta: {
    driverAdapterError: {
      cause: {
        originalCode: sqlState,
        originalMessage: expect.stringContaining(`"${constraint}"`),
      },
    },
  },
});

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
    ).rejects.toMatchObject(refusedBy("23514", "members_access_code_normalised"));
    await database.prisma.member.create({ data: { ...data, accessCode: "ABCDEFGHJK" } });
    const other = await insertOperator(database.prisma);
    const theirs = await database.prisma.project.create({
      data: { operatorId: other.id, name: "Q", timezone: "UTC" },
    });
    await expect(
      database.prisma.member.create({
        data: { operatorId: other.id, projectId: theirs.id, name: "B", accessCode: "ABCDEFGHJK" },
      }),
    ).rejects.toMatchObject({ code: "P2002", ...refusedBy("23505", "members_access_code_key") });
  });
});
