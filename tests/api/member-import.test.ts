import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createInnerContext } from "@/server/api/trpc";
import { IMPORT_BATCH_ROWS } from "@/server/domain/member-import";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOperator } from "../support/fixtures";

/**
 * The member import writes in batches, one transaction each, under one lock
 * per studio held in the database. A batch that fails is written not at all,
 * the batches before it stay, and the answer says where to start again.
 */

let database: TestDatabase;

async function signedInOperator() {
  const { id } = await insertOperator(database.prisma);
  const caller = createCaller(
    createInnerContext({
      db: database.prisma,
      getCaller: async () => ({ role: "operator", id, operatorId: id }),
    }),
  );
  return { id, caller };
}

/** A roster of `count` pupils with ids; line n of the file is pupil n - 1. */
function roster(count: number, nameOf = (i: number) => `Pupil ${i}`) {
  const lines = ["name,student id,class"];
  for (let i = 1; i <= count; i++) lines.push(`${nameOf(i)},ID-${i},${i % 2 ? "4A" : "4B"}`);
  return lines.join("\n");
}

const memberCount = (projectId: string) => database.prisma.member.count({ where: { projectId } });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());

describe("members.import in batches", () => {
  it("keeps the batches before a failed one, writes none of the failed one, and says where to start again", async () => {
    expect(IMPORT_BATCH_ROWS).toBe(500);
    const { caller } = await signedInOperator();
    const project = await caller.projects.create({ name: "Batches" });
    // A database that refuses one row, the 700th (line 701), in the second batch.
    await database.withSession((session) =>
      session.exec(`
        CREATE FUNCTION refuse_test_member() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.name = 'Refused' THEN RAISE EXCEPTION 'refused by the test'; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER refuse_test_member BEFORE INSERT ON members
          FOR EACH ROW EXECUTE FUNCTION refuse_test_member();`),
    );
    const file = roster(1200, (i) => (i === 700 ? "Refused" : `Pupil ${i}`));

    const failed = await caller.members
      .import({ projectId: project.id, csv: file })
      .catch((error: unknown) => error);
    expect(failed).toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
      message:
        "The import stopped at line 502 (an unexpected error). Lines up to 501 were imported; " +
        "lines 502 onwards were not: import them again.",
    });
    const written = await database.prisma.member.findMany({
      where: { projectId: project.id },
      select: { externalId: true },
    });
    expect(written).toHaveLength(500);
    expect(new Set(written.map((m) => m.externalId))).toEqual(
      new Set(Array.from({ length: 500 }, (_, i) => `ID-${i + 1}`)),
    );

    await database.withSession((session) =>
      session.exec(
        "DROP TRIGGER refuse_test_member ON members; DROP FUNCTION refuse_test_member();",
      ),
    );
    // The lock went with the failure: the same file again adds exactly the rest.
    const again = await caller.members.import({ projectId: project.id, csv: file });
    expect(again).toMatchObject({ created: 700, updated: 0, unchanged: 500, errors: [] });
    expect(await memberCount(project.id)).toBe(1200);
  });

  it("reports exactly what it wrote across batches: created, updated, unchanged and bad lines", async () => {
    const { caller } = await signedInOperator();
    const project = await caller.projects.create({ name: "Report" });
    await caller.members.import({ projectId: project.id, csv: roster(800) });
    // 1,300 rows: 800 known (every third renamed), 500 new, and two bad lines.
    const lines = ["name,student id,class"];
    for (let i = 1; i <= 1300; i++) {
      lines.push(
        `${i <= 800 && i % 3 === 0 ? "Renamed" : "Pupil"} ${i},ID-${i},${i % 2 ? "4A" : "4B"}`,
      );
      if (i === 600) lines.push(",ID-nameless,4A");
      if (i === 1100) lines.push("Twice,ID-5,4A");
    }
    const report = await caller.members.import({ projectId: project.id, csv: lines.join("\n") });
    expect(report).toMatchObject({
      created: 500,
      updated: 266,
      unchanged: 534,
      errors: [
        { line: 602, message: expect.stringMatching(/^name: /) },
        { line: 1103, message: "externalId: repeats line 6" },
      ],
    });
    expect(await memberCount(project.id)).toBe(1300);
    expect(
      await database.prisma.member.count({
        where: { projectId: project.id, name: { startsWith: "Renamed" } },
      }),
    ).toBe(266);
  });
});

describe("one member import per studio", () => {
  const lockRow = (operatorId: string, expiresInSeconds: number) =>
    database.withSession((session) =>
      session.query(
        `INSERT INTO member_import_locks (operator_id, holder, started_at, expires_at)
         VALUES ($1, $2, now(), now() + $3::int * interval '1 second')`,
        [operatorId, randomUUID(), expiresInSeconds],
      ),
    );

  it("refuses a second import (429 with Retry-After) while one holds the lock, but not a dry run or another studio", async () => {
    const { id, caller } = await signedInOperator();
    const project = await caller.projects.create({ name: "Busy" });
    await lockRow(id, 60);

    const refused = await caller.members
      .import({ projectId: project.id, csv: roster(3) })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Another member import of this studio is running; try again when it has finished",
      cause: { retryAfterSeconds: expect.any(Number) },
    });
    expect(await memberCount(project.id)).toBe(0);

    const dry = await caller.members.import({
      projectId: project.id,
      csv: roster(3),
      dryRun: true,
    });
    expect(dry).toMatchObject({ created: 3, dryRun: true });

    const other = await signedInOperator();
    const theirs = await other.caller.projects.create({ name: "Theirs" });
    expect(
      await other.caller.members.import({ projectId: theirs.id, csv: roster(3) }),
    ).toMatchObject({ created: 3 });
  });

  it("takes over a lock whose import died (past its time), and releases its own when done", async () => {
    const { id, caller } = await signedInOperator();
    const project = await caller.projects.create({ name: "After a crash" });
    await lockRow(id, -1);

    const report = await caller.members.import({ projectId: project.id, csv: roster(3) });
    expect(report).toMatchObject({ created: 3 });
    const locks = await database.withSession((session) =>
      session.query("SELECT 1 FROM member_import_locks WHERE operator_id = $1", [id]),
    );
    expect(locks).toEqual([]);
    expect(await caller.members.import({ projectId: project.id, csv: roster(4) })).toMatchObject({
      created: 1,
      unchanged: 3,
    });
  });
});
