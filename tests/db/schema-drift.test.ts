import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database";
import {
  actualFromDatabase,
  diffSchema,
  expectedFromSchema,
  parseSchema,
} from "../support/schema-drift";

describe("schema.prisma and the migrations", () => {
  let database: TestDatabase;
  let schema: string;
  let actual: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    schema = await readFile("prisma/schema.prisma", "utf8");
    actual = await database.withSession((session) => actualFromDatabase(session));
  });
  afterAll(() => database.destroy());

  it("describe the same tables, columns, types, keys, indexes and foreign keys", () => {
    const drift = diffSchema(expectedFromSchema(parseSchema(schema)), actual);
    expect(drift).toEqual({ missingFromDatabase: [], missingFromSchema: [] });
  });

  it("would report a field without a column, a wrong type and a missing index", () => {
    const edited = schema
      .replace(/(model Photo \{\n)/, "$1  caption String?\n")
      .replace(/(\s+photoCount\s+)Int(\s)/, "$1BigInt$2")
      .replace(/(model Member \{[\s\S]*?)(\n\s*@@map\("members"\))/, "$1\n  @@index([name])$2");
    const drift = diffSchema(expectedFromSchema(parseSchema(edited)), actual);
    expect(drift.missingFromDatabase).toEqual([
      "column packages.photo_count bigint NOT NULL",
      "column photos.caption text",
      "index members(name)",
    ]);
    expect(drift.missingFromSchema).toEqual(["column packages.photo_count integer NOT NULL"]);
  });

  it("would report an index and a foreign key that only the database has", () => {
    const edited = schema
      .replace("  @@index([operatorId, startAt])\n", "")
      .replace(
        /\n  account +Account\? +@relation\(fields: \[accountId\], references: \[id\], onDelete: SetNull\)\n/,
        "\n",
      )
      .replace(/\n  photographer Photographer\?\n/, "\n");
    const drift = diffSchema(expectedFromSchema(parseSchema(edited)), actual);
    expect(drift.missingFromDatabase).toEqual([]);
    expect(drift.missingFromSchema).toEqual([
      "foreign key photographers(account_id) -> accounts(id) ON DELETE SET NULL ON UPDATE CASCADE",
      "index projects(operator_id, start_at)",
    ]);
  });
});
