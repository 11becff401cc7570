import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOperator } from "../support/fixtures";

describe("assigning and deleting a photographer at the same time", () => {
  let database: TestDatabase;
  let operator: ReturnType<typeof createCaller>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { id } = await insertOperator(database.prisma);
    operator = createCaller(
      createInnerContext({
        db: database.prisma,
        getCaller: async () => ({ role: "operator", id, operatorId: id }),
      }),
    );
  });
  afterAll(() => database.destroy());

  it("never leaves a deleted photographer assigned", async () => {
    for (let round = 0; round < 8; round++) {
      const project = await operator.projects.create({ name: `Race ${round}` });
      const photographer = await operator.photographers.create({
        name: "Racer",
        email: `racer-${round}-${Date.now()}@example.test`,
        password: "racer password",
      });

      const [assigned, deleted] = await Promise.allSettled([
        operator.projects.assignPhotographer({
          projectId: project.id,
          photographerId: photographer.id,
        }),
        operator.photographers.delete({ id: photographer.id }),
      ]);

      const row = await database.prisma.photographer.findUniqueOrThrow({
        where: { id: photographer.id },
        select: { deletedAt: true, _count: { select: { assignments: true } } },
      });
      if (row.deletedAt) {
        expect(row._count.assignments).toBe(0);
        expect(deleted.status).toBe("fulfilled");
        expect(assigned).toMatchObject({ status: "rejected", reason: { code: "NOT_FOUND" } });
      } else {
        expect(row._count.assignments).toBe(1);
        expect(assigned.status).toBe("fulfilled");
        expect(deleted).toMatchObject({ status: "rejected", reason: { code: "CONFLICT" } });
      }
    }
  });
});
